// Found by a security review: a paste whose HTML carries a long <style> without a rule in it (what a
// hostile page's copy handler can put on the clipboard) holds the services — and with them
// the main process, every save included — for time that grows with the square of its length:
// classMarksFromCss's RULE regex backtracks over the whole rest of the text from each position.
import { expect, it } from 'vitest';
import { convertPastedHtml } from '../../../electron/services/import/convertPastedHtml';

function timeOf(html: string): number {
  const start = performance.now();
  const { blocks } = convertPastedHtml(html);
  expect(blocks.length).toBeGreaterThan(0);
  return performance.now() - start;
}

it('a paste with a long style sheet that has no rule is converted in about the time of a short one', () => {
  // 100 000 characters, 1/500 of what paste:convert accepts (limits.pasteHtmlChars = 50 000 000).
  const noRule = `<html><head><style>${'p'.repeat(100_000)}</style></head><body><p>Tin sáng</p></body></html>`;
  const openComments = `<html><head><style>${'/* '.repeat(33_000)}</style></head><body><p>Tin sáng</p></body></html>`;
  expect(timeOf(noRule)).toBeLessThan(1500);
  expect(timeOf(openComments)).toBeLessThan(1500);
});

it('while such a paste is converted, the services still answer other calls', async () => {
  const { setUpBackend } = await import('../services/support');
  const t = await setUpBackend();
  const summary = await t.call('article:create', { headline: 'Tin sáng' });
  await t.call('article:open', { id: summary.id });
  const html = `<html><head><style>${'p'.repeat(100_000)}</style></head><body><p>Tin sáng</p></body></html>`;
  const start = performance.now();
  const paste = t.call('paste:convert', { articleId: summary.id, html });
  // Another call 200 ms after the paste (a save, the library list…): main's event loop must take it.
  await new Promise((resolve) => setTimeout(resolve, 200));
  await t.call('library:list', {});
  const answeredAt = performance.now() - start;
  await paste;
  expect(answeredAt).toBeLessThan(200 + 1500);
});
