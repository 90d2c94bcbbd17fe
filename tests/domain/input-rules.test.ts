import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { issuesFromZod } from '../../domain/ipc/result';
import { ActivityInputSchema, OrganisationInputSchema, PartyInputSchema, activityDateRules, isEmail, isPhone, localToday, postalCodeProblem } from '../../domain/model/input-rules';
import { ActivitySchema, RetentionRuleSchema, emptyOrganisation, newActivity } from '../../domain/model';
import { startTestServices, type TestServices } from '../support/services';
import { useTempDir } from '../support/temp-dir';

function issues(schema: { safeParse(value: unknown): { success: boolean; error?: unknown } }, value: unknown) {
  const parsed = schema.safeParse(value);
  return parsed.success ? [] : issuesFromZod(parsed.error as never);
}

describe('formats', () => {
  it('tells e-mail addresses, phone numbers and German postal codes from typos', () => {
    expect(isEmail('datenschutz@muster.de')).toBe(true);
    expect(isEmail('not-an-email')).toBe(false);
    expect(isEmail('a@b')).toBe(false);
    expect(isPhone('+49 (0)30 123-4567')).toBe(true);
    expect(isPhone('030/1234567')).toBe(true);
    expect(isPhone('abc')).toBe(false);
    expect(isPhone('12')).toBe(false);
    expect(postalCodeProblem('1234', 'DE')).toBe('postal_code_de');
    expect(postalCodeProblem('10115', 'DE')).toBeNull();
    expect(postalCodeProblem('1010', 'AT')).toBeNull();
    expect(postalCodeProblem('SW1A 1AA', 'GB')).toBeNull();
  });
});

describe('activity input', () => {
  const today = localToday();

  it('refuses a last review in the future and a next review before the last one, with specific codes', () => {
    expect(activityDateRules({ lastReviewedOn: '2999-01-01', nextReviewOn: '' }, today)).toEqual([{ path: ['lastReviewedOn'], code: 'date_in_future', params: { date: '2999-01-01' } }]);
    const activity = { ...newActivity('Lohnabrechnung'), lastReviewedOn: '2026-03-01', nextReviewOn: '2026-02-01' };
    expect(issues(ActivityInputSchema, activity)).toEqual([
      { path: 'nextReviewOn', code: 'date_before_last_review', message: expect.any(String), params: { date: '2026-03-01' } },
    ]);
    expect(issues(ActivityInputSchema, { ...activity, nextReviewOn: '2027-03-01' })).toEqual([]);
  });

  it('refuses a bad owner e-mail, negative retention periods and over-long text with telling codes', () => {
    const activity = {
      ...newActivity('Bewerbungen'),
      owner: { department: 'HR', contactName: '', contactEmail: 'not-an-email' },
      retention: [{ ...RetentionRuleSchema.parse({ id: 'r1' }), periodAmount: -5 }],
      description: 'x'.repeat(20_001),
    };
    const codes = issues(ActivityInputSchema, activity).map((issue) => [issue.path, issue.code, issue.params]);
    expect(codes).toContainEqual(['owner.contactEmail', 'email_format', {}]);
    expect(codes).toContainEqual(['retention.0.periodAmount', 'number_too_small', { minimum: 0 }]);
    expect(codes).toContainEqual(['description', 'text_too_long', { maximum: 20_000 }]);
  });

  it('keeps reading stored activities that the input rules would refuse (older files still open)', () => {
    const stored = { ...newActivity('Alt'), owner: { department: '', contactName: '', contactEmail: 'kaputt' } };
    expect(ActivitySchema.safeParse(stored).success).toBe(true);
  });
});

describe('party and organisation input', () => {
  it('refuses an AVV valid until before its signing date, a bad phone and a 4-digit German postal code', () => {
    const party = {
      id: 'p1',
      name: 'Hosting GmbH',
      countryCode: 'DE',
      address: { street: '', postalCode: '1234', city: '', countryCode: '' },
      contact: { name: '', function: '', email: '', phone: 'abc' },
      contracts: [{ id: 'c1', signedOn: '2026-05-01', validUntil: '2026-04-30' }],
    };
    const found = issues(PartyInputSchema, party).map((issue) => [issue.path, issue.code]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['address.postalCode', 'postal_code_de'],
        ['contact.phone', 'phone_format'],
        ['contracts.0.validUntil', 'date_before_signed'],
      ]),
    );
  });

  it('checks the organisation, its DPO and representatives', () => {
    const organisation = { ...emptyOrganisation(), email: 'info@', address: { street: '', postalCode: '123', city: '', countryCode: 'DE' } };
    organisation.dpo = { ...organisation.dpo, phone: 'x' };
    const found = issues(OrganisationInputSchema, organisation).map((issue) => issue.path);
    expect(found).toEqual(expect.arrayContaining(['email', 'address.postalCode', 'dpo.phone']));
  });
});

describe('the save channels refuse what the rules refuse', () => {
  const tempDir = useTempDir();
  let services: TestServices | undefined;
  afterEach(async () => {
    await services?.dispose();
    services = undefined;
  });

  it('activities.save answers a validation error at the field and stores nothing', async () => {
    const dir = tempDir();
    services = startTestServices(dir);
    services.dialogs.answers.chooseNewRegisterPath.push(join(dir, 'Muster.vvt'));
    await services.dispatch('register.create', { organisationName: 'Muster GmbH' });
    const activity = { ...newActivity('Videoüberwachung'), lastReviewedOn: '2999-12-31' };
    const refused = await services.dispatch('activities.save', { activity });
    expect(refused.ok).toBe(false);
    if (refused.ok) return;
    expect(refused.error.issues).toContainEqual(expect.objectContaining({ path: 'activity.lastReviewedOn', code: 'date_in_future' }));
    const list = await services.dispatch('activities.list', {});
    expect(list).toMatchObject({ ok: true, value: { total: 0 } });
  });
});
