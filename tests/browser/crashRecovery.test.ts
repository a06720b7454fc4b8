// "Close the window or kill the process at any moment: on reopen, everything typed up to a
// second before is there." The services run in their own process here and are SIGKILLed
// mid-typing, without any flush; a new process then opens the same library from disk.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../harness/chromium';
import { startHarnessProcess, type HarnessProcess } from './support/harnessProcess';
import { projectFolders, readArticleOnDisk, textOf, nodesOfType } from './support/articleOnDisk';

let root = '';
let browser: Browser;
let server: HarnessProcess | undefined;

beforeAll(async () => {
  root = await mkdtemp(path.join(os.tmpdir(), 'soan-crash-'));
  browser = await launchChromium();
});

afterAll(async () => {
  await server?.kill();
  await browser?.close();
  if (root) await rm(root, { recursive: true, force: true });
});

test('text typed a second before the process is killed is there after restart', async () => {
  const libraryPath = path.join(root, 'Soan');
  const userDataDir = path.join(root, 'user-data');
  server = await startHarnessProcess(libraryPath, userDataDir);

  const page = await browser.newPage();
  await page.goto(server.url);
  await page.getByTestId('firstrun-name').fill('Trần Văn Bình');
  await page.getByTestId('firstrun-role').selectOption('reporter');
  await page.getByTestId('firstrun-submit').click();
  await page.getByTestId('new-article').click();
  const editor = page.locator('[data-testid="editor"] .ProseMirror');
  await editor.locator('h1').click();
  await page.keyboard.type('Mưa lớn gây ngập cục bộ tại thành phố Hà Tĩnh');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Sáng nay, nhiều tuyến phố bị ngập sâu.');
  await page.keyboard.press('Enter');
  // Type steadily, then stop one second before the crash: nothing waits for "Đã lưu".
  const lastLine = 'Lực lượng chức năng đã có mặt để phân luồng giao thông.';
  await page.keyboard.type(lastLine, { delay: 15 });
  await page.waitForTimeout(1000);
  await server.kill();
  await page.close();

  // The lock left by the killed process is stale and must not keep the library closed.
  server = await startHarnessProcess(libraryPath, userDataDir);
  const reopened = await browser.newPage();
  await reopened.goto(server.url);
  const row = reopened.getByTestId('article-row').first();
  await row.waitFor();
  await row.click();
  const editorAgain = reopened.locator('[data-testid="editor"] .ProseMirror');
  await editorAgain.locator('h1').filter({ hasText: 'Mưa lớn gây ngập cục bộ' }).waitFor();
  await expect(editorAgain.textContent()).resolves.toContain(lastLine);

  const [folder] = await projectFolders(libraryPath);
  const onDisk = await readArticleOnDisk(folder);
  expect(onDisk.json.headline).toBe('Mưa lớn gây ngập cục bộ tại thành phố Hà Tĩnh');
  expect(nodesOfType(onDisk.json.content, 'paragraph').map(textOf)).toContain(lastLine);
  await reopened.close();
});
