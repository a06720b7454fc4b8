// The language checks read the article as it would be with the suggestions taken, and a
// finding still lands on the right letters of the document.
import { describe, expect, it } from 'vitest';
import { articleParts } from '../../../renderer/language/articleParts';
import { placeFindings, placeFindingsGivingWay } from '../../../renderer/language/findingDecorations';
import type { LanguageFinding } from '../../../electron/contract/types';
import { schema } from '../review/suggestionsSchema';

const by = { id: 's1', author: 'Minh', role: 'editor', at: '2026-11-28T08:00:00Z' };
const del = schema.marks.deletion.create(by);
const ins = schema.marks.insertion.create(by);

const doc = schema.node('doc', null, [
  schema.node('headline', null, [schema.text('Hà Tĩnh mở đường')]),
  schema.node('sapo', null, [schema.text('Con đường dài 30 km.')]),
  schema.node('paragraph', null, [
    schema.text('Vốn  '),
    schema.text('500', [del]),
    schema.text('520\u200B', [ins]),
    schema.text(' tỷ  đồng.'),
  ]),
]);

describe('the article as the language checks read it', () => {
  it('leaves out text proposed for deletion and suggestion anchors, keeps proposed text', () => {
    const { parts } = articleParts(doc);
    expect(parts.map((p) => p.text)).toEqual(['Hà Tĩnh mở đường', 'Con đường dài 30 km.', 'Vốn  520 tỷ  đồng.']);
  });

  it('puts a finding after the proposals on its own letters', () => {
    const parts = articleParts(doc);
    const text = parts.parts[2].text;
    const at = text.indexOf('tỷ  đồng') + 2;
    const finding = { part: 2, from: at, to: at + 2, text: '  ', rule: 'double-space', severity: 'style' } as unknown as LanguageFinding;
    const [placed] = placeFindings([finding], parts, doc, new Set());
    expect(doc.textBetween(placed.pos.from - 2, placed.pos.to + 4)).toBe('tỷ  đồng');
  });

  it('drops a finding that would straddle text proposed for deletion', () => {
    const parts = articleParts(doc);
    // "  520" in the checked text spans the struck "500" in the document.
    const finding = { part: 2, from: 3, to: 8, text: '  520', rule: 'x', severity: 'style' } as unknown as LanguageFinding;
    expect(placeFindings([finding], parts, doc, new Set())).toEqual([]);
  });

  it('placed a slice at a time while the writer types, a long answer lands on the same letters', async () => {
    const parts = articleParts(doc);
    const text = parts.parts[2].text;
    const at = text.indexOf('tỷ  đồng') + 2;
    const oneFinding = [
      { part: 2, from: at, to: at + 2, text: '  ', rule: 'double-space', severity: 'style' },
      { part: 2, from: 3, to: 8, text: '  520', rule: 'x', severity: 'style' }, // straddles the struck "500": dropped
      { part: 0, from: 0, to: 2, text: 'Hà', rule: 'y', severity: 'info' },
    ] as unknown as LanguageFinding[];
    const found = Array.from({ length: 4000 }, () => oneFinding).flat();
    let gaveWay = 0;
    const gradual = await placeFindingsGivingWay(found, parts, doc, new Set(['y:Hà']), async () => void gaveWay++);
    const atOnce = placeFindings(found, parts, doc, new Set(['y:Hà']));
    const place = (f: { pos: { from: number; to: number } }) => [f.pos.from, f.pos.to];
    expect(gradual.map(place)).toEqual(atOnce.map(place));
    expect(gradual).toHaveLength(4000);
    expect(new Set(gradual.map((f) => f.id)).size).toBe(4000);
    expect(gaveWay).toBeLessThan(4000); // slices of several findings, not a pause per finding
  });
});

describe('every character of the checked text keeps its place in the document', () => {
  it('maps each offset of a part with breaks and proposals to the letter it was read from', () => {
    const br = schema.nodes.hardBreak ?? schema.nodes.hard_break;
    const inline = [schema.text('Một '), schema.text('hai', [del]), schema.text('ba\u200B', [ins]), schema.text(' bốn')];
    if (br) inline.splice(1, 0, br.create());
    const withBreak = schema.node('doc', null, [
      schema.node('headline', null, [schema.text('Tin')]),
      schema.node('sapo', null, [schema.text('Mở đầu.')]),
      schema.node('paragraph', null, inline),
    ]);
    const { parts, positionOf } = articleParts(withBreak);
    const text = parts[2]!.text;
    expect(text).toBe(br ? 'Một \nba bốn' : 'Một ba bốn');
    for (let i = 0; i < text.length; i++) {
      const at = positionOf(2, i)!;
      const read = text[i] === '\n' ? '\n' : withBreak.textBetween(at, at + 1, '\n', '\n');
      expect(read).toBe(text[i]);
    }
    expect(positionOf(2, text.length)).toBeUndefined();
    expect(positionOf(2, -1)).toBeUndefined();
    expect(positionOf(3, 0)).toBeUndefined();
  });
});
