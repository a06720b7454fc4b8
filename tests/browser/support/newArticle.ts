// The start most editor tests share: the first-run screen filled in, a new article, and its
// headline, sapo and first paragraph typed as a reporter would.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';

export async function writeNewArticle(page: Page, article: { author: string; headline: string; sapo: string; body: string }) {
  await page.getByTestId('firstrun-name').fill(article.author);
  await page.getByTestId('firstrun-role').selectOption('reporter');
  await page.getByTestId('firstrun-submit').click();
  await page.getByTestId('new-article').click();
  const editor = page.locator('[data-testid="editor"] .ProseMirror');
  await editor.waitFor();
  await editor.locator('h1').click();
  await page.keyboard.type(article.headline);
  await page.keyboard.press('Enter');
  await page.keyboard.type(article.sapo);
  await page.keyboard.press('Enter');
  await page.keyboard.type(article.body);
  return editor;
}

/** A plain one-colour PNG photo in `folder`, for inserting into an article. */
export async function writePhoto(folder: string, name: string, size: { width: number; height: number }, colour: string): Promise<string> {
  const file = path.join(folder, name);
  await writeFile(file, await sharp({ create: { ...size, channels: 3, background: colour } }).png().toBuffer());
  return file;
}
