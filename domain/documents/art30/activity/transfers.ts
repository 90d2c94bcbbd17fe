import type { Activity } from '../../../model/activity';
import type { Transfer } from '../../../model/transfer';
import { emptyValue, labelled, spacedBlocks, type KeyValueRow } from '../blocks';
import { countryLabel } from '../catalogue-labels';
import type { Art30Context } from '../context';
import { formatDate, joinNonEmpty } from '../format';
import type { PdfContent } from '../pdf-types';
import { fill } from '../texts';

function mechanismText(transfer: Transfer, ctx: Art30Context): string {
  const label = ctx.texts.transferMechanism[transfer.mechanism];
  const module = transfer.mechanism === 'scc' && transfer.sccModule ? fill(ctx.texts.art30.activity.sccModule, { module: transfer.sccModule }) : '';
  return joinNonEmpty([label, module], ', ');
}

function transferBlock(transfer: Transfer, ctx: Art30Context): PdfContent[] {
  const a = ctx.texts.art30.activity;
  const destination = joinNonEmpty([countryLabel(transfer.countryCode, ctx.language), transfer.internationalOrganisation], ' – ');
  const recipient = transfer.recipient || (transfer.partyId ? ctx.partyName(transfer.partyId) ?? '' : '');
  const block: PdfContent[] = [
    { text: destination || ctx.texts.common.empty, style: 'cellLead' },
    ...labelled(a.transferRecipient, recipient),
    ...labelled(a.transferMechanism, mechanismText(transfer, ctx)),
  ];
  if (transfer.mechanism === 'dpf' && transfer.dpfCheckedOn) {
    block.push(...labelled(a.dpfCheckedOn, formatDate(transfer.dpfCheckedOn, ctx.language)));
  }
  block.push(...labelled(a.safeguards, transfer.safeguardsDocumentation));
  if (ctx.variant === 'internal') block.push(...labelled(a.tiaNote, transfer.tiaNote));
  return block;
}

/** Transfers as blocks (also used by the processor record, Art. 30(2)(c)); "—" for none. */
export function transfersValue(transfers: Transfer[], ctx: Art30Context): PdfContent {
  return transfers.length ? spacedBlocks(transfers.map((transfer) => transferBlock(transfer, ctx))) : emptyValue(ctx.texts);
}

/** Art. 30(1)(e): country or international organisation, recipient, mechanism and safeguards. */
export function transfersRow(activity: Activity, ctx: Art30Context): KeyValueRow {
  const a = ctx.texts.art30.activity;
  return { label: a.transfers, reference: a.transfersReference, value: transfersValue(activity.transfers, ctx) };
}
