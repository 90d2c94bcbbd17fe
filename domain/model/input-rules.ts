import { z } from 'zod';
import { ActivitySchema, type Activity } from './activity';
import type { Address, Contact } from './common';
import { ChannelSchema, type Channel } from './channel';
import { DpoProfileSchema, type DpoProfile } from './dpo-profile';
import { OrganisationSchema, type Organisation } from './organisation';
import { PartySchema, type Party } from './party';

/**
 * Rules for what a user saves, on top of the stored shape: formats of e-mail addresses,
 * phone numbers and postal codes, and dates that must fit together. They apply where input
 * enters (the save channels and the editors), not when reading a register, so a file with
 * older, looser data still opens — and is corrected the next time its entry is saved.
 *
 * Each refusal is a custom issue whose `params.code` names the rule; issuesFromZod turns it
 * into the issue code the UI translates (errors.issue.<code>).
 */

export type InputRuleCode =
  | 'email_format'
  | 'phone_format'
  | 'postal_code_de'
  | 'postal_code_4'
  | 'date_in_future'
  | 'date_before_last_review'
  | 'date_before_signed'
  | 'evidence_required';

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
/** Digits with the usual separators, optionally a leading +; at least 5 digits. */
const PHONE = /^\+?[0-9][0-9 ()/.\-]*$/;

export function isEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

export function isPhone(value: string): boolean {
  const text = value.trim();
  return PHONE.test(text) && (text.match(/[0-9]/g)?.length ?? 0) >= 5 && text.length <= 40;
}

/** The rule a postal code breaks for the given country, or null. Germany: 5 digits; Austria, Switzerland: 4. */
export function postalCodeProblem(postalCode: string, countryCode: string): InputRuleCode | null {
  const code = postalCode.trim();
  if (code === '') return null;
  if (countryCode === 'DE') return /^\d{5}$/.test(code) ? null : 'postal_code_de';
  if (countryCode === 'AT' || countryCode === 'CH') return /^\d{4}$/.test(code) ? null : 'postal_code_4';
  return null;
}

/** Today as YYYY-MM-DD in local time (the DPO's calendar day, not UTC). */
export function localToday(now: Date = new Date()): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

type Ctx = z.core.$RefinementCtx<unknown>;
type Path = (string | number)[];

function refuse(ctx: Ctx, path: Path, code: InputRuleCode, message: string, params: Record<string, string> = {}): void {
  ctx.addIssue({ code: 'custom', path, message, params: { code, ...params } });
}

function checkEmail(ctx: Ctx, value: string, path: Path): void {
  if (value.trim() !== '' && !isEmail(value)) refuse(ctx, path, 'email_format', 'Not an e-mail address');
}

function checkPhone(ctx: Ctx, value: string, path: Path): void {
  if (value.trim() !== '' && !isPhone(value)) refuse(ctx, path, 'phone_format', 'Not a phone number');
}

function checkAddress(ctx: Ctx, address: Address, path: Path, fallbackCountry = ''): void {
  const problem = postalCodeProblem(address.postalCode, address.countryCode || fallbackCountry);
  if (problem) refuse(ctx, [...path, 'postalCode'], problem, 'Postal code does not fit the country');
}

function checkContact(ctx: Ctx, contact: Contact, path: Path): void {
  checkEmail(ctx, contact.email, [...path, 'email']);
  checkPhone(ctx, contact.phone, [...path, 'phone']);
}

/** Dates are ISO strings, so they compare as text. */
export function activityDateRules(activity: Pick<Activity, 'lastReviewedOn' | 'nextReviewOn'>, today = localToday()): { path: Path; code: InputRuleCode; params: Record<string, string> }[] {
  const problems: { path: Path; code: InputRuleCode; params: Record<string, string> }[] = [];
  const { lastReviewedOn: last, nextReviewOn: next } = activity;
  if (last && last > today) problems.push({ path: ['lastReviewedOn'], code: 'date_in_future', params: { date: last } });
  if (last && next && next < last) problems.push({ path: ['nextReviewOn'], code: 'date_before_last_review', params: { date: last } });
  return problems;
}

export function checkActivityInput(activity: Activity, ctx: Ctx): void {
  for (const problem of activityDateRules(activity)) refuse(ctx, problem.path, problem.code, `Date rule ${problem.code}`, problem.params);
  checkEmail(ctx, activity.owner.contactEmail, ['owner', 'contactEmail']);
}

export function checkPartyInput(party: Party, ctx: Ctx): void {
  checkAddress(ctx, party.address, ['address'], party.countryCode);
  checkContact(ctx, party.contact, ['contact']);
  party.contracts.forEach((contract, index) => {
    if (contract.signedOn && contract.validUntil && contract.validUntil < contract.signedOn) {
      refuse(ctx, ['contracts', index, 'validUntil'], 'date_before_signed', 'Valid until is before the signing date', { date: contract.signedOn });
    }
  });
}

export function checkOrganisationInput(organisation: Organisation, ctx: Ctx): void {
  checkAddress(ctx, organisation.address, ['address']);
  checkEmail(ctx, organisation.email, ['email']);
  checkPhone(ctx, organisation.phone, ['phone']);
  organisation.legalRepresentatives.forEach((contact, index) => checkContact(ctx, contact, ['legalRepresentatives', index]));
  checkContact(ctx, organisation.privacyContact, ['privacyContact']);
  checkEmail(ctx, organisation.dpo.email, ['dpo', 'email']);
  checkPhone(ctx, organisation.dpo.phone, ['dpo', 'phone']);
  checkAddress(ctx, organisation.dpo.address, ['dpo', 'address']);
  checkEmail(ctx, organisation.euRepresentative.email, ['euRepresentative', 'email']);
  checkPhone(ctx, organisation.euRepresentative.phone, ['euRepresentative', 'phone']);
  checkAddress(ctx, organisation.euRepresentative.address, ['euRepresentative', 'address']);
}

export function checkDpoProfileInput(profile: DpoProfile, ctx: Ctx): void {
  checkEmail(ctx, profile.email, ['email']);
  checkPhone(ctx, profile.phone, ['phone']);
  checkAddress(ctx, profile.address, ['address']);
}

/** What the save channels and editors validate with. */
export const ActivityInputSchema = ActivitySchema.superRefine(checkActivityInput);
export const PartyInputSchema = PartySchema.superRefine(checkPartyInput);
export const OrganisationInputSchema = OrganisationSchema.superRefine(checkOrganisationInput);
export const DpoProfileInputSchema = DpoProfileSchema.superRefine(checkDpoProfileInput);

/** A checklist item marked done says how it was done (evidence); Art. 5(2) accountability. */
export function checkChannelInput(channel: Channel, ctx: Ctx): void {
  for (const [code, entry] of Object.entries(channel.checklist)) {
    if (entry?.status === 'done' && entry.evidence.trim() === '') refuse(ctx, ['checklist', code, 'evidence'], 'evidence_required', 'Evidence is required for done');
  }
}

export const ChannelInputSchema = ChannelSchema.superRefine(checkChannelInput);
