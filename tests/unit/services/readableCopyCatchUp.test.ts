// A save writes article.ydoc, then article.json, then the index and search. Killed between the
// first two, the library list and search keep showing the save before — until the article is
// opened. Starting the library finds such articles by their files' times (article.ydoc newer
// than article.json) and writes article.json again from article.ydoc, as opening does: the
// list and search catch up without anyone opening anything. A damaged article.ydoc is left as
// it is, and the user is told in plain words; an up-to-date library is not written to.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { runSoan } from '../../../electron/cli/runSoan';
import { ArticleStore } from '../../../electron/services/article/articleStore';
import { KeyedSerialQueue } from '../../../electron/services/concurrency/keyedSerialQueue';
import { LOCK_FILE } from '../../../electron/services/library/libraryLock';
import { defaultServiceContext } from '../../../electron/services/serviceContext';
import { EditorDoc, filesIn, projectFolderOf, setUpBackend, tempFolder } from './support';

const LAST_TYPED = 'Phường Thạch Linh khánh thành nhà văn hóa.';

/** `soan search <query> --library <dir> --json`, in this process, as a desk script runs it. */
async function soanSearch(libraryPath: string, query: string): Promise<Array<{ id: string; headline: string }>> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runSoan(['search', query, '--library', libraryPath, '--json'], {
    env: { SOAN_USER: 'Bàn biên tập', SOAN_USER_DATA: await tempFolder('soan-cli-user-') },
    cwd: libraryPath,
    stdout: (text) => void out.push(text),
    stderr: (text) => void err.push(text),
  });
  expect(code, err.join('')).toBe(0);
  return JSON.parse(out.join('') || '[]');
}

/** Bytes and times of the given files, to put back as a crash would have left them. */
async function keep(files: string[]): Promise<() => Promise<void>> {
  const kept = await Promise.all(files.map(async (file) => ({ file, bytes: await fs.readFile(file), stat: await fs.stat(file) })));
  return async () => {
    for (const { file, bytes, stat } of kept) {
      await fs.writeFile(file, bytes);
      await fs.utimes(file, stat.atime, stat.mtime); // untouched by the save that was killed
    }
  };
}

/** The files a save writes after article.ydoc: article.json, the index, search. */
async function laterStepsOfASave(libraryPath: string, folder: string): Promise<() => Promise<void>> {
  const soan = path.join(libraryPath, '.soan');
  const soanFiles = async () =>
    (await fs.readdir(soan, { withFileTypes: true })).filter((e) => e.isFile() && e.name !== LOCK_FILE).map((e) => path.join(soan, e.name));
  const before = await soanFiles();
  const putBack = await keep([...before, path.join(folder, 'article.json')]);
  return async () => {
    for (const file of await soanFiles()) if (!before.includes(file)) await fs.rm(file);
    await putBack();
  };
}

const readJson = async (folder: string) => JSON.parse(await fs.readFile(path.join(folder, 'article.json'), 'utf8'));

async function docOnDisk(folder: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, await fs.readFile(path.join(folder, 'article.ydoc')));
  return doc;
}

/** An article saved by the real services, then saved again with the save killed after article.ydoc. */
async function articleCutShort() {
  const first = await setUpBackend();
  const { id } = await first.call('article:create', { headline: 'Cầu Cửa Hội thông xe' });
  const editor = new EditorDoc((await first.call('article:open', { id })).state);
  await first.call('article:update', { id, update: editor.type(1, 'Sáng nay cầu thông xe.') });
  await first.call('article:update', { id, update: editor.addParagraph('Đoạn một.') });
  await first.call('history:save', { id, label: 'Bản nộp' });
  await first.backend.close();
  const folder = await projectFolderOf(first.libraryPath, id);
  const cutShort = await laterStepsOfASave(first.libraryPath, folder);

  const second = await setUpBackend({ libraryPath: first.libraryPath, userDataDir: first.userDataDir });
  await second.call('article:open', { id });
  await second.call('article:update', { id, update: editor.type(0, ' mới') });
  await second.call('article:update', { id, update: editor.addParagraph(LAST_TYPED) });
  await second.backend.close();
  await cutShort();
  const history = await filesIn(path.join(folder, 'history'));
  return { libraryPath: first.libraryPath, userDataDir: first.userDataDir, id, folder, history };
}

