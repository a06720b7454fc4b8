// Body lines of a plain-text article → article blocks. One line is one paragraph; the shapes
// that flattening leaves behind are read back:
// - a photo: sites flatten it to its alt text, which is usually the headline repeated, and
//   the next line is its caption (a credit `Ảnh: X` may close the caption or follow it);
// - `• item` / `1. item` runs: lists;  `> text`: a quotation;
// - a short line without a full stop between paragraphs: a subheading.
import type { BodyBlock, Figure, ListItem, Paragraph } from '../../contract/article/articleContent';
import type { FurnitureMatchers } from './plainTextFurniture';
import { looksLikeSubheading } from './textShape';

function paragraph(text: string): Paragraph {
  return text ? { type: 'paragraph', content: [{ type: 'text', text }] } : { type: 'paragraph' };
}

/** Lines compared as a reader would: case, spacing and closing punctuation ignored. */
function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLocaleLowerCase('vi').replace(/\s+/g, ' ').replace(/[.!?…]+$/u, '').trim();
  return norm(a) === norm(b);
}

const BULLET = /^[•●▪◦*+]\s+(.+)$/u;
const NUMBERED = /^(\d{1,3})[.)]\s+(.+)$/u;
const QUOTED = /^>\s?(.*)$/u;

export interface PlainTextBlocks {
  blocks: BodyBlock[];
  /** Titles from inline `Đọc thêm: …` lines found between paragraphs. */
  related: string[];
}

export function plainTextBlocks(lines: string[], headline: string, matchers: FurnitureMatchers): PlainTextBlocks {
  const blocks: BodyBlock[] = [];
  const related: string[] = [];
  const isPhotoAlt = (line: string) => headline !== '' && sameText(line, headline);
  let i = 0;

  const takeRun = (pattern: RegExp, group: number): string[] => {
    const items: string[] = [];
    while (i < lines.length) {
      const match = pattern.exec(lines[i]);
      if (!match) break;
      items.push(match[group].trim());
      i++;
    }
    return items;
  };
  const listItems = (items: string[]): ListItem[] => items.map((t) => ({ type: 'listItem', content: [paragraph(t)] }));

  while (i < lines.length) {
    const line = lines[i];
    const inlineRelated = matchers.relatedHeading(line);
    if (inlineRelated?.inlineTitle) {
      related.push(inlineRelated.inlineTitle);
      i++;
      continue;
    }
    if (isPhotoAlt(line)) {
      blocks.push(figureAt(lines, i, matchers, isPhotoAlt));
      i += figureLength(lines, i, matchers, isPhotoAlt);
      continue;
    }
    if (BULLET.test(line)) {
      blocks.push({ type: 'bulletList', content: listItems(takeRun(BULLET, 1)) });
      continue;
    }
    const numbered = NUMBERED.exec(line);
    if (numbered && NUMBERED.test(lines[i + 1] ?? '')) {
      const start = Number(numbered[1]);
      blocks.push({ type: 'orderedList', attrs: { start }, content: listItems(takeRun(NUMBERED, 2)) });
      continue;
    }
    if (QUOTED.test(line)) {
      const quoted = takeRun(QUOTED, 1).filter(Boolean);
      if (quoted.length) blocks.push({ type: 'blockquote', content: quoted.map(paragraph) });
      continue;
    }
    const next = lines[i + 1];
    const betweenParagraphs = blocks.length > 0 && next !== undefined && !isPhotoAlt(next) && next.length > line.length;
    if (betweenParagraphs && looksLikeSubheading(line)) {
      blocks.push({ type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: line }] });
    } else {
      blocks.push(paragraph(line));
    }
    i++;
  }
  return { blocks, related };
}

/** Alt line, then caption unless the next line is another photo, then an optional credit line. */
function figureLength(lines: string[], at: number, matchers: FurnitureMatchers, isPhotoAlt: (l: string) => boolean): number {
  const caption = lines[at + 1];
  if (caption === undefined || isPhotoAlt(caption)) return 1;
  const credit = lines[at + 2];
  return credit !== undefined && matchers.creditLine(credit) !== null ? 3 : 2;
}

function figureAt(lines: string[], at: number, matchers: FurnitureMatchers, isPhotoAlt: (l: string) => boolean): Figure {
  const length = figureLength(lines, at, matchers, isPhotoAlt);
  const rawCaption = length >= 2 ? lines[at + 1] : '';
  // A caption line that is only `Ảnh: X` is a credit with no caption.
  const captionIsCredit = matchers.creditLine(rawCaption);
  const split = captionIsCredit !== null ? { caption: '', credit: captionIsCredit } : matchers.splitCredit(rawCaption);
  const credit = length === 3 ? (matchers.creditLine(lines[at + 2]) ?? '') : split.credit;
  return {
    type: 'figure',
    attrs: { src: null, alt: lines[at], credit, width: null, height: null },
    content: [split.caption ? { type: 'figcaption', content: [{ type: 'text', text: split.caption }] } : { type: 'figcaption' }],
  };
}
