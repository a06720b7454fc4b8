// "Đọc thêm" links in the meta map, and the check on an outside address: only http and
// https, with a host, so an exported page never links to javascript: or a local file.
import type { RelatedLink } from '../../electron/contract/article/articleNames';

export function parseRelated(raw: unknown): RelatedLink[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((l): l is Record<string, unknown> => typeof l === 'object' && l !== null && typeof l.title === 'string')
    .map((l) => ({
      title: l.title as string,
      ...(typeof l.url === 'string' ? { url: l.url } : {}),
      ...(typeof l.articleId === 'string' ? { articleId: l.articleId } : {}),
    }));
}

export type UrlProblem = 'empty' | 'invalid' | 'scheme';

/** The normalised URL, or why it cannot be used. */
export function checkRelatedUrl(input: string): { url: string } | { problem: UrlProblem } {
  const text = input.trim();
  if (!text) return { problem: 'empty' };
  let parsed: URL;
  try {
    parsed = new URL(/^[a-z][a-z0-9+.-]*:/i.test(text) ? text : `https://${text}`);
  } catch {
    return { problem: 'invalid' };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { problem: 'scheme' };
  if (!parsed.hostname.includes('.') && parsed.hostname !== 'localhost') return { problem: 'invalid' };
  return { url: parsed.href };
}
