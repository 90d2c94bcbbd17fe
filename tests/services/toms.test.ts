import { describe, expect, it } from 'vitest';
import { TOM_CATALOGUE } from '../../domain/catalogues';
import { ActivitySchema, PartySchema, ProcessorRecordSchema, newId } from '../../domain/model';
import { useWorkflowServices } from './workflow-support';

const start = useWorkflowServices();

describe('TOM catalogue of the register', () => {
  it('imports the shipped catalogue once: a second import adds nothing', async () => {
    const env = start();
    await env.register();
    expect(await env.call('toms.importCatalogue', { language: 'en' })).toEqual({ imported: TOM_CATALOGUE.length, skipped: 0 });
    expect(await env.call('toms.importCatalogue', { language: 'de' })).toEqual({ imported: 0, skipped: TOM_CATALOGUE.length });
    const measures = await env.call('toms.list');
    expect(measures).toHaveLength(TOM_CATALOGUE.length);
    const first = measures.find((m) => m.catalogueId === TOM_CATALOGUE[0].id)!;
    expect(first).toMatchObject({ title: TOM_CATALOGUE[0].label.en, art32Group: TOM_CATALOGUE[0].art32Group, version: 1 });
  });

  it('imports selected entries, skipping those already there even when renamed', async () => {
    const env = start();
    await env.register();
    const [a, b, c] = TOM_CATALOGUE.map((e) => e.id);
    expect(await env.call('toms.importCatalogue', { catalogueIds: [a, a], language: 'de' })).toEqual({ imported: 1, skipped: 0 });
    const [measure] = await env.call('toms.list');
    await env.call('toms.save', { measure: { ...measure, title: 'Eigener Titel' } });
    expect(await env.call('toms.importCatalogue', { catalogueIds: [a, b, c], language: 'de' })).toEqual({ imported: 2, skipped: 1 });
    expect(await env.call('toms.list')).toHaveLength(3);
  });

  it('refuses unknown catalogue ids with their path and imports nothing', async () => {
    const env = start();
    await env.register();
    const error = await env.refused('toms.importCatalogue', { catalogueIds: [TOM_CATALOGUE[0].id, 'made_up'], language: 'de' });
    expect(error).toMatchObject({ code: 'validation', params: { messageKey: 'workflow.errors.catalogue_measure_unknown', catalogueId: 'made_up' } });
    expect(error.issues?.map((i) => i.path)).toEqual(['catalogueIds.1']);
    expect(await env.call('toms.list')).toEqual([]);
  });

  it('deleting a measure removes it from activities and processor records in the same transaction', async () => {
    const env = start();
    await env.register();
    await env.call('toms.importCatalogue', { catalogueIds: TOM_CATALOGUE.slice(0, 2).map((e) => e.id), language: 'de' });
    const [gone, kept] = await env.call('toms.list');
    const activity = await env.call('activities.save', {
      activity: ActivitySchema.parse({ id: newId(), name: 'CRM', toms: { measureIds: [gone.id, kept.id] } }),
    });
    const untouched = await env.call('activities.save', { activity: ActivitySchema.parse({ id: newId(), name: 'Other', toms: { measureIds: [kept.id] } }) });
    const client = await env.call('parties.save', { party: PartySchema.parse({ id: newId(), name: 'Kunde', roles: ['client_controller'] }) });
    const record = await env.call('processorRecords.save', {
      record: ProcessorRecordSchema.parse({ id: newId(), controllerPartyId: client.id, tomMeasureIds: [gone.id] }),
    });

    expect(await env.call('toms.delete', { id: gone.id })).toEqual({ unlinkedActivities: 1, unlinkedProcessorRecords: 1 });
    expect((await env.call('activities.get', { id: activity.id })).toms.measureIds).toEqual([kept.id]);
    expect(await env.call('activities.get', { id: untouched.id })).toEqual(untouched);
    expect((await env.call('processorRecords.get', { id: record.id })).tomMeasureIds).toEqual([]);
    expect((await env.call('toms.list')).map((m) => m.id)).toEqual([kept.id]);
    expect(await env.refused('toms.delete', { id: gone.id })).toMatchObject({ code: 'not_found' });
  });
});
