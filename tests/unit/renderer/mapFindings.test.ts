// Findings ride along with typing: those before the keystroke stay put, those after it move,
// one whose words were typed into is dropped rather than underlining the wrong letters. A new
// check that finds what is shown keeps the shown findings (nothing on screen changes).
import { expect, test } from 'vitest';
import { Schema } from '@tiptap/pm/model';
import { Transform } from '@tiptap/pm/transform';
import { keepKnownFindings, mapFindings } from '../../../renderer/language/findingDecorations';
import type { PlacedFinding } from '../../../renderer/language/languageDeskStore';

const schema = new Schema({ nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} } });
// Positions: the paragraph's text starts at 1.
const doc = schema.node('doc', null, [schema.node('paragraph', null, [schema.text('tồt đẹp và đươc làm ngay')])]);

function finding(text: string, id: string): PlacedFinding {
  const from = 1 + doc.textContent.indexOf(text);
  return { id, text, pos: { from, to: from + text.length }, part: 0, from: 0, to: 0, rule: 'spelling', severity: 'error', message: text, messageKey: 'spelling', params: {}, suggestions: [] } as unknown as PlacedFinding;
}

const before = finding('tồt', 'a');
const after = finding('đươc', 'b');

test('typing between two findings keeps the first as it is and moves the second', () => {
  const tr = new Transform(doc).insert(before.pos.to + 1, schema.text('rất '));
  const mapped = mapFindings([before, after], tr.mapping, tr.doc);
  expect(mapped[0]).toBe(before);
  expect(mapped[1]!.pos).toEqual({ from: after.pos.from + 4, to: after.pos.to + 4 });
  expect(tr.doc.textBetween(mapped[1]!.pos.from, mapped[1]!.pos.to)).toBe('đươc');
});

test('typing into a finding drops it; the others stay', () => {
  const tr = new Transform(doc).insert(after.pos.from + 2, schema.text('x'));
  const mapped = mapFindings([before, after], tr.mapping, tr.doc);
  expect(mapped.map((f) => f.id)).toEqual(['a']);
});

test('deleting words before a finding moves it back; deleting a finding drops it', () => {
  const cut = new Transform(doc).delete(before.pos.to, before.pos.to + 4); // ' đẹp'
  const moved = mapFindings([before, after], cut.mapping, cut.doc);
  expect(moved[0]).toBe(before);
  expect(cut.doc.textBetween(moved[1]!.pos.from, moved[1]!.pos.to)).toBe('đươc');
  const gone = new Transform(doc).delete(after.pos.from - 1, after.pos.to);
  expect(mapFindings([before, after], gone.mapping, gone.doc).map((f) => f.id)).toEqual(['a']);
});

test('an edit that moves nothing gives back the same list', () => {
  const tr = new Transform(doc).insert(doc.content.size - 1, schema.text('.'));
  const findings = [before, after];
  expect(mapFindings(findings, tr.mapping, tr.doc)).toBe(findings);
});

test('an edit of several steps moves every finding after its first change', () => {
  const tr = new Transform(doc).insert(1, schema.text('Ừ ')).insert(tr0End(), schema.text('!'));
  const mapped = mapFindings([before, after], tr.mapping, tr.doc);
  expect(mapped.map((f) => tr.doc.textBetween(f.pos.from, f.pos.to))).toEqual(['tồt', 'đươc']);
});

function tr0End(): number {
  return doc.content.size + 1; // the end of the paragraph's text once 'Ừ ' is in
}

test('a new check keeps each finding already shown at the same place with the same words', () => {
  const again = [{ ...before, id: 'c' }, { ...after, id: 'd', message: 'khác' }];
  const kept = keepKnownFindings(again, [before, after]);
  expect(kept[0]).toBe(before);
  expect(kept[1]!.id).toBe('d');
  expect(keepKnownFindings([{ ...before, id: 'e', pos: { from: before.pos.from + 1, to: before.pos.to + 1 } }], [before])[0]!.id).toBe('e');
});

test('a check of a long article keeps exactly the shown findings it found again, in document order or not', () => {
  const at = (from: number, to: number, rule: string, id: string, message = 'm'): PlacedFinding =>
    ({ id, text: 'x', pos: { from, to }, rule, severity: 'error', message, suggestions: [] }) as unknown as PlacedFinding;
  // Several findings may start at the same place (a word misspelt and repeated).
  const shown: PlacedFinding[] = [];
  for (let i = 0; i < 300; i++) shown.push(at(10 * i, 10 * i + 4, 'spelling', `s${i}`), at(10 * i, 10 * i + 8, 'repeat', `r${i}`));
  const again: PlacedFinding[] = [];
  const expected: PlacedFinding[] = [];
  shown.forEach((known, i) => {
    if (i % 7 === 0) return; // fixed since
    const copy = i % 5 === 0 ? { ...known, id: `new${i}`, message: 'khác' } : { ...known, id: `new${i}` };
    again.push(copy);
    expected.push(i % 5 === 0 ? copy : known);
    if (i % 11 === 0) {
      const added = at(known.pos.from + 1, known.pos.from + 3, 'spelling', `added${i}`);
      again.push(added);
      expected.push(added);
    }
  });
  const kept = keepKnownFindings(again, shown);
  kept.forEach((finding, i) => expect(finding, `finding ${i}`).toBe(expected[i]));
  // The same answer in another order keeps the same findings.
  const order = again.map((_, i) => i).sort((a, b) => ((a * 7919) % 601) - ((b * 7919) % 601));
  const shuffled = keepKnownFindings(order.map((i) => again[i]!), shown);
  shuffled.forEach((finding, i) => expect(finding).toBe(expected[order[i]!]));
});
