// A new check's answer, or a scroll, changes only the underlines that have to change: the
// underlines drawn are the same as drawing them all afresh, and those that stay are the very
// same ones (the editor then has nothing to redraw for them).
import { expect, test } from 'vitest';
import { Schema } from '@tiptap/pm/model';
import type { DecorationSet } from '@tiptap/pm/view';
import { findingDecorations, redrawUnderlines } from '../../../renderer/language/findingDecorations';
import type { PlacedFinding } from '../../../renderer/language/placedFinding';

const schema = new Schema({ nodes: { doc: { content: 'paragraph+' }, paragraph: { content: 'text*' }, text: {} } });
const words = 'tồt đẹp và đươc làm ngay';
const doc = schema.node('doc', null, Array.from({ length: 40 }, () => schema.node('paragraph', null, [schema.text(words)])));
const paragraphSize = words.length + 2;

function finding(paragraph: number, word: string, id: string, severity = 'error'): PlacedFinding {
  const from = paragraph * paragraphSize + 1 + words.indexOf(word);
  return { id, text: word, rule: 'spelling', severity, message: '', suggestions: [], pos: { from, to: from + word.length } } as unknown as PlacedFinding;
}

const drawnAs = (set: DecorationSet) =>
  set
    .find()
    .map((line) => `${line.from}-${line.to} ${(line.spec as { findingId: string }).findingId}`)
    .sort();

const first = Array.from({ length: 40 }, (_, i) => [finding(i, 'tồt', `a${i}`), finding(i, 'đươc', `b${i}`)]).flat();
const window = (from: number, to: number) => ({ from: from * paragraphSize, to: to * paragraphSize });

test('an answer that differs in a few words redraws those and keeps the other underlines as they are', () => {
  const drawn = window(5, 25);
  const shown = findingDecorations(first, doc, drawn);
  // Paragraph 10's first word fixed, a new finding in paragraph 12, paragraph 20's second one now a warning.
  const next = first.filter((f) => f.id !== 'a10').concat(finding(12, 'ngay', 'c12'));
  next[next.findIndex((f) => f.id === 'b20')] = finding(20, 'đươc', 'd20', 'warning');
  const redrawn = redrawUnderlines(shown, next, doc, drawn);
  expect(drawnAs(redrawn)).toEqual(drawnAs(findingDecorations(next, doc, drawn)));
  expect(drawnAs(redrawn)).not.toEqual(drawnAs(shown));
  // (find() gives copies; an underline kept is one with the very same spec.)
  const before = new Set(shown.find().map((line) => line.spec));
  const kept = redrawn.find().filter((line) => before.has(line.spec));
  expect(kept.length).toBe(redrawn.find().length - 2);
  // The same answer again changes nothing at all.
  expect(redrawUnderlines(redrawn, next, doc, drawn)).toBe(redrawn);
});

test('a moved stretch draws the findings it reaches and none it has left', () => {
  const shown = findingDecorations(first, doc, window(0, 10));
  for (const [from, to] of [[5, 15], [20, 30], [0, 40], [3, 4]] as const) {
    const redrawn = redrawUnderlines(shown, first, doc, window(from, to));
    expect(drawnAs(redrawn), `${from}-${to}`).toEqual(drawnAs(findingDecorations(first, doc, window(from, to))));
  }
  expect(redrawUnderlines(shown, [], doc, window(0, 40)).find()).toEqual([]);
});
