// Word has no figure element: a photo is a paragraph holding an image, and its caption is the
// paragraph after it — styled "Caption", or simply looking like one (short, or all italic, or
// opening with `Ảnh`/`Hình`). That paragraph moves under the photo as its figcaption.
import { countWords } from '../../contract/text/wordCount';
import type { BodyBlock, Figure, Inline, Paragraph } from '../../contract/article/articleContent';
import { runsText } from './inlineRuns';
import type { FurnitureMatchers } from './plainTextFurniture';
import type { SanitizeHints } from './sanitizeHints';

/** Puts the caption under the figure, moving a closing `Ảnh: X` into the credit. */
export function setCaption(figure: Figure, content: Inline[], matchers: FurnitureMatchers): void {
  const text = runsText(content).trim();
  const split = matchers.splitCredit(text);
  if (split.credit) {
    figure.attrs.credit = split.credit;
    figure.content = [split.caption ? { type: 'figcaption', content: [{ type: 'text', text: split.caption }] } : { type: 'figcaption' }];
  } else {
    figure.content = [content.length ? { type: 'figcaption', content } : { type: 'figcaption' }];
  }
}

const MAX_CAPTION_WORDS = 60;
const SHORT_CAPTION_WORDS = 25;
const CAPTION_OPENING = /^(?:ảnh|hình|photo|figure|fig\.|caption|chú thích)\b/iu;

export function looksLikeCaption(paragraph: Paragraph, hints: SanitizeHints): boolean {
  if (hints.captions.has(paragraph)) return true;
  const text = runsText(paragraph.content).trim();
  const words = countWords(text);
  if (words === 0 || words > MAX_CAPTION_WORDS || text.endsWith(':')) return false;
  const textRuns = (paragraph.content ?? []).filter((n) => n.type === 'text');
  const allItalic = textRuns.length > 0 && textRuns.every((n) => n.marks?.some((m) => m.type === 'italic'));
  return allItalic || CAPTION_OPENING.test(text) || words <= SHORT_CAPTION_WORDS;
}

export function applyCaptionsAfterImages(blocks: BodyBlock[], hints: SanitizeHints, matchers: FurnitureMatchers): BodyBlock[] {
  const out: BodyBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    out.push(block);
    if (block.type !== 'figure' || !hints.bareImages.has(block) || block.content[0].content?.length) continue;
    const next = blocks[i + 1];
    if (next?.type === 'paragraph' && looksLikeCaption(next, hints)) {
      setCaption(block, next.content ?? [], matchers);
      i++;
    }
  }
  // A caption-styled paragraph with no photo before it is still text: it stays a paragraph.
  return out;
}
