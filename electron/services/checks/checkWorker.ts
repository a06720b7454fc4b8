// The language-check worker thread: receives the rules and word list once, then check jobs
// and legacy-encoding conversions; answers each with its result or an error message.
// Spelling a 5,000-word article, or decoding a long pasted document under every candidate
// encoding, takes long enough that it must never run on the main process's event loop
// (saving lives there).
import { parentPort } from 'node:worker_threads';
import type { HouseStyleRules } from '../language/houseStyle/houseStyleRules';
import { createSpellingModel, type SpellingData, type SpellingModel } from '../language/spellingModel';
import { createWordList, type WordList } from '../language/wordList';
import { prepareIncomingText } from '../language/prepareIncomingText';
import type { ConvertedText } from '../../contract/types';
import { runCheckJob, type CheckJob } from './languageCheckJob';

export type WorkerRequest =
  | { type: 'init'; rules: HouseStyleRules; wordListEntries: string[]; spellingData: SpellingData }
  | { type: 'check'; jobId: number; job: CheckJob }
  | { type: 'convert'; jobId: number; text: string; fontName?: string };

export type WorkerAnswer =
  | { jobId: number; findings: ReturnType<typeof runCheckJob> }
  | { jobId: number; converted: ConvertedText }
  | { jobId: number; error: string };

function convert(text: string, fontName?: string): ConvertedText {
  const prepared = prepareIncomingText(text, { fontName });
  return { text: prepared.text, encoding: prepared.encoding, changed: prepared.text !== text };
}

let resources: { rules: HouseStyleRules; wordList: WordList; spelling: SpellingModel } | undefined;

parentPort?.on('message', (message: WorkerRequest) => {
  if (message.type === 'init') {
    resources = {
      rules: message.rules,
      wordList: createWordList(message.wordListEntries),
      spelling: createSpellingModel(message.spellingData),
    };
    return;
  }
  let answer: WorkerAnswer;
  try {
    if (message.type === 'convert') {
      answer = { jobId: message.jobId, converted: convert(message.text, message.fontName) };
    } else {
      if (!resources) throw new Error('the checker has no rules yet');
      answer = { jobId: message.jobId, findings: runCheckJob(resources, message.job) };
    }
  } catch (error) {
    answer = { jobId: message.jobId, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(answer);
});
