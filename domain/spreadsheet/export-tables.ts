import { CHECKLIST_ITEMS } from '../model/channel';
import { COUNTRIES } from '../catalogues/countries';
import { LEGAL_BASES } from '../catalogues/legal-bases';
import { RECIPIENT_CATEGORIES } from '../catalogues/recipient-categories';
import { CHANNEL_CATALOGUE } from '../catalogues/channels';
import { ART28_CLAUSES } from '../model/party';
import type { RegisterSnapshot } from '../documents/snapshot';
import { translate } from '../i18n/translate';
import type { Activity, Channel, Language, Party, TomMeasure } from '../model';
import { evaluateRegister } from '../rules/engine/evaluate-register';
import type { ImportField } from './fields';
import { isAdditionalRequirement } from './legal-basis-match';
import { formatRetentionLine } from './retention-line';

/** One sheet of the export as plain data; the backend writes it with exceljs. */
export interface ExportTable {
  key: 'activities' | 'parties' | 'channels' | 'findings';
  name: string;
  headers: string[];
  /** Column widths in characters. */
  widths: number[];
  /** Columns for machines (catalogue ids), hidden in the sheet. */
  hidden?: boolean[];
  rows: string[][];
}

/** The activity columns in the order the sheet shows them; every Art. 30(1) field. */
export const ACTIVITY_EXPORT_COLUMNS: { field: ImportField; width: number; hidden?: boolean }[] = [
  { field: 'reference', width: 10 },
  { field: 'name', width: 32 },
  { field: 'description', width: 40 },
  { field: 'status', width: 14 },
  { field: 'purposes', width: 40 },
  { field: 'legalBases', width: 36 },
  { field: 'legitimateInterest', width: 32 },
  { field: 'dataSubjects', width: 30 },
  { field: 'dataCategories', width: 36 },
  { field: 'dataSource', width: 24 },
  { field: 'recipients', width: 36 },
  { field: 'thirdCountries', width: 24 },
  { field: 'transferRecipients', width: 24 },
  { field: 'transferSafeguards', width: 36 },
  { field: 'retention', width: 44 },
  { field: 'toms', width: 40 },
  { field: 'department', width: 20 },
  { field: 'contactName', width: 20 },
  { field: 'contactEmail', width: 26 },
  { field: 'dpia', width: 12 },
  { field: 'lastReviewedOn', width: 14 },
  { field: 'nextReviewOn', width: 14 },
  { field: 'dataSubjectIds', width: 20, hidden: true },
  { field: 'dataCategoryIds', width: 20, hidden: true },
  { field: 'recipientIds', width: 20, hidden: true },
];

/** Stands for an empty line in columns that are aligned line by line with another column. */
const EMPTY_LINE = '–';
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ');

function aligned(values: string[]): string {
  return values.some(Boolean) ? values.map((v) => oneLine(v) || EMPTY_LINE).join('\n') : '';
}

function legalBasisText(code: string, note: string, language: Language): string {
  const entry = LEGAL_BASES.find((e) => e.id === code);
  const citation = entry ? entry.citation[language] : code;
  return note ? `${citation} (${oneLine(note)})` : citation;
}

function activityCells(activity: Activity, toms: readonly TomMeasure[], language: Language): Record<ImportField, string> {
  const t = (key: string) => translate(language, key);
  const tomTitles = new Map(toms.map((m) => [m.id, m.title]));
  const recipientLine = (r: Activity['recipients'][number]) => {
    const catalogueKind = RECIPIENT_CATEGORIES.find((e) => e.id === r.catalogueId)?.kind ?? 'other';
    return r.kind === catalogueKind ? r.label : `${r.label} [${t(`activityFields.recipients.kinds.${r.kind}`)}]`;
  };
  const countryLine = (code: string, organisation: string) => {
    const country = COUNTRIES.find((c) => c.code === code);
    return country ? `${country.label[language]} (${country.code})` : organisation || code;
  };
  return {
    reference: activity.reference,
    name: activity.name,
    description: activity.description,
    status: t(`activity.status.${activity.status}`),
    purposes: activity.purposes.map((p) => oneLine(p.description)).join('\n'),
    legalBases: aligned(
      activity.purposes.map((p) =>
        p.legalBases
          .filter((b) => !isAdditionalRequirement(b.code))
          .map((b) => legalBasisText(b.code, b.note, language))
          .join('; '),
      ),
    ),
    legitimateInterest: aligned(activity.purposes.map((p) => p.legitimateInterest)),
    dataSubjects: activity.dataSubjectCategories.map((d) => oneLine(d.label)).join('\n'),
    dataSubjectIds: aligned(activity.dataSubjectCategories.map((d) => d.catalogueId)),
    dataCategoryIds: aligned(activity.dataCategories.map((d) => d.catalogueId)),
    recipientIds: aligned(activity.recipients.map((r) => r.catalogueId)),
    dataCategories: activity.dataCategories.map((d) => (d.special === 'none' ? oneLine(d.label) : `${oneLine(d.label)} [${d.special === 'art9' ? 'Art. 9' : 'Art. 10'}]`)).join('\n'),
    dataSource: [...(activity.dataSource.fromDataSubject ? [translate(language, 'formats.export.dataSubject')] : []), activity.dataSource.otherSources].filter(Boolean).join('\n'),
    recipients: activity.recipients.map(recipientLine).join('\n'),
    thirdCountries: activity.transfers.map((tr) => countryLine(tr.countryCode, tr.internationalOrganisation)).join('\n'),
    transferRecipients: aligned(activity.transfers.map((tr) => tr.recipient)),
    transferSafeguards: aligned(activity.transfers.map((tr) => (tr.mechanism !== 'none' ? t(`activityFields.transfers.mechanisms.${tr.mechanism}`) : tr.safeguardsDocumentation))),
    retention: activity.retention.map((rule) => formatRetentionLine({ ...rule, description: oneLine(rule.description) }, language)).join('\n'),
    toms: [...activity.toms.measureIds.map((id) => tomTitles.get(id) ?? id), ...(activity.toms.specific ? [activity.toms.specific] : [])].join('\n'),
    department: activity.owner.department,
    contactName: activity.owner.contactName,
    contactEmail: activity.owner.contactEmail,
    dpia: activity.dpia.decision === 'required' ? t('formats.export.yes') : activity.dpia.decision === 'not_required' ? t('formats.export.no') : '',
    lastReviewedOn: activity.lastReviewedOn,
    nextReviewOn: activity.nextReviewOn,
    notes: '',
  };
}

