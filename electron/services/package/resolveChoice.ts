// A choice made in the merge report, applied to the article: keep one of two overlapping
// edits (the other's words, and the spaces between them, are removed), or keep one of the
// values both sides set. If the article changed since the report so that the choice no
// longer fits, nothing is changed and the caller says so.
import * as Y from 'yjs';
import { readArticle } from '../../contract/article/readArticle';
import { registerValues, writeMetaValue } from '../../contract/article/metaStore';
import type { MergeChoice } from '../../contract/packages';
import { deleteInBlock } from './blockEdits';
import { storedTexts } from './storedTexts';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Removes the unwanted one of two neighbouring passages; false when they are not found side by side. */
function keepOneEdit(doc: Y.Doc, choice: Extract<MergeChoice, { kind: 'overlapping-edits' }>): boolean {
  const [kept, dropped] = choice.keep === 'local' ? [choice.local, choice.incoming] : [choice.incoming, choice.local];
  const pair = [
    { pattern: new RegExp(`${escape(kept)}(\\s*)${escape(dropped)}`, 'u'), droppedFirst: false },
    { pattern: new RegExp(`${escape(dropped)}(\\s*)${escape(kept)}`, 'u'), droppedFirst: true },
  ];
  for (const block of storedTexts(readArticle(doc))) {
    for (const reading of [block.standing, block.proposed]) {
      for (const { pattern, droppedFirst } of pair) {
        const match = pattern.exec(reading.text);
        if (!match) continue;
        const gap = match[1].length;
        // The dropped passage and the spaces that joined it to the kept one.
        const from = droppedFirst ? match.index : match.index + kept.length;
        const to = droppedFirst ? match.index + dropped.length + gap : from + gap + dropped.length;
        const start = reading.offsets[from];
        const end = reading.offsets[to - 1] + 1;
        return deleteInBlock(doc, block.path, start, end);
      }
    }
  }
  return false;
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
    done = choice.kind === 'overlapping-edits' ? keepOneEdit(doc, choice) : keepValue(doc, choice, origin);
  }, origin);
  return done;
}
