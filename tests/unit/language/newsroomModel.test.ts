// The newsroom's own language model, as a desk would use it in an installed app: learnt with
// `soan language learn <archive>` into the user-data folder (never into resources/), picked up
// by the app's checks worker (through the backend, as the editor asks for checks) and by
// `soan check`, gone again after `soan language forget`; bad input leaves the model untouched.
import { mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSoan } from '../../../electron/cli/runSoan';
import { createBackend, type Backend } from '../../../electron/services/backend';
import { combineNgramModels } from '../../../electron/services/language/combinedNgramModel';
import { countsFromData, countText, emptyCounts, toNgramData } from '../../../electron/services/language/ngramCounts';
import { createNgramModel } from '../../../electron/services/language/ngramModel';
import { newsroomModelFile } from '../../../electron/services/language/newsroomModel';
import { withinBudget } from '../../../electron/services/language/newsroomModelLearning';
import type { LanguageFinding } from '../../../electron/contract/types';
import { tempFolder } from '../services/support';
import { spellingModel } from './languageFixtures';

const REPO = path.resolve(import.meta.dirname, '../../..');
// "trận trung kết" for "trận chung kết" (ch/tr): neither the phrases nor the bundled model,
// trained on software help, know a final; a sports desk's archive does (and, with its
// "tập trung" and "miền Trung", knows "trung" well enough for its absence there to mean something).
const SLIP = 'Đội tuyển Việt Nam thắng trận trung kết và giành cúp vô địch.';
const ARCHIVE_STORY = [
  'Đội tuyển Việt Nam vào trận chung kết giải vô địch Đông Nam Á.',
  'Trận chung kết lượt về diễn ra tối nay trên sân Mỹ Đình.',
  'Kết quả trận gặp Trung Quốc giúp đội tuyển tập trung cho trận chung kết.',
  'Người hâm mộ miền Trung đón đội tuyển tại trung tâm thành phố.',
].join('\n');

