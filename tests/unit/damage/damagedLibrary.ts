// A library with one of everything "Where data lives" lists (README), built once through the
// real services and copied for each damage: an article with a captioned figure and four
// labelled versions, a second image, a trashed article, an export, settings with a backup.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import { createBackend } from '../../../electron/services/backend';
import { EditorDoc, imageFixture, projectFolderOf, tempFolder, wrapBackend } from '../services/support';
import type { TestBackend } from '../services/support';

export const HEADLINE = 'Cầu Cửa Hội thông xe';
export const TRASHED_HEADLINE = 'Bài đã xoá';
export const CAPTION = 'Cầu Cửa Hội lúc bình minh.';
export const PARAGRAPHS = [1, 2, 3, 4].map((n) => `Đoạn thứ ${n} của bài về cầu Cửa Hội.`);
export const PROFILE = { name: 'Trần Thư Ký', role: 'desk' } as const;

/** What a test needs to find in a copy: paths relative to its root, ids and names. */
export interface LibraryFacts {
  articleId: string;
  trashedId: string;
  /** The figure's image and the other image, as `<sha256>.<ext>`. */
  image: string;
  otherImage: string;
  /** The project folder, relative to the library. */
  project: string;
  /** The trash entry folder, relative to `.soan/trash`. */
  trashEntry: string;
  versionIds: string[];
}

export interface LibraryCopy extends LibraryFacts {
  root: string;
  userDataDir: string;
  libraryPath: string;
  exportPath: string;
  /** root/outside: where a damaged link points; nothing may appear there. */
  outside: string;
  projectFolder: string;
  /** A backend on this copy, as Soạn would start on it. */
  start(): TestBackend;
}

const layout = (root: string) => ({
  userDataDir: path.join(root, 'userData'),
  libraryPath: path.join(root, 'Soan'),
  exportPath: path.join(root, 'Soan - Xuất bản'),
  outside: path.join(root, 'outside'),
});

function startOn(root: string): TestBackend {
  const { userDataDir, libraryPath } = layout(root);
  return wrapBackend(createBackend({ userDataDir, defaultLibraryPath: libraryPath, saveDelayMs: 20 }), userDataDir, libraryPath);
}

/** Builds the library once; `copy()` gives each test its own. */
export async function buildLibrary(): Promise<{ copy(): Promise<LibraryCopy> }> {
  const origin = await tempFolder('soan-damage-origin-');
  const { libraryPath, exportPath, outside } = layout(origin);
  await fs.mkdir(outside);
  await fs.writeFile(path.join(outside, 'unrelated.txt'), 'một tệp của người dùng, ngoài thư viện');
  const t = startOn(origin);
  await t.call('settings:update', { profile: PROFILE });
  await t.call('settings:update', { newsroom: { topics: ['Giao thông'], exportPath } }); // settings.json.bak holds the first

  const { id: trashedId } = await t.call('article:create', { headline: TRASHED_HEADLINE });
  await t.call('article:trash', { id: trashedId });

  const { id } = await t.call('article:create', { headline: HEADLINE });
  const editor = new EditorDoc((await t.call('article:open', { id })).state);
  await t.call('article:update', { id, update: editor.type(1, '(Baohatinh.vn) - Cây cầu mới nối đôi bờ sông Lam.') });
  const png = await t.call('media:import', { articleId: id, fileName: 'cau-cua-hoi.png', bytes: await imageFixture('photo.png') });
  const gif = await t.call('media:import', { articleId: id, fileName: 'dau-cham.gif', bytes: await imageFixture('dot.gif') });
  await t.call('article:update', { id, update: figureWith(editor, png.file) });
  const versionIds: string[] = [];
  for (const [n, text] of PARAGRAPHS.entries()) {
    await t.call('article:update', { id, update: editor.addParagraph(text) });
    versionIds.push((await t.call('history:save', { id, label: `Bản ${n + 1}` })).id);
  }
  await t.call('article:export', { id, zip: false, overrideReason: 'Bản thử trước khi hỏng' });
  versionIds.push(...(await t.call('history:list', { id })).slice(versionIds.length).map((v) => v.id)); // the export's
  await t.call('article:close', { id });
  await t.backend.close();

  const projectFolder = await projectFolderOf(libraryPath, id);
  const trashEntry = (await fs.readdir(path.join(libraryPath, '.soan', 'trash')))[0];
  const facts: LibraryFacts = {
    articleId: id,
    trashedId,
    image: png.file,
    otherImage: gif.file,
    project: path.basename(projectFolder),
    trashEntry,
    versionIds,
  };
  return {
    async copy() {
      const root = await tempFolder('soan-damage-');
      await fs.cp(origin, root, { recursive: true, verbatimSymlinks: true });
      const places = layout(root);
      // Settings name the library and export folders by absolute path: point them at the copy.
      for (const name of ['settings.json', 'settings.json.bak']) {
        const file = path.join(places.userDataDir, name);
        await fs.writeFile(file, (await fs.readFile(file, 'utf8')).replaceAll(origin, root));
      }
      return { ...facts, ...places, root, projectFolder: path.join(places.libraryPath, facts.project), start: () => startOn(root) };
    },
  };
}

function figureWith(editor: EditorDoc, src: string): Uint8Array {
  return editor.change((fragment) => {
    const figure = new Y.XmlElement('figure');
    figure.setAttribute('src', src);
    figure.setAttribute('alt', 'Cây cầu nhìn từ bờ nam');
    const caption = new Y.XmlElement('figcaption');
    caption.insert(0, [new Y.XmlText(CAPTION)]);
    figure.insert(0, [caption]);
    fragment.insert(fragment.length, [figure]);
  });
}

/**
 * Every file and folder under `root` except those `skip` names (paths relative to root), with
 * a digest of each file's bytes and each link's target: two equal snapshots mean nothing changed.
 */
export async function snapshot(root: string, skip: (relative: string) => boolean): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  const walk = async (folder: string) => {
    for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      const relative = path.relative(root, full);
      if (skip(relative)) continue;
      if (entry.isSymbolicLink()) found[relative] = `link → ${await fs.readlink(full)}`;
      else if (entry.isDirectory()) {
        found[relative] = 'folder';
        await walk(full);
      } else found[relative] = createHash('sha256').update(await fs.readFile(full)).digest('hex');
    }
  };
  await walk(root);
  return found;
}
