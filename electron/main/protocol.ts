import { readFile } from 'node:fs/promises';
import nodePath, { type PlatformPath } from 'node:path';
import { protocol } from 'electron';
import { SECURITY_HEADERS } from './security';

/** The renderer is served from app://vvt/ rather than file://, so it has a real origin. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'vvt';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[nodePath.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}

/** Must run before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
  ]);
}

/**
 * Maps an app:// URL to a file inside `root`, or null when the URL is foreign, malformed or
 * would leave the folder (also through percent-encoded "../" or "..\", which survive URL
 * normalisation). `pathApi` lets tests check the Windows rules on any machine.
 */
export function resolveAppAsset(root: string, requestUrl: string, pathApi: PlatformPath = nodePath): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  if (decoded === '' || decoded === '/') decoded = '/index.html';
  const base = pathApi.resolve(root);
  const target = pathApi.resolve(base, `.${decoded.startsWith('/') ? '' : '/'}${decoded}`);
  const inside = pathApi.relative(base, target);
  if (!inside || inside === '..' || inside.startsWith(`..${pathApi.sep}`) || pathApi.isAbsolute(inside)) return null;
  return target;
}

type ReadAsset = (filePath: string) => Promise<Uint8Array>;

function respond(status: number, body: Uint8Array | string | null, contentType: string): Response {
  return new Response(body as BodyInit | null, { status, headers: { 'Content-Type': contentType, ...SECURITY_HEADERS } });
}

/** The protocol handler for the built renderer folder; every response carries the CSP. */
export function createAppProtocolHandler(root: string, readAsset: ReadAsset = readFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return respond(405, null, 'text/plain; charset=utf-8');
    const filePath = resolveAppAsset(root, request.url);
    if (!filePath) return respond(404, 'Not found', 'text/plain; charset=utf-8');
    try {
      return respond(200, await readAsset(filePath), mimeTypeFor(filePath));
    } catch {
      return respond(404, 'Not found', 'text/plain; charset=utf-8');
    }
  };
}

export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, createAppProtocolHandler(root));
}

export interface RendererLocation {
  url: string;
  /** Origins whose pages may navigate, call IPC and load resources. */
  origins: string[];
}

/**
 * Where the window loads the UI from. The dev-server URL from electron-vite is honoured only
 * in an unpackaged app: in a shipped one an environment variable must not be able to point
 * the window (and its IPC access) at another origin.
 */
export function rendererLocation(isPackaged: boolean, devServerUrl: string | undefined): RendererLocation {
  if (!isPackaged && devServerUrl) {
    const url = new URL(devServerUrl);
    if (url.protocol === 'http:' && (url.hostname === 'localhost' || url.hostname === '127.0.0.1' || url.hostname === '[::1]')) {
      return { url: url.href, origins: [`${url.protocol}//${url.host}`] };
    }
  }
  return { url: APP_ENTRY_URL, origins: [APP_ORIGIN] };
}

/** Vite's hot reload uses a WebSocket on the dev server's port; it is no network access either. */
export function allowedRequestOrigins(location: RendererLocation): string[] {
  return [APP_ORIGIN, ...location.origins, ...location.origins.filter((o) => o.startsWith('http:')).map((o) => o.replace(/^http:/, 'ws:'))];
}
