// The newsroom's own spelling model as the desk sees it in Settings: none at first, then how
// many sentences it holds and when it was last learnt, after `soan language learn` ran on the
// newsroom's archive into the same user-data folder.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { runSoan } from '../../electron/cli/runSoan';
import { openSoanSession, screenshot, type SoanSession } from './support/session';

let s: SoanSession;

beforeAll(async () => {
  s = await openSoanSession();
});

afterAll(async () => {
  await s?.close();
});

async function settingsLine(): Promise<string> {
  await s.page.getByTestId('settings-open').click();
  const line = s.page.getByTestId('settings-dialog').getByTestId('newsroom-model');
  await line.waitFor();
  return (await line.textContent()) ?? '';
}

describe("The newsroom's model in Settings", () => {
  test('shows none, then the sentences learnt and when', async () => {
    const { page } = s;
    await page.getByTestId('firstrun-name').fill('Trần Văn Biên');
    await page.getByTestId('firstrun-role').selectOption('editor');
    await page.getByTestId('firstrun-submit').click();
    expect(await settingsLine()).toMatch(/^Mô hình ngữ cảnh của toà soạn: chưa có/u);
    // The command to run is shown as code, whole, its placeholder's brackets and all.
    await expect.poll(() => page.getByTestId('newsroom-model').locator('code').textContent()).toBe('soan language learn <thư mục>');
    await page.getByTestId('newsroom-model').scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-newsroom-model-none');
    await page.keyboard.press('Escape');
    await page.getByTestId('settings-dialog').waitFor({ state: 'detached' });

    const archive = path.join(s.root, 'Lưu trữ');
    await mkdir(archive);
    await writeFile(path.join(archive, 'bai-1.txt'), 'Đội tuyển Việt Nam vào trận chung kết giải vô địch Đông Nam Á.\nTrận chung kết lượt về diễn ra tối nay trên sân Mỹ Đình.\n');
    const errors: string[] = [];
    const code = await runSoan(['language', 'learn', archive], { env: { SOAN_USER_DATA: s.userDataDir }, cwd: s.root, stdout: () => {}, stderr: (text) => void errors.push(text) });
    expect(code, errors.join('')).toBe(0);

    expect(await settingsLine()).toMatch(/^Mô hình ngữ cảnh của toà soạn: 2 câu, cập nhật \d{2}:\d{2} \d{1,2}\/\d{1,2}\/\d{4}/u);
    await page.getByTestId('newsroom-model').scrollIntoViewIfNeeded();
    await screenshot(page, 'settings-newsroom-model');
  });
});
