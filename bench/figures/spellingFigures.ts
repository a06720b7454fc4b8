// Spelling (issue 18): recall per kind of mistake, the right word first, false alarms on clean
// text (spellingAccuracy.ts), the time to check a 5,000-word article warm, and the spelling
// model's memory in a worker thread like the checks worker. Plain Node, no browser.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { spellingBenchArticle } from '../../electron/services/language/bench/generatedText';
import { measureHeldOut } from '../../electron/services/language/bench/heldOutScore';
import { measureSpellingAccuracy } from '../../electron/services/language/bench/spellingAccuracy';
import { loadLanguageResources, type LanguageResources } from '../../electron/services/language/loadLanguageResources';
import { spellCheck } from '../../electron/services/language/spellCheck';
import { createSpellingModel } from '../../electron/services/language/spellingModel';
import { plainFigure, type Figure } from '../benchResults';
import { largestNewsroomNgrams } from '../data/newsroomNgrams';

const CHECK_WORDS = 5000;

/** Wall and CPU time of each warm check (after two to warm up). */
function timeChecks(text: string, resources: LanguageResources, runs: number): { wall: number[]; cpu: number[] } {
  const options = { wordList: resources.wordList, model: resources.spelling, preferredTonePlacement: 'old' as const };
  spellCheck(text, options);
  spellCheck(text, options);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    const usage = process.cpuUsage();
    spellCheck(text, options);
    const spent = process.cpuUsage(usage);
    wall.push(performance.now() - started);
    cpu.push((spent.user + spent.system) / 1000);
  }
  return { wall, cpu };
}

/** Bytes the spelling model holds in a fresh worker thread (heap + typed arrays). */
async function modelMemory(resources: LanguageResources, text: string): Promise<number> {
  const source = fileURLToPath(new URL('./spellingMemoryWorker.ts', import.meta.url));
  const tsx = createRequire(import.meta.url).resolve('tsx/cjs/api');
  const worker = new Worker(`require(${JSON.stringify(tsx)}).register(); require(${JSON.stringify(source)});`, { eval: true });
  try {
    return await new Promise<number>((resolve, reject) => {
      let before = 0;
      worker.on('error', reject);
      worker.on('message', (message: { before?: number; after?: number }) => {
        if (message.before !== undefined) {
          before = message.before;
          worker.postMessage({ spellingData: resources.spellingData, text });
        } else resolve(message.after! - before);
      });
    });
  } finally {
    await worker.terminate();
  }
}

