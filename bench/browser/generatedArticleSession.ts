// For the profiling tools (heap snapshot, typing trace, open profile): one generated article in
// a scratch library, Soạn's services and renderer serving it, and Chromium — all gone afterwards.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import type { Harness } from '../../tests/harness/harnessServer';
import { launchChromium } from '../../tests/harness/chromium';
import { buildEditorLibrary, figurePhotos, type EditorArticle } from '../data/editorArticles';
import { REPO_ROOT } from '../runBench';
import { startSoan } from './soanApp';

export interface GeneratedArticleSession {
  article: EditorArticle;
  harness: Harness;
  browser: Browser;
}

export async function withGeneratedArticle<T>(
  name: string,
  size: { words: number; figures: number },
  use: (session: GeneratedArticleSession) => Promise<T>,
): Promise<T> {
  const root = await mkdtemp(path.join(os.tmpdir(), `soan-${name}-`));
  try {
    const libraryPath = path.join(root, 'library');
    const [article] = await buildEditorLibrary(libraryPath, [size.words], await figurePhotos(size.figures));
    const harness = await startSoan(libraryPath, path.join(root, 'user-data'), path.join(REPO_ROOT, 'dist', 'renderer'));
    try {
      const browser = await launchChromium();
      try {
        return await use({ article: article!, harness, browser });
      } finally {
        await browser.close();
      }
    } finally {
      await harness.close();
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
