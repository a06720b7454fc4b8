import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { confusablesOf } from '../../../electron/services/language/confusionSets';
import { countText, emptyCounts, toNgramData } from '../../../electron/services/language/ngramCounts';
import { decodeNgramFile, encodeNgramFile } from '../../../electron/services/language/ngramFile';
import { createNgramModel } from '../../../electron/services/language/ngramModel';
import { likelierByModel } from '../../../electron/services/language/ngramRealWords';
import { addArchiveToModel } from '../../../electron/services/language/scripts/newsroomArchive';
import { createSpellingModel } from '../../../electron/services/language/spellingModel';
import { spellCheck } from '../../../electron/services/language/spellCheck';
import { spellingData, spellingModel } from './languageFixtures';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const shippedModel = path.join(root, 'resources/language/ngrams.vi.bin.gz');

function scratch(): string {
  return mkdtempSync(path.join(tmpdir(), 'soan-ngrams-'));
}

describe('the n-gram language model', () => {
  it('loads from the shipped file with its sources named', () => {
    const model = spellingModel.ngrams!;
    expect(model.tokens).toBeGreaterThan(300_000);
    expect(model.data.sources.join('\n')).toMatch(/libreoffice-help-vi.*MPL-2\.0/u);
    expect(model.bigram(model.idOf('dữ'), model.idOf('liệu'))).toBeGreaterThan(100);
    expect(model.logScore(model.idOf('dữ'), model.idOf('liệu'), 0)).toBeGreaterThan(model.logScore(model.idOf('giữ'), model.idOf('liệu'), 0));
  });

  it('finds a real word in the wrong place on its own, the right word first, and leaves the right one alone', () => {
    // Without the hand-written phrases: only the trained model can know this pair.
    const modelOnly = createSpellingModel({ ...spellingData, phrases: [] });
    const [finding] = spellCheck('Hệ thống giữ liệu dân cư đã được cập nhật.', { model: modelOnly }).filter((f) => f.rule === 'spelling-context');
    expect(finding?.text).toBe('giữ');
    expect(finding?.suggestions[0]).toBe('dữ');
    expect(finding?.message).toMatch(/^Có thể viết nhầm/u); // "likely", not certain
    expect(spellCheck('Hệ thống dữ liệu dân cư đã được cập nhật.', { model: modelOnly })).toEqual([]);
  });

  it('keeps a word the model has seen beside its neighbour, and one whose neighbours it does not know', () => {
    const model = spellingModel.ngrams!;
    expect(likelierByModel(model, 'giữ', { before: 'lưu', after: 'lại' }, confusablesOf('giữ'))).toEqual([]);
    expect(likelierByModel(model, 'nắm', { before: 'Pắc', after: 'Bó' }, confusablesOf('nắm'))).toEqual([]);
  });

  it('reads back what it wrote, and says so when a file is not a model', () => {
    const counts = emptyCounts();
    countText(counts, 'Bệnh nhân nằm viện. Bệnh nhân nằm viện điều trị.', spellingModel.lexicon);
    const data = toNgramData(counts, ['test'], 1);
    const again = decodeNgramFile(encodeNgramFile(data));
    expect(again).toEqual(data);
    const model = createNgramModel(again);
    expect(model.trigram(model.idOf('nhân'), model.idOf('nằm'), model.idOf('viện'))).toBe(2);
    expect(() => decodeNgramFile(Buffer.from('plain text'), 'ngrams.vi.bin.gz')).toThrow(/ngrams\.vi\.bin\.gz is not a Soạn language model/u);
  });
});

