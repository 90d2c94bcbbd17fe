import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { CHANNELS } from '../../domain/ipc/contract';
import { ROOT, type VvtWindow } from '../support/browser-bridge';
import { describeE2e, useApp } from './support/app-fixture';

/** Tests of the browser bridge itself, against a tiny stand-in renderer (no build needed). */
const rendererDir = join(ROOT, 'tests/e2e/fixtures/harness-renderer');

describeE2e('browser bridge (harness)', () => {
  const app = useApp({ rendererDir });

  test('exposes a frozen window.vvt with one function per contract channel, backed by the real services', async () => {
    const { page } = app();
    await page.getByTestId('status-message').filter({ hasText: 'version 0.0.0-e2e' }).waitFor();
    const shape = await page.evaluate(() => {
      const { vvt } = window as unknown as VvtWindow;
      return {
        channels: Object.keys(vvt.api),
        functions: Object.values(vvt.api).every((f) => typeof f === 'function'),
        frozen: Object.isFrozen(vvt) && Object.isFrozen(vvt.api),
      };
    });
    expect(shape).toEqual({ channels: [...CHANNELS], functions: true, frozen: true });

    const updated = await app().callApi('settings.update', { language: 'en' });
    expect(updated).toMatchObject({ ok: true, value: { language: 'en' } });
    expect(await app().invoke('settings.get')).toMatchObject({ language: 'en' });
  });

  test('answers dialogs from the queue and keeps the register and settings across a restart', async () => {
    const vvt = app();
    const path = vvt.file('Muster GmbH.vvt');
    vvt.dialogs.nextNewRegisterPath = path;
    const created = await vvt.callApi('register.create', { organisationName: 'Muster GmbH' });
    expect(created).toMatchObject({ ok: true, value: { path, organisationName: 'Muster GmbH' } });
    expect(vvt.dialogs.calls).toEqual([{ kind: 'chooseNewRegisterPath', args: ['Muster GmbH.vvt'] }]);

    vvt.dialogs.nextNewRegisterPath = null;
    expect(await vvt.callApi('register.create', { organisationName: 'X' })).toEqual({ ok: true, value: null });

    await vvt.restart();
    expect(existsSync(path)).toBe(true);
    expect(await vvt.callApi('register.current')).toEqual({ ok: true, value: null });
    const reopened = await vvt.callApi('register.openRecent', { path });
    expect(reopened).toMatchObject({ ok: true, value: { organisationName: 'Muster GmbH' } });
  });

  test('delivers menu commands and stops after unsubscribing', async () => {
    const { page } = app();
    await page.getByTestId('status-message').filter({ hasText: 'version' }).waitFor();
    await app().fireMenuCommand('activity.new');
    await page.getByTestId('menu-commands').getByText('activity.new').waitFor();

    const seen = await page.evaluate(async () => {
      const received: unknown[] = [];
      const stop = (window as unknown as VvtWindow).vvt.onProgress((event) => received.push(event));
      window.dispatchEvent(new CustomEvent('vvt-e2e:main-event', { detail: { kind: 'progress', data: 1 } }));
      stop();
      window.dispatchEvent(new CustomEvent('vvt-e2e:main-event', { detail: { kind: 'progress', data: 2 } }));
      return received;
    });
    expect(seen).toEqual([1]);
  });

  test('refuses payloads Electron could not clone (e.g. a Vue reactive proxy)', async () => {
    const { page } = app();
    const outcome = await page.evaluate(() =>
      (window as unknown as VvtWindow).vvt.api['settings.update'](new Proxy({ language: 'en' as const }, {})).then(
        () => 'sent',
        (error: Error) => `rejected: ${error.name}`,
      ),
    );
    expect(outcome).toBe('rejected: DataCloneError');
    expect(await app().invoke('settings.get')).toMatchObject({ language: 'de' });
  });

  test('records outside requests, 404s, path escapes, console errors and unexpected dialogs as problems', async () => {
    const vvt = app();
    const opened = await vvt.callApi('register.open');
    expect(opened).toMatchObject({ ok: false, error: { code: 'internal' } });

    await vvt.page.goto('http://vvt.test/no-csp.html');
    const statuses = await vvt.page.evaluate(async () => {
      const status = (url: string) => fetch(url).then((r) => r.status, () => 'failed');
      return [await status('http://example.invalid/track'), await status('/missing.js'), await status('/..%2Fpackage.json')];
    });
    expect(statuses).toEqual(['failed', 404, 404]);
    await vvt.page.evaluate(() => console.error('boom'));

    const problems = vvt.unexpectedProblems().join('\n');
    for (const expected of [
      /unexpected dialog chooseRegisterToOpen/,
      /IPC register\.open failed internally/,
      /request outside the app origin: GET http:\/\/example\.invalid\/track/,
      /404 for \/missing\.js/,
      /404 for \/\.\.%2Fpackage\.json/,
      /console error: boom/,
    ]) {
      expect(problems).toMatch(expected);
      vvt.tolerate(expected);
    }
    vvt.tolerate(/console error: Failed to load resource/);
    expect(vvt.unexpectedProblems()).toEqual([]);
  });
}, { needsBuild: false, rendererDir });
