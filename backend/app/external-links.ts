const ALLOWED_PROTOCOLS = new Set(['https:', 'mailto:']);
/** mailto parameters a mail program fills in harmlessly; attach/attachment and the like are refused. */
const ALLOWED_MAILTO_PARAMETERS = new Set(['subject', 'body']);

/**
 * The one check before anything leaves the app for the system browser or mail program:
 * only https and mailto links without credentials. Everything else (file:, javascript:,
 * custom schemes that could start programs) is refused.
 */
export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 2000) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!ALLOWED_PROTOCOLS.has(parsed.protocol)) return false;
  if (parsed.username || parsed.password) return false;
  if (parsed.protocol === 'mailto:') {
    return [...parsed.searchParams.keys()].every((key) => ALLOWED_MAILTO_PARAMETERS.has(key.toLowerCase()));
  }
  return parsed.hostname.length > 0;
}
