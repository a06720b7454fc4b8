// The article as language:check wants it: one part per text block (headline, sapo, body
// paragraphs and list items, headings, captions, byline), read by the contract's article
// reader "as proposed" — text a suggestion proposes to delete and the suggestion engine's
// anchors left out, proposed text in: the checks read the article as it would be with the
// suggestions taken. Each character keeps its document position, so a finding's offsets
// become document positions.
import type { Node as PMNode } from '@tiptap/pm/model';
import { limits } from '../../electron/contract/ipc/limits';
import type { PartKind } from '../../electron/contract/types';
import { textParts, type TextPart } from '../../electron/contract/article/articleText';
import { blockContentStart, editorJson } from '../editor/editorArticle';

export interface ArticlePart {
  kind: PartKind;
  text: string;
}

export interface ArticleParts {
  parts: ArticlePart[];
  /** The document position of character `offset` of part `part` (undefined past its end). */
  positionOf(part: number, offset: number): number | undefined;
}

const cache = new WeakMap<PMNode, ArticleParts>();

/**
 * A part's character offsets in its block, as runs: [text index, block offset] pairs, each
 * starting a stretch where both go up together (a plain paragraph is one run), and the count.
 * One number per character for every block of a long article took 0.5 MB.
 */
interface OffsetRuns {
  runs: number[];
  length: number;
}

const runsOfPart = new WeakMap<TextPart, OffsetRuns>();

function offsetRuns(part: TextPart): OffsetRuns {
  const known = runsOfPart.get(part);
  if (known) return known;
  const offsets = part.offsets;
  const runs: number[] = [];
  offsets.forEach((offset, i) => {
    if (i === 0 || offset !== offsets[i - 1]! + 1) runs.push(i, offset);
  });
  const made = { runs, length: offsets.length };
  runsOfPart.set(part, made);
  return made;
}

function offsetAt({ runs, length }: OffsetRuns, index: number): number | undefined {
  if (!Number.isInteger(index) || index < 0 || index >= length) return undefined;
  // The last run starting at or before `index` (binary search over the pairs).
  let low = 0;
  let high = runs.length / 2 - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (runs[mid * 2]! <= index) low = mid;
    else high = mid - 1;
  }
  return runs[low * 2 + 1]! + (index - runs[low * 2]!);
}

export function articleParts(doc: PMNode): ArticleParts {
  const known = cache.get(doc);
  if (known) return known;
  const parts: ArticlePart[] = [];
  // Each part's characters are at its block's start plus their offset in the block: the
  // offsets are the reader's (kept per block), only the starts are worked out here.
  const starts: number[] = [];
  const offsets: OffsetRuns[] = [];
  for (const part of textParts(editorJson(doc), 'proposed')) {
    if (!part.text || parts.length >= limits.checkParts) continue;
    starts.push(blockContentStart(doc, part.path));
    offsets.push(offsetRuns(part));
    parts.push({ kind: part.kind, text: part.text.slice(0, limits.checkPartChars) });
  }
  const positionOf = (part: number, offset: number) => {
    const runs = offsets[part];
    const at = runs && offsetAt(runs, offset);
    return at === undefined ? undefined : starts[part]! + at;
  };
  const result = { parts, positionOf };
  cache.set(doc, result);
  return result;
}
