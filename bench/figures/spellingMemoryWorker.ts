// Runs in a worker thread like the checks worker (checkWorker.ts): measures its own heap
// before the spelling data arrives, then after building the model from it and checking one
// article (so the caches are filled), with the data itself let go. Heap and external memory
// (the n-gram arrays) of this thread only.
import { parentPort } from 'node:worker_threads';
import v8 from 'node:v8';
import vm from 'node:vm';
import { createSpellingModel, type SpellingData, type SpellingModel } from '../../electron/services/language/spellingModel';
import { spellCheck } from '../../electron/services/language/spellCheck';

v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;
const used = () => {
  collect();
  collect();
  const memory = process.memoryUsage();
  return memory.heapUsed + memory.external;
};

let kept: SpellingModel | undefined;
parentPort!.postMessage({ before: used() });
parentPort!.once('message', (message: { spellingData: SpellingData; text: string }) => {
  kept = createSpellingModel(message.spellingData);
  spellCheck(message.text, { model: kept });
  (message as { spellingData?: SpellingData }).spellingData = undefined;
  setImmediate(() => parentPort!.postMessage({ after: used(), keptSyllables: kept!.lexicon.entries.length }));
});
