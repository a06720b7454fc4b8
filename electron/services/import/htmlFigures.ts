// Images in HTML as article figures: an <img> (or a <figure>'s first one) read for its source,
// alt text and size, and handed to the caller's resolver, which decides what the figure shows
// (stored media, or a placeholder). Icons, spacers and tracking pixels are not photos.
import type { Figure } from '../../contract/article/articleContent';
import { cleanLine } from './cleanText';
import { isElement, tagOf, type DomElement } from './htmlDom';
import { DROPPED_WITH_CONTENT } from './htmlElementRules';
import type { HtmlImage, SanitizeOptions } from './sanitizeHtmlToArticle';

const MIN_FIGURE_PIXELS = 48;

/** Lazy-loading pages put a 1×1 placeholder in `src` and the photo in one of these. */
const LAZY_SOURCE_ATTRIBUTES = ['data-src', 'data-original', 'data-lazy-src'];

export function firstImage(el: DomElement): DomElement | null {
  for (const child of Array.from(el.childNodes).filter(isElement)) {
    if (tagOf(child) === 'img') return child;
    if (DROPPED_WITH_CONTENT.has(tagOf(child))) continue;
    const found = firstImage(child);
    if (found) return found;
  }
  return null;
}

/** `onSmall`: told of an image too small to be a photo (not of a 1–2 px tracking pixel or spacer). */
export function figureFor(img: DomElement, resolveImage: SanitizeOptions['resolveImage'], onSmall?: () => void): Figure | null {
  const size = (attr: string) => {
    const n = Number.parseInt(img.getAttribute(attr) ?? '', 10);
    return Number.isFinite(n) && n > 0 ? n : null;
  };
  const image: HtmlImage = {
    src: img.getAttribute('src') ?? '',
    alt: cleanLine(img.getAttribute('alt') ?? ''),
    width: size('width'),
    height: size('height'),
    lazySrc: LAZY_SOURCE_ATTRIBUTES.map((a) => img.getAttribute(a)).find((v) => v?.trim()) ?? null,
  };
  if ((image.width !== null && image.width < MIN_FIGURE_PIXELS) || (image.height !== null && image.height < MIN_FIGURE_PIXELS)) {
    if ((image.width ?? 3) > 2 && (image.height ?? 3) > 2) onSmall?.();
    return null;
  }
  // By default nothing is fetched or stored: the figure waits for its photo.
  const resolved = resolveImage ? resolveImage(image) : { src: null, width: null, height: null };
  if (!resolved) return null;
  return {
    type: 'figure',
    attrs: { src: resolved.src, alt: image.alt, credit: '', width: resolved.width, height: resolved.height },
    content: [{ type: 'figcaption' }],
  };
}
