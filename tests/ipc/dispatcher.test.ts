import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CHANNELS, contract } from '../../domain/ipc/contract';
import { createInvokeApi } from '../../domain/ipc/bridge';
import { newActivity, newPurpose } from '../../domain/model';
import { startTestServices, type TestServices } from '../support/services';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
let services: TestServices | undefined;
afterEach(async () => {
  await services?.dispose();
  services = undefined;
});

async function withRegister() {
  const dir = tempDir();
  services = startTestServices(dir);
  services.dialogs.answers.chooseNewRegisterPath.push(join(dir, 'Muster GmbH.vvt'));
  const created = await services.dispatch('register.create', { organisationName: 'Muster GmbH' });
  expect(created).toMatchObject({ ok: true, value: { organisationName: 'Muster GmbH' } });
  return { dir, services };
}

describe('IPC contract', () => {
  it('has a handler for every channel and no handler without a channel', async () => {
    const { services } = await withRegister();
    expect(Object.keys(services.handlers).sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) expect(contract[channel].input).toBeDefined();
  });

  it('builds one named API function per channel', () => {
    const calls: string[] = [];
    const api = createInvokeApi(async (channel) => {
      calls.push(channel);
      return { ok: true, value: null };
    });
    expect(Object.keys(api).sort()).toEqual([...CHANNELS].sort());
    void api['register.current']();
    expect(calls).toEqual(['register.current']);
  });
});

describe('dispatcher', () => {
  it('rejects invalid payloads with a validation error naming the field, and keeps serving', async () => {
    const { services } = await withRegister();
    const bad = await services.dispatch('activities.save', { activity: { id: 'x', name: '' } });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.error.code).toBe('validation');
    expect(bad.error.issues?.map((i) => i.path)).toContain('activity.name');

    for (const payload of [undefined, null, 42, 'text', [], { activity: 'no' }]) {
      expect(await services.dispatch('activities.save', payload)).toMatchObject({ ok: false, error: { code: 'validation' } });
    }
    expect(await services.dispatch('activities.list', {})).toMatchObject({ ok: true, value: { total: 0 } });
  });

  it('lets activities.save change the status only along the workflow', async () => {
    const { services } = await withRegister();
    const saved = await services.context.session.require().activities.save(newActivity('Zeiterfassung'));
    const skipped = await services.dispatch('activities.save', { activity: { ...saved, status: 'approved' } });
    expect(skipped).toMatchObject({ ok: false, error: { code: 'validation', issues: [{ path: 'activity.status' }] } });
    expect(await services.dispatch('activities.save', { activity: { ...saved, status: 'in_review' } })).toMatchObject({
      ok: true,
      value: { status: 'in_review' },
    });
  });

  it('rejects unknown and malicious channel names', async () => {
    const { services } = await withRegister();
    for (const channel of ['nope', '__proto__', 'constructor', 'toString', 42, null]) {
      expect(await services.dispatch(channel, {})).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
    }
  });

  it('answers no_register_open before a register is opened', async () => {
    services = startTestServices(tempDir());
    expect(await services.dispatch('activities.list', {})).toMatchObject({ ok: false, error: { code: 'no_register_open' } });
    expect(await services.dispatch('register.current', undefined)).toEqual({ ok: true, value: null });
  });

  it('saves, lists, reads and deletes an activity through the contract', async () => {
    const { services } = await withRegister();
    const activity = newActivity('Bewerbermanagement');
    activity.purposes.push(newPurpose('Durchführung des Bewerbungsverfahrens', ['6-1-b']));
    const saved = await services.dispatch('activities.save', { activity });
    expect(saved).toMatchObject({ ok: true, value: { version: 1 } });
    const list = await services.dispatch('activities.list', { text: 'bewerb' });
    expect(list).toMatchObject({ ok: true, value: { total: 1, items: [{ name: 'Bewerbermanagement', legalBasisCodes: ['6-1-b'] }] } });
    expect(await services.dispatch('activities.get', { id: activity.id })).toMatchObject({ ok: true, value: { name: 'Bewerbermanagement' } });
    expect(await services.dispatch('activities.delete', { id: activity.id })).toEqual({ ok: true, value: null });
    expect(await services.dispatch('activities.get', { id: activity.id })).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });

  it('reopens a register from the recent list only', async () => {
    const { dir, services: first } = await withRegister();
    await first.dispatch('register.close', undefined);
    expect(await first.dispatch('register.openRecent', { path: join(dir, 'Muster GmbH.vvt') })).toMatchObject({ ok: true });
    expect(await first.dispatch('register.openRecent', { path: join(dir, 'elsewhere.vvt') })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    const settings = await first.dispatch('settings.get', undefined);
    expect(settings).toMatchObject({ ok: true, value: { recentRegisters: [{ organisationName: 'Muster GmbH' }] } });
  });

  it('saves the register under a new name and continues in the copy, history included', async () => {
    const { dir, services } = await withRegister();
    const activity = newActivity('Videoüberwachung');
    await services.dispatch('activities.save', { activity });
    const copy = join(dir, 'Kopie.vvt');
    services.dialogs.answers.chooseNewRegisterPath.push(copy);

    expect(await services.dispatch('register.saveAs', undefined)).toMatchObject({ ok: true, value: { path: copy, activityCount: 1 } });
    await services.dispatch('activities.delete', { id: activity.id });
    const log = await services.context.session.require().changeLog.list({ entityId: activity.id });
    expect(log.map((e) => e.action)).toEqual(['delete', 'insert']);

    await services.dispatch('register.openRecent', { path: join(dir, 'Muster GmbH.vvt') });
    expect(await services.dispatch('activities.get', { id: activity.id })).toMatchObject({ ok: true, value: { name: 'Videoüberwachung' } });
  });

  it('only opens safe external links', async () => {
    services = startTestServices(tempDir());
    expect(await services.dispatch('app.openExternal', { url: 'https://www.bfdi.bund.de/' })).toEqual({ ok: true, value: true });
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'http://example.org', 'https://user:pw@example.org', 'ms-msdt:x']) {
      expect(await services.dispatch('app.openExternal', { url })).toEqual({ ok: true, value: false });
    }
    expect(services.openedLinks).toEqual(['https://www.bfdi.bund.de/']);
  });

  it('records the author from the settings in the change log', async () => {
    const { services } = await withRegister();
    await services.dispatch('settings.update', { actorName: 'Dr. Erika Muster' });
    await services.dispatch('activities.save', { activity: newActivity('CRM') });
    const log = await services.context.session.require().changeLog.list({ entity: 'activity' });
    expect(log[0].actor).toBe('Dr. Erika Muster');
  });
});
