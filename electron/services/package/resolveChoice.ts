// A choice made in the merge report, applied to the article: keep one of two overlapping
// edits (the other side's characters in the passage are removed), or keep one of the
// values both sides set. If the article changed since the report so that the choice no
// longer fits, nothing is changed and the caller says so.
import * as Y from 'yjs';
import { readArticle } from '../../contract/article/readArticle';
import { registerValues, writeMetaValue } from '../../contract/article/metaStore';
import type { MergeChoice } from '../../contract/packages';
import { deleteInBlock, insertInBlock } from './blockEdits';
import { storedTexts } from './storedTexts';

/**
 * Removes the dropped ranges of the passage where it stands and puts back the kept side's
 * letters the merge dropped; false when the passage is not found, or not once.
 */
function dropFromPassage(doc: Y.Doc, choice: Extract<MergeChoice, { kind: 'overlapping-edits' }>): boolean {
  const { passage, drop } = choice;
  const restore = choice.restore ?? [];
  if (drop.some(([from, to]) => from >= to || to > passage.length)) return false;
  if (restore.some(([at, text]) => at > passage.length || !text)) return false;
  const found = storedTexts(readArticle(doc)).flatMap((block) => {
    const at = block.all.text.indexOf(passage);
    return at >= 0 && block.all.text.indexOf(passage, at + 1) < 0 ? [{ block, at }] : [];
  });
  if (found.length !== 1) return false;
  const { block, at } = found[0];
  const offsetOf = (i: number) => (i < passage.length ? block.all.offsets[at + i] : block.all.offsets[at + passage.length - 1] + 1);
  // Last first, so the offsets of earlier edits still hold; at one offset the removal goes
  // first, so the text put back there stays.
  const edits = [
    ...drop.map(([from, to]) => ({ at: from, remove: () => deleteInBlock(doc, block.path, offsetOf(from), block.all.offsets[at + to - 1] + 1) })),
    ...restore.map(([where, text]) => ({ at: where, insert: () => insertInBlock(doc, block.path, offsetOf(where), text) })),
  ].sort((a, b) => b.at - a.at || ('remove' in a ? -1 : 1));
  for (const edit of edits) if (!('remove' in edit ? edit.remove() : edit.insert())) return false;
  return true;
}

function keepValue(doc: Y.Doc, choice: Extract<MergeChoice, { kind: 'meta-conflict' }>, origin: unknown): boolean {
  let value: unknown;
  try {
    value = JSON.parse(choice.json);
  } catch {
    return false;
  }
  const held = registerValues(doc, choice.key).map((v) => JSON.stringify(v));
  if (!held.includes(JSON.stringify(value))) return false;
  writeMetaValue(doc, choice.key, value, origin);
  return true;
}

/** Applies the choice to `doc` in one transaction with `origin`; false when it no longer fits. */
export function resolveChoice(doc: Y.Doc, choice: MergeChoice, origin: unknown): boolean {
  let done = false;
  doc.transact(() => {
    done = choice.kind === 'overlapping-edits' ? dropFromPassage(doc, choice) : keepValue(doc, choice, origin);
  }, origin);
  return done;
}
