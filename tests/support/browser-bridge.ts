import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve, sep } from 'node:path';
import { chromium, type BrowserContext, type Page, type Route } from 'playwright-core';
import { createAppServices, type AppServices } from '../../backend/app/create-services';
import type { VvtBridge } from '../../domain/ipc/bridge';
import { CHANNELS } from '../../domain/ipc/contract';
import type { MenuCommand, ProgressEvent } from '../../domain/ipc/events';
import type { Result } from '../../domain/ipc/result';
import { RecordingFiles, RecordingLinks, RecordingPrinter, TestDialogs } from '../e2e/support/test-ports';

/**
 * Runs the built renderer in headless Debian Chromium against the REAL main-process
 * services (createAppServices) in the test's Node process. `window.vvt` is built by an
 * init script from the contract's channel list, and every call goes through
 * services.dispatch, exactly as Electron's preload → ipcMain path does. No network
 * server: http://vvt.test/ is answered from out/renderer by a route handler, every other
 * request is aborted and recorded as a problem, and verify() fails the test on problems.
 */
export const APP_ORIGIN = 'http://vvt.test';
export const ROOT = resolve(__dirname, '../..');
export const DEFAULT_RENDERER_DIR = join(ROOT, 'out/renderer');
export const DEFAULT_CHROMIUM = process.env.VVT_CHROMIUM || '/usr/bin/chromium';
/**
 * stack.md's flags, plus: Electron registers app:// as a secure scheme, so the renderer runs
 * in a secure context (crypto.randomUUID …); the test origin must be one as well.
 */
const CHROMIUM_ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  `--unsafely-treat-insecure-origin-as-secure=${APP_ORIGIN}`];

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.map': 'application/json', '.svg': 'image/svg+xml',
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.gif': 'image/gif', '.webp': 'image/webp',
  '.ico': 'image/x-icon', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.otf': 'font/otf',
  '.wasm': 'application/wasm', '.txt': 'text/plain; charset=utf-8',
};

export { RecordingLinks, RecordingPrinter, TestDialogs };

/** Page event through which the test fires main's events (menu commands, progress). */
const TEST_EVENT = 'vvt-e2e:main-event';

/**
 * Runs in the page before any app script (serialised by Playwright: no outer references).
 * Mirrors electron/preload: a frozen `window.vvt` with one function per channel. Payloads
 * are structured-cloned first, as ipcRenderer.invoke does, so a Vue reactive proxy fails
 * here as it would in Electron ("could not be cloned").
 */
function installBridge({ channels, eventName }: { channels: string[]; eventName: string }): void {
  type Listener = (data: unknown) => void;
  const w = window as unknown as Record<string, unknown>;
  const listeners: Record<string, Set<Listener>> = { menu: new Set(), progress: new Set() };
  const invoke = async (channel: string, payload: unknown) =>
    (w.__vvtInvoke as (c: string, p: unknown) => Promise<unknown>)(channel, payload === undefined ? undefined : structuredClone(payload));
  const subscribe = (set: Set<Listener>) => (listener: Listener) => {
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    set.add(listener);
    return () => void set.delete(listener);
  };
  window.addEventListener(eventName, (event) => {
    const { kind, data } = (event as CustomEvent<{ kind: string; data: unknown }>).detail;
    for (const listener of [...(listeners[kind] ?? [])]) listener(data);
  });
  const api = Object.freeze(Object.fromEntries(channels.map((c) => [c, (input?: unknown) => invoke(c, input)])));
  const vvt = Object.freeze({ api, onMenuCommand: subscribe(listeners.menu), onProgress: subscribe(listeners.progress) });
  Object.defineProperty(window, 'vvt', { value: vvt, enumerable: true, writable: false, configurable: false });
}

/** The page's window as the bridge sets it up: for casts inside page.evaluate callbacks. */
export type VvtWindow = Window & { vvt: VvtBridge; __vvtInvoke(channel: unknown, payload?: unknown): Promise<Result<unknown>> };

export interface LaunchOptions {
  /** Built renderer to serve; default out/renderer. */
  rendererDir?: string;
  chromiumPath?: string;
  /** settings.json content written before the first start (e.g. { language: 'en' }). */
  settings?: Record<string, unknown>;
}

