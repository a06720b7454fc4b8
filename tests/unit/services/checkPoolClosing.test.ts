// A language check asked for just as Soạn closes (the window's last check in flight) must not
// start a checker after the pool is closed: that worker would never be stopped, and the
// process would not end.
import { describe, expect, it } from 'vitest';
import { CheckWorkerPool } from '../../../electron/services/checks/checkWorkerPool';
import { loadLanguageResources } from '../../../electron/services/language/loadLanguageResources';
import { defaultResourcesDir } from '../../../electron/services/export/exportResources';

const job = { dictionary: [], tonePlacement: 'either' as const, locale: 'vi' as const, parts: [{ kind: 'body' as const, text: 'Hà Tĩnh .' }] };

describe('the language checker while Soạn closes', () => {
  it('refuses a check that was still loading its word lists when the pool closed, and one asked for afterwards', async () => {
    let loaded!: () => void;
    const resourcesReady = new Promise<void>((resolve) => (loaded = resolve));
    const pool = new CheckWorkerPool(async () => {
      await resourcesReady;
      return loadLanguageResources(defaultResourcesDir());
    });
    const inFlight = pool.check(job);
    await pool.close();
    loaded();
    await expect(inFlight).rejects.toMatchObject({ code: 'library-unavailable', params: { reason: 'Soạn is closing' } });
    await expect(pool.check(job)).rejects.toMatchObject({ code: 'library-unavailable' });
    expect((pool as unknown as { worker?: unknown }).worker).toBeUndefined();
  });
});
