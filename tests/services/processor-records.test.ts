import { describe, expect, it } from 'vitest';
import { PartySchema, ProcessorRecordSchema, newId, type Party } from '../../domain/model';
import { useWorkflowServices } from './workflow-support';

const start = useWorkflowServices();

async function withParties(env: ReturnType<typeof start>) {
  await env.register('Agentur GmbH');
  const save = (name: string, roles: Party['roles']) => env.call('parties.save', { party: PartySchema.parse({ id: newId(), name, roles }) });
  return { client: await save('Kunde AG', ['client_controller']), processor: await save('Hoster GmbH', ['processor']) };
}

describe('processor record (Art. 30(2))', () => {
  it('saves, lists, reads, updates and deletes records for client controllers', async () => {
    const env = start();
    const { client } = await withParties(env);
    await env.call('toms.importCatalogue', { language: 'de' });
    const [measure] = await env.call('toms.list');
    const record = ProcessorRecordSchema.parse({
      id: newId(),
      controllerPartyId: client.id,
      processingCategories: ['Betrieb des WhatsApp-Business-Kontos'],
      tomMeasureIds: [measure.id],
    });
    const saved = await env.call('processorRecords.save', { record });
    expect(saved).toMatchObject({ version: 1, controllerPartyId: client.id });
    expect(await env.call('processorRecords.list')).toEqual([saved]);
    const updated = await env.call('processorRecords.save', { record: { ...saved, status: 'ended' } });
    expect(await env.call('processorRecords.get', { id: record.id })).toEqual(updated);
    expect(await env.refused('processorRecords.save', { record: saved })).toMatchObject({ code: 'conflict' });
    expect(await env.call('processorRecords.delete', { id: record.id })).toBeNull();
    expect(await env.refused('processorRecords.get', { id: record.id })).toMatchObject({ code: 'not_found' });
  });

  it('refuses a controller that is missing or lacks the client_controller role, and unknown measures, with paths', async () => {
    const env = start();
    const { processor, client } = await withParties(env);
    const record = (controllerPartyId: string, tomMeasureIds: string[] = []) =>
      ProcessorRecordSchema.parse({ id: newId(), controllerPartyId, tomMeasureIds });

    const missing = await env.refused('processorRecords.save', { record: record('nobody') });
    expect(missing).toMatchObject({ code: 'validation', params: { messageKey: 'workflow.errors.controller_party_missing' } });
    expect(missing.issues).toEqual([expect.objectContaining({ path: 'record.controllerPartyId', code: 'controller_party_missing' })]);

    const wrongRole = await env.refused('processorRecords.save', { record: record(processor.id) });
    expect(wrongRole).toMatchObject({ params: { messageKey: 'workflow.errors.controller_party_wrong_role', name: 'Hoster GmbH' } });
    expect(wrongRole.issues?.map((i) => i.path)).toEqual(['record.controllerPartyId']);

    const unknownMeasure = await env.refused('processorRecords.save', { record: record(client.id, ['m-x']) });
    expect(unknownMeasure).toMatchObject({ params: { messageKey: 'workflow.errors.measure_unknown', id: 'm-x' } });
    expect(unknownMeasure.issues).toEqual([{ path: 'record.tomMeasureIds.0', code: 'measure_unknown', message: expect.any(String) }]);

    const schema = await env.refused('processorRecords.save', { record: { id: 'r', controllerPartyId: '' } });
    expect(schema.issues?.map((i) => i.path)).toContain('record.controllerPartyId');
    expect(await env.call('processorRecords.list')).toEqual([]);
  });
});
