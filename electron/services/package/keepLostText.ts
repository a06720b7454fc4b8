// Text written inside a block the other side deleted: Yjs drops it with the block, so after
// the merge it is nowhere in the article. Each such block comes back as a pending suggestion
// in the name of whoever wrote the text — placed after the block it followed — and is
// listed in the report; accepting keeps it, rejecting lets the deletion stand.
import { randomUUID } from 'node:crypto';
import type * as Y from 'yjs';
import { readArticle, type Article } from '../../contract/article/readArticle';
import { nodeNames } from '../../contract/article/articleNames';
import type { MergeFlag, PackageSender } from '../../contract/packages';
import type { PartKind } from '../../contract/types';
import { insertSuggestedParagraph } from './blockEdits';
import { placeOf } from './runPlaces';
import { blockAt, pieceOfPart, storedTexts, topLevelText, type StoredText } from './storedTexts';
import type { WrittenRun } from './textWrittenSince';

export interface WrittenRuns {
  side: 'local' | 'incoming';
  /** Text this side wrote that the other had not seen (textWrittenSince). */
  runs: WrittenRun[];
  /** This side's copy, to find where the text was; null when unknown (a delta package). */
  source: Y.Doc | null;
  author: PackageSender;
}

/** Where a block that followed top-level block `before` of the source goes in the merged article. */
function placeAfter(merged: Article, source: readonly StoredText[], before: number): number {
  const mergedTexts = storedTexts(merged);
  const blocks = merged.stored.content ?? [];
  for (let k = before; k >= 0; k--) {
    const text = topLevelText(source, k);
    if (!text) continue;
    const found = blocks.findIndex((_, j) => topLevelText(mergedTexts, j) === text);
    if (found >= 0) return Math.max(found + 1, 2);
  }
  const byline = blocks.findIndex((block) => block.type === nodeNames.byline);
  return Math.max(byline >= 0 ? byline : blocks.length, 2);
}

/** The text only proposed (pending insertions), block by block. */
function proposedTexts(texts: readonly StoredText[]): string[] {
  return texts.map((block) => {
    const standing = new Set(block.standing.offsets);
    return block.proposed.offsets.map((offset, i) => (standing.has(offset) ? '\n' : block.proposed.text[i])).join('');
  });
}

/** Puts back what the merge dropped; returns one flag per block put back. */
export function keepLostText(doc: Y.Doc, sides: readonly WrittenRuns[], at: string): MergeFlag[] {
  const flags: MergeFlag[] = [];
  for (const { side, runs, source, author } of sides) {
    // Gone from where it was, and not already kept as a suggestion by an earlier merge
    // (the other side may have put it back when it received this side's copy).
    const proposed = proposedTexts(storedTexts(readArticle(doc)));
    const lost = runs.filter((run) => placeOf(doc, run) === null && !proposed.some((text) => text.includes(run.text.trim())));
    if (!lost.length) continue;
    const sourceTexts = source ? storedTexts(readArticle(source)) : [];
    // One paragraph put back per block of the source that lost text; unknown places last.
    const groups = new Map<number, { kind: PartKind; runs: WrittenRun[] }>();
    for (const run of lost) {
      const place = source ? placeOf(source, run) : null;
      const block = place?.path[0] ?? -1;
      const group = groups.get(block) ?? { kind: (place && blockAt(sourceTexts, place.path)?.kind) || 'body', runs: [] };
      group.runs.push(run);
      groups.set(block, group);
    }
    for (const [block, group] of groups) {
      const whole = block >= 0 ? topLevelText(sourceTexts, block) : '';
      const missing = group.runs.map((run) => run.text.trim()).filter((text) => !whole.includes(text));
      const text = [whole, ...missing].filter(Boolean).join(' ');
      const index = placeAfter(readArticle(doc), sourceTexts, block - 1);
      const suggestionId = `s-${randomUUID().replace(/-/g, '').slice(0, 16)}`;
      insertSuggestedParagraph(doc, index, text, { id: suggestionId, author: author.name, role: author.role, at });
      flags.push({
        kind: 'kept-deleted-text',
        id: `kept-${suggestionId}`,
        piece: pieceOfPart(group.kind),
        author: author.name,
        deletedOn: side === 'incoming' ? 'local' : 'incoming',
        text,
        suggestionId,
      });
    }
  }
  return flags;
}
