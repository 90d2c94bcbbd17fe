import type { Party } from '../../model/party';
import type { ProcessorRecord } from '../../model/processor-record';
import { bulletList, keyValueTable, missingMandatory, textOrEmpty, type KeyValueRow, type TableRow } from '../art30/blocks';
import { addressLines, contactLines } from '../art30/cover-sheet';
import { transfersValue } from '../art30/activity/transfers';
import { breakableText, formatDate, joinNonEmpty } from '../art30/format';
import { COLORS } from '../art30/layout';
import type { PdfContent, PdfNode } from '../art30/pdf-types';
import { fill } from '../art30/texts';
import { tomsValue } from '../art30/tom-groups';
import type { ProcessorContext } from './context';
import type { ControllerSection } from './selection';

/** PDF destination id of a controller's heading (TOC links, outline). */
export function controllerAnchor(section: ControllerSection): string {
  return `controller-${section.id}`;
}

export function controllerTitle(section: ControllerSection): string {
  return section.party?.name ?? section.id;
}

function lines(values: string[], ctx: ProcessorContext): PdfContent {
  return values.length ? values : textOrEmpty('', ctx.texts);
}

/** Art. 30(2)(a): name and contact details of the controller, its representative and DPO. */
function controllerRows(party: Party | undefined, ctx: ProcessorContext): KeyValueRow[] {
  const c = ctx.processor.controller;
  if (!party) return [{ label: c.name, reference: c.nameReference, missing: true, value: missingMandatory(ctx.texts) }];
  const address = addressLines({ ...party.address, countryCode: party.address.countryCode || party.countryCode }, ctx);
  const contact = contactLines(party.contact, ctx);
  const person = joinNonEmpty([party.contact.name, party.contact.function], ', ');
  return [
    { label: c.name, reference: c.nameReference, value: { text: party.name, style: 'cellLead' } },
    { label: c.legalEntity, value: textOrEmpty(party.legalEntity, ctx.texts) },
    { label: c.address, value: lines(address, ctx) },
    {
      label: c.contact,
      missing: address.length === 0 && contact.length === 0,
      value: contact.length ? contact : address.length ? textOrEmpty('', ctx.texts) : missingMandatory(ctx.texts),
    },
    { label: c.representative, value: textOrEmpty(person, ctx.texts) },
    { label: c.dpo, value: textOrEmpty(party.dpoContact, ctx.texts) },
  ];
}

function recordDivider(record: ProcessorRecord, index: number, ctx: ProcessorContext): string {
  const c = ctx.processor.controller;
  const base = record.contractReference
    ? fill(c.recordWithContract, { number: index + 1, contract: record.contractReference })
    : fill(c.record, { number: index + 1 });
  return record.status === 'ended' ? `${base} – ${c.endedMarker}` : base;
}

/** Art. 30(2)(b)–(d) for one record; internal details below when asked for. */
function recordRows(record: ProcessorRecord, index: number, ctx: ProcessorContext): TableRow[] {
  const c = ctx.processor.controller;
  const a = ctx.texts.art30.activity;
  const missing = record.processingCategories.length === 0;
  const rows: TableRow[] = [
    { divider: recordDivider(record, index, ctx) },
    {
      label: c.categories,
      reference: c.categoriesReference,
      missing,
      value: missing ? missingMandatory(ctx.texts) : bulletList(record.processingCategories, ctx.texts),
    },
    { label: a.transfers, reference: c.transfersReference, value: transfersValue(record.transfers, ctx) },
    {
      label: a.toms,
      reference: c.tomsReference,
      value: tomsValue({ measureIds: record.tomMeasureIds, specific: record.specificToms }, ctx, { specific: c.specificToms }),
    },
  ];
  if (ctx.variant === 'internal') {
    const date = (value: string) => textOrEmpty(formatDate(value, ctx.language), ctx.texts);
    rows.push(
      { divider: c.internalDivider },
      { label: c.status, value: record.status === 'active' ? c.statusActive : c.statusEnded },
      { label: c.contract, value: textOrEmpty(record.contractReference, ctx.texts) },
      { label: c.notes, value: textOrEmpty(record.notes, ctx.texts) },
      { label: a.createdAt, value: date(record.createdAt) },
      { label: a.updatedAt, value: date(record.updatedAt) },
    );
  }
  return rows;
}

function heading(section: ControllerSection): PdfNode {
  const title = controllerTitle(section);
  return {
    text: breakableText(title),
    style: 'h1',
    id: controllerAnchor(section),
    tocItem: true,
    tocStyle: 'tocEntry',
    tocMargin: [0, 2, 0, 2],
    outline: true,
    outlineText: title,
  };
}

/** One controller on its own page(s): heading (TOC and outline entry), its details, then each record. */
export function controllerSection(section: ControllerSection, ctx: ProcessorContext): PdfContent {
  const c = ctx.processor.controller;
  const rows: TableRow[] = [...controllerRows(section.party, ctx)];
  if (section.records.length === 0) {
    rows.push({ label: c.categories, reference: c.categoriesReference, missing: true, value: [missingMandatory(ctx.texts), { text: c.noRecords, style: 'note' }] });
  }
  section.records.forEach((record, index) => rows.push(...recordRows(record, index, ctx)));
  const allEnded = section.records.length > 0 && section.records.every((record) => record.status === 'ended');
  const marker: PdfNode = allEnded
    ? { text: ` ${c.endedMarker} `, style: 'marker', background: COLORS.markerFill, margin: [0, 0, 0, 8] }
    : { text: '', margin: [0, 0, 0, 4] };
  return {
    stack: [heading(section), marker, keyValueTable(rows, { label: c.headerField, value: c.headerValue, subject: controllerTitle(section) })],
    pageBreak: 'before',
  };
}
