// The newsroom-editable word lists that tell page furniture from article text in plain-text
// imports (resources/import/plainTextFurniture.json), and the matchers built from them.
// Matching ignores case and diacritic-free spellings do not match: "Doc them" is not "Đọc thêm".
import { z } from 'zod';
import defaultFurniture from '../../../resources/import/plainTextFurniture.json';

const phrases = z.array(z.string().trim().min(1)).default([]);

export const PlainTextFurnitureSchema = z.object({
  siteChrome: phrases,
  relatedHeadings: phrases,
  topicLabels: phrases,
  sectionLabels: phrases,
  tagLabels: phrases,
  creditLabels: phrases,
});
export type PlainTextFurniture = z.infer<typeof PlainTextFurnitureSchema>;

export function loadFurniture(custom?: unknown): PlainTextFurniture {
  return PlainTextFurnitureSchema.parse(custom ?? defaultFurniture);
}

function fold(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('vi').replace(/\s+/g, ' ').trim();
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Longest first, so "Tin mới nhất" wins over "Tin mới" when both are listed. */
function alternation(list: string[]): string {
  return [...list]
    .map(fold)
    .sort((a, b) => b.length - a.length)
    .map((p) => escapeRegExp(p).replace(/ /g, '\\s+'))
    .join('|');
}

export interface LabelledLine {
  kind: 'topic' | 'section' | 'tags';
  value: string;
}

export interface FurnitureMatchers {
  /** A line made only of navigation words (separators allowed), e.g. `Tin mới Emagazine Podcast`. */
  isSiteChrome(line: string): boolean;
  /** `Đọc thêm` alone (a heading), or `Đọc thêm: <title>` (one inline related link → the title). */
  relatedHeading(line: string): { inlineTitle?: string } | null;
  /** `Chủ đề X`, `Chuyên mục: X`, `Từ khóa: a, b`. */
  labelledLine(line: string): LabelledLine | null;
  /** Splits a trailing `(Ảnh: X)` / `Ảnh: X` credit off a caption. */
  splitCredit(caption: string): { caption: string; credit: string };
  /** A whole line that is only a credit, `Ảnh: X`. */
  creditLine(line: string): string | null;
}

/** Longer than this it is a sentence, not a photographer's name. */
const MAX_CREDIT_CHARS = 60;
const SEPARATORS = '[\\s|/·•»›>–—-]*';

export function furnitureMatchers(furniture: PlainTextFurniture): FurnitureMatchers {
  const never = /(?!)/;
  const build = (list: string[], make: (alt: string) => string) =>
    list.length ? new RegExp(make(alternation(list)), 'iu') : never;

  const chrome = build(furniture.siteChrome, (alt) => `^${SEPARATORS}(?:(?:${alt})${SEPARATORS})+$`);
  const related = build(furniture.relatedHeadings, (alt) => `^(?:${alt})\\s*(?:[:：]\\s*(.*))?$`);
  const label = (list: string[]) => build(list, (alt) => `^(?:${alt})\\s*[:：]?\\s+(\\S.*)$`);
  const labels: Array<[LabelledLine['kind'], RegExp]> = [
    ['topic', label(furniture.topicLabels)],
    ['section', label(furniture.sectionLabels)],
    ['tags', label(furniture.tagLabels)],
  ];
  const creditAlt = alternation(furniture.creditLabels);
  // A credit closes the caption: `… đề. (Ảnh: X)`, `… đề. Ảnh: X` or `… đề - Ảnh: X`, never
  // a word inside a sentence (`hình ảnh: đẹp` is not a credit).
  const trailingCredit = furniture.creditLabels.length
    ? new RegExp(
        `(?:\\s*\\(\\s*(?:${creditAlt})\\s*[:：]\\s*([^()]+?)\\s*\\)|(?:(?<=[.!?…”"])\\s*|\\s+[-–—]\\s*)(?:${creditAlt})\\s*[:：]\\s*([^.:!?()]+?))\\s*\\.?$`,
        'iu',
      )
    : never;
  const wholeCredit = build(furniture.creditLabels, (alt) => `^\\(?\\s*(?:${alt})\\s*[:：]\\s*([^()]+?)\\s*\\)?\\.?$`);

  return {
    isSiteChrome: (line) => chrome.test(fold(line)),
    relatedHeading(line) {
      const match = related.exec(line.trim());
      if (!match) return null;
      const title = match[1]?.trim();
      return title ? { inlineTitle: title } : {};
    },
    labelledLine(line) {
      for (const [kind, pattern] of labels) {
        const match = pattern.exec(line.trim());
        if (match) return { kind, value: match[1].trim() };
      }
      return null;
    },
    splitCredit(caption) {
      const match = trailingCredit.exec(caption);
      const credit = (match?.[1] ?? match?.[2] ?? '').trim();
      if (!match || match.index === 0 || credit.length > MAX_CREDIT_CHARS) return { caption, credit: '' };
      return { caption: caption.slice(0, match.index).trim(), credit };
    },
    creditLine(line) {
      const match = wholeCredit.exec(line.trim());
      return match && match[1].trim().length <= MAX_CREDIT_CHARS ? match[1].trim() : null;
    },
  };
}
