// One Soạn session for a browser test: a fresh temporary library and user-data folder, the
// real services behind the browser harness, and a Chromium page on the unchanged renderer.
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { startHarness } from '../../harness/harnessServer';
import { launchChromium } from '../../harness/chromium';

export const screenshotDir = path.resolve('tests/output/screenshots');

export interface SoanSession {
  root: string;
  libraryPath: string;
  userDataDir: string;
  browser: Browser;
  page: Page;
  url: string;
  /** Every uncaught page error, so a test can assert the renderer never threw. */
  pageErrors: string[];
  restartServer(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Another person on the same library: pass their own user-data folder and the shared
 * library path; those folders then outlive the session (the caller removes them).
 */
export interface SessionPlaces {
  libraryPath: string;
  userDataDir: string;
}

export async function openSoanSession(places?: SessionPlaces): Promise<SoanSession> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'soan-browser-'));
  const libraryPath = places?.libraryPath ?? path.join(root, 'Thư viện Soạn');
  const userDataDir = places?.userDataDir ?? path.join(root, 'user-data');
  await mkdir(userDataDir, { recursive: true });
  await mkdir(screenshotDir, { recursive: true });

  let harness = await startHarness({ userDataDir, defaultLibraryPath: libraryPath });
  const browser = await launchChromium();
  const context = await browser.newContext({ viewport: { width: 1360, height: 900 }, locale: 'vi-VN' });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  await page.goto(harness.url);

  const session: SoanSession = {
    root,
    libraryPath,
    userDataDir,
    browser,
    page,
    url: harness.url,
    pageErrors,
    async restartServer() {
      await harness.close();
      harness = await startHarness({ userDataDir, defaultLibraryPath: libraryPath });
      session.url = harness.url;
    },
    async close() {
      await browser.close();
      await harness.close();
      await rm(root, { recursive: true, force: true });
    },
  };
  return session;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`) });
}
