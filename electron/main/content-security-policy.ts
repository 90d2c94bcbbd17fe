/**
 * The renderer's Content Security Policy. Sent as a header by the app:// protocol and, for
 * the built index.html, as a meta tag (injected at build time so the dev server's injected
 * styles still work). No Electron import: the build config reads it too.
 */
export const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

/** frame-ancestors only works as a header; in a meta tag Chromium ignores it with a console error. */
export const CONTENT_SECURITY_POLICY = [...CSP_DIRECTIVES, "frame-ancestors 'none'"].join('; ');
export const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');
