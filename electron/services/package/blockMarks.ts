// The marks (bold, italic, link, pending suggestion…) on each inline unit of a text block as
// y-tiptap stores it — an XmlText's letters carry their marks as attributes; a hard break (an
// element of length one) carries none here — by the contract reader's inline offsets. What a
// rewrite choice is checked against ("already made, the same letters with the same marks")
// and what letters put back take from their neighbours.
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../contract/article/articleNames';

export type Marks = Record<string, unknown>;

export function blockAt(doc: Y.Doc, path: readonly number[]): Y.XmlElement | undefined {
  let node: Y.XmlFragment | Y.XmlElement = doc.getXmlFragment(ARTICLE_FRAGMENT);
  for (const index of path) {
    const child: unknown = node.get(index);
    if (!(child instanceof Y.XmlElement)) return undefined;
    node = child;
  }
  return node instanceof Y.XmlElement ? node : undefined;
}

/** Each inline unit of the block at `path`: its character ('\n' for a hard break) and marks. */
export function inlineUnits(doc: Y.Doc, path: readonly number[]): Array<{ char: string; marks: Marks }> {
  const units: Array<{ char: string; marks: Marks }> = [];
  for (const child of blockAt(doc, path)?.toArray() ?? []) {
    if (!(child instanceof Y.XmlText)) {
      units.push({ char: '\n', marks: {} });
      continue;
    }
    for (const op of child.toDelta() as Array<{ insert: unknown; attributes?: Marks }>) {
      const text = typeof op.insert === 'string' ? op.insert : ' ';
      for (const char of text.split('')) units.push({ char, marks: op.attributes ?? {} });
    }
  }
  return units;
}

/** A mark's value with its keys in order, so two equal marks compare equal as text. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
  );
}

/** The same marks with the same values (a null value is no mark, as Yjs reads it). */
export function sameMarks(a: Marks, b: Marks): boolean {
  const set = (marks: Marks) => Object.fromEntries(Object.entries(marks).filter(([, value]) => value !== null && value !== undefined));
  return JSON.stringify(canonical(set(a))) === JSON.stringify(canonical(set(b)));
}