/** An article saved, then saved again with the save killed after article.json: the index and search are a save behind. */
async function indexCutShort() {
  const first = await setUpBackend();
  const { id } = await first.call('article:create', { headline: 'Cầu Cửa Hội thông xe' });
  const editor = new EditorDoc((await first.call('article:open', { id })).state);
  await first.call('article:update', { id, update: editor.type(1, 'Sáng nay cầu thông xe.') });
  await first.backend.close();
  const soan = path.join(first.libraryPath, '.soan');
  const soanFiles = (await fs.readdir(soan, { withFileTypes: true })).filter((e) => e.isFile() && e.name !== LOCK_FILE).map((e) => path.join(soan, e.name));
  const putBack = await keep(soanFiles);

  const second = await setUpBackend({ libraryPath: first.libraryPath, userDataDir: first.userDataDir });
  await second.call('article:open', { id });
  await second.call('article:update', { id, update: editor.type(0, ' mới') });
  await second.call('article:update', { id, update: editor.addParagraph(LAST_TYPED) });
  await second.backend.close();
  await putBack();
  return { libraryPath: first.libraryPath, userDataDir: first.userDataDir, id, folder: await projectFolderOf(first.libraryPath, id) };
}

/** Every file of the library with its bytes and modification time (the lock aside: each start takes it). */
async function libraryFiles(libraryPath: string): Promise<Map<string, { bytes: Buffer; mtimeMs: number }>> {
  const files = new Map<string, { bytes: Buffer; mtimeMs: number }>();
  for (const entry of await fs.readdir(libraryPath, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || entry.name === LOCK_FILE) continue;
    const file = path.join(entry.parentPath, entry.name);
    files.set(path.relative(libraryPath, file), { bytes: await fs.readFile(file), mtimeMs: (await fs.stat(file)).mtimeMs });
  }
  return files;
}

