import { describe, expect, it } from 'vitest';
import { ActivitySchema, PartySchema } from '../../domain/model';
import { searchEntriesOf, matchesQuery, queryWords } from '../../domain/portfolio/search';
import { viewRows } from '../../domain/portfolio/table';
import type { ClientSummary, PortfolioRow } from '../../domain/portfolio/types';
import { planUpdate, PortfolioUpdateSchema } from '../../domain/portfolio/updates';

function row(path: string, summary: Partial<ClientSummary>): PortfolioRow {
  const base: ClientSummary = {
    path, fileName: path, registerId: path, organisation: '', legalForm: '', activities: 2, approved: 2, overdue: 0, dueSoon: 0,
    errors: 0, lastSubmission: '', lastChange: '', schemaVersion: 2, needsUpgrade: false, openElsewhere: false,
  };
  return { path, status: 'ok', summary: { ...base, ...summary } };
}

const ROWS: PortfolioRow[] = [
  row('/m/a.vvt', { organisation: 'Zahnarzt Özdemir', overdue: 2 }),
  row('/m/b.vvt', { organisation: 'Bäckerei Korn', dueSoon: 1, approved: 1 }),
  row('/m/c.vvt', { organisation: 'Autohaus Ost', errors: 3, needsUpgrade: true }),
  { path: '/m/kaputt.vvt', status: 'problem', problem: 'damaged', detail: '' },
];
const view = (changes: Partial<Parameters<typeof viewRows>[1]>) =>
  viewRows(ROWS, { filter: 'all', text: '', sort: 'organisation', descending: false, ...changes }).map((r) => r.path);

describe('portfolio table', () => {
  it('sorts by organisation ignoring accents and case (unreadable files have no name and come first)', () => {
    expect(view({})).toEqual(['/m/kaputt.vvt', '/m/c.vvt', '/m/b.vvt', '/m/a.vvt']);
    expect(view({ sort: 'overdue', descending: true })).toEqual(['/m/a.vvt', '/m/b.vvt', '/m/c.vvt', '/m/kaputt.vvt']);
  });

  it('filters by what needs attention and searches organisation and path', () => {
    expect(view({ filter: 'overdue' })).toEqual(['/m/a.vvt']);
    expect(view({ filter: 'due_soon' })).toEqual(['/m/b.vvt']);
    expect(view({ filter: 'errors' })).toEqual(['/m/c.vvt']);
    expect(view({ filter: 'not_approved' })).toEqual(['/m/b.vvt']);
    expect(view({ filter: 'problems' })).toEqual(['/m/kaputt.vvt', '/m/c.vvt']);
    expect(view({ text: 'backerei' })).toEqual(['/m/b.vvt']);
    expect(view({ text: 'kaputt' })).toEqual(['/m/kaputt.vvt']);
  });
});

describe('cross-client updates', () => {
  const meta = PartySchema.parse({ id: 'p1', name: 'Meta Platforms, Inc.', dpfCheckedOn: '2025-01-01', contracts: [{ id: 'c', type: 'avv', version: 'v1' }] });
  const other = PartySchema.parse({ id: 'p2', name: 'Hosting Nord GmbH' });
  const activity = ActivitySchema.parse({
    id: 'a1', name: 'Versand',
    dataCategories: [{ id: 'd1', catalogueId: 'contact-data', label: 'Kontaktdatn' }, { id: 'd2', catalogueId: 'other', label: 'X' }],
  });
  const register = { parties: [meta, other], activities: [activity] };

  it('sets the DPF check of the provider named (case and spacing aside) and nothing else', () => {
    const update = PortfolioUpdateSchema.parse({ kind: 'dpf_check', partyName: ' META platforms,  inc. ', checkedOn: '2026-11-30', certified: true });
    const planned = planUpdate(update, register);
    expect(planned).toHaveLength(1);
    expect(planned[0].value).toMatchObject({ id: 'p1', dpfCheckedOn: '2026-11-30', dpfCertified: true });
    expect(planUpdate(update, { ...register, parties: [planned[0].value as typeof meta, other] })).toEqual([]);
  });

  it('adds a new AVV version once and corrects catalogue labels where they differ', () => {
    const avv = PortfolioUpdateSchema.parse({ kind: 'avv_version', partyName: 'Meta Platforms, Inc.', version: 'v2', signedOn: '2026-11-30' });
    const [added] = planUpdate(avv, register);
    expect((added.value as typeof meta).contracts.map((c) => c.version)).toEqual(['v1', 'v2']);
    expect(planUpdate(PortfolioUpdateSchema.parse({ ...avv, version: 'v1' }), register)).toEqual([]);
    const label = PortfolioUpdateSchema.parse({ kind: 'catalogue_label', list: 'dataCategories', catalogueId: 'contact-data', label: 'Kontaktdaten' });
    const [fixed] = planUpdate(label, register);
    expect(fixed.change).toMatchObject({ before: 'Kontaktdatn', after: 'Kontaktdaten' });
    expect((fixed.value as typeof activity).dataCategories.map((c) => c.label)).toEqual(['Kontaktdaten', 'X']);
  });

  it('refuses an update without a provider or with an invalid date', () => {
    expect(PortfolioUpdateSchema.safeParse({ kind: 'dpf_check', partyName: ' ', checkedOn: '2026-11-30', certified: true }).success).toBe(false);
    expect(PortfolioUpdateSchema.safeParse({ kind: 'dpf_check', partyName: 'Meta', checkedOn: '30.11.2026', certified: true }).success).toBe(false);
  });
});

describe('search entries', () => {
  it('find a provider through the recipients that link to it and every word in any order', () => {
    const party = PartySchema.parse({ id: 'p1', name: 'Hosting Nord GmbH' });
    const activity = ActivitySchema.parse({ id: 'a1', name: 'Webshop', recipients: [{ id: 'r', label: 'Hoster', kind: 'processor', partyId: 'p1' }] });
    const entries = searchEntriesOf({ activities: [activity], parties: [party], channels: [] });
    expect(entries.filter((e) => matchesQuery(e, queryWords('nord hosting'))).map((e) => e.type)).toEqual(['activity', 'party']);
    expect(entries.some((e) => matchesQuery(e, queryWords('')))).toBe(false);
  });
});