async function soan(userDataDir: string, ...args: string[]) {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runSoan(args, {
    env: { SOAN_USER: 'Bàn biên tập', SOAN_USER_DATA: userDataDir },
    cwd: REPO,
    stdout: (text) => void stdout.push(text),
    stderr: (text) => void stderr.push(text),
  });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

function contextFindings(findings: LanguageFinding[]) {
  return findings.filter((f) => f.rule === 'spelling-context').map((f) => [f.text, f.suggestions[0]]);
}

let root: string;
let userDataDir: string;
let archive: string;
let backend: Backend;

async function checkInWorker(text: string) {
  const result = await backend.dispatch('language:check', { parts: [{ kind: 'body', text }] });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return contextFindings(result.value as LanguageFinding[]);
}

beforeAll(async () => {
  root = await tempFolder('soan-newsroom-model-');
  userDataDir = path.join(root, 'user-data');
  archive = path.join(root, 'Lưu trữ');
  mkdirSync(path.join(archive, '2024'), { recursive: true });
  writeFileSync(path.join(archive, '2024', 'bong-da-1.txt'), `${ARCHIVE_STORY}\n`.repeat(40));
  writeFileSync(path.join(archive, '2024', 'bong-da-2.html'), `<html><body><p>${'Người hâm mộ chờ trận chung kết. '.repeat(30)}</p></body></html>`);
  writeFileSync(path.join(archive, 'logo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
  backend = createBackend({ userDataDir, defaultLibraryPath: path.join(root, 'Soan'), resourcesDir: path.join(REPO, 'resources') });
});

afterAll(async () => {
  await backend?.close();
});

describe("the newsroom's own model, learnt from its archive", () => {
  it('is found by the checks worker once learnt, the right word first, and is gone once forgotten', async () => {
    expect(await checkInWorker(SLIP)).toEqual([]); // the worker starts without a newsroom model

    const learnt = await soan(userDataDir, 'language', 'learn', archive);
    expect(learnt.code, learnt.stderr).toBe(0);
    expect(learnt.stdout).toMatch(/skipped logo\.png: not an article file/u);
    expect(learnt.stdout).toMatch(/learnt 2 articles \(\d+ sentences, [\d,]+ syllables\)/u);
    expect(statSync(newsroomModelFile(userDataDir)).isFile()).toBe(true);

    // The same worker pool, told the model changed, starts again with it.
    expect(await checkInWorker(SLIP)).toEqual([['trung', 'chung']]);
    expect(await checkInWorker(SLIP.replace('trung kết', 'chung kết'))).toEqual([]);

    // soan check reads the same model: the command line and the editor agree.
    const file = path.join(root, 'bai.txt');
    writeFileSync(file, `Tít bài\n\n${SLIP}\n`);
    const checked = await soan(userDataDir, 'check', file, '--json');
    expect(checked.code, checked.stderr).toBe(0);
    expect((JSON.parse(checked.stdout) as LanguageFinding[]).filter((f) => f.rule === 'spelling-context').map((f) => [f.text, f.suggestions[0]])).toEqual([['trung', 'chung']]);

    const shown = await soan(userDataDir, 'language', 'show');
    expect(shown.stdout).toMatch(/newsroom model: 2 articles, \d+ sentences/u);

    const forgot = await soan(userDataDir, 'language', 'forget');
    expect(forgot.code, forgot.stderr).toBe(0);
    expect(forgot.stdout).toMatch(/forgot the newsroom's model/u);
    await expect(fs.stat(newsroomModelFile(userDataDir))).rejects.toThrow();
    expect(await checkInWorker(SLIP)).toEqual([]);
    expect((await soan(userDataDir, 'language', 'forget')).stdout).toMatch(/there is no newsroom model to forget/u);
  });

  it('refuses bad input in plain words and leaves the model as it was', async () => {
    const own = path.join(root, 'refusals');
    expect((await soan(own, 'language', 'learn', archive)).code).toBe(0);
    const model = newsroomModelFile(own);
    const before = readFileSync(model);
    mkdirSync(path.join(root, 'trống'));
    mkdirSync(path.join(root, 'english'));
    writeFileSync(path.join(root, 'english', 'page.txt'), 'This page is in English and has no Vietnamese in it at all.');
    const cases: Array<[string, RegExp]> = [
      [path.join(root, 'trống'), /is empty: nothing was added, and the model is unchanged/u],
      [path.join(root, 'không có'), /does not exist/u],
      [path.join(root, 'bai.txt'), /is a file, not a folder/u],
      [path.join(root, 'english'), /No Vietnamese article text was found .* The model is unchanged/u],
    ];
    writeFileSync(path.join(root, 'bai.txt'), SLIP);
    for (const [folder, message] of cases) {
      const run = await soan(own, 'language', 'learn', folder);
      expect(run.code, folder).toBe(1);
      expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(run.stderr).toMatch(message);
      expect(run.stderr).not.toMatch(/internal error/u);
    }
    expect((await soan(own, 'language', 'learn')).stderr).toMatch(/<folder of articles> is missing/u);
    expect((await soan(own, 'language', 'teach', archive)).code).toBe(2);
    expect(readFileSync(model).equals(before)).toBe(true);

    // A damaged model is not overwritten by learning; the checks go on with the bundled model.
    writeFileSync(model, 'not a model');
    const damaged = await soan(own, 'language', 'learn', archive);
    expect(damaged.code).toBe(1);
    expect(damaged.stderr).toMatch(/is damaged .*Nothing was learnt; remove it with “soan language forget”/u);
    expect(readFileSync(model, 'utf8')).toBe('not a model');
    expect((await soan(own, 'language', 'show')).stderr).toMatch(/is damaged/u);
    const check = await soan(own, 'check', path.join(root, 'bai.txt'), '--json');
    expect(check.code, check.stderr).toBe(0);
  });

  it('learns a growing archive again without counting an article twice', async () => {
    const own = path.join(root, 'growing');
    const folder = path.join(root, 'growing-archive');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'a.txt'), ARCHIVE_STORY);
    expect((await soan(own, 'language', 'learn', folder)).stdout).toMatch(/learnt 1 article /u);
    const first = readFileSync(newsroomModelFile(own));
    const again = await soan(own, 'language', 'learn', folder);
    expect(again.stdout).toMatch(/Nothing new in .*1 article was learnt before and left out\. The newsroom's model is unchanged\./u);
    expect(readFileSync(newsroomModelFile(own)).equals(first)).toBe(true);
    writeFileSync(path.join(folder, 'b.txt'), 'Người hâm mộ chờ trận chung kết.');
    expect((await soan(own, 'language', 'learn', folder)).stdout).toMatch(/learnt 1 article .*1 article was learnt before/u);
    expect((await soan(own, 'language', 'show')).stdout).toMatch(/newsroom model: 2 articles, 5 sentences/u);
  });
});

describe('the bundled and the newsroom model scored together', () => {
  it('scores exactly as one model with their counts added up, syllables only the newsroom knows included', () => {
    const bundled = spellingModel.ngrams!;
    const counts = emptyCounts();
    const newsroomText = 'Trận chung kết lượt về diễn ra tối nay. Đội khách giành ngôi vô địch. Cầu thủ Quế Ngọc Hải ghi bàn.';
    for (let i = 0; i < 3; i++) countText(counts, newsroomText, spellingModel.lexicon);
    const newsroom = createNgramModel(toNgramData(counts, ['newsroom'], 1));
    const combined = combineNgramModels(bundled, newsroom);
    const merged = countsFromData(bundled.data);
    for (let i = 0; i < 3; i++) countText(merged, newsroomText, spellingModel.lexicon);
    const single = createNgramModel(toNgramData(merged, ['both'], 1));
    expect(combined.tokens).toBe(single.tokens);
    const words = ['trận', 'chung', 'kết', 'trung', 'lượt', 'về', 'quế', 'ngọc', 'hải', 'dữ', 'liệu', 'không'];
    for (const a of ['', ...words]) {
      for (const b of words) {
        for (const c of ['', ...words]) {
          const ids = (model: typeof single) => [model.idOf(a), model.idOf(b), model.idOf(c)] as const;
          expect(combined.trigram(...ids(combined))).toBe(single.trigram(...ids(single)));
          expect(combined.logScore(...ids(combined))).toBeCloseTo(single.logScore(...ids(single)), 9);
        }
      }
    }
  });
});

describe("a newsroom model's size", () => {
  it('keeps the commonest trigrams when there are too many entries, and every bigram', () => {
    const counts = emptyCounts();
    countText(counts, 'Trận chung kết diễn ra tối nay. '.repeat(5), spellingModel.lexicon);
    countText(counts, 'Người hâm mộ miền Trung đón đội tuyển tại trung tâm thành phố.', spellingModel.lexicon);
    const whole = withinBudget(counts, ['test']);
    const bigrams = whole.bigramKeys.length;
    const kept = withinBudget(counts, ['test'], bigrams + 7); // room for the first phrase's 7 trigrams (seen five times each)
    expect(kept.bigramKeys.length).toBe(bigrams);
    expect(kept.trigramKeys.length).toBe(7);
    const model = createNgramModel(kept);
    const id = (s: string) => model.idOf(s);
    expect(model.trigram(id('chung'), id('kết'), id('diễn'))).toBe(5); // seen five times: kept
    expect(model.trigram(id('miền'), id('trung'), id('đón'))).toBe(0); // seen once: left out
    expect(whole.trigramKeys.length).toBeGreaterThan(kept.trigramKeys.length);
  });
});
