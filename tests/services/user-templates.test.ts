import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TOM_CATALOGUE } from '../../domain/catalogues';
import { ActivitySchema, newId, type Activity } from '../../domain/model';
import { nestedIds } from '../../domain/rules/activity-duplicate';
import { useWorkflowServices } from './workflow-support';

const start = useWorkflowServices();

const TEMPLATES_FILE = 'activity-templates.json';

async function registerWithActivity(env: ReturnType<typeof start>): Promise<Activity> {
  await env.register();
  await env.call('toms.importCatalogue', { catalogueIds: [TOM_CATALOGUE[0].id], language: 'de' });
  const custom = await env.call('toms.save', {
    measure: { id: newId(), title: 'Vier-Augen-Prinzip', art32Group: 'regular_testing', controlArea: 'input', sdmGoal: 'integrity', version: 0 },
  });
  const [shipped] = (await env.call('toms.list')).filter((m) => m.catalogueId);
  const activity = ActivitySchema.parse({
    id: newId(),
    reference: 'VT-9',
    name: 'Newsletter',
    status: 'in_review',
    lastReviewedOn: '2026-01-01',
    dataCategories: [{ id: 'c1', label: 'E-Mail-Adresse' }],
    retention: [{ id: 'k1', dataCategoryIds: ['c1'], description: 'bis Widerruf' }],
    recipients: [{ id: 'r1', label: 'Versanddienstleister', kind: 'processor', partyId: 'some-party' }],
    channelIds: ['some-channel'],
    dpia: { decision: 'not_required', performed: true, performedOn: '2026-01-01', reference: 'DSFA-1' },
    toms: { measureIds: [shipped.id, custom.id] },
  });
  return env.call('activities.save', { activity });
}

describe('user templates', () => {
  it('round trip: save, list, create in this and another register, delete', async () => {
    const env = start();
    const original = await registerWithActivity(env);
    const summary = await env.call('templates.saveActivityAsTemplate', { activityId: original.id, name: 'Mein Newsletter' });
    expect(summary).toMatchObject({ name: 'Mein Newsletter', activityName: 'Newsletter' });
    expect(await env.call('templates.listUser')).toEqual([summary]);

    const stored = JSON.parse(readFileSync(join(env.dir, TEMPLATES_FILE), 'utf8'));
    expect(stored.templates[0].activity).not.toHaveProperty('id');
    expect(stored.templates[0].activity).not.toHaveProperty('status');
    expect(stored.templates[0].activity).not.toHaveProperty('channelIds');
    expect(stored.templates[0].activity.dpia).toMatchObject({ performed: false, reference: '' });
    expect(stored.templates[0].measures).toHaveLength(2);

    const created = await env.call('activities.createFromUserTemplate', { templateId: summary.id });
    expect(created).toMatchObject({ name: 'Newsletter', status: 'draft', reference: '', lastReviewedOn: '', channelIds: [] });
    expect(created.recipients[0]).toMatchObject({ label: 'Versanddienstleister', partyId: '' });
    expect(nestedIds(created).filter((id) => nestedIds(original).includes(id))).toEqual([]);
    expect(created.retention[0].dataCategoryIds).toEqual([created.dataCategories[0].id]);
    expect(created.toms.measureIds.sort()).toEqual([...original.toms.measureIds].sort());
    expect(await env.call('toms.list')).toHaveLength(2);

    // Another register: the measures travel along, once.
    await env.register('Andere GmbH');
    const elsewhere = await env.call('activities.createFromUserTemplate', { templateId: summary.id });
    await env.call('activities.createFromUserTemplate', { templateId: summary.id });
    const measures = await env.call('toms.list');
    expect(measures.map((m) => m.title).sort()).toEqual([TOM_CATALOGUE[0].label.de, 'Vier-Augen-Prinzip'].sort());
    expect(new Set(elsewhere.toms.measureIds)).toEqual(new Set(measures.map((m) => m.id)));

    expect(await env.call('templates.deleteUser', { id: summary.id })).toBeNull();
    expect(await env.call('templates.listUser')).toEqual([]);
    expect(await env.refused('activities.createFromUserTemplate', { templateId: summary.id })).toMatchObject({ code: 'not_found' });
    expect(await env.refused('templates.deleteUser', { id: summary.id })).toMatchObject({ code: 'not_found' });
  });

  it('sets an unreadable file aside and starts empty', async () => {
    const env = start();
    writeFileSync(join(env.dir, TEMPLATES_FILE), '{ "format": "vvt-desk-activity-templates", "templ');
    expect(await env.call('templates.listUser')).toEqual([]);
    expect(existsSync(join(env.dir, TEMPLATES_FILE))).toBe(false);
    expect(readdirSync(env.dir).filter((f) => f.startsWith(`${TEMPLATES_FILE}.damaged-`))).toHaveLength(1);
  });

  it('keeps the valid templates of a partly damaged file and a copy of the original', async () => {
    const env = start();
    const original = await registerWithActivity(env);
    const good = await env.call('templates.saveActivityAsTemplate', { activityId: original.id, name: 'Gut' });
    const path = join(env.dir, TEMPLATES_FILE);
    const content = JSON.parse(readFileSync(path, 'utf8'));
    content.templates.push({ id: 'broken', name: '', activity: { name: 42 } });
    writeFileSync(path, JSON.stringify(content));

    expect(await env.call('templates.listUser')).toEqual([good]);
    const asideFiles = readdirSync(env.dir).filter((f) => f.startsWith(`${TEMPLATES_FILE}.damaged-`));
    expect(asideFiles).toHaveLength(1);
    expect(readFileSync(join(env.dir, asideFiles[0]), 'utf8')).toContain('"broken"');
    expect(JSON.parse(readFileSync(path, 'utf8')).templates).toHaveLength(1);
  });

  it('validates names and needs an open register only to save or use a template', async () => {
    const env = start();
    expect(await env.call('templates.listUser')).toEqual([]);
    expect(await env.refused('templates.saveActivityAsTemplate', { activityId: 'x', name: 'n' })).toMatchObject({ code: 'no_register_open' });
    await env.register();
    const error = await env.refused('templates.saveActivityAsTemplate', { activityId: 'x', name: '' });
    expect(error.issues?.[0].path).toBe('name');
  });
});
