// A lowdb adapter whose writes are atomic and durable (with `.bak`), and whose reads never
// trust a damaged file: it is quarantined, the backup is tried, else lowdb's defaults apply.
import type { Adapter } from 'lowdb';
import type { z } from 'zod';
import type { Params, Problem } from '../../contract/errors';
import { writeFileAtomic } from './atomicWrite';
import { decodeText, readWithBackup } from './recoveringRead';
import type { Clock } from '../serviceContext';

export interface DurableJsonOptions<T> {
  file: string;
  schema: z.ZodType<T>;
  /** How the file is named to the user (e.g. relative to the library). */
  describe?: (file: string) => string;
  /** The article this file belongs to, if any, for the problem message. */
  article?: string;
  onProblem?: (problem: Problem) => void;
  /** Dates the name a damaged file is moved aside under. */
  clock: Clock;
}

export function parseJsonWith<T>(schema: z.ZodType<T>): (bytes: Buffer) => T {
  return (bytes) => {
    const text = decodeText(bytes).replace(/^\uFEFF/, '');
    if (text.trim() === '') throw new Error('empty file');
    return schema.parse(JSON.parse(text));
  };
}

export function formatJson(value: unknown): string {
  return `${JSON.stringify(value, null, 2).normalize('NFC')}\n`;
}

export class DurableJsonAdapter<T> implements Adapter<T> {
  constructor(private readonly options: DurableJsonOptions<T>) {}

  async read(): Promise<T | null> {
    const { file, schema, onProblem, article } = this.options;
    const describe = this.options.describe ?? ((f: string) => f);
    const outcome = await readWithBackup(file, parseJsonWith(schema), this.options.clock);
    const about: Params = article === undefined ? {} : { article };
    switch (outcome.status) {
      case 'ok':
        return outcome.value;
      case 'missing':
        return null;
      case 'recovered':
        onProblem?.({
          code: 'file-recovered',
          params: {
            ...about,
            file: describe(file),
            movedTo: describe(outcome.movedTo),
            source: describe(outcome.source),
          },
        });
        return outcome.value;
      case 'damaged':
        onProblem?.({
          code: 'file-damaged-moved',
          params: { ...about, file: describe(file), movedTo: describe(outcome.movedTo) },
        });
        return null;
    }
  }

  async write(data: T): Promise<void> {
    await writeFileAtomic(this.options.file, formatJson(data), { keepBackup: true });
  }
}