export async function measureSpellingFigures(repoRoot: string, runs: number, log: (line: string) => void): Promise<Figure[]> {
  log('spelling: accuracy on tests/fixtures/spelling-eval.vi.txt, a 5,000-word check, the model in a worker');
  const resources = await loadLanguageResources(path.join(repoRoot, 'resources'));
  const accuracy = measureSpellingAccuracy(repoRoot, spellCheck, resources);
  const { recall, recallNonWords, falseAlarms } = accuracy;
  const sample = readFileSync(path.join(repoRoot, 'tests/fixtures/baohatinh-tu-soi-tu-sua.txt'), 'utf8');
  const text = spellingBenchArticle(sample, CHECK_WORDS);
  const times = timeChecks(text, resources, Math.max(7, runs * 3));
  const memory = await modelMemory(resources, text);
  // With the largest newsroom model Soạn keeps (soan language learn) added to the bundled one.
  const newsroomData = { ...resources.spellingData, newsroomNgrams: largestNewsroomNgrams(resources.spellingData.ngrams!) };
  const withNewsroom = { ...resources, spellingData: newsroomData, spelling: createSpellingModel(newsroomData) };
  const newsroomEntries = newsroomData.newsroomNgrams.bigramKeys.length + newsroomData.newsroomNgrams.trigramKeys.length;
  const newsroomTimes = timeChecks(text, withNewsroom, Math.max(7, runs * 3));
  const newsroomMemory = await modelMemory(withNewsroom, text);
  const newsroomNote = `a newsroom model of ${newsroomEntries.toLocaleString('en-US')} bigrams and trigrams (the most soan language learn keeps, synthetic) scored with the bundled one`;
  const heldOut = measureHeldOut(repoRoot, spellCheck, resources);
  const heldOutSet = `${heldOut.words} words of public text held out of the n-gram model (tests/fixtures/spelling-heldout.vi.txt, software help)`;
  const set = `own set: ${accuracy.sentences} sentences, ${accuracy.recallAll.mistakes} mistakes (tests/fixtures/spelling-eval.vi.txt)`;
  const of = (r: { found: number; mistakes: number }) => `${r.found} of ${r.mistakes}`;
  const percent = (id: string, label: string, value: number, note: string) => plainFigure({ id, label, unit: '%', note }, [value]);
  return [
    percent('spelling.recall.nonWord', 'spelling, non-words found (hỏi/ngã, d/đ, slips, Telex/VNI, glued)', recallNonWords.percent, `${of(recallNonWords)}; ${set}`),
    percent('spelling.recall.hoiNgaDd', 'spelling, of which well-formed non-words (hỏi/ngã, d/đ, letter slips)', recall['non-word'].percent, of(recall['non-word'])),
    percent('spelling.recall.typingSlip', 'spelling, of which Telex/VNI/digit leftovers', recall['typing-slip'].percent, of(recall['typing-slip'])),
    percent('spelling.recall.glued', 'spelling, of which glued words', recall.glued.percent, of(recall.glued)),
    percent('spelling.recall.realWord', 'spelling, real words in the wrong place found', recall['real-word'].percent, `${of(recall['real-word'])}; the same author wrote the set and the phrase list: optimistic`),
    percent('spelling.rightFirst', 'spelling, right word first among suggestions (found mistakes)', accuracy.rightFirstPercentOfFound, `${set}`),
    plainFigure(
      { id: 'spelling.falseAlarms', label: 'spelling, false alarms on clean text', unit: 'per 1,000 words', note: `${falseAlarms.cleanWords} words: corrected sentences, reference article, the app's Vietnamese UI strings, the other tests' pasted and imported articles; ${falseAlarms.trapsFlagged} of ${falseAlarms.traps} correctly used confusables flagged; ${JSON.stringify([...falseAlarms.onCorrectedSentences, ...falseAlarms.onUiStrings, ...falseAlarms.onFixtures])}` },
      [falseAlarms.perThousandWords],
    ),
    plainFigure({ id: 'spelling.falseAlarms.referenceArticle', label: 'spelling, false alarms on the reference article', unit: 'findings', note: JSON.stringify(falseAlarms.onReferenceArticle) }, [falseAlarms.onReferenceArticle.length]),
    percent('spelling.heldOut.realWord', 'spelling, real-word slips put into held-out public text, found', heldOut.recallPercent, `${heldOut.found} of ${heldOut.slips}, ${heldOut.rightFirstPercentOfFound} % with the right word first; one slip a line (hỏi/ngã, d/đ, onsets, finals, hats); ${heldOutSet}`),
    plainFigure(
      { id: 'spelling.heldOut.falseAlarms', label: 'spelling, findings on the held-out text as it is (some are its own typos)', unit: 'per 1,000 words', note: `${JSON.stringify(heldOut.falseAlarms)}; ${heldOutSet}` },
      [heldOut.falseAlarmsPerThousandWords],
    ),
    plainFigure({ id: 'spelling.check.5000', label: 'spelling, check of a 5,000-word article, warm (wall)', unit: 'ms', note: 'spellCheck with lexicon, phrases and n-grams, in one thread' }, times.wall),
    plainFigure({ id: 'spelling.check.5000.cpu', label: 'spelling, the same check, CPU time (less moved by a shared machine)', unit: 'ms' }, times.cpu),
    plainFigure({ id: 'spelling.modelMemory', label: 'spelling, model memory in a worker thread', unit: 'MB', note: 'heap + typed arrays after building the model and one check, data let go' }, [memory / 1024 / 1024]),
    plainFigure({ id: 'spelling.check.5000.newsroom', label: "spelling, the same check with the largest newsroom model (wall)", unit: 'ms', note: newsroomNote }, newsroomTimes.wall),
    plainFigure({ id: 'spelling.check.5000.newsroom.cpu', label: 'spelling, the same check with the largest newsroom model, CPU time', unit: 'ms' }, newsroomTimes.cpu),
    plainFigure({ id: 'spelling.modelMemory.newsroom', label: 'spelling, model memory in a worker thread with the largest newsroom model', unit: 'MB', note: newsroomNote }, [newsroomMemory / 1024 / 1024]),
  ];
}
