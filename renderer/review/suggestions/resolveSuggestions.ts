// What accepting or rejecting does to the text. Accept keeps inserted words and removes
// deleted ones; reject does the opposite. A suggestion that runs over a paragraph break
// (its anchors at the end of one paragraph and the start of the next) is removed in one
// piece, which joins the paragraphs again. Only the marks with the chosen ids are touched:
// one person's suggestion right next to another's stays as it is.
import type { Mark, MarkType, Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import { suggestionMarks } from '../../../electron/contract/review';

interface Range {
  from: number;
  to: number;
  mark: Mark;
}

/** Two text positions at the end of one paragraph and the start of the next one. */
function acrossBreak(doc: PMNode, end: number, start: number): boolean {
  const $end = doc.resolve(end);
  const $start = doc.resolve(start);
  return (
    $end.parent.isTextblock &&
    $start.parent.isTextblock &&
    $end.parentOffset === $end.parent.content.size &&
    $start.parentOffset === 0 &&
    $end.depth === $start.depth &&
    $end.after() === $start.before()
  );
}

function rangesOf(doc: PMNode, type: MarkType, ids: Set<string>): Range[] {
  const ranges: Range[] = [];
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    const mark = node.marks.find((m) => m.type === type && ids.has(String(m.attrs.id)));
    if (!mark) return false;
    const last = ranges[ranges.length - 1];
    const sameId = last && String(last.mark.attrs.id) === String(mark.attrs.id);
    if (sameId && (last.to === pos || acrossBreak(doc, last.to, pos))) last.to = pos + node.nodeSize;
    else ranges.push({ from: pos, to: pos + node.nodeSize, mark });
    return false;
  });
  return ranges;
}

function removeText(tr: Transaction, ranges: Range[]): void {
  for (const range of [...ranges].reverse()) {
    let { from, to } = range;
    // "a  b" after removing a word between two spaces: keep one space.
    const doc = tr.doc;
    const before = from > 0 ? doc.textBetween(from - 1, from, '\n', '\n') : '';
    const after = to < doc.content.size ? doc.textBetween(to, to + 1, '\n', '\n') : '';
    if (before === ' ' && after === ' ') to += 1;
    tr.delete(from, to);
  }
}

function keepText(tr: Transaction, ranges: Range[]): void {
  for (const { from, to, mark } of ranges) tr.removeMark(from, to, mark);
}

/** Adds the steps that accept (or reject) the suggestions with these ids. */
export function resolveSuggestions(tr: Transaction, ids: Set<string>, accept: boolean): void {
  const schema = tr.doc.type.schema;
  const insertion = schema.marks[suggestionMarks.insertion];
  const deletion = schema.marks[suggestionMarks.deletion];
  const inserted = rangesOf(tr.doc, insertion, ids);
  const deleted = rangesOf(tr.doc, deletion, ids);
  if (accept) {
    keepText(tr, inserted); // marks only: positions stay valid for the deletions below
    removeText(tr, deleted);
  } else {
    keepText(tr, deleted);
    removeText(tr, inserted);
  }
}
