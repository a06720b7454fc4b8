// What the writer sees of autosave while typing: "Đang lưu…" as soon as a change is on its
// way, "Đã lưu" once the services have it, and the article panel's "last changed" time
// following the saves. The status is read by these few places only (renderer/editor/saveStatus.ts).
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openSoanSession, type SoanSession } from './support/session';
import { editorOf, waitSaved } from './support/editorText';

let s: SoanSession;

beforeAll(async () => {
  s = await openSoanSession();
  const { page } = s;
  await page.getByTestId('firstrun-name').fill('Trần Văn Nam');
  await page.getByTestId('firstrun-role').selectOption('reporter');
  await page.getByTestId('firstrun-submit').click();
  await page.getByTestId('new-article').click();
  await editorOf(page).waitFor();
});

afterAll(async () => {
  await s?.close();
});

test('typing shows "Đang lưu…", then "Đã lưu", and the panel says when it was last changed', async () => {
  const { page } = s;
  const updated = page.getByTestId('article-panel').locator('time').last();
  await updated.waitFor();
  const openedAt = (await updated.getAttribute('datetime'))!;
  // Every state and text the indicator shows, in order, from the first keystroke on.
  await page.evaluate(() => {
    const indicator = document.querySelector('[data-testid="save-state"]')!;
    const shown: string[] = [];
    (window as unknown as { shownSaveStates: string[] }).shownSaveStates = shown;
    new MutationObserver(() => {
      const now = `${indicator.getAttribute('data-state')}: ${indicator.textContent}`;
      if (shown.at(-1) !== now) shown.push(now);
    }).observe(indicator, { attributes: true, childList: true, subtree: true, characterData: true });
  });
  await editorOf(page).locator('h1').click();
  await page.keyboard.type('Mưa lớn ở Hà Tĩnh');
  await waitSaved(page);

  const shown = await page.evaluate(() => (window as unknown as { shownSaveStates: string[] }).shownSaveStates);
  expect(shown[0]).toMatch(/^saving: Đang lưu/);
  expect(shown.at(-1)).toBe('saved: Đã lưu');
  expect(shown.every((line) => /^(saving: Đang lưu|saved: Đã lưu)/.test(line))).toBe(true);
  // The panel shows the minute of the last save (drawn again when that minute changes).
  const savedAt = (await updated.getAttribute('datetime'))!;
  expect(Date.parse(savedAt)).toBeGreaterThanOrEqual(Date.parse(openedAt));
  expect(Math.abs(Date.parse(savedAt) - Date.now())).toBeLessThan(60_000);
  await expect(updated.textContent()).resolves.toMatch(/^vừa xong · \d\d:\d\d \d\d\/\d\d\/\d{4}$/);
  expect(s.pageErrors).toEqual([]);
});
