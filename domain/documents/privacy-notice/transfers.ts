import { findCountry } from '../../catalogues';
import type { Recipient } from '../../model/activity';
import type { Transfer, TransferMechanism } from '../../model/transfer';
import { countryName } from '../art30/catalogue-labels';
import { joinNonEmpty } from '../art30/format';
import { fill } from '../art30/texts';
import { messages } from '../../i18n/messages';
import { missing, requestContact, section, type NoticeContext } from './context';
import { emphasis, fillRuns, joinRuns, list, paragraph, runs, type RunInput } from './rich-text';
import type { NoticeBlock, NoticeRun, NoticeSection } from './types';

/** Elements 6 and 7: recipients, and third-country transfers with the safeguard and how to get a copy. */

function recipientItem(recipient: Recipient, ctx: NoticeContext): RunInput {
  const party = recipient.partyId ? ctx.party(recipient.partyId) : undefined;
  const partyName = party ? party.legalEntity.trim() || party.name : '';
  const name = partyName && partyName !== recipient.label ? `${recipient.label} – ${partyName}` : recipient.label;
  // Sub-processors are recipients too (Art. 28(2)/(4)): named with their country.
  const subs = (party?.subProcessors ?? []).map((sub) => (sub.countryCode ? `${sub.name} (${countryName(sub.countryCode, ctx.language)})` : sub.name));
  const item: RunInput = recipient.kind === 'other' ? name : fillRuns(ctx.t.recipients.item, { recipient: name, kind: ctx.docs.recipientKind[recipient.kind] });
  if (!subs.length) return item;
  return runs(item, '; ', fill(messages[ctx.language].legalTexts.subProcessorsNotice, { list: subs.join(ctx.t.common.listSeparator) }));
}

export function recipientsSection(recipients: Recipient[], ctx: NoticeContext): NoticeSection {
  if (recipients.length === 0) return section(ctx, 'recipients', [paragraph(ctx.t.recipients.none)], { notApplicable: true });
  return section(ctx, 'recipients', [paragraph(ctx.t.recipients.intro), list(recipients.map((r) => recipientItem(r, ctx)))]);
}

/** Safeguards of Art. 46, 47 and Art. 49(1) second subparagraph: the person can ask for a copy (Art. 13(1)(f)). */
const COPY_MECHANISMS: ReadonlySet<TransferMechanism> = new Set(['scc', 'bcr', 'code_of_conduct', 'certification', 'art49_compelling_interests']);

function countryStatusSentence(transfer: Transfer, ctx: NoticeContext): RunInput {
  const country = findCountry(transfer.countryCode);
  if (!country) return '';
  const params = { country: country.label[ctx.language] };
  if (country.status === 'adequate') return fillRuns(ctx.t.transfers.adequate, params);
  if (country.status === 'adequate_if_certified') return fillRuns(ctx.t.transfers.adequateIfCertified, params);
  if (country.status === 'third_country') return fillRuns(ctx.t.transfers.noAdequacy, params);
  return '';
}

function safeguardSentences(transfer: Transfer, ctx: NoticeContext): RunInput[] {
  const t = ctx.t.transfers;
  const mechanism = transfer.mechanism;
  if (mechanism === 'dpf') return [t.dpf];
  const status = findCountry(transfer.countryCode)?.status;
  if (mechanism === 'adequacy' && status === 'adequate') return [countryStatusSentence(transfer, ctx)];
  const sentences: RunInput[] = mechanism === 'adequacy' ? [] : [countryStatusSentence(transfer, ctx)];
  const label = mechanism === 'none' ? missing(ctx, 'transfer_mechanism') : ctx.docs.transferMechanism[mechanism];
  sentences.push(fillRuns(t.mechanism, { mechanism: label }));
  if (COPY_MECHANISMS.has(mechanism)) sentences.push(fillRuns(t.copy, { contact: requestContact(ctx) }));
  return sentences;
}

export function transferItem(transfer: Transfer, ctx: NoticeContext): NoticeRun[] {
  const country = transfer.countryCode ? countryName(transfer.countryCode, ctx.language) : '';
  const destination = joinNonEmpty([country, transfer.internationalOrganisation], ' – ');
  const party = transfer.partyId ? ctx.party(transfer.partyId) : undefined;
  const recipient = transfer.recipient.trim() || (party ? party.legalEntity.trim() || party.name : '');
  return runs(
    destination ? emphasis(destination) : missing(ctx, 'transfer_destination'),
    recipient ? ` (${recipient})` : '',
    ': ',
    joinRuns(safeguardSentences(transfer, ctx), ' '),
  );
}

/** Extra blocks (e.g. the channel provider's own statement) go before the list of recorded transfers. */
export function transfersSection(transfers: Transfer[], ctx: NoticeContext, lead: NoticeBlock[] = []): NoticeSection {
  if (transfers.length === 0 && lead.length === 0) {
    return section(ctx, 'transfers', [paragraph(ctx.t.transfers.none)], { notApplicable: true });
  }
  const recorded = transfers.length ? [paragraph(ctx.t.transfers.intro), list(transfers.map((t) => transferItem(t, ctx)))] : [];
  return section(ctx, 'transfers', [...lead, ...recorded]);
}
