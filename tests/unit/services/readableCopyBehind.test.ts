// A save writes article.ydoc, then article.json, then the library index and search. Killed
// between the first two, article.json (and the index and search learnt from it) stay one save
// behind the article. Opening the article finds that and writes article.json again from
// article.ydoc: search, export, the CLI and a later recovery then see the newest text, with no
// version added and nothing told (nothing was lost). A normal open writes nothing.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { COMMENTS_MAP, COMMENT_MESSAGES_MAP, type CommentMessage, type CommentThread } from '../../../electron/contract/review';
import { runSoan } from '../../../electron/cli/runSoan';
import { LOCK_FILE } from '../../../electron/services/library/libraryLock';
import { EditorDoc, filesIn, projectFolderOf, setUpBackend, tempFolder } from './support';

const NEW_WORDS = 'Phường Thạch Linh khánh thành nhà văn hóa.';

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

/** The files a save's later steps write (article.json, the index, search), as they are now. */
async function snapshotAfterArticleYdoc(libraryPath: string, folder: string): Promise<() => Promise<void>> {
  const soan = path.join(libraryPath, '.soan');
  const soanFiles = async () =>
    (await fs.readdir(soan, { withFileTypes: true })).filter((e) => e.isFile() && e.name !== LOCK_FILE).map((e) => path.join(soan, e.name));
  const kept = new Map<string, Buffer>();
  // article.json put back first, the index after it, each with the time of putting back: a lag
  // the library's start does not see by the files' times (readableCopyCatchUp.test.ts has the
  // crash with its times), which only opening finds.
  for (const file of [path.join(folder, 'article.json'), ...(await soanFiles())]) kept.set(file, await fs.readFile(file));
  // Put back: the save that followed wrote article.ydoc, and was killed before anything else.
  return async () => {
    for (const file of await soanFiles()) if (!kept.has(file)) await fs.rm(file);
    for (const [file, bytes] of kept) await fs.writeFile(file, bytes);
  };
}

/** An article saved twice by the real services, the second save cut short after article.ydoc. */
async function articleCutShort() {
  const first = await setUpBackend();
  const { id } = await first.call('article:create', { headline: 'Cầu Cửa Hội thông xe' });
  const editor = new EditorDoc((await first.call('article:open', { id })).state);
  await first.call('article:update', { id, update: editor.type(1, 'Sáng nay cầu thông xe.') });
  await first.call('article:update', { id, update: editor.addParagraph('Đoạn một.') });
  await first.call('history:save', { id, label: 'Bản nộp' });
  await first.backend.close();
  const folder = await projectFolderOf(first.libraryPath, id);
  const older = JSON.parse(await fs.readFile(path.join(folder, 'article.json'), 'utf8'));
  const cutShort = await snapshotAfterArticleYdoc(first.libraryPath, folder);

  const second = await setUpBackend({ libraryPath: first.libraryPath, userDataDir: first.userDataDir });
  await second.call('article:open', { id });
  await second.call('article:update', { id, update: editor.type(0, ' mới') });
  await second.call('article:update', { id, update: editor.addParagraph(NEW_WORDS) });
  await second.backend.close();
  await cutShort();
  return { libraryPath: first.libraryPath, userDataDir: first.userDataDir, id, folder, older };
}

const minh = { name: 'Minh', role: 'editor' as const };
const AT = '2026-11-28T08:00:00.000Z';

/** A bold word, a suggested insertion and a comment thread on the sapo. */
function underReview(editor: EditorDoc): Uint8Array {
  return editor.change((fragment, doc) => {
    const run = (fragment.get(1) as Y.XmlElement).get(0) as Y.XmlText;
    run.format(0, 4, { bold: {} });
    run.insert(run.length, ' Mới', { insertion: { id: 's1', author: minh.name, role: minh.role, at: AT } });
    const from = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(run, 0));
    const to = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(run, 4));
    const thread: CommentThread = { id: 't1', anchor: { from, to }, quote: 'Sáng', piece: 'sapo', by: minh, at: AT, resolved: null };
    const message: CommentMessage = { id: 'm1', threadId: 't1', by: minh, at: AT, text: 'Mấy giờ?' };
    doc.getMap(COMMENTS_MAP).set('t1', thread);
    doc.getMap(COMMENT_MESSAGES_MAP).set('m1', message);
  });
}

const readJson = async (folder: string) => JSON.parse(await fs.readFile(path.join(folder, 'article.json'), 'utf8'));

