// Launches the system's Chromium for browser tests and screenshots. The Electron binary
// can't be fetched on build machines; Debian's Chromium can, so the renderer is tested there.
import fs from 'node:fs';
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromiumExecutablePath(): string {
  return process.env.SOAN_CHROMIUM ?? '/usr/bin/chromium';
}

/** Headless Chromium; options are merged over the defaults (args are added, not replaced). */
export async function launchChromium(options: LaunchOptions = {}): Promise<Browser> {
  const executablePath = chromiumExecutablePath();
  if (!fs.existsSync(executablePath)) {
    throw new Error(
      `Chromium was not found at ${executablePath}. Install it with ` +
        '`sudo apt-get install -y chromium` (Debian/Ubuntu; `npm test` does this for you), ' +
        'or set SOAN_CHROMIUM to the path of a Chromium or Chrome binary.',
    );
  }
  return chromium.launch({
    headless: true,
    ...options,
    executablePath,
    args: [...CHROMIUM_ARGS, ...(options.args ?? [])],
  });
}
