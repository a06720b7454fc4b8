// Findings are moved along with typing only when something reads them, and underlines the
// writer types into go at once. Whatever the edits, what is read must be what moving every
// finding on every keystroke gave (mapFindings, the step-by-step reference).
import { expect, test } from 'vitest';
import { Schema, type Node as PMNode } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { widenEnvelope, NO_CHANGE } from '../../../renderer/language/changeEnvelope';
import { findingDecorations, mapFindings, mapUnderlines } from '../../../renderer/language/findingDecorations';
import type { PlacedFinding } from '../../../renderer/language/languageDeskStore';
import { MovedFindings } from '../../../renderer/language/movedFindings';
import { FindingPacker } from '../../../renderer/language/placedFinding';

const schema = new Schema({ nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} } });
const words = 'tồt đẹp và đươc làm ngay trong ngày hôm nay';
const start = schema.node('doc', null, Array.from({ length: 6 }, () => schema.node('paragraph', null, [schema.text(words)])));

/** Every 'tồt' and 'đươc' of the text as a finding. */
function findingsIn(doc: PMNode): PlacedFinding[] {
  const found: PlacedFinding[] = [];
  doc.descendants((node, pos) => {
    if (!node.isText) return true;
    for (const text of ['tồt', 'đươc']) {
      const from = pos + node.text!.indexOf(text);
      found.push({ id: `f${found.length}`, text, pos: { from, to: from + text.length }, part: 0, from: 0, to: 0, rule: 'spelling', severity: 'error', message: text, suggestions: [] } as unknown as PlacedFinding);
    }
    return false;
  });
  return found;
}

/** Applies each edit to the document, the lazy findings, the underlines and the reference. */
function typeAll(edits: Array<(tr: Transform) => void>) {
  const placed = findingsIn(start);
  let doc = start;
  let held = MovedFindings.of(placed);
  let reference = placed;
  let underlines = findingDecorations(placed, start, { from: 0, to: start.content.size });
  for (const edit of edits) {
    const tr = new Transform(doc);
    edit(tr);
    const mapped = mapUnderlines(underlines, tr.mapping, tr.doc);
    underlines = mapped.decorations;
    held = held.after(tr.mapping, tr.doc, mapped.dropped);
    reference = mapFindings(reference, tr.mapping, tr.doc);
    doc = tr.doc;
  }
  return { doc, held, reference, underlines };
}

const at = (paragraph: number, offset: number) => paragraph * (words.length + 2) + 1 + offset;
const insert = (pos: number, text: string) => (tr: Transform) => void tr.insert(pos, schema.text(text));
const typing = (pos: number, text: string) => [...text].map((char, i) => insert(pos + i, char));

test('typing a sentence between findings moves the later ones, as moving each on every key did', () => {
  const { doc, held, reference } = typeAll(typing(at(2, 8), 'rất nhiều chữ '));
  expect(held.list).toEqual(reference);
  expect(held.list.map((f) => doc.textBetween(f.pos.from, f.pos.to))).toEqual(held.list.map((f) => f.text));
  expect(held.list[0]).toBe(reference[0]); // untouched findings stay the same objects
});

test('typing into a misspelt word drops its underline at once and its finding when read', () => {
  const target = at(3, 1); // inside 'tồt' of the fourth paragraph
  const { held, reference, underlines } = typeAll([insert(target, 'o')]);
  expect(underlines.find(target - 1, target + 3)).toHaveLength(0);
  expect(held.list).toEqual(reference);
  expect(held.list).toHaveLength(findingsIn(start).length - 1);
});

test('deleting a whole finding, then typing elsewhere, leaves the same findings as the reference', () => {
  const from = at(1, words.indexOf('đươc'));
  const { held, reference } = typeAll([(tr) => void tr.delete(from, from + 'đươc'.length), ...typing(at(4, 3), 'x y'), ...typing(at(0, 0), 'Ồ ')]);
  expect(held.list).toEqual(reference);
});

test('deleting backwards across paragraphs and typing in several places agrees with the reference', () => {
  const edits = [
    ...typing(at(5, 10), 'abc'),
    (tr: Transform) => void tr.delete(at(2, 30), at(3, 2)), // joins two paragraphs, cuts a finding
    ...typing(at(0, 4), 'qq'),
    (tr: Transform) => void tr.delete(at(1, 0), at(1, 3)),
  ];
  const { held, reference } = typeAll(edits);
  expect(held.list).toEqual(reference);
});

test('a long burst of typing (more edits than are kept pending) still reads the same findings', () => {
  const { held, reference } = typeAll([...typing(at(1, 5), 'một hai ba bốn năm sáu bảy tám chín mười '.repeat(3)), ...typing(at(4, 0), 'x'.repeat(20))]);
  expect(held.list).toEqual(reference);
});

test('the envelope of edits: before it nothing moved, after it everything moved by its shift', () => {
  const tr = new Transform(start).insert(20, schema.text('ab')).delete(5, 8).insert(40, schema.text('c'));
  const envelope = widenEnvelope(NO_CHANGE, tr.mapping);
  expect(envelope).toEqual({ from: 5, to: 41, shift: 0 });
  for (const pos of [1, 4, 42, 60]) expect(tr.mapping.map(pos)).toBe(pos < envelope.from ? pos : pos + envelope.shift);
});

test('compact findings (as the checks make them) keep their message and suggestions when typing moves them', () => {
  const packer = new FindingPacker();
  const packed = findingsIn(start).map((f) =>
    packer.pack({ rule: 'spelling', severity: 'error', text: f.text, message: `“${f.text}” viết sai`, suggestions: ['tốt', 'được'] } as never, f.id, f.pos),
  );
  let doc = start;
  let held = MovedFindings.of(packed);
  for (const edit of typing(at(0, 0), 'Mở đầu ')) {
    const tr = new Transform(doc);
    edit(tr);
    held = held.after(tr.mapping, tr.doc, []);
    doc = tr.doc;
  }
  expect(held.list).toHaveLength(packed.length);
  for (const finding of held.list) {
    expect(doc.textBetween(finding.pos.from, finding.pos.to)).toBe(finding.text);
    expect(finding.message).toBe(`“${finding.text}” viết sai`);
    expect(finding.suggestions).toEqual(['tốt', 'được']);
  }
  const tr = new Transform(start).insert(at(0, words.length), schema.text(' A'));
  expect(mapFindings(packed, tr.mapping, tr.doc).map((f) => f.message)).toEqual(packed.map((f) => f.message));
});

test('a letter typed on to the end or the start of a reported word drops it at once; a space or punctuation does not', () => {
  const end = at(2, 'tồt'.length); // right after the third paragraph's 'tồt'
  const grown = typeAll([insert(end, 'n')]);
  expect(grown.underlines.find(end - 3, end)).toHaveLength(0);
  expect(grown.held.list).toEqual(grown.reference);
  expect(grown.held.list).toHaveLength(findingsIn(start).length - 1);
  const before = typeAll([insert(at(2, 0), 'x')]); // a letter against its start
  expect(before.held.list).toHaveLength(findingsIn(start).length - 1);
  for (const typed of [' ', ',', '.']) {
    const apart = typeAll([insert(end, typed)]);
    expect(apart.underlines.find(end - 3, end)).toHaveLength(1);
    expect(apart.held.list).toHaveLength(findingsIn(start).length);
  }
});