describe('article.json a save behind article.ydoc (killed between the two writes)', () => {
  it('opening the article writes article.json again from article.ydoc; search and the list follow; no version is added', async () => {
    const { libraryPath, userDataDir, id, folder, older } = await articleCutShort();
    // As the crash left it: the readable copy and search know only the first save.
    expect((await readJson(folder)).text).not.toContain('Thạch Linh');
    expect(await soanSearch(libraryPath, 'thach linh')).toEqual([]);

    const t = await setUpBackend({ libraryPath, userDataDir });
    const versions = await t.call('history:list', { id });
    const opened = await t.call('article:open', { id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened.state);
    expect(readArticle(doc).text).toContain(NEW_WORDS);
    expect(opened.problems).toEqual([]); // nothing was lost: nothing to tell

    const json = await readJson(folder);
    expect(json.text).toBe(readArticle(doc).text);
    expect(json.headline).toBe('Cầu Cửa Hội thông xe mới');
    expect(json.content).toEqual(readArticle(doc).content);
    // Dated when article.ydoc was written, not now and not the older save's date.
    expect(Date.parse(json.updatedAt)).toBeGreaterThan(Date.parse(older.updatedAt));
    expect(json.updatedAt).toBe((await fs.stat(path.join(folder, 'article.ydoc'))).mtime.toISOString());
    expect(opened.summary.updatedAt).toBe(json.updatedAt);
    expect((await filesIn(folder)).filter((n) => n.includes('.corrupt-'))).toEqual([]);

    const listed = (await t.call('library:list', {})).articles.find((a) => a.id === id)!;
    expect(listed).toMatchObject({ headline: 'Cầu Cửa Hội thông xe mới', wordCount: readArticle(doc).counts.words, updatedAt: json.updatedAt });
    expect((await t.call('library:search', { query: 'thach linh' })).map((hit) => hit.id)).toEqual([id]);
    expect(await t.call('history:list', { id })).toEqual(versions);
    await t.call('article:close', { id });
    await t.backend.close();

    expect(await soanSearch(libraryPath, 'thach linh')).toEqual([expect.objectContaining({ id, headline: 'Cầu Cửa Hội thông xe mới' })]);
  });

  it('the article read for an export preview, without opening it in the editor, mends article.json too', async () => {
    const { libraryPath, userDataDir, id, folder } = await articleCutShort();
    const t = await setUpBackend({ libraryPath, userDataDir });
    const preview = await t.call('article:exportPreview', { id });
    expect(preview.html).toContain('Thạch Linh');
    expect((await readJson(folder)).text).toContain(NEW_WORDS);
    expect((await t.call('library:search', { query: 'thach linh' })).map((hit) => hit.id)).toEqual([id]);
    await t.backend.close();
  });

  it('mended, it stays the newest copy: article.ydoc lost later is rebuilt from it, not from the older version', async () => {
    const { libraryPath, userDataDir, id, folder } = await articleCutShort();
    const t = await setUpBackend({ libraryPath, userDataDir });
    await t.call('article:open', { id });
    await t.backend.close();
    await fs.writeFile(path.join(folder, 'article.ydoc'), new Uint8Array(64));

    const again = await setUpBackend({ libraryPath, userDataDir });
    const opened = await again.call('article:open', { id });
    const doc = new Y.Doc();
    Y.applyUpdate(doc, opened.state);
    expect(readArticle(doc).text).toContain(NEW_WORDS);
    expect(opened.problems).toEqual([
      expect.objectContaining({ code: 'file-recovered', params: expect.objectContaining({ source: `${path.basename(folder)}/article.json` }) }),
    ]);
    await again.backend.close();
  });

  it('a normal open writes nothing: article.json keeps its bytes and its time', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', { headline: 'Cầu Cửa Hội thông xe' });
    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    await t.call('article:update', { id, update: editor.type(1, 'Sáng nay cầu thông xe.') });
    await t.call('article:update', { id, update: editor.addParagraph(NEW_WORDS) });
    await t.call('article:update', { id, update: underReview(editor) }); // marks, a suggestion, a comment: all compared
    await t.backend.close();
    const folder = await projectFolderOf(t.libraryPath, id);
    const file = path.join(folder, 'article.json');
    const longAgo = new Date('2026-01-02T03:04:05Z');
    await fs.utimes(file, longAgo, longAgo); // any write would move it
    const bytes = await fs.readFile(file);

    const again = await setUpBackend({ libraryPath: t.libraryPath, userDataDir: t.userDataDir });
    const opened = await again.call('article:open', { id });
    await again.call('article:exportPreview', { id });
    await again.call('article:close', { id });
    await again.backend.close();
    expect(opened.problems).toEqual([]);
    expect(JSON.parse(bytes.toString('utf8')).review).toMatchObject({ openComments: 1, pendingSuggestions: 1 });
    expect((await fs.stat(file)).mtime).toEqual(longAgo);
    expect(await fs.readFile(file)).toEqual(bytes);
  });

  it('an article.json written out differently but saying the same (keys in another order, no indent) is left as it is', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', { headline: 'Cầu Cửa Hội thông xe' });
    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    await t.call('article:update', { id, update: editor.addParagraph(NEW_WORDS) });
    await t.backend.close();
    const file = path.join(await projectFolderOf(t.libraryPath, id), 'article.json');
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).reverse().map(([key, inner]) => [key, reversed(inner)]))
          : value;
    const rewritten = JSON.stringify(reversed(JSON.parse(await fs.readFile(file, 'utf8'))));
    await fs.writeFile(file, rewritten);

    const again = await setUpBackend({ libraryPath: t.libraryPath, userDataDir: t.userDataDir });
    await again.call('article:open', { id });
    await again.backend.close();
    expect(await fs.readFile(file, 'utf8')).toBe(rewritten);
  });
});
