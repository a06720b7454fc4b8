// What can still be read in a damaged settings.json: the library folder and the language. They
// are only offered on the first-run screen, for the user to confirm — so that losing settings
// does not look like losing the library (a new, empty one at the default place).
import path from 'node:path';
import type { Language } from '../../contract/types';
import { readSetAsideText } from '../fs/quarantine';

export interface SalvagedSettings {
  libraryPath?: string;
  language?: Language;
}

export async function salvageSettings(damagedCopy: string): Promise<SalvagedSettings> {
  const text = await readSetAsideText(damagedCopy);
  if (text === undefined) return {};
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
