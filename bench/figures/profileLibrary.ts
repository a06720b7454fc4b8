// CPU profiles of the library screen over the big library: the cold start (page load → list
// painted) and typing a query into the filter, summarised like the typing profile.
import path from 'node:path';
import type { Browser, CDPSession } from 'playwright-core';
import { filterAndSearch, measureColdStart } from '../browser/libraryProbe';
import { SiteResolver, startCpuProfile, stopCpuProfile, summariseProfile, type ProfileSummary } from '../profile/cpuProfile';

export interface LibraryProfile {
  articles: number;
  coldStart: ProfileSummary;
  filter: ProfileSummary & { keys: number; query: string };
}

export async function profileLibrary(browser: Browser, url: string, rendererDir: string, repoRoot: string, articles: number, query: string, cadenceMs: number): Promise<LibraryProfile> {
  const assets = `${new URL(url).origin}/assets/`;
  const resolver = new SiteResolver((u) => (u.startsWith(assets) ? path.join(rendererDir, 'assets', path.basename(new URL(u).pathname)) : undefined), repoRoot);
  let cdp: CDPSession | undefined;
  const { page } = await measureColdStart(browser, url, async (fresh) => {
    cdp = await fresh.context().newCDPSession(fresh);
    await startCpuProfile(cdp);
  });
  try {
    const coldStart = summariseProfile(await stopCpuProfile(cdp!), resolver);
    await startCpuProfile(cdp!);
    const { keys } = await filterAndSearch(page, cdp!, query, cadenceMs);
    const filter = { keys: keys.length, query, ...summariseProfile(await stopCpuProfile(cdp!), resolver) };
    return { articles, coldStart, filter };
  } finally {
    await page.context().close();
  }
}
