// A reporter copies a project folder by hand before big edits. The copy's name happens to end
// in something shaped like an article id; its healthy files must not be "repaired".
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { filesIn, projectFolderOf, setUpBackend } from './support';

test('a hand-made copy of a project is skipped with a plain reason, its files untouched', async () => {
  const t = await setUpBackend();
  const { id } = await t.call('article:create', { headline: 'Tin thử trước khi sửa' });
  await t.call('article:close', { id });
  const folder = await projectFolderOf(t.libraryPath, id);
  const copy = `${folder}-truoc-sua-backup2026`;
  await fs.cp(folder, copy, { recursive: true });

  const listing = await t.call('library:list', {});
  expect(listing.articles.map((a) => a.id)).toEqual([id]);
  expect(listing.problems).toContainEqual({
    code: 'project-skipped',
    params: { folder: path.basename(copy), reason: expect.stringContaining('does not match') },
  });
  expect((await filesIn(copy)).some((name) => name.includes('corrupt'))).toBe(false);
  await t.backend.close();
});