export class VvtApp {
  /** Temp folder of this app: settings, Chromium profile, and files(). Removed by close(). */
  readonly dir = mkdtempSync(join(tmpdir(), 'vvt-e2e-'));
  readonly settingsPath = join(this.dir, 'user-data', 'settings.json');
  readonly dialogs = new TestDialogs();
  readonly links = new RecordingLinks();
  /** What documents.print sent to the OS print dialog (`printer.printed[i].html`). */
  readonly printer = new RecordingPrinter();
  /** Saved documents main would have opened (`files.opened`) or shown in their folder (`files.shown`). */
  readonly files = new RecordingFiles();
  /** What the services wrote to the clipboard port, oldest first. */
  readonly clipboardWrites: { text: string; html?: string }[] = [];
  /** Every request the page made (method and URL), in order. */
  readonly requests: string[] = [];
  /** Requests that left the app origin (aborted); verify() fails on any. */
  readonly blockedRequests: string[] = [];
  private readonly problems: string[] = [];
  private readonly tolerated: RegExp[] = [];
  private readonly rendererDir: string;
  private readonly chromiumPath: string;
  private current: { services: AppServices; context: BrowserContext; page: Page } | null = null;

  constructor(options: LaunchOptions = {}) {
    this.rendererDir = resolve(options.rendererDir ?? DEFAULT_RENDERER_DIR);
    this.chromiumPath = options.chromiumPath ?? DEFAULT_CHROMIUM;
    mkdirSync(join(this.dir, 'user-data'), { recursive: true });
    mkdirSync(join(this.dir, 'files'), { recursive: true });
    if (options.settings) writeJson(this.settingsPath, options.settings);
  }

  get page(): Page { return this.running().page; }
  get services(): AppServices { return this.running().services; }

  /** A path in the test's files folder, e.g. for dialog answers. */
  file(name: string): string { return join(this.dir, 'files', name); }

