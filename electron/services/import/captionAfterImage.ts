// Word has no figure element: a photo is a paragraph holding an image, and its caption is the
// paragraph after it. Only a paragraph with a real caption signal moves under the photo as its
// figcaption: styled "Caption" (or "Chú thích"), set all in italic, labelled (`Ảnh:`,
// `Ảnh 2:`, `Ảnh minh họa`, `Hình 1.`, `Sơ đồ 1:`), closing with the newsroom's credit
// (`… Ảnh: Thu Hà`) or opening with the photo's description (alt text). Being short is no signal: a sapo or a body paragraph after a lead photo
// is often short, and taking it as a caption would move article text out of place.
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
// A label, not a word that starts the same ("Ảnh hưởng của bão…", "Hình thức…").
const CAPTION_LABEL = /^(?:(?:ảnh|hình|sơ đồ|biểu đồ|đồ họa|đồ hoạ|photo|figure|fig\.|caption|chú thích)(?:\s*\d+)?\s*[:.)–-]|ảnh minh (?:họa|hoạ))/iu;
const MIN_ALT_WORDS = 2;

/** The caption repeats the photo's description: "Công nhân thi công cầu" → "Công nhân thi công cầu vượt sông Nghèn." */
function startsWithAlt(text: string, alt: string): boolean {
  const words = (s: string) => s.toLocaleLowerCase('vi').normalize('NFC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const altWords = words(alt);
  const textWords = words(text);
  return altWords.length >= MIN_ALT_WORDS && altWords.every((w, i) => textWords[i] === w);
}

export function looksLikeCaption(paragraph: Paragraph, hints: SanitizeHints, matchers: FurnitureMatchers, figure?: Figure): boolean {
  if (hints.captions.has(paragraph)) return true;
  const text = runsText(paragraph.content).trim().normalize('NFC');
  const words = countWords(text);
  if (words === 0 || words > MAX_CAPTION_WORDS || text.endsWith(':')) return false;
  const textRuns = (paragraph.content ?? []).flatMap((n) => (n.type === 'text' && n.text.trim() ? [n] : []));
  const allItalic = textRuns.length > 0 && textRuns.every((n) => n.marks?.some((m) => m.type === 'italic'));
  return (
    allItalic ||
    CAPTION_LABEL.test(text) ||
    Boolean(matchers.splitCredit(text).credit) ||
    matchers.creditLine(text) !== null ||
    startsWithAlt(text, figure?.attrs.alt ?? '')
  );
}

export function applyCaptionsAfterImages(blocks: BodyBlock[], hints: SanitizeHints, matchers: FurnitureMatchers): BodyBlock[] {
  const out: BodyBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i];
    out.push(block);
    if (block.type !== 'figure' || !hints.bareImages.has(block) || block.content[0].content?.length) continue;
    const next = blocks[i + 1];
    if (next?.type === 'paragraph' && looksLikeCaption(next, hints, matchers, block)) {
      setCaption(block, next.content ?? [], matchers);
      i++;
    }
  }
  // A caption-styled paragraph with no photo before it is still text: it stays a paragraph.
  return out;
}
