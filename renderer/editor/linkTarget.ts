// Which link targets an article may carry: web pages, e-mail addresses and phone numbers
// (tel:), nothing that runs code or reads local files. A bare "baohatinh.vn/…" is taken to
// mean https.

export type LinkCheck =
  | { ok: true; href: string }
  | { ok: false; reason: 'empty' | 'invalid' | 'scheme' };

const allowedSchemes = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const PHONE = /^\+?[\d\s().-]{3,30}$/;

export function checkLinkTarget(input: string): LinkCheck {
  const text = input.trim();
  if (!text) return { ok: false, reason: 'empty' };
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(text);
  const looksLikeEmail = !hasScheme && /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/.test(text);
  const candidate = hasScheme ? text : looksLikeEmail ? `mailto:${text}` : `https://${text}`;
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return { ok: false, reason: 'invalid' };
  }
  if (!allowedSchemes.has(url.protocol)) return { ok: false, reason: 'scheme' };
  if (url.protocol === 'tel:') return PHONE.test(decodeURIComponent(url.pathname)) ? { ok: true, href: url.href } : { ok: false, reason: 'invalid' };
  if (url.protocol === 'mailto:') {
    return /^[^\s@]+@[^\s@]+$/.test(decodeURIComponent(url.pathname)) ? { ok: true, href: url.href } : { ok: false, reason: 'invalid' };
  }
  // A web address needs a host of dotted, non-empty labels (or localhost): "https://tin tuc"
  // is a typo, and "../../etc/passwd" is a path, not a site.
  const dottedHost = /^[^.]+(\.[^.]+)+\.?$/.test(url.hostname);
  if (!dottedHost && url.hostname !== 'localhost') {
    return { ok: false, reason: 'invalid' };
  }
  return { ok: true, href: url.href };
}

/** For pasted and autolinked URLs: only absolute http(s)/mailto/tel survive. */
export function isAllowedLinkHref(href: string): boolean {
  return /^(https?:|mailto:|tel:)/i.test(href.trim()) && checkLinkTarget(href).ok;
}
