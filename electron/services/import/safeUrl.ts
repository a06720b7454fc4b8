// Links allowed into an article: absolute http, https and mailto URLs, nothing else.
// `javascript:`, `data:`, `vbscript:`, `file:` and relative links never land in a document.
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);
const MAX_URL_CHARS = 2048;

/** The link's normalised href, or null when it must be dropped. */
export function safeLinkHref(raw: string | null | undefined): string | null {
  if (!raw) return null;
  // Browsers ignore tabs, newlines and controls inside a URL ("java\tscript:"): so do we.
  const trimmed = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  if (!trimmed || trimmed.length > MAX_URL_CHARS) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null; // relative or malformed
  }
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol !== 'mailto:' && !url.hostname) return null;
  return url.href;
}
