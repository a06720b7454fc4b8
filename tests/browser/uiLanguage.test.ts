// The UI speaks Vietnamese by default and English when chosen: on the first-run screen at
// once, after a restart from the first moment, and back to Vietnamese from Settings.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openSoanSession, type SoanSession } from './support/session';

let s: SoanSession;

beforeAll(async () => {
  s = await openSoanSession();
});

afterAll(async () => {
  await s?.close();
});

describe('The UI language', () => {
  test('English chosen at first run shows at once, survives a restart, and Settings brings Vietnamese back', async () => {
    const { page } = s;
    const submit = page.getByTestId('firstrun-submit');
    await expect(submit.textContent()).resolves.toBe('Bắt đầu viết');
    await page.getByTestId('firstrun-name').fill('Lan Anh');
    await page.getByTestId('firstrun-role').selectOption('reporter');
    await page.getByTestId('firstrun-language').selectOption('en');
    await expect.poll(() => submit.textContent()).toBe('Start writing');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await submit.click();
    await expect.poll(() => page.getByTestId('new-article').textContent()).toBe('New article');

    await s.restartServer();
    await page.goto(s.url);
    await expect.poll(() => page.getByTestId('new-article').textContent()).toBe('New article');

    await page.getByTestId('settings-open').click();
    await page.getByTestId('settings-language').selectOption('vi');
    await page.getByTestId('settings-save').click();
    await expect.poll(() => page.getByTestId('new-article').textContent()).toBe('Bài mới');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
  });
});
