// Which links may leave the app for the user's own browser or mail program. Everything
// else (file:, javascript:, data:, custom schemes of other apps…) is refused.
const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

export function isAllowedExternalUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (!EXTERNAL_PROTOCOLS.has(parsed.protocol)) return false;
  // A web link must name a host; "http:foo" style oddities are not worth guessing about.
  if (parsed.protocol !== 'mailto:' && parsed.hostname === '') return false;
  // Credentials in a link are a classic way to disguise where it goes.
  return parsed.username === '' && parsed.password === '';
}
