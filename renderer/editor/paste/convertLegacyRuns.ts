// Sends the text runs of a paste that may be in a legacy Vietnamese encoding to
// language:convert. Runs set in the same font go in one request (joined by line breaks,
// which every legacy encoding leaves alone), so a long Word document is a few calls, not
// hundreds.
import type { ConvertedText } from '../../../electron/contract/types';
import { call } from '../../platform/soanClient';

export interface LegacyRun {
  text: string;
  /** The legacy font the run is set in, when the clipboard said so. */
  fontName?: string;
}

export interface RunConversion {
  /** The converted text of each run, in order; equal to the input where nothing changed. */
  texts: string[];
  changed: boolean;
  encoding: ConvertedText['encoding'];
}

async function convertOne(text: string, fontName?: string): Promise<ConvertedText> {
  return call('language:convert', fontName ? { text, fontName } : { text });
}

export async function convertLegacyRuns(runs: LegacyRun[]): Promise<RunConversion> {
  const texts = runs.map((run) => run.text);
  const groups = new Map<string, number[]>();
  runs.forEach((run, index) => {
    const key = run.fontName ?? '';
    groups.set(key, [...(groups.get(key) ?? []), index]);
  });
  let encoding: ConvertedText['encoding'] = 'unicode';
  let changed = false;
  await Promise.all(
    Array.from(groups, async ([fontName, indexes]) => {
      const joined = indexes.map((i) => runs[i].text).join('\n');
      const answer = await convertOne(joined, fontName || undefined);
      // 'unicode' + changed means only invisible junk went: the sanitizer does that anyway,
      // and it is no conversion to tell the user about.
      if (!answer.changed || answer.encoding === 'unicode') return;
      const pieces = answer.text.split('\n');
      if (pieces.length === indexes.length) {
        indexes.forEach((runIndex, i) => (texts[runIndex] = pieces[i]));
      } else {
        // A run held its own line breaks: convert them one by one instead.
        const single = await Promise.all(indexes.map((i) => convertOne(runs[i].text, fontName || undefined)));
        indexes.forEach((runIndex, i) => (texts[runIndex] = single[i].text));
      }
      changed = true;
      encoding = answer.encoding;
    }),
  );
  return { texts, changed, encoding };
}