describe("a newsroom's archive added to the model", () => {
  function copyOfModel(dir: string): string {
    const file = path.join(dir, 'ngrams.vi.bin.gz');
    copyFileSync(shippedModel, file);
    return file;
  }

  it('refuses an empty folder, a missing one and a file, in words, and leaves the model as it was', async () => {
    const dir = scratch();
    const model = copyOfModel(dir);
    const before = readFileSync(model);
    mkdirSync(path.join(dir, 'empty'));
    await expect(addArchiveToModel(path.join(dir, 'empty'), model, spellingModel.lexicon)).rejects.toThrow(/is empty: nothing was added, and the model is unchanged/u);
    await expect(addArchiveToModel(path.join(dir, 'missing'), model, spellingModel.lexicon)).rejects.toThrow(/does not exist/u);
    await expect(addArchiveToModel(model, model, spellingModel.lexicon)).rejects.toThrow(/is a file, not a folder/u);
    expect(readFileSync(model).equals(before)).toBe(true);
  });

  it('skips files that are not articles, refuses a folder of nothing else, and leaves the model as it was', async () => {
    const dir = scratch();
    const model = copyOfModel(dir);
    const before = readFileSync(model);
    const archive = path.join(dir, 'archive');
    mkdirSync(archive);
    writeFileSync(path.join(archive, 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]));
    writeFileSync(path.join(archive, 'binary.txt'), Buffer.from([0x00, 0x01, 0x02, 0x00, 0x50, 0x4b]));
    writeFileSync(path.join(archive, 'english.txt'), 'This page is in English and has no Vietnamese in it at all.');
    await expect(addArchiveToModel(archive, model, spellingModel.lexicon)).rejects.toThrow(/No Vietnamese article text was found .* The model is unchanged/u);
    expect(readFileSync(model).equals(before)).toBe(true);
  });

  it("learns the paper's own word pairs: a real-word mistake the shipped model misses is found after", async () => {
    const dir = scratch();
    const model = copyOfModel(dir);
    const archive = path.join(dir, 'archive');
    mkdirSync(path.join(archive, '2024'), { recursive: true });
    const story = 'Bệnh nhân phải nằm viện điều trị thêm một tuần.\nAnh ấy nắm tay con trai đi qua đường.\n';
    writeFileSync(path.join(archive, '2024', 'bai-1.txt'), story.repeat(700));
    writeFileSync(path.join(archive, '2024', 'bai-2.html'), `<html><body><p>${'Người dân nằm viện chờ phẫu thuật. '.repeat(50)}</p></body></html>`);
    writeFileSync(path.join(archive, 'anh.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]));
    const sentence = { before: 'phải', after: 'viện', afterAfter: 'điều' };
    expect(likelierByModel(spellingModel.ngrams!, 'nắm', sentence, confusablesOf('nắm'))).toEqual([]);

    const report = await addArchiveToModel(archive, model, spellingModel.lexicon);
    expect(report.files).toBe(2);
    expect(report.skipped).toEqual([{ file: 'anh.png', reason: expect.stringMatching(/not an article file/u) }]);
    const extended = createNgramModel(decodeNgramFile(readFileSync(model)));
    expect(extended.tokens).toBe(spellingModel.ngrams!.tokens + report.syllables);
    expect(extended.data.sources.at(-1)).toMatch(/newsroom archive archive: 2 files/u);
    expect(likelierByModel(extended, 'nắm', sentence, confusablesOf('nắm'))[0]?.syllable).toBe('nằm');
  });

  it("reads a Soạn library's articles that an editor passed, and leaves drafts out", async () => {
    const dir = scratch();
    const model = copyOfModel(dir);
    const library = path.join(dir, 'Soan');
    const article = (slug: string, status: string, text: string) => {
      mkdirSync(path.join(library, slug), { recursive: true });
      writeFileSync(path.join(library, slug, 'article.json'), JSON.stringify({ format: 'soan-article', version: 1, id: slug, status, text }));
    };
    article('nam-vien-a1', 'exported', 'Bệnh nhân phải nằm viện điều trị thêm một tuần.');
    article('nam-vien-b2', 'draft', 'Bệnh nhân phải nắm viện điều trị thêm một tuần.');
    writeFileSync(path.join(library, 'library.json'), JSON.stringify({ projects: [] }));
    const report = await addArchiveToModel(library, model, spellingModel.lexicon);
    expect(report.files).toBe(1);
    expect(report.skipped).toEqual([
      { file: 'library.json', reason: expect.stringMatching(/not a Soạn article/u) },
      { file: path.join('nam-vien-b2', 'article.json'), reason: 'not approved by an editor yet (status draft)' },
    ]);
    const extended = createNgramModel(decodeNgramFile(readFileSync(model)));
    const shipped = spellingModel.ngrams!;
    const pair = (model: typeof shipped, left: string, right: string) => model.bigram(model.idOf(left), model.idOf(right));
    expect(pair(extended, 'nằm', 'viện')).toBe(pair(shipped, 'nằm', 'viện') + 1);
    expect(pair(extended, 'nắm', 'viện')).toBe(pair(shipped, 'nắm', 'viện')); // the draft's slip is not learnt
  });
});

describe('the n-gram model in the checks worker', () => {
  it('reaches the worker whole: a slip only the model knows is found there, the right word first', async () => {
    const { CheckWorkerPool } = await import('../../../electron/services/checks/checkWorkerPool');
    const { loadLanguageResources } = await import('../../../electron/services/language/loadLanguageResources');
    const pool = new CheckWorkerPool(() => loadLanguageResources(path.join(root, 'resources')));
    try {
      // From LibreOffice's own help (held out of the model): "tạo chiều ảnh" for "tạo chiếu ảnh".
      const text = 'Impress cho bạn có khả năng tạo chiều ảnh chuyên nghiệp.';
      const withoutModel = spellCheck(text, { model: createSpellingModel({ ...spellingData, ngrams: undefined }) });
      expect(withoutModel.filter((f) => f.rule === 'spelling-context')).toEqual([]);
      const findings = await pool.check({ parts: [{ kind: 'body', text }], dictionary: [], tonePlacement: 'either', locale: 'vi' });
      const found = findings.filter((f) => f.rule === 'spelling-context');
      expect(found.map((f) => [f.text, f.suggestions[0]])).toEqual([['chiều', 'chiếu']]);
    } finally {
      await pool.close();
    }
  });
});
