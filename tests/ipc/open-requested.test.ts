import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestServices, type TestServices } from '../support/services';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
let services: TestServices | undefined;
afterEach(async () => {
  await services?.dispose();
  services = undefined;
});

/** Two registers on disk; the first one stays open. */
async function twoRegisters() {
  const dir = tempDir();
  services = startTestServices(dir);
  const first = join(dir, 'Muster GmbH.vvt');
  const second = join(dir, 'Bäckerei Schmidt.vvt');
  services.dialogs.answers.chooseNewRegisterPath.push(second, first);
  await services.dispatch('register.create', { organisationName: 'Bäckerei Schmidt' });
  await services.dispatch('register.create', { organisationName: 'Muster GmbH' });
  return { services, first, second };
}

describe('register.openRequested (a register main was asked to open)', () => {
  it('opens the file main offered, once', async () => {
    const { services, second } = await twoRegisters();
    services.context.pendingOpen.offer(second);
    expect(await services.dispatch('register.openRequested', undefined)).toMatchObject({ ok: true, value: { path: second, organisationName: 'Bäckerei Schmidt' } });
    expect(await services.dispatch('register.openRequested', undefined)).toMatchObject({
      ok: false,
      error: { code: 'not_found', params: { messageKey: 'shell.noPendingOpen' } },
    });
    expect(await services.dispatch('register.current', undefined)).toMatchObject({ ok: true, value: { path: second } });
  });

  it('opens nothing and keeps the open register when main offered nothing', async () => {
    const { services, first } = await twoRegisters();
    expect(await services.dispatch('register.openRequested', undefined)).toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await services.dispatch('register.current', undefined)).toMatchObject({ ok: true, value: { path: first } });
  });

  it('only the latest request waits', async () => {
    const { services, first, second } = await twoRegisters();
    await services.dispatch('register.close', undefined);
    services.context.pendingOpen.offer(first);
    services.context.pendingOpen.offer(second);
    expect(await services.dispatch('register.openRequested', undefined)).toMatchObject({ ok: true, value: { path: second } });
  });

  it('drops a vanished file from the recent list', async () => {
    const { services, second } = await twoRegisters();
    const recentPaths = () => services.context.settings.get().recentRegisters.map((r) => r.path);
    expect(recentPaths()).toContain(second);
    rmSync(second);
    services.context.pendingOpen.offer(second);
    expect(await services.dispatch('register.openRequested', undefined)).toMatchObject({ ok: false, error: { code: 'file_not_found' } });
    expect(recentPaths()).not.toContain(second);
  });
});