  /** Calls a channel directly on the services (Node side), e.g. to set up or check data. */
  async invoke<T = unknown>(channel: string, payload?: unknown): Promise<T> {
    const result = (await this.services.dispatch(channel, payload)) as Result<T>;
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message}`);
    return result.value;
  }

  /** Calls `window.vvt.api[channel](input)` in the page, exactly as the renderer would. */
  callApi<T = unknown>(channel: string, input?: unknown): Promise<Result<T>> {
    return this.page.evaluate(([c, i]) => {
      const api = (window as unknown as VvtWindow).vvt.api as unknown as Record<string, (input?: unknown) => Promise<Result<T>>>;
      return api[c](i);
    }, [channel, input] as const);
  }

  async start(): Promise<this> {
    if (this.current) throw new Error('VvtApp already started');
    const services = createAppServices(
      { version: '0.0.0-e2e', platform: process.platform, settingsPath: this.settingsPath, defaultActor: 'E2E' },
      { dialogs: this.dialogs, links: this.links, printer: this.printer, files: this.files, clipboard: { write: async (content) => void this.clipboardWrites.push(content) } },
      { logError: (channel, error) => this.problem(`IPC ${channel} failed internally: ${describe(error)}`) },
    );
    const context = await chromium.launchPersistentContext(join(this.dir, 'chromium-profile'), {
      executablePath: this.chromiumPath, headless: true, args: CHROMIUM_ARGS, viewport: { width: 1280, height: 860 },
      locale: 'de-DE', timezoneId: 'Europe/Berlin', serviceWorkers: 'block', acceptDownloads: false,
    });
    this.current = { services, context, page: context.pages()[0] ?? (await context.newPage()) };
    await context.route('**/*', (route) => this.serve(route));
    await context.routeWebSocket(/.*/, (ws) => { this.blockedRequests.push(`websocket ${ws.url()}`); return ws.close(); });
    await context.exposeFunction('__vvtInvoke', (channel: unknown, payload: unknown) => services.dispatch(channel, payload));
    await context.addInitScript(installBridge, { channels: [...CHANNELS], eventName: TEST_EVENT });
    context.on('page', (other) => other !== this.current?.page && this.problem(`the app opened another window: ${other.url()}`));
    const { page } = this.current;
    page.on('console', (message) => {
      if (message.type() !== 'error' || message.location().url.endsWith('/favicon.ico')) return;
      const where = message.location().url;
      this.problem(`console error: ${message.text()}${where ? ` (${where})` : ''}`);
    });
    page.on('pageerror', (error) => this.problem(`page error: ${describe(error)}`));
    page.on('crash', () => this.problem('the renderer crashed'));
    await page.goto(`${APP_ORIGIN}/index.html`);
    return this;
  }

  /** Simulates an app restart: browser and services end, new ones start on the same user data. */
  async restart(): Promise<void> {
    await this.stop();
    await this.start();
  }

  /** Sends a native-menu command to the renderer, as main's menu does. */
  fireMenuCommand(command: MenuCommand): Promise<void> { return this.emit('menu', command); }
  fireProgress(event: ProgressEvent): Promise<void> { return this.emit('progress', event); }

  /** Accepts problems matching the pattern (e.g. a console error a test provokes on purpose). */
  tolerate(pattern: RegExp): void { this.tolerated.push(pattern); }

  /** Everything that went wrong outside the test's own assertions. */
  unexpectedProblems(): string[] {
    const all = [
      ...this.problems,
      ...this.blockedRequests.map((r) => `request outside the app origin: ${r}`),
      ...this.dialogs.unexpected,
      ...this.dialogs.pending().map((p) => `dialog answer never asked for: ${p}`),
    ];
    return all.filter((p) => !this.tolerated.some((pattern) => pattern.test(p)));
  }

  /** Throws when the app requested anything outside its origin, logged errors, or misused dialogs. */
  verify(): void {
    const problems = this.unexpectedProblems();
    if (problems.length) throw new Error(`The app misbehaved during the test:\n- ${problems.join('\n- ')}`);
  }

  async screenshot(path: string): Promise<void> {
    if (this.current && !this.current.page.isClosed()) await this.current.page.screenshot({ path, fullPage: true });
  }

  /** Stops browser and services and deletes the temp folder. */
  async close(): Promise<void> {
    try {
      await this.stop();
    } finally {
      rmSync(this.dir, { recursive: true, force: true });
    }
  }

  private async stop(): Promise<void> {
    const current = this.current;
    this.current = null;
    if (!current) return;
    try {
      await current.context.close();
    } finally {
      await current.services.dispose();
    }
  }

  private running(): NonNullable<VvtApp['current']> {
    if (!this.current) throw new Error('VvtApp is not running: call start() first');
    return this.current;
  }

  private problem(text: string): void { this.problems.push(text); }

  private emit(kind: 'menu' | 'progress', data: unknown): Promise<void> {
    return this.page.evaluate(({ eventName, detail }) => {
      window.dispatchEvent(new CustomEvent(eventName, { detail }));
    }, { eventName: TEST_EVENT, detail: { kind, data } });
  }

  private serve(route: Route): Promise<void> {
    const request = `${route.request().method()} ${route.request().url()}`;
    this.requests.push(request);
    const url = new URL(route.request().url());
    if (url.origin !== APP_ORIGIN) {
      this.blockedRequests.push(request);
      return route.abort('blockedbyclient');
    }
    const file = fileInside(this.rendererDir, url.pathname === '/' ? '/index.html' : url.pathname);
    if (!file) {
      if (url.pathname !== '/favicon.ico') this.problem(`404 for ${url.pathname}`);
      return route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' });
    }
    const contentType = CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    return route.fulfill({ status: 200, contentType, body: readFileSync(file) });
  }
}

/** Starts an app (services + browser + page). Call close() when done. */
export async function launchVvtApp(options: LaunchOptions = {}): Promise<VvtApp> {
  const app = new VvtApp(options);
  try {
    return await app.start();
  } catch (error) {
    await app.close().catch(() => {});
    throw error;
  }
}

/** The file under root for a URL path, or null (missing, a folder, or outside root). */
function fileInside(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = resolve(root, `.${decoded}`);
  if (!file.startsWith(root + sep)) return null;
  return existsSync(file) && statSync(file).isFile() ? file : null;
}

function writeJson(path: string, value: unknown): void {
  mkdirSync(resolve(path, '..'), { recursive: true });
  writeFileSync(path, JSON.stringify(value, null, 2));
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
