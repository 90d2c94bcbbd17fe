import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newActivity } from '../../domain/model';
import { SqliteRegisterStore } from '../../backend/storage/sqlite/sqlite-register-store';
import { useWorkflowServices } from './workflow-support';

const started = useWorkflowServices();

describe('backups through IPC', () => {
  it('open backs up a changed register; list, create, verify and restore in one step', async () => {
    const app = started();
    const path = await app.register('Muster GmbH');
    await app.store().activities.save(newActivity('Vor der Sicherung'));
    await app.call('register.close');
    await app.call('register.openRecent', { path });
    const afterOpen = await app.call('backups.list');
    expect(afterOpen.backups.map((b) => b.reason)).toEqual(['open']);
    // Reopening without a change makes no second copy.
    await app.call('register.close');
    await app.call('register.openRecent', { path });
    expect((await app.call('backups.list')).backups).toHaveLength(1);

    await app.store().activities.save(newActivity('Nach der Sicherung'));
    const manual = await app.call('backups.create');
    expect(manual.reason).toBe('manual');
    const check = await app.call('backups.verify', { name: afterOpen.backups[0].name });
    expect(check).toMatchObject({ ok: true, pageProblems: 0, chainProblems: 0 });

    const info = await app.call('backups.restore', { name: afterOpen.backups[0].name });
    expect(info.path).toBe(path);
    const names = (await app.store().activities.list()).map((a) => a.name);
    expect(names).toEqual(['Vor der Sicherung']);
    expect((await app.call('backups.list')).backups.map((b) => b.reason)).toContain('restore');
  });

  it('a register open in another process is refused with register_locked, not as an internal error', async () => {
    const app = started();
    const path = await app.register('Muster GmbH');
    await app.call('register.close');
    const cli = SqliteRegisterStore.open(path, { create: false, actor: 'cli' });
    const result = await app.services.dispatch('register.openRecent', { path });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error.code).toBe('register_locked');
    await cli.close();
    expect((await app.services.dispatch('register.openRecent', { path })).ok).toBe(true);
  });

  it('Save As over an existing register keeps it as a checked backup and never mixes the two', async () => {
    const app = started();
    const first = await app.register('Erste');
    await app.store().activities.save(newActivity('Aus der ersten'));
    await app.call('register.close');
    const second = await app.register('Zweite');
    app.services.dialogs.answers.chooseNewRegisterPath.push(first);
    await app.call('register.saveAs');
    expect((await app.store().organisation.get()).name).toBe('Zweite');
    expect((await app.store().activities.list()).map((a) => a.name)).toEqual([]);
    expect(existsSync(second)).toBe(true);
    const kept = readdirSync(app.dir).filter((name) => name.startsWith('Erste.vvt.replaced-'));
    expect(kept).toHaveLength(1);
    const old = SqliteRegisterStore.open(join(app.dir, kept[0]), { create: false, readonly: true });
    expect((await old.activities.list()).map((a) => a.name)).toEqual(['Aus der ersten']);
    await old.close();
  });
});
