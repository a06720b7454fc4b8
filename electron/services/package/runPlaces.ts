// Where a run of new text (textWrittenSince) sits in a copy of the article: the path of its
// text block and its offset in the block's stored inline content — the coordinates of the
// contract reader's TextParts — or nowhere, when the merge dropped it with a deleted block.
// Found from the run's Yjs id, as comment anchors are: a run of text is only as findable as
// its id, since the same words may stand elsewhere in the article.
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../contract/article/articleNames';
import { blockAt } from './blockMarks';
import type { WrittenRun } from './textWrittenSince';

export interface RunPlace {
  /** Child indices from the document down to the text block. */
  path: number[];
  /** Offset in the block's stored inline content (a character per UTF-16 unit, one per line break). */
  offset: number;
  length: number;
}

function lengthOf(node: unknown): number {
  return node instanceof Y.XmlText ? node.length : 1;
}

/** The run's place in `doc`, or null when it is not in the article's text any more. */
export function placeOf(doc: Y.Doc, run: WrittenRun): RunPlace | null {
  if (Y.getState(doc.store, run.client) <= run.clock) return null;
  const struct = Y.getItem(doc.store, { client: run.client, clock: run.clock } as Y.ID);
  if (!(struct instanceof Y.Item) || struct.deleted) return null;
  const position = Y.createAbsolutePositionFromRelativePosition(
    Y.createRelativePositionFromJSON({ item: { client: run.client, clock: run.clock }, assoc: 0 }),
    doc,
  );
  if (!position || !(position.type instanceof Y.XmlText)) return null;
  // Up from the text to the article's fragment: every level still there, and its index.
  const chain: Array<Y.XmlText | Y.XmlElement> = [position.type];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types are invariant in their event type
  let node: Y.AbstractType<any> = position.type;
  while (node._item) {
    if (node._item.deleted) return null;
    const parent = node._item.parent;
    if (!(parent instanceof Y.XmlElement || parent instanceof Y.XmlFragment)) return null;
    if (parent instanceof Y.XmlElement) chain.push(parent);
    node = parent;
  }
  if (node !== doc.getXmlFragment(ARTICLE_FRAGMENT) || chain.length < 2) return null;
  const [text, block] = chain as [Y.XmlText, Y.XmlElement];
  const siblings = block.toArray();
  const offset = siblings.slice(0, siblings.indexOf(text)).reduce((sum, sibling) => sum + lengthOf(sibling), 0) + position.index;
  const path = chain.slice(1).map((element) => {
    const parent = element.parent as Y.XmlElement | Y.XmlFragment;
    return parent.toArray().indexOf(element);
  });
  return { path: path.reverse(), offset, length: run.length };
}

type Id = { client: number; clock: number };

/** What stands at `offset` of the text block at `path`: a character's run and its index in it, or a hard break. */
function unitAt(doc: Y.Doc, path: readonly number[], offset: number): { text: Y.XmlText; index: number } | { element: Y.XmlElement } | null {
  let at = 0;
  for (const child of blockAt(doc, path)?.toArray() ?? []) {
    const length = lengthOf(child);
    if (offset < at + length) return child instanceof Y.XmlText ? { text: child, index: offset - at } : child instanceof Y.XmlElement ? { element: child } : null;
    at += length;
  }
  return null;
}

/**
 * The Yjs id of the character at `offset` of the text block at `path` (placeOf's inverse), or
 * null when there is no text there (a hard break, or no such block).
 */
export function idAt(doc: Y.Doc, path: readonly number[], offset: number): Id | null {
  const unit = unitAt(doc, path, offset);
  if (!unit || !('text' in unit)) return null;
  const item = Y.createRelativePositionFromTypeIndex(unit.text, unit.index).item;
  return item ? { client: item.client, clock: item.clock } : null;
}

/**
 * The Yjs id of what stands at `offset` of the text block at `path`: a character, or a hard
 * break (an element of length one) — what bounds a passage that begins or ends at a line break.
 */
export function boundAt(doc: Y.Doc, path: readonly number[], offset: number): Id | null {
  const unit = unitAt(doc, path, offset);
  if (unit && 'element' in unit) return unit.element._item ? { client: unit.element._item.id.client, clock: unit.element._item.id.clock } : null;
  return idAt(doc, path, offset);
}

/** Where the character or hard break with this id is in `doc` (placeOf for one, or a break's own place). */
export function placeOfBound(doc: Y.Doc, id: { client: number; clock: number }): RunPlace | null {
  const place = placeOf(doc, { text: '', length: 1, client: id.client, clock: id.clock });
  if (place || Y.getState(doc.store, id.client) <= id.clock) return place;
  const struct = Y.getItem(doc.store, Y.createID(id.client, id.clock));
  if (!(struct instanceof Y.Item) || struct.deleted || !(struct.content instanceof Y.ContentType)) return null;
  const element = struct.content.type;
  const block = struct.parent;
  if (!(element instanceof Y.XmlElement) || !(block instanceof Y.XmlElement)) return null;
  // The block's place, through any character of it: a hard break lives beside text runs.
  const path: number[] = [];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types are invariant in their event type
  let node: Y.AbstractType<any> = block;
  while (node._item) {
    if (node._item.deleted) return null;
    const parent = node._item.parent;
    if (!(parent instanceof Y.XmlElement || parent instanceof Y.XmlFragment)) return null;
    path.unshift(parent.toArray().indexOf(node as Y.XmlElement));
    node = parent;
  }
  if (node !== doc.getXmlFragment(ARTICLE_FRAGMENT)) return null;
  const siblings = block.toArray();
  const offset = siblings.slice(0, siblings.indexOf(element)).reduce((sum, sibling) => sum + lengthOf(sibling), 0);
  return { path, offset, length: 1 };
}

