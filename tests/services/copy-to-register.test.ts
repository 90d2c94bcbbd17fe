import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOM_CATALOGUE } from '../../domain/catalogues';
import { ActivitySchema, newId } from '../../domain/model';
import { nestedIds } from '../../domain/rules/activity-duplicate';
import { useWorkflowServices } from './workflow-support';

const start = useWorkflowServices();

describe('activities.copyToRegister', () => {
  it('writes draft copies into a recent register, maps or adds measures, clears foreign links and closes it again', async () => {
    const env = start();
    const targetPath = await env.register('Ziel GmbH');
    await env.call('toms.importCatalogue', { catalogueIds: [TOM_CATALOGUE[0].id, TOM_CATALOGUE[1].id], language: 'de' });
    const targetMeasures = await env.call('toms.list');

    await env.register('Quelle GmbH');
    await env.call('toms.importCatalogue', { catalogueIds: [TOM_CATALOGUE[0].id], language: 'de' });
    const custom = await env.call('toms.save', {
      measure: { id: newId(), title: 'Aktenvernichtung DIN 66399', art32Group: 'confidentiality_integrity_availability_resilience', controlArea: 'data_access', sdmGoal: 'confidentiality', version: 0 },
    });
    const [shipped] = (await env.call('toms.list')).filter((m) => m.catalogueId);
    const make = (name: string) =>
      ActivitySchema.parse({
        id: newId(),
        name,
        status: 'in_review',
        reference: 'VT-1',
        dataCategories: [{ id: newId(), label: 'Name' }],
        recipients: [{ id: newId(), label: 'Steuerberater', partyId: 'party-1' }],
        jointControllerPartyIds: ['party-2'],
        toms: { measureIds: [shipped.id, custom.id] },
      });
    const first = await env.call('activities.save', { activity: make('Buchhaltung') });
    const second = await env.call('activities.save', { activity: make('Lohnabrechnung') });
    await env.call('activities.save', { activity: make('Bleibt hier') });

    const result = await env.call('activities.copyToRegister', { ids: [first.id, second.id, first.id], targetPath });
    expect(result).toEqual({ count: 2, measuresAdded: 1, referencesCleared: 4 });
    expect(await env.call('register.current')).toMatchObject({ organisationName: 'Quelle GmbH', activityCount: 3 });

    await env.call('register.openRecent', { path: targetPath });
    const copies = await env.store().activities.list();
    expect(copies.map((a) => a.name)).toEqual(['Buchhaltung', 'Lohnabrechnung']);
    for (const copy of copies) {
      expect(copy).toMatchObject({ status: 'draft', reference: '', version: 1, jointControllerPartyIds: [] });
      expect(copy.recipients[0]).toMatchObject({ label: 'Steuerberater', partyId: '' });
      expect(nestedIds(copy).some((id) => nestedIds(first).includes(id) || nestedIds(second).includes(id))).toBe(false);
    }
    const measures = await env.call('toms.list');
    expect(measures).toHaveLength(targetMeasures.length + 1);
    const mappedShipped = targetMeasures.find((m) => m.catalogueId === shipped.catalogueId)!;
    const addedCustom = measures.find((m) => m.title === custom.title)!;
    expect(copies[0].toms.measureIds).toEqual([mappedShipped.id, addedCustom.id]);
    const log = await env.store().changeLog.list({ entity: 'activity' });
    expect(log.map((e) => e.action)).toEqual(['insert', 'insert']);
  });

  it('refuses targets outside the recent list, the open register itself and unknown activities', async () => {
    const env = start();
    const otherPath = await env.register('Andere');
    const openPath = await env.register('Offen');
    const activity = await env.call('activities.save', { activity: ActivitySchema.parse({ id: newId(), name: 'CRM' }) });

    const notRecent = await env.refused('activities.copyToRegister', { ids: [activity.id], targetPath: join(env.dir, 'fremd.vvt') });
    expect(notRecent).toMatchObject({ code: 'validation', params: { messageKey: 'workflow.errors.copy_target_not_recent' } });
    expect(notRecent.issues?.[0].path).toBe('targetPath');
    const current = await env.refused('activities.copyToRegister', { ids: [activity.id], targetPath: openPath });
    expect(current).toMatchObject({ params: { messageKey: 'workflow.errors.copy_target_is_current' } });
    expect(await env.refused('activities.copyToRegister', { ids: ['missing'], targetPath: otherPath })).toMatchObject({ code: 'not_found' });
    expect(await env.refused('activities.copyToRegister', { ids: [], targetPath: otherPath })).toMatchObject({ code: 'validation' });

    await env.call('register.openRecent', { path: otherPath });
    expect(await env.call('activities.list', {})).toMatchObject({ total: 0 });
  });
});