describe('the library catches up with a save a crash cut short, without the article being opened', () => {
  it('a fresh start lists the new headline and word count, and search finds the last sentence typed; no version is added', async () => {
    const { libraryPath, userDataDir, id, folder, history } = await articleCutShort();
    const ydoc = await fs.stat(path.join(folder, 'article.ydoc'));
    const ydocBytes = await fs.readFile(path.join(folder, 'article.ydoc'));
    expect(ydoc.mtimeMs).toBeGreaterThan((await fs.stat(path.join(folder, 'article.json'))).mtimeMs); // as a crash leaves it
    expect((await readJson(folder)).text).not.toContain('Thạch Linh');

    const t = await setUpBackend({ libraryPath, userDataDir });
    const listing = await t.call('library:list', {});
    const onDisk = readArticle(await docOnDisk(folder));
    expect(onDisk.text).toContain(LAST_TYPED);
    expect(listing.articles.find((a) => a.id === id)).toMatchObject({
      headline: 'Cầu Cửa Hội thông xe mới',
      wordCount: onDisk.counts.words,
      updatedAt: ydoc.mtime.toISOString(), // when that save was written, not now
    });
    // Told once, with where the replaced copy is kept (a backup put back looks the same: it would hold the newer text).
    expect(listing.problems.map((p) => p.code)).toEqual(['readable-copy-replaced']);
    const kept = String(listing.problems[0]!.params?.file);
    expect(JSON.parse(await fs.readFile(path.join(libraryPath, kept), 'utf8')).text).not.toContain('Thạch Linh');
    expect((await t.call('library:search', { query: 'thach linh' })).map((hit) => hit.id)).toEqual([id]);

    const json = await readJson(folder);
    expect(json).toMatchObject({ headline: onDisk.headline, text: onDisk.text, wordCount: onDisk.counts.words, updatedAt: ydoc.mtime.toISOString() });
    expect(json.content).toEqual(onDisk.content);
    expect(json.meta).toEqual(onDisk.metaRecord);
    expect(await fs.readFile(path.join(folder, 'article.ydoc'))).toEqual(ydocBytes);
    expect((await fs.stat(path.join(folder, 'article.ydoc'))).mtimeMs).toBe(ydoc.mtimeMs); // the article itself is not written
    expect(await filesIn(path.join(folder, 'history'))).toEqual(history);
    expect((await filesIn(folder)).filter((n) => n.includes('.corrupt-'))).toEqual([]);
    await t.backend.close();

    // A desk script searching after the restart finds it too.
    expect(await soanSearch(libraryPath, 'thach linh')).toEqual([expect.objectContaining({ id, headline: 'Cầu Cửa Hội thông xe mới' })]);
  });

  it('`soan search` as the first thing after the crash finds the last sentence typed', async () => {
    const { libraryPath, id } = await articleCutShort();
    expect(await soanSearch(libraryPath, 'thach linh')).toEqual([expect.objectContaining({ id, headline: 'Cầu Cửa Hội thông xe mới' })]);
  });

  it('killed after article.json, before the index: a fresh start lists and finds the last save, and writes no article file', async () => {
    const { libraryPath, userDataDir, id, folder } = await indexCutShort();
    const before = await libraryFiles(libraryPath);
    const json = await readJson(folder);
    expect(json.text).toContain(LAST_TYPED);

    const t = await setUpBackend({ libraryPath, userDataDir });
    const listing = await t.call('library:list', {});
    expect(listing.articles.find((a) => a.id === id)).toMatchObject({ headline: 'Cầu Cửa Hội thông xe mới', wordCount: json.wordCount, updatedAt: json.updatedAt });
    expect(listing.problems).toEqual([]);
    expect((await t.call('library:search', { query: 'thach linh' })).map((hit) => hit.id)).toEqual([id]);
    await t.backend.close();
    const after = await libraryFiles(libraryPath);
    for (const name of [...before.keys()].filter((file) => file.startsWith(path.basename(folder)))) expect(after.get(name), name).toEqual(before.get(name));
  });

  it('an article.ydoc that cannot be read is left as it is, both files untouched, and the user is told in plain words', async () => {
    const { libraryPath, userDataDir, id, folder } = await articleCutShort();
    await fs.writeFile(path.join(folder, 'article.ydoc'), new Uint8Array(64)); // NUL bytes: the disk lost the save
    const before = await libraryFiles(libraryPath);

    const t = await setUpBackend({ libraryPath, userDataDir });
    const listing = await t.call('library:list', {});
    expect(listing.problems).toEqual([
      {
        code: 'article-file-unreadable',
        params: { article: 'Cầu Cửa Hội thông xe', file: path.join(path.basename(folder), 'article.ydoc') },
      },
    ]);
    expect(listing.articles.find((a) => a.id === id)?.headline).toBe('Cầu Cửa Hội thông xe'); // the save before, as the index had it
    const after = await libraryFiles(libraryPath);
    for (const name of ['article.ydoc', 'article.json'].map((file) => path.join(path.basename(folder), file))) {
      expect(after.get(name), name).toEqual(before.get(name));
    }
    expect((await filesIn(folder)).filter((n) => n.includes('.corrupt-'))).toEqual([]);

    // Opening it recovers as ever and says so; the notice from the start has served its turn.
    const opened = await t.call('article:open', { id });
    expect(opened.problems.map((p) => p.code)).toEqual(['file-recovered']);
    expect((await t.call('library:list', {})).problems.map((p) => p.code)).toEqual(['file-recovered']);
    await t.backend.close();
  });

  it('an up-to-date library is not written to: every file keeps its bytes and its time', async () => {
    const t = await setUpBackend();
    for (const headline of ['Cầu Cửa Hội thông xe', 'Mưa lớn ở Hương Khê']) {
      const { id } = await t.call('article:create', { headline });
      const editor = new EditorDoc((await t.call('article:open', { id })).state);
      await t.call('article:update', { id, update: editor.addParagraph(LAST_TYPED) });
      await t.call('article:close', { id });
    }
    await t.backend.close();
    const before = await libraryFiles(t.libraryPath);

    const again = await setUpBackend({ libraryPath: t.libraryPath, userDataDir: t.userDataDir });
    expect((await again.call('library:list', {})).articles).toHaveLength(2);
    expect((await again.call('library:search', { query: 'thach linh' }))).toHaveLength(2);
    await again.backend.close();
    expect(await libraryFiles(t.libraryPath)).toEqual(before);
  });

  it('a library copied so that article.ydoc looks newer, saying the same: nothing is written, and the article is not read again next start', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', { headline: 'Cầu Cửa Hội thông xe' });
    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    await t.call('article:update', { id, update: editor.addParagraph(LAST_TYPED) });
    await t.backend.close();
    const folder = await projectFolderOf(t.libraryPath, id);
    const jsonFile = path.join(folder, 'article.json');
    const ydocFile = path.join(folder, 'article.ydoc');
    // A copy that wrote article.json first and article.ydoc a minute later.
    const copiedAt = new Date('2026-11-28T08:00:00Z');
    const ydocAt = new Date('2026-11-28T08:01:00Z');
    await fs.utimes(jsonFile, copiedAt, copiedAt);
    await fs.utimes(ydocFile, ydocAt, ydocAt);
    const json = await fs.readFile(jsonFile);

    const again = await setUpBackend({ libraryPath: t.libraryPath, userDataDir: t.userDataDir });
    expect((await again.call('library:list', {})).problems).toEqual([]);
    await again.backend.close();
    expect(await fs.readFile(jsonFile)).toEqual(json);
    expect((await fs.stat(jsonFile)).mtime).toEqual(copiedAt);

    // Read again, this article.ydoc would be found damaged; with the same time, it is not read.
    await fs.writeFile(ydocFile, new Uint8Array(64));
    await fs.utimes(ydocFile, ydocAt, ydocAt);
    const third = await setUpBackend({ libraryPath: t.libraryPath, userDataDir: t.userDataDir });
    expect((await third.call('library:list', {})).problems).toEqual([]);
    await third.backend.close();
  });
});

