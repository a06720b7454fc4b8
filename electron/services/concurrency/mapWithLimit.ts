// Runs an async step over a list with at most `limit` steps at a time, answers in the list's
// order. Export makes each photo's renditions this way: sharp decodes one JPEG mostly on one
// core, so one photo at a time left the other cores idle (issue 13).
import { availableParallelism } from 'node:os';

/** Photos decoded at once: the machine's cores, at most four (each 4000×3000 photo holds ~36 MB while decoded). */
export const PHOTO_CONCURRENCY = Math.max(1, Math.min(4, availableParallelism()));

/**
 * Every step's answer, in order. When steps fail, the first failure in list order is thrown
 * (the one a step-by-step loop would have met first), after the steps already started end.
 */
export async function mapWithLimit<T, R>(items: readonly T[], limit: number, step: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<PromiseSettledResult<R>>(items.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (next < items.length && !failed) {
      const index = next++;
      try {
        results[index] = { status: 'fulfilled', value: await step(items[index]!) };
      } catch (reason) {
        results[index] = { status: 'rejected', reason };
        failed = true; // start nothing new; what runs ends, and the first failure in order wins
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  for (const result of results) if (result?.status === 'rejected') throw result.reason;
  return results.map((result) => (result as PromiseFulfilledResult<R>).value);
}
