import { app, dialog, shell, type Session, type WebContents, type WebPreferences } from 'electron';
import { isSafeExternalUrl } from '../../backend/app/external-links';
import { translate } from '../../domain/i18n/translate';
import type { Language } from '../../domain/model/common';
import { CONTENT_SECURITY_POLICY } from './content-security-policy';

/**
 * All hardening of the Electron shell in one place: web preferences, navigation and
 * window-open guards, permissions, the network block, the CSP and the one function that
 * hands a link to the operating system.
 */

export { CONTENT_SECURITY_POLICY } from './content-security-policy';

/** Headers on every response of the app:// protocol. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
};

/** Schemes that never reach the network; devtools:// is Chromium's own inspector UI. */
const LOCAL_SCHEMES = new Set(['devtools:', 'data:', 'blob:']);

export function secureWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInSubFrames: false,
    nodeIntegrationInWorker: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
  };
}

/**
 * "scheme://host[:port]". WHATWG URL reports the origin of non-special schemes such as
 * app:// as "null", so it is assembled from its parts; unparsable URLs give null.
 */
export function originOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.host ? `${parsed.protocol}//${parsed.host}` : null;
  } catch {
    return null;
  }
}

export function isTrustedUrl(url: string, trustedOrigins: readonly string[]): boolean {
  const origin = originOf(url);
  return origin !== null && trustedOrigins.includes(origin);
}

/** Whether the session may load a URL at all: only the app's own origins and local schemes. */
export function isAllowedRequest(url: string, allowedOrigins: readonly string[]): boolean {
  try {
    if (LOCAL_SCHEMES.has(new URL(url).protocol)) return true;
  } catch {
    return false;
  }
  return isTrustedUrl(url, allowedOrigins);
}

let linkLanguage: () => Language = () => 'de';
/** The language of the link confirmation (the app's setting). */
export function setLinkLanguage(language: () => Language): void {
  linkLanguage = language;
}

/**
 * The only place in the codebase that hands a URL to the operating system — and only after
 * the user has seen the full address in a dialog and confirmed it (a link in register text
 * may say one thing and point to another).
 */
export async function openExternalSafely(url: unknown): Promise<boolean> {
  if (!isSafeExternalUrl(url)) return false;
  const t = (key: string) => translate(linkLanguage(), `reliability.link.${key}`);
  const { response } = await dialog.showMessageBox({
    type: 'question',
    buttons: [t('open'), t('cancel')],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    message: t(url.startsWith('mailto:') ? 'confirmMail' : 'confirm'),
    detail: url,
  });
  if (response !== 0) return false;
  await shell.openExternal(url);
  return true;
}

export function hardenWebContents(contents: WebContents, trustedOrigins: readonly string[]): void {
  const blockForeign = (event: { url: string; preventDefault(): void }) => {
    if (!isTrustedUrl(event.url, trustedOrigins)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-frame-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    // A link with target="_blank" is the user's wish to open it: hand https/mailto to the
    // system after the check; everything else (file:, javascript:, app://) is just dropped.
    if (isSafeExternalUrl(url)) {
      openExternalSafely(url).catch((error: unknown) => console.error('[security] opening link failed', error));
    }
    return { action: 'deny' };
  });
}

export function hardenSession(session: Session, allowedOrigins: readonly string[]): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, allowedOrigins) });
  });
}

/** Must run before the app is ready: sandbox every renderer and guard every web contents. */
export function hardenApp(trustedOrigins: readonly string[]): void {
  app.enableSandbox();
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, trustedOrigins));
}
