// An article.ydoc put back from a backup (an older save, copied with a new time, as `cp`, a file
// manager or a sync client's "restore previous version" do) looks like a save a crash cut short:
// the library start writes article.json again from it. The article.json it replaces, the only
// copy of the newer text, is kept beside it (found by review).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { EditorDoc, projectFolderOf, setUpBackend } from './support';

const LATER = 'Câu viết sau bản sao lưu, chỉ còn trong article.json.';

async function filesHolding(root: string, text: string): Promise<string[]> {
  const hits: string[] = [];
  for (const entry of await fs.readdir(root, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if ((await fs.readFile(file)).includes(Buffer.from(text))) hits.push(path.relative(root, file));
  }
  return hits;
}

it('the article.json a library start replaces, newer than an article.ydoc restored from a backup, is kept beside it', async () => {
  const first = await setUpBackend();
  const { id } = await first.call('article:create', { headline: 'Cầu Cửa Hội' });
  const editor = new EditorDoc((await first.call('article:open', { id })).state);
  await first.call('article:update', { id, update: editor.type(1, 'Bản cũ.') });
  await first.backend.close();
  const folder = await projectFolderOf(first.libraryPath, id);
  const backup = await fs.readFile(path.join(folder, 'article.ydoc'));

  const second = await setUpBackend({ libraryPath: first.libraryPath, userDataDir: first.userDataDir });
  await second.call('article:open', { id });
  await second.call('article:update', { id, update: editor.addParagraph(LATER) });
  await second.backend.close();
  expect(await filesHolding(first.libraryPath, LATER)).toContain(path.relative(first.libraryPath, path.join(folder, 'article.json')));

  await new Promise((r) => setTimeout(r, 20));
  await fs.writeFile(path.join(folder, 'article.ydoc'), backup); // restored, with a new time
  const third = await setUpBackend({ libraryPath: first.libraryPath, userDataDir: first.userDataDir });
  const listing = await third.call('library:list', {});
  expect(listing.articles.map((a) => a.id)).toContain(id);
  expect(listing.problems.map((p) => p.code)).toEqual(['readable-copy-replaced']);
  // Nobody opened the article; the newer text is still on disk beside it, in a file a person reads
  // (the search cache does not count: it is rebuilt from article.json).
  const kept = (await filesHolding(first.libraryPath, LATER)).filter((f) => !f.startsWith('.soan'));
  expect(kept).toHaveLength(1);
  expect(path.basename(kept[0]!)).toMatch(/^article\.json\.replaced-\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d/);
  JSON.parse(await fs.readFile(path.join(first.libraryPath, kept[0]!), 'utf8'));
}, 60_000);
