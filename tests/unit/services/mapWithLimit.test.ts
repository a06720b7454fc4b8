// Export's photos made several at a time: answers in order, never more at once than the limit,
// and a failure is the one a step-by-step loop would have met first.
import { describe, expect, it } from 'vitest';
import { mapWithLimit } from '../../../electron/services/concurrency/mapWithLimit';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('mapWithLimit', () => {
  it('answers in the list’s order with at most `limit` steps running', async () => {
    let running = 0;
    let most = 0;
    const answers = await mapWithLimit([30, 5, 20, 1, 10, 2], 2, async (ms) => {
      most = Math.max(most, ++running);
      await pause(ms);
      running--;
      return ms * 10;
    });
    expect(answers).toEqual([300, 50, 200, 10, 100, 20]);
    expect(most).toBe(2);
  });

  it('throws the first failure in list order, and starts nothing after a failure', async () => {
    const started: number[] = [];
    const run = mapWithLimit([1, 2, 3, 4, 5], 2, async (n) => {
      started.push(n);
      await pause(n === 1 ? 20 : 1);
      if (n === 1 || n === 2) throw new Error(`photo ${n} unreadable`);
      return n;
    });
    await expect(run).rejects.toThrow('photo 1 unreadable');
    expect(started).toEqual([1, 2]);
  });

  it('handles an empty list', async () => {
    expect(await mapWithLimit([], 4, async () => 1)).toEqual([]);
  });
});
