import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { BackupCheckResult, BackupInfo } from '../../domain/ipc/channels/backups';
import { byTestId, click, makeActivity, mountApp, openRegisterHandlers, REGISTER } from './support/app';

const BACKUP: BackupInfo = { name: '2026-12-01T09-00-00-000Z_open_s12.vvt', createdAt: '2026-12-01T09:00:00.000Z', reason: 'open', size: 40960 };
const DAMAGED: BackupCheckResult = {
  name: BACKUP.name, ok: false, pageProblems: 0, missingTriggers: ['change_log_no_delete'], chainProblems: 2, damagedAttachments: [], invalidRows: [],
};

describe('Backups view', () => {
  it('lists the backups, makes one, shows what a check found and restores after confirmation', async () => {
    const backups = [BACKUP];
    const { wrapper, fake } = await mountApp({
      ...openRegisterHandlers([makeActivity()]),
      'backups.list': () => ({ backups: [...backups], notes: ['removed stale temporary file /x/r.vvt.import-1-a-b.vvt-tmp'] }),
      'backups.create': () => {
        const created: BackupInfo = { ...BACKUP, name: '2026-12-01T10-00-00-000Z_manual_s13.vvt', reason: 'manual' };
        backups.unshift(created);
        return created;
      },
      'backups.verify': () => DAMAGED,
      'backups.restore': () => REGISTER,
    });
    await click(wrapper, 'nav-backups');
    await flushPromises();
    expect(byTestId(wrapper, 'backups-table').text()).toContain('beim Öffnen');
    expect(byTestId(wrapper, 'backup-notes').text()).toContain('vvt-tmp');

    await click(wrapper, 'backup-now');
    await flushPromises();
    expect(fake.payloads('backups.create')).toHaveLength(1);
    expect(byTestId(wrapper, 'backups-table').text()).toContain('manuell');

    const row = byTestId(wrapper, `backup-${BACKUP.name}`);
    await row.findAll('button')[0].trigger('click');
    await flushPromises();
    expect(byTestId(wrapper, `backup-state-${BACKUP.name}`).text()).toContain('Trigger fehlen: change_log_no_delete');
    expect(byTestId(wrapper, `backup-state-${BACKUP.name}`).text()).toContain('2 Brüche');

    await row.findAll('button')[1].trigger('click');
    await flushPromises();
    expect(fake.payloads('backups.restore')).toHaveLength(0);
    await click(wrapper, 'confirm-ok');
    await flushPromises();
    expect(fake.payloads('backups.restore')).toEqual([{ name: BACKUP.name }]);
  });
});
