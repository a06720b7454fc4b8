// What can still be read in a damaged settings.json: the library folder and the language. They
// are only offered on the first-run screen, for the user to confirm — so that losing settings
// does not look like losing the library (a new, empty one at the default place).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Language } from '../../contract/types';

export interface SalvagedSettings {
  libraryPath?: string;
  language?: Language;
}

export async function salvageSettings(damagedCopy: string): Promise<SalvagedSettings> {
  let text: string;
  try {
    if (!(await fs.lstat(damagedCopy)).isFile()) return {};
    text = new TextDecoder('utf-8').decode(await fs.readFile(damagedCopy));
  } catch {
    return {};
  }
  const salvaged: SalvagedSettings = {};
  const language = /"language"\s*:\s*"(vi|en)"/.exec(text)?.[1];
  if (language === 'vi' || language === 'en') salvaged.language = language;
  const quoted = /"libraryPath"\s*:\s*("(?:[^"\\\u0000-\u001f]|\\.)*")/.exec(text)?.[1];
  try {
    const libraryPath = quoted ? (JSON.parse(quoted) as string).normalize('NFC') : '';
    if (libraryPath && path.isAbsolute(libraryPath)) salvaged.libraryPath = path.resolve(libraryPath);
  } catch {
    // not a whole string: nothing to offer
  }
  return salvaged;
}
