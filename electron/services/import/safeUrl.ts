// Links allowed into an article: absolute http, https and mailto URLs, and tel: phone numbers;
// nothing else. `javascript:`, `data:`, `vbscript:`, `file:` and relative links never land in
// a document. A pasted link that goes through a tracking redirect (Google Docs' google.com/url,
// Outlook Safe Links, Facebook's l.php) links to the page it leads to, when that page's
// address is itself allowed.
const ALLOWED_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const MAX_URL_CHARS = 2048;
const PHONE = /^\+?[\d\s().-]{3,30}$/;
const MAX_REDIRECTS = 3;

function parsed(raw: string | null | undefined): URL | null {
  if (!raw) return null;
  // Browsers ignore tabs, newlines and controls inside a URL ("java\tscript:"): so do we.
  // NFC first: an accent written as two code points must give the same address as one.
  const trimmed = raw.normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim();
  if (!trimmed || trimmed.length > MAX_URL_CHARS) return null;
  try {
    return new URL(trimmed);
  } catch {
    return null; // relative or malformed
  }
}

function isAllowed(url: URL): boolean {
  if (!ALLOWED_PROTOCOLS.has(url.protocol)) return false;
  if (url.protocol === 'tel:') return PHONE.test(decodeURIComponent(url.pathname));
  return url.protocol === 'mailto:' || Boolean(url.hostname);
}

/** A phone number without the spaces people type in it ("tel:+84912345678"). */
function hrefOf(url: URL): string {
  return url.protocol === 'tel:' ? `tel:${decodeURIComponent(url.pathname).replace(/\s+/g, '')}` : url.href;
}

/** The link's normalised href, or null when it must be dropped. */
export function safeLinkHref(raw: string | null | undefined): string | null {
  const url = parsed(raw);
  return url && isAllowed(url) ? hrefOf(url) : null;
}

/** Where a tracking redirect leads, as written in its query; null when the URL is no redirect. */
function redirectTarget(url: URL): string | null {
  const host = url.hostname.toLowerCase();
  if (/^(?:www\.)?google\.[a-z]{2,3}(?:\.[a-z]{2})?$/.test(host) && url.pathname === '/url') return url.searchParams.get('q') ?? url.searchParams.get('url');
  if (host.endsWith('.safelinks.protection.outlook.com')) return url.searchParams.get('url');
  if ((host === 'l.facebook.com' || host === 'lm.facebook.com') && url.pathname === '/l.php') return url.searchParams.get('u');
  return null;
}

export type ImportedLink =
  | { href: string }
  /** `relative`: no site named ("/tin-tuc/bai.html"); `local-file`: a file on the sender's computer. */
  | { href: null; reason: 'relative' | 'local-file' | 'unsafe' };

/** A link of pasted or imported HTML: unwrapped from tracking redirects, or why it is dropped. */
export function importedLinkHref(raw: string): ImportedLink {
  let url = parsed(raw);
  if (!url) return { href: null, reason: /^[a-z][a-z0-9+.-]*:/i.test(raw.trim()) ? 'unsafe' : 'relative' };
  if (url.protocol === 'file:') return { href: null, reason: 'local-file' };
  if (!isAllowed(url)) return { href: null, reason: 'unsafe' };
  for (let hops = 0; hops < MAX_REDIRECTS; hops++) {
    const inner = parsed(redirectTarget(url));
    if (!inner || !isAllowed(inner)) break;
    url = inner;
  }
  return { href: hrefOf(url) };
}