function activitiesTable(snapshot: RegisterSnapshot, language: Language): ExportTable {
  const activities = [...snapshot.activities].sort((a, b) => a.reference.localeCompare(b.reference, language) || a.name.localeCompare(b.name, language));
  return {
    key: 'activities',
    name: translate(language, 'formats.export.sheets.activities'),
    headers: ACTIVITY_EXPORT_COLUMNS.map((c) => translate(language, `formats.fields.${c.field}`)),
    widths: ACTIVITY_EXPORT_COLUMNS.map((c) => c.width),
    hidden: ACTIVITY_EXPORT_COLUMNS.map((c) => c.hidden ?? false),
    rows: activities.map((activity) => {
      const cells = activityCells(activity, snapshot.toms, language);
      return ACTIVITY_EXPORT_COLUMNS.map((c) => cells[c.field]);
    }),
  };
}

function partiesTable(parties: readonly Party[], language: Language): ExportTable {
  const t = (key: string, params?: Record<string, string | number>) => translate(language, key, params);
  const h = (key: string) => t(`formats.export.party.${key}`);
  const rows = [...parties]
    .sort((a, b) => a.name.localeCompare(b.name, language))
    .flatMap((party) => {
      const base = [party.name, party.roles.map((r) => t(`partiesUi.roles.${r}`)).join(', '), COUNTRIES.find((c) => c.code === party.countryCode)?.label[language] ?? party.countryCode];
      if (!party.contracts.length) return [[...base, '', '', '', '', '']];
      return party.contracts.map((contract) => {
        const met = ART28_CLAUSES.filter((clause) => contract.art28Checklist[clause]).length;
        return [...base, contract.title, t(`partiesUi.contracts.types.${contract.type}`), contract.signedOn, contract.validUntil, contract.type === 'avv' ? `${met}/${ART28_CLAUSES.length}` : ''];
      });
    });
  return {
    key: 'parties',
    name: t('formats.export.sheets.parties'),
    headers: [h('name'), h('roles'), h('country'), h('contract'), h('contractKind'), h('signedOn'), h('validUntil'), h('checklist')],
    widths: [32, 30, 18, 30, 30, 14, 14, 16],
    rows,
  };
}

function channelsTable(channels: readonly Channel[], language: Language): ExportTable {
  const t = (key: string) => translate(language, key);
  const h = (key: string) => t(`formats.export.channel.${key}`);
  const rows = [...channels]
    .sort((a, b) => a.name.localeCompare(b.name, language))
    .map((channel) => {
      const status = (item: (typeof CHECKLIST_ITEMS)[number]) => channel.checklist[item]?.status ?? 'open';
      const count = (wanted: string) => CHECKLIST_ITEMS.filter((item) => status(item) === wanted).length;
      const openItems = CHECKLIST_ITEMS.map((item, index) => ({ item, number: index + 1 })).filter(({ item }) => status(item) === 'open');
      const provider = CHANNEL_CATALOGUE.find((entry) => entry.id === channel.catalogueId)?.label[language] ?? channel.catalogueId;
      return [channel.name, provider, String(count('done')), String(count('not_applicable')), String(count('open')), openItems.map(({ number }) => number).join(', ')];
    });
  return {
    key: 'channels',
    name: t('formats.export.sheets.channels'),
    headers: [h('name'), h('provider'), h('done'), h('notApplicable'), h('open'), h('openItems')],
    widths: [32, 36, 16, 16, 10, 30],
    rows,
  };
}

function findingsTable(snapshot: RegisterSnapshot, language: Language, today: string): ExportTable {
  const t = (key: string, params?: Record<string, string | number>) => translate(language, key, params);
  const h = (key: string) => t(`formats.export.finding.${key}`);
  // The same findings as `vvt check` and the app: the whole register, with rule id and references.
  const rows = evaluateRegister(snapshot, { today, language }).map((f) => [
    t(`formats.export.severity.${f.severity}`),
    f.entity.name,
    f.message[language],
    f.rule,
    f.references.join('; '),
  ]);
  return {
    key: 'findings',
    name: t('formats.export.sheets.findings'),
    headers: [h('severity'), h('subject'), h('message'), h('rule'), h('references')],
    widths: [12, 32, 90, 28, 40],
    rows,
  };
}

/**
 * The register as the tables of the spreadsheet export: activities (one row each, every
 * Art. 30 field; the headers are the import's own, so the file reads back), external parties
 * with their contracts, channels with their checklist state, findings.
 */
export function registerExportTables(snapshot: RegisterSnapshot, language: Language, today: string): ExportTable[] {
  return [activitiesTable(snapshot, language), partiesTable(snapshot.parties, language), channelsTable(snapshot.channels, language), findingsTable(snapshot, language, today)];
}
