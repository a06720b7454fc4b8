// A paste typed in .VnTime (TCVN3) whose font comes from Word's Normal style: Word writes it
// in the clipboard's stylesheet (`p.MsoNormal {font-family:".VnTime"}`), not on each run.
// Every run of such a paragraph is sent to the converter — also "cã", "nãi", "tèt", which use
// only letters Unicode Vietnamese has too — and the paste reads as the reporter typed it.
// linkedom stands in for the browser's DOMParser; the converter is the one language:convert
// runs (prepareIncomingText), called the way convertLegacyRuns calls it, one font at a time.
import { DOMParser, parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertPastedHtml } from '../../../electron/services/import/convertPastedHtml';
import { prepareIncomingText } from '../../../electron/services/language/prepareIncomingText';
import type { LegacyPaste } from '../../../renderer/editor/paste/legacyRuns';
import { outline } from './support/articleOutline';

let findLegacyRuns: (clipboard: { html: string; text: string }) => LegacyPaste | null;

beforeAll(async () => {
  const { window } = parseHTML('<html></html>');
  Object.assign(globalThis, { DOMParser, NodeFilter: (window as unknown as { NodeFilter?: unknown }).NodeFilter ?? { SHOW_TEXT: 4 } });
  ({ findLegacyRuns } = await import('../../../renderer/editor/paste/legacyRuns'));
});

const wordClipboard = (body: string, font = '".VnTime","sans-serif"') =>
  '<html><head><meta name=Generator content="Microsoft Word 15"><style><!-- ' +
  `p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; font-size:14.0pt; font-family:${font};} --></style></head>` +
  `<body lang=VI><!--StartFragment-->${body}<!--EndFragment--></body></html>`;

/** The paste as the editor puts it in: legacy runs converted, then paste:convert. */
function pasted(html: string): string {
  const legacy = findLegacyRuns({ html, text: '' });
  if (!legacy) return outline(convertPastedHtml(html).blocks).join('\n');
  const texts = legacy.runs.map((run) => run.text);
  const byFont = new Map<string, number[]>();
  legacy.runs.forEach((run, i) => byFont.set(run.fontName ?? '', [...(byFont.get(run.fontName ?? '') ?? []), i]));
  for (const [font, indexes] of byFont) {
    const converted = prepareIncomingText(indexes.map((i) => texts[i]).join('\n'), { fontName: font || undefined }).text.split('\n');
    indexes.forEach((runIndex, i) => (texts[runIndex] = converted[i]));
  }
  return outline(convertPastedHtml(legacy.rebuild(texts).html).blocks).join('\n');
}

describe('a paste typed in .VnTime through the Normal style', () => {
  // "Từ trước đến nay, ông có nói rằng việc này tốt." in TCVN3, with a bold and an italic word.
  const body = '<p class=MsoNormal>Tõ tr\u00adíc ®Õn nay, «ng <b>cã</b> nãi <i>r»ng</i> viÖc nµy <b>tèt</b>.</p>';

  it('sends every run of the paragraph to the converter, with its font', () => {
    const runs = findLegacyRuns({ html: wordClipboard(body), text: '' })?.runs ?? [];
    const sent = runs.map((r) => r.text).join('|');
    for (const word of ['cã', 'nãi', 'tèt']) expect(sent, `“${word}” would stay as TCVN3 mojibake`).toContain(word);
    expect(runs.every((r) => r.fontName === '.VnTime')).toBe(true);
  });

  it('comes into the article as the reporter typed it, bold and italic kept', () => {
    expect(pasted(wordClipboard(body))).toBe('Từ trước đến nay, ông **có** nói _rằng_ việc này **tốt**.');
  });

  it('leaves a run set in a Unicode font inside such a paragraph alone', () => {
    const html = wordClipboard('<p class=MsoNormal>«ng <span style=\'font-family:"Times New Roman"\'>có</span> nãi.</p>');
    const runs = findLegacyRuns({ html, text: '' })?.runs.map((r) => r.text) ?? [];
    expect(runs).not.toContain('có');
  });

  it('sends nothing when the Normal style is a Unicode font and the text is Unicode', () => {
    expect(findLegacyRuns({ html: wordClipboard('<p class=MsoNormal>Ông có nói rằng việc này tốt.</p>', '"Times New Roman",serif'), text: '' })).toBeNull();
  });
});
