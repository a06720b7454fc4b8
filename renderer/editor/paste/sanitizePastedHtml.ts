// Pasted HTML (Word, Google Docs, web pages) cut down to what the article schema can hold:
// paragraphs, headings, quotes, lists, bold, italic, links and line breaks. Everything else
// — scripts, styles, event handlers, classes, ids, images from elsewhere, Office markup —
// is dropped before ProseMirror sees it.
import DOMPurify from 'dompurify';
import { toNfc } from '../../../electron/contract/text/normalize';
import { isAllowedLinkHref } from '../linkTarget';
import { removeInvisibleJunk } from './removeInvisibleJunk';

const ALLOWED_TAGS = ['p', 'br', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'strong', 'b', 'em', 'i', 'a'];
const ALLOWED_ATTR = ['href'];

// Its own instance, so the hook below never applies to other DOMPurify users; made at the
// first paste, not at start-up (an instance holds its own tables, and most sessions never paste HTML).
let purifier: ReturnType<typeof DOMPurify> | null = null;

function pastePurifier(): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  purifier = DOMPurify(window);
  purifier.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = node.getAttribute('href');
      if (href !== null && !isAllowedLinkHref(href)) node.removeAttribute('href');
    }
  });
  return purifier;
}

function isBoldStyle(style: CSSStyleDeclaration): boolean {
  const weight = style.fontWeight;
  return weight === 'bold' || weight === 'bolder' || Number.parseInt(weight, 10) >= 600;
}

/** Google Docs and Word say bold/italic with styles; keep the meaning, lose the styles. */
function styleToMarks(doc: Document): void {
  // Google Docs wraps the whole clipboard in <b style="font-weight:normal" id="docs-internal-guid-…">.
  for (const wrapper of Array.from(doc.querySelectorAll('b[id^="docs-internal-guid"], b[style*="font-weight:normal"], b[style*="font-weight: normal"]'))) {
    wrapper.replaceWith(...Array.from(wrapper.childNodes));
  }
  for (const span of Array.from(doc.querySelectorAll<HTMLElement>('span[style]'))) {
    let inner: Node[] = Array.from(span.childNodes);
    if (span.style.fontStyle === 'italic') {
      const em = doc.createElement('em');
      em.append(...inner);
      inner = [em];
    }
    if (isBoldStyle(span.style)) {
      const strong = doc.createElement('strong');
      strong.append(...inner);
      inner = [strong];
    }
    span.replaceChildren(...inner);
  }
  // Word's empty <o:p> paragraphs-ends and conditional comments carry nothing for the article.
  for (const op of Array.from(doc.getElementsByTagName('o:p'))) op.remove();
}

function cleanTextNodes(root: Node): void {
  const walker = root.ownerDocument!.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const clean = removeInvisibleJunk(toNfc(node.nodeValue ?? ''));
    if (clean !== node.nodeValue) node.nodeValue = clean;
  }
}

/** Parses without running anything: a DOMParser document has no scripts and loads nothing. */
export function parsePastedHtml(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}

/** `keepText`: leave every character as pasted (undoing a conversion restores the original). */
export function sanitizePastedHtml(html: string, options: { keepText?: boolean } = {}): string {
  const doc = parsePastedHtml(html);
  styleToMarks(doc);
  if (!options.keepText) cleanTextNodes(doc.body);
  return pastePurifier().sanitize(doc.body.innerHTML, {
    ALLOWED_TAGS,
    ALLOWED_ATTR,
    KEEP_CONTENT: true,
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
  });
}
