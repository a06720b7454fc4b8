// A newsroom model in the user-data folder that is damaged or made to harm: it unpacks to
// far more than any model, its header says its parts are not what they are, or its lengths
// ask for more memory than the file holds. `soan language` says in plain words that it is
// damaged, learning refuses to build on it (the file stays as it was), and the checks go on
// with the bundled model.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { runSoan } from '../../../electron/cli/runSoan';
import { newsroomModelFile } from '../../../electron/services/language/newsroomModel';
import { decodeNgramFile } from '../../../electron/services/language/ngramFile';
import { tempFolder } from '../services/support';

const REPO = path.resolve(import.meta.dirname, '../../..');
// A correct sentence: the check must run (with the bundled model) and find nothing.
const TEXT = 'Tít bài\n\nĐội tuyển Việt Nam thắng trận chung kết và giành cúp vô địch.\n';

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

/** A model file: magic, the JSON header's length, the header, then `arrays` bytes of counts. */
function modelWith(header: unknown, arrays = 0): Buffer {
  const json = Buffer.from(JSON.stringify(header), 'utf8');
  const head = Buffer.alloc(12);
  head.write('SOANNGR1', 0, 'latin1');
  head.writeUInt32LE(json.length, 8);
  const start = Math.ceil((12 + json.length) / 8) * 8;
  return gzipSync(Buffer.concat([head, json, Buffer.alloc(start - 12 - json.length + arrays)]));
}

let root: string;
let article: string;

beforeAll(async () => {
  root = await tempFolder('soan-hostile-model-');
  article = path.join(root, 'bai.txt');
  writeFileSync(article, TEXT);
  mkdirSync(path.join(root, 'archive'));
  writeFileSync(path.join(root, 'archive', 'a.txt'), `${'Người hâm mộ chờ trận chung kết tối nay. '.repeat(20)}\n`);
});

const hostile: Array<[string, Buffer]> = [
  ['a vocabulary that is not a list', modelWith({ sources: [], vocabulary: 'trận chung kết', bigrams: 0, trigrams: 0 })],
  ['syllables that are not text', modelWith({ sources: [], vocabulary: ['', 7, null], bigrams: 0, trigrams: 0 }, 12)],
  ['a negative count of trigrams', modelWith({ sources: [], vocabulary: [''], bigrams: 0, trigrams: -1 }, 4)],
  ['learnt articles that are not a list', modelWith({ sources: [], vocabulary: [''], bigrams: 0, trigrams: 0, learnt: { articles: 5, sentences: 1, updatedAt: 'x' } }, 4)],
  ['a header that is JSON null', modelWith(null)],
];

describe('a hostile newsroom model in the user-data folder', () => {
  it.each(hostile)('%s: shown as damaged in words, learning leaves it be, the checks go on', async (_what, bytes) => {
    const userData = path.join(root, `u-${Math.random().toString(36).slice(2)}`);
    const file = newsroomModelFile(userData);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, bytes);

    const shown = await soan(userData, 'language', 'show');
    expect(shown.code).toBe(1);
    expect(shown.stderr).toMatch(/The newsroom's language model .* is damaged/u);
    expect(shown.stderr).not.toMatch(/internal error|TypeError|undefined/u);

    const learn = await soan(userData, 'language', 'learn', path.join(root, 'archive'));
    expect(learn.code).toBe(1);
    expect(learn.stderr).toMatch(/is damaged .*Nothing was learnt/u);
    expect(readFileSync(file).equals(bytes)).toBe(true);

    const check = await soan(userData, 'check', article, '--json');
    expect(check.code, check.stderr).toBe(0);
    expect(JSON.parse(check.stdout)).toEqual([]);
  }, 60_000);

  it('a model that unpacks to more than any model could is refused before it is all in memory', () => {
    // 300 MB of zeros after a valid start gzip to a few hundred KB: a small file, a large unpacking.
    const head = Buffer.alloc(16);
    head.write('SOANNGR1', 0, 'latin1');
    head.writeUInt32LE(2, 8);
    head.write('{}', 12);
    const bomb = gzipSync(Buffer.concat([head, Buffer.alloc(300 * 1024 * 1024)]), { level: 1 });
    expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
    expect(() => decodeNgramFile(bomb, 'it')).toThrow(/it unpacks to more than \d+ MB, more than any Soạn language model/u);
  }, 60_000);

  it('lengths that ask for more than the file holds are refused without setting that memory aside', () => {
    // 2^27 trigrams: a 1 GB array of keys, from a file of a few bytes.
    const header = { sources: [], vocabulary: [''], bigrams: 0, trigrams: 2 ** 27 };
    const file = modelWith(header, 4);
    const before = process.memoryUsage().arrayBuffers;
    expect(() => decodeNgramFile(file, 'it')).toThrow(/it is cut short/u);
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(100 * 1024 * 1024);
  });
});
