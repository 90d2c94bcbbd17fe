import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ACTIVITY_TEMPLATES, TOM_CATALOGUE } from '../../domain/catalogues';
import { REGISTER_TEMPLATES } from '../../domain/catalogues/register-templates';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { useWorkflowServices } from './workflow-support';

const start = useWorkflowServices();
afterEach(() => vi.restoreAllMocks());

describe('register.createFromTemplate', () => {
  for (const template of REGISTER_TEMPLATES) {
    it(`"${template.id}" fills the new register with its activities and the TOM catalogue in one batch`, async () => {
      const { dir, services, call, store } = start();
      const batches = vi.spyOn(SqliteRegisterStore.prototype, 'writeBatch');
      const path = join(dir, `${template.id}.vvt`);
      services.dialogs.answers.chooseNewRegisterPath.push(path);

      const info = await call('register.createFromTemplate', { templateRegisterId: template.id, organisationName: 'Praxis Dr. Muster', language: 'de' });

      expect(info).toMatchObject({ path, organisationName: 'Praxis Dr. Muster', activityCount: template.activityTemplateIds.length });
      expect(batches).toHaveBeenCalledTimes(1);
      expect(batches.mock.calls[0][0]).toHaveLength(1 + TOM_CATALOGUE.length + template.activityTemplateIds.length);

      const activities = await store().activities.list();
      const expectedNames = template.activityTemplateIds.map((id) => ACTIVITY_TEMPLATES.find((t) => t.id === id)!.name.de);
      expect(activities.map((a) => a.name).sort()).toEqual([...expectedNames].sort());
      expect(activities.every((a) => a.status === 'draft' && a.version === 1)).toBe(true);
      const measures = await store().toms.list();
      expect(measures.map((m) => m.catalogueId).sort()).toEqual(TOM_CATALOGUE.map((e) => e.id).sort());
      const measureIds = new Set(measures.map((m) => m.id));
      expect(activities.flatMap((a) => a.toms.measureIds).every((id) => measureIds.has(id))).toBe(true);

      const organisation = await store().organisation.get();
      expect(organisation).toMatchObject({ name: 'Praxis Dr. Muster', actsAsProcessor: template.actsAsProcessor });

      const log = await store().changeLog.list({ limit: 10_000 });
      const inserts = (entity: string) => log.filter((e) => e.entity === entity && e.action === 'insert').length;
      expect(inserts('activity')).toBe(template.activityTemplateIds.length);
      expect(inserts('tom')).toBe(TOM_CATALOGUE.length);
      expect((await call('settings.get')).recentRegisters[0]).toMatchObject({ path });
    });
  }

  it('writes English texts for language "en"', async () => {
    const { dir, services, call, store } = start();
    services.dialogs.answers.chooseNewRegisterPath.push(join(dir, 'club.vvt'));
    await call('register.createFromTemplate', { templateRegisterId: 'association', organisationName: 'Sports club', language: 'en' });
    const names = (await store().activities.list()).map((a) => a.name);
    expect(names).toContain(ACTIVITY_TEMPLATES.find((t) => t.id === 'member_administration')!.name.en);
    expect((await store().toms.list()).map((m) => m.title)).toContain(TOM_CATALOGUE[0].label.en);
  });

  it('returns null when the dialog is cancelled and refuses unknown templates before asking', async () => {
    const { services, call, refused } = start();
    services.dialogs.answers.chooseNewRegisterPath.push(null);
    expect(await call('register.createFromTemplate', { templateRegisterId: 'online_shop', language: 'de' })).toBeNull();
    expect(await call('register.current')).toBeNull();
    const error = await refused('register.createFromTemplate', { templateRegisterId: 'bakery', language: 'de' });
    expect(error).toMatchObject({ code: 'validation', params: { messageKey: 'workflow.errors.unknown_register_template' } });
    expect(error.issues?.[0].path).toBe('templateRegisterId');
  });
});

describe('activities.createFromTemplate', () => {
  it('saves a draft with fresh ids and adds the measures it suggests once', async () => {
    const { call, register, store } = start();
    await register();
    const template = ACTIVITY_TEMPLATES.find((t) => t.tomIds.length > 0)!;
    const first = await call('activities.createFromTemplate', { templateId: template.id, language: 'de' });
    const second = await call('activities.createFromTemplate', { templateId: template.id, language: 'de' });
    expect(first).toMatchObject({ name: template.name.de, status: 'draft', templateId: template.id, version: 1 });
    expect(second.id).not.toBe(first.id);
    expect(second.purposes[0].id).not.toBe(first.purposes[0].id);
    expect(second.toms.measureIds).toEqual(first.toms.measureIds);
    const measures = await store().toms.list();
    expect(measures).toHaveLength(new Set(template.tomIds).size);
    expect(new Set(measures.map((m) => m.id))).toEqual(new Set(first.toms.measureIds));
  });

  it('refuses an unknown template id', async () => {
    const { register, refused } = start();
    await register();
    const error = await refused('activities.createFromTemplate', { templateId: 'nope', language: 'de' });
    expect(error).toMatchObject({ code: 'validation', params: { messageKey: 'workflow.errors.unknown_template', templateId: 'nope' } });
  });
});
