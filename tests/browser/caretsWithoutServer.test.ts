// Without a sync server nobody else can see this person's caret or typing: the editor must not
// pay for them. Typing then makes no caret or live-change call — only the one question, as the
// article opens, whether the caret is shared — and draws no one else's caret.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSoanSession, type SoanSession } from './support/session';

let s: SoanSession;

beforeAll(async () => {
  s = await openSoanSession();
});

afterAll(async () => {
  await s?.close();
});

describe('carets without a sync server', () => {
  test('typing sends no caret and no live change, and no remote caret is drawn', async () => {
    const { page } = s;
    const calls: string[] = [];
    page.on('request', (request) => {
      const channel = /\/api\/([^/?]+)/.exec(request.url())?.[1];
      if (channel) calls.push(decodeURIComponent(channel));
    });
    await page.getByTestId('firstrun-name').fill('Thu Hà');
    await page.getByTestId('firstrun-role').selectOption('reporter');
    await page.getByTestId('firstrun-submit').click();
    await page.getByTestId('new-article').click();
    const editor = page.locator('[data-testid="editor"] .ProseMirror');
    await editor.waitFor();
    await editor.locator('h1').click();
    await page.keyboard.type('Không ai khác ở đây');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đoạn sapo, gõ một mình.');
    await expect.poll(() => page.getByTestId('save-state').getAttribute('data-state'), { timeout: 10_000 }).toBe('saved');
    expect(calls.filter((c) => c === 'article:caret')).toEqual(['article:caret']);
    expect(calls.filter((c) => c === 'article:live')).toEqual([]);
    expect(calls.filter((c) => c === 'article:update').length).toBeGreaterThan(0); // typing is saved as always
    expect(await editor.getByTestId('remote-caret').count()).toBe(0);
    expect(s.pageErrors).toEqual([]);
  });
});
