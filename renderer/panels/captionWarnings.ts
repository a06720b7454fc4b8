// What the Captions panel warns about, per figure. The checks mirror the export pre-flight
// (no caption, credit or alt; alt that repeats the headline) and add one the desk asked
// for: a caption that (almost) repeats a body paragraph, as in the sample article.
import type { Node as PMNode } from '@tiptap/pm/model';
import { foldDiacritics } from '../../electron/contract/text/slug';
import { articleFigures, bodyParagraphs, type ArticleFigure } from './articleFigures';

export type CaptionWarningCode =
  | 'no-image'
  | 'no-caption'
  | 'no-credit'
  | 'no-alt'
  | 'alt-repeats-headline'
  | 'caption-repeats-paragraph';

export interface CaptionWarning {
  code: CaptionWarningCode;
  /** For caption-repeats-paragraph: which body paragraph (1-based). */
  paragraph?: number;
}

function words(text: string): string[] {
  return foldDiacritics(text.toLocaleLowerCase('vi'))
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function sameText(a: string, b: string): boolean {
  const wa = words(a);
  return wa.length > 0 && wa.join(' ') === words(b).join(' ');
}

/** Words of `a` and `b` not matched in the other (a multiset difference, both ways). */
function differingWords(a: string[], b: string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let onlyInB = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) counts.set(w, n - 1);
    else onlyInB++;
  }
  let onlyInA = 0;
  for (const n of counts.values()) onlyInA += n;
  return onlyInA + onlyInB;
}

/**
 * True when the caption is a near copy of the paragraph: at most 3 words differ, or at
 * least 80% of the longer text's words are shared. Short captions (under 6 words) are
 * only flagged when identical, since short phrases recur naturally.
 */
export function nearlyRepeats(caption: string, paragraph: string): boolean {
  const a = words(caption);
  const b = words(paragraph);
  if (a.length === 0 || b.length === 0) return false;
  if (a.length < 6) return a.join(' ') === b.join(' ');
  const diff = differingWords(a, b);
  const longer = Math.max(a.length, b.length);
  const shared = (a.length + b.length - diff) / 2;
  return diff <= 3 || shared / longer >= 0.8;
}

export function captionWarnings(figure: ArticleFigure, headline: string, paragraphs: string[]): CaptionWarning[] {
  const found: CaptionWarning[] = [];
  if (!figure.src) found.push({ code: 'no-image' });
  if (!figure.caption.trim()) found.push({ code: 'no-caption' });
  else {
    const repeated = paragraphs.findIndex((p) => nearlyRepeats(figure.caption, p));
    if (repeated >= 0) found.push({ code: 'caption-repeats-paragraph', paragraph: repeated + 1 });
  }
  if (!figure.credit.trim()) found.push({ code: 'no-credit' });
  if (!figure.alt.trim()) found.push({ code: 'no-alt' });
  else if (headline.trim() && sameText(figure.alt, headline)) found.push({ code: 'alt-repeats-headline' });
  return found;
}

export type FigureWithWarnings = ArticleFigure & { warnings: CaptionWarning[] };

// Documents are immutable: one answer per document version, shared by the Captions panel and
// its tab's count, and not recomputed when only the cursor moves.
const checked = new WeakMap<PMNode, FigureWithWarnings[]>();

/** Every figure of the document with what the Captions panel flags about it. */
export function figuresWithWarnings(doc: PMNode): FigureWithWarnings[] {
  const known = checked.get(doc);
  if (known) return known;
  const headline = doc.firstChild?.textContent ?? '';
  const paragraphs = bodyParagraphs(doc);
  const figures = articleFigures(doc).map((figure) => ({ ...figure, warnings: captionWarnings(figure, headline, paragraphs) }));
  checked.set(doc, figures);
  return figures;
}
