// One rewrite chosen differently on two laptops before they meet again, in the real renderer:
// the reporter (Chromium) and the editor (a second library, its services in this process) each
// get the conflict "giảm" / "tăng … mạnh" in their merge report and each keep their own side.
// When the editor's result comes in, the reporter's report shows both choices side by side —
// the passage holds neither — and one click puts hers back.
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type * as Y from 'yjs';
import type { MergeFlag } from '../../electron/contract/packages';
import { EditorDoc, setUpBackend, type TestBackend } from '../unit/services/support';
import { editorOf, selectText, waitSaved } from './support/editorText';
import { openSoanSession, screenshot, type SoanSession } from './support/session';

let s: SoanSession;
let minh: TestBackend;

beforeAll(async () => {
  s = await openSoanSession();
  minh = await setUpBackend({ profileName: 'Trần Văn Minh' });
  const { page } = s;
  await page.getByTestId('firstrun-name').fill('Nguyễn Thị Lan');
  await page.getByTestId('firstrun-role').selectOption('reporter');
  await page.getByTestId('firstrun-submit').click();
  await page.getByTestId('new-article').waitFor();
}, 120_000);

afterAll(async () => {
  await s?.close();
});

async function sendFromEditor(): Promise<string> {
  const { page } = s;
  await waitSaved(page);
  await page.getByTestId('package-send').click();
  await page.getByTestId('send-run').click();
  const done = page.getByTestId('send-done-path');
  await done.waitFor();
  const path = (await done.textContent())!;
  await page.getByTestId('send-close').click();
  return path;
}

describe('one rewrite chosen differently on two laptops', () => {
  test('the next report shows both choices, and one click puts the reporter\'s back', async () => {
    const { page } = s;
    await page.getByTestId('new-article').click();
    const text = editorOf(page);
    await text.waitFor();
    await text.locator('h1').click();
    await page.keyboard.type('Giá xăng');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Tin nhanh.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Giá tăng mạnh.');
    const first = await sendFromEditor();
    const id = (await minh.call('package:open', { fileName: 'a.soan', bytes: new Uint8Array(await readFile(first)) })).summary.id;

    // Apart: she rewrites "tăng" as "giảm", he types " mạnh" after "tăng".
    await selectText(page, 'p:not(.sapo)', 'tăng');
    await page.keyboard.type('giảm');
    const fromLan = await sendFromEditor();
    const his = new EditorDoc((await minh.call('article:open', { id })).state);
    await minh.call('article:update', {
      id,
      update: his.change((fragment) => {
        const run = (fragment.get(2) as Y.XmlElement).toArray()[0] as Y.XmlText;
        run.insert(run.toString().indexOf('tăng') + 4, ' mạnh');
      }),
    });
    const fromMinh = (await minh.call('package:send', { id })).path;

    // Each opens the other's copy and keeps their own side.
    await page.getByTestId('package-file-input').setInputFiles(fromMinh);
    const overlap = page.locator('[data-testid="merge-flag"][data-kind="overlapping-edits"]');
    await overlap.getByTestId('merge-keep-local').click();
    await expect.poll(() => overlap.getAttribute('data-state')).toBe('chosen');
    await page.getByTestId('merge-report-close').click();
    const body = editorOf(page).locator('p:not(.sapo)').first();
    await expect.poll(() => body.textContent()).toBe('Giá giảm mạnh.');
    const hisReport = (await minh.call('package:open', { fileName: 'b.soan', bytes: new Uint8Array(await readFile(fromLan)) })).report;
    const flag = hisReport.flags.find((f): f is Extract<MergeFlag, { kind: 'overlapping-edits' }> => f.kind === 'overlapping-edits')!;
    await minh.call('package:resolve', { id, choice: { kind: 'overlapping-edits', flagId: flag.id, passage: flag.passage, drop: flag.dropIncoming } });

    // They meet: both choices dropped the other's words; the report shows both.
    await page.getByTestId('package-file-input').setInputFiles((await minh.call('package:send', { id })).path);
    const differ = page.locator('[data-testid="merge-flag"][data-kind="rewrite-choices-differ"]');
    await differ.waitFor();
    const sides = await differ.getByTestId('merge-side-chosen').allTextContents();
    expect(sides).toEqual(['Bản Nguyễn Thị Lan đã chọnGiá giảm mạnh.', 'Bản Trần Văn Minh đã chọnGiá tăng mạnh mạnh.']);
    await expect(differ.textContent()).resolves.toContain('giờ chỉ còn “');
    await screenshot(page, 'rewrite-choices-apart-01-report');
    await differ.getByTestId('merge-keep-chosen').filter({ hasText: 'Nguyễn Thị Lan' }).click();
    await expect.poll(() => differ.getAttribute('data-state')).toBe('chosen');
    await page.getByTestId('merge-report-close').click();
    await expect.poll(() => body.textContent()).toBe('Giá giảm mạnh.');
    await waitSaved(page);
    expect(s.pageErrors).toEqual([]);
  });
});
