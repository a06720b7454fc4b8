// The language-check worker thread: receives the rules and word list once, then check jobs;
// answers each with findings or an error message. Spelling a 5,000-word article takes long
// enough that it must never run on the main process's event loop (saving lives there).
import { parentPort } from 'node:worker_threads';
import type { HouseStyleRules } from '../language/houseStyle/houseStyleRules';
import { createWordList, type WordList } from '../language/wordList';
import { runCheckJob, type CheckJob } from './languageCheckJob';

export type WorkerRequest =
  | { type: 'init'; rules: HouseStyleRules; wordListEntries: string[] }
  | { type: 'check'; jobId: number; job: CheckJob };

export type WorkerAnswer = { jobId: number; findings: ReturnType<typeof runCheckJob> } | { jobId: number; error: string };

let resources: { rules: HouseStyleRules; wordList: WordList } | undefined;

parentPort?.on('message', (message: WorkerRequest) => {
  if (message.type === 'init') {
    resources = { rules: message.rules, wordList: createWordList(message.wordListEntries) };
    return;
  }
  let answer: WorkerAnswer;
  try {
    if (!resources) throw new Error('the checker has no rules yet');
    answer = { jobId: message.jobId, findings: runCheckJob(resources, message.job) };
  } catch (error) {
    answer = { jobId: message.jobId, error: error instanceof Error ? error.message : String(error) };
  }
  parentPort!.postMessage(answer);
});
