// Runs one parser call and sorts the outcome: a value, a clear coded error, or a failure
// (an unexplained exception, or a call slower than its budget). Async calls are raced against
// the budget; a synchronous call cannot be interrupted, so its time is measured instead and
// an endless loop shows up as the test's own timeout.
import { SoanError } from '../../../../electron/contract/errors';
import { ImportError } from '../../../../electron/services/import/importError';

export type Outcome<T> = { kind: 'value'; value: T } | { kind: 'coded'; code: string };

export const CALL_BUDGET_MS = 3000;

export async function boundedCall<T>(what: string, call: () => T | Promise<T>, budgetMs = CALL_BUDGET_MS): Promise<Outcome<T>> {
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what} took more than ${budgetMs} ms`)), budgetMs);
    });
    const value = await Promise.race([Promise.resolve().then(call), timeout]);
    const elapsed = performance.now() - started;
    if (elapsed > budgetMs) throw new Error(`${what} took ${Math.round(elapsed)} ms (budget ${budgetMs} ms)`);
    return { kind: 'value', value };
  } catch (error) {
    if (error instanceof ImportError || error instanceof SoanError) return { kind: 'coded', code: error.code };
    throw new Error(`${what}: unexplained ${error instanceof Error ? `${error.name}: ${error.message}` : String(error)}`);
  } finally {
    clearTimeout(timer);
  }
}