describe('an article open in the editor while its files are caught up', () => {
  it('is left to its own saves: article.json is not written from the disk under the live document', async () => {
    const { libraryPath, id, folder } = await articleCutShort();
    const jsonFile = path.join(folder, 'article.json');
    const behind = await fs.readFile(jsonFile);
    const told: string[] = [];
    const store = new ArticleStore({
      libraryPath,
      locate: () => ({ folder, headline: 'Cầu Cửa Hội thông xe' }),
      queue: new KeyedSerialQueue(),
      onSaved: async (summary) => void told.push(summary.headline),
      onProblem: () => {},
      context: defaultServiceContext(),
      saveDelayMs: 20,
    });
    const { doc } = await store.openArticle(id); // opening mends article.json at once
    expect((await readJson(folder)).text).toContain(LAST_TYPED);
    await fs.writeFile(jsonFile, behind); // a save behind again, under the open article
    await fs.utimes(jsonFile, new Date('2026-11-28T08:00:00Z'), new Date('2026-11-28T08:00:00Z'));

    expect(await store.catchUpReadableCopy(id, folder)).toEqual({ outcome: 'skipped' });
    expect(await fs.readFile(jsonFile)).toEqual(behind);
    // Its next save writes both files, from the live document.
    const editor = new EditorDoc(Y.encodeStateAsUpdate(doc));
    await store.applyUpdate(id, editor.addParagraph('Đoạn viết lúc đang mở.'));
    expect((await readJson(folder)).text).toContain('Đoạn viết lúc đang mở.');
    await store.closeAll();
    expect(told.at(-1)).toBe('Cầu Cửa Hội thông xe mới');
  });
});
