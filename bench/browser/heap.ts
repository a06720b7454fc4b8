// The renderer's JavaScript heap after a full garbage collection (CDP), in bytes.
import type { CDPSession } from 'playwright-core';

export async function jsHeapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage'); // a second pass frees what the first unlinked
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}
