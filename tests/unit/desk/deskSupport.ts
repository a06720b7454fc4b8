// Shared by the desk tests: a backend on a temp library with a clock the test moves, and an
// article written through it the way the editor does (Yjs updates over article:update).
import path from 'node:path';
import { promises as fs } from 'node:fs';
import type * as Y from 'yjs';
import { clockFrom, defaultServiceContext } from '../../../electron/services/serviceContext';
import { EditorDoc, projectFolderOf, setUpBackend, type TestBackend } from '../services/support';

export interface MovableClock {
  now: Date;
}

export async function deskBackend(options: { profileName?: string; role?: 'reporter' | 'editor' | 'desk'; clock?: MovableClock } = {}) {
  const clock = options.clock ?? { now: new Date('2026-12-07T01:00:00.000Z') };
  const t = await setUpBackend({ profileName: options.profileName ?? 'Lê Thư Ký', context: defaultServiceContext({ clock: clockFrom(() => clock.now) }) });
  if (options.role && options.role !== 'reporter') await t.call('settings:update', { profile: { name: options.profileName ?? 'Lê Thư Ký', role: options.role } });
  const exportDir = path.join(path.dirname(t.libraryPath), 'Xuất bản');
  await t.call('settings:update', { newsroom: { exportPath: exportDir } });
  return { t, clock, exportDir };
}

export interface WrittenArticle {
  id: string;
  editor: EditorDoc;
  /** Makes a change in the editor's copy and sends it, as the renderer does. */
  send(change: (doc: Y.Doc) => void): Promise<void>;
}

/** A short finished article: headline, sapo, one paragraph, byline-less. */
export async function writtenArticle(t: TestBackend, headline = 'Khánh thành cầu Cửa Sót'): Promise<WrittenArticle> {
  const { id } = await t.call('article:create', { headline });
  const editor = new EditorDoc((await t.call('article:open', { id })).state);
  await t.call('article:update', { id, update: editor.type(1, 'Sáng nay tỉnh khánh thành cầu mới.') });
  await t.call('article:update', { id, update: editor.type(2, 'Cây cầu dài 500 mét nối hai huyện ven biển.') });
  return {
    id,
    editor,
    send: async (change) => {
      await t.call('article:update', { id, update: editor.change((_fragment, doc) => change(doc)) });
    },
  };
}

/** article.json as written to disk. */
export async function articleJsonOf(t: TestBackend, id: string): Promise<{ meta: Record<string, unknown> } & Record<string, unknown>> {
  return JSON.parse(await fs.readFile(path.join(await projectFolderOf(t.libraryPath, id), 'article.json'), 'utf8'));
}
