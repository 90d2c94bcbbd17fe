import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from 'vitest';
import { APP_ORIGIN, DEFAULT_RENDERER_DIR } from '../support/browser-bridge';
import { StartPage } from './pages/start-page';
import { describeE2e, useApp } from './support/app-fixture';

const CSP_META = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i;

describeE2e('security', () => {
  const app = useApp();

  test('the app requests nothing but its own files, also while working with a register', async () => {
    const vvt = app();
    vvt.dialogs.nextNewRegisterPath = vvt.file('netz.vvt');
    const shell = await new StartPage(vvt.page).createRegister('Netz GmbH');
    await shell.goToOrganisation();
    await (await shell.goToActivities()).newActivity();

    expect(vvt.requests.length).toBeGreaterThan(0);
    const foreign = vvt.requests.filter((request) => !request.split(' ')[1].startsWith(`${APP_ORIGIN}/`));
    expect(foreign).toEqual([]);
    expect(vvt.blockedRequests).toEqual([]);
  });

  test('the page has no Node or Electron internals', async () => {
    const globals = await app().page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return {
        require: typeof w.require,
        process: typeof w.process,
        module: typeof w.module,
        Buffer: typeof w.Buffer,
        ipcRenderer: typeof w.ipcRenderer,
        electron: typeof w.electron,
        bridgeIpcRenderer: typeof (w.vvt as Record<string, unknown>).ipcRenderer,
      };
    });
    expect(globals).toEqual({
      require: 'undefined',
      process: 'undefined',
      module: 'undefined',
      Buffer: 'undefined',
      ipcRenderer: 'undefined',
      electron: 'undefined',
      bridgeIpcRenderer: 'undefined',
    });
  });

  test('the built index.html carries a strict CSP that blocks injected inline scripts and string eval', async () => {
    const html = readFileSync(join(DEFAULT_RENDERER_DIR, 'index.html'), 'utf8');
    // The build injects the tag; attribute values may carry HTML entities for the quotes.
    const csp = (CSP_META.exec(html)?.[1] ?? '').replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"');
    expect(csp).toMatch(/default-src 'self'/);
    expect(csp).toMatch(/script-src 'self'/);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);

    const vvt = app();
    vvt.tolerate(/Content Security Policy/);
    // Code that page.evaluate runs directly is exempt from the CSP's eval rule (DevTools
    // evaluation), so eval is tried through a string timer, which runs as page code.
    const outcome = await vvt.page.evaluate(async () => {
      const w = window as unknown as Record<string, unknown>;
      const directives: string[] = [];
      const twoViolations = new Promise<void>((resolve) =>
        document.addEventListener('securitypolicyviolation', (event) => {
          directives.push(`${event.effectiveDirective} ${event.blockedURI}`);
          if (directives.length === 2) resolve();
        }),
      );
      const script = document.createElement('script');
      script.textContent = 'window.__injected = true;';
      document.head.append(script);
      (setTimeout as unknown as (code: string, ms: number) => void)('window.__evaluated = true;', 0);
      await twoViolations;
      return { injected: w.__injected === true, evaluated: w.__evaluated === true, directives: directives.sort() };
    });
    expect(outcome).toEqual({ injected: false, evaluated: false, directives: ['script-src eval', 'script-src-elem inline'] });
    expect(await vvt.page.locator('meta[http-equiv="Content-Security-Policy"]').count()).toBe(1);
  });
});
