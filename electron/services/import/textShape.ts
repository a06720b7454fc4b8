// What a line of text looks like, from its shape alone (length, punctuation, capitals): the
// general rules that tell a byline or a subheading from a sentence, in any newsroom's text.
import { countWords } from '../../contract/text/wordCount';

const SENTENCE_END = /[.!?…:;,"“”'’»)\]]$/u;
const STARTS_UPPER = /^\p{Lu}/u;

/** Short, starts with a capital, and does not end like a sentence. */
function isShortTitleLike(line: string, maxWords: number): boolean {
  const words = countWords(line);
  return words >= 1 && words <= maxWords && line.length <= 120 && STARTS_UPPER.test(line) && !SENTENCE_END.test(line);
}

/** `Trưởng ban Tuyên giáo Thành ủy Hà Tĩnh`, `Thu Hà - Thiên Vỹ`, `Theo Báo Nhân Dân`. */
export function looksLikeByline(line: string): boolean {
  return isShortTitleLike(line, 12);
}

/** A subheading between paragraphs: a few words without a full stop. */
export function looksLikeSubheading(line: string): boolean {
  return countWords(line) >= 2 && isShortTitleLike(line, 12);
}

/** A personal name: two to five words, each starting with a capital (`Nguyễn Thị Thu Hà`). */
export function looksLikePersonalName(text: string): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^\p{Lu}\p{Ll}*$/u.test(w));
}

export interface BylinePart {
  name?: string;
  role?: string;
}

/** Splits `A - B` / `A, B` / `A và B` into authors when every part is a name; otherwise one role. */
export function bylineAuthors(byline: string): BylinePart[] {
  const text = byline.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const parts = text.split(/\s+[-–—]\s+|\s*,\s*|\s+và\s+/u).filter(Boolean);
  if (parts.length > 1 && parts.every(looksLikePersonalName)) return parts.map((name) => ({ name }));
  return looksLikePersonalName(text) ? [{ name: text }] : [{ role: text }];
}
