// Issue 15's damage matrix: every file of README's "Where data lives" × every way a file gets
// damaged, each on its own copy of a real library, with the file's backup gone too. After
// each: the library opens, the article opens with its text and figure, what could be
// recovered is there, the user was told (never "internal"), and nothing outside the library
// changed.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Problem, ProblemCode } from '../../../electron/contract/errors';
import { EditorDoc } from '../services/support';
import type { TestBackend } from '../services/support';
import { damages } from './damageKinds';
import { CAPTION, HEADLINE, PARAGRAPHS, PROFILE, TRASHED_HEADLINE, buildLibrary, snapshot } from './damagedLibrary';
import type { LibraryCopy } from './damagedLibrary';

interface FileKind {
  /** As README's "Where data lives" names it. */
  name: string;
  file(lib: LibraryCopy): string;
  /** Damages that make no sense for it. */
  skip?: string[];
  /** What the user is told on opening the library and the article. */
  told: ProblemCode[];
  /** Why nothing is said, when `told` is empty. */
  quietBecause?: string;
  /** What could be recovered is there. */
  recovered?(lib: LibraryCopy, t: TestBackend, damage: string): Promise<void>;
  /** What exporting the article answers ('ok', or the plain error code). */
  exports?: string;
}

const inLibrary = (lib: LibraryCopy, ...parts: string[]) => path.join(lib.libraryPath, ...parts);
const inProject = (lib: LibraryCopy, ...parts: string[]) => path.join(lib.projectFolder, ...parts);
const setAside = async (file: string) =>
  (await fs.readdir(path.dirname(file))).filter((n) => n.startsWith(`${path.basename(file)}.corrupt-`));
const labels = async (t: TestBackend, id: string) => (await t.call('history:list', { id })).map((v) => [v.label, v.unavailable === true]);

const kinds: FileKind[] = [
  {
    name: '.soan/library.json',
    file: (lib) => inLibrary(lib, '.soan', 'library.json'),
    told: ['file-damaged-moved'],
    recovered: async (lib, t) => {
      expect((await t.call('library:list', {})).articles.map((a) => a.headline)).toEqual([HEADLINE]);
      expect(await setAside(inLibrary(lib, '.soan', 'library.json'))).toHaveLength(1);
    },
  },
  {
    name: '.soan/search-index.json',
    file: (lib) => inLibrary(lib, '.soan', 'search-index.json'),
    told: ['search-index-rebuilt'],
    recovered: async (lib, t) => {
      expect((await t.call('library:search', { query: 'cua hoi binh minh' })).map((hit) => hit.id)).toContain(lib.articleId);
    },
  },
  {
    name: '.soan/lock',
    file: (lib) => inLibrary(lib, '.soan', 'lock'),
    told: [],
    quietBecause: 'a lock holds nobody’s work: one left unreadable by a crash is taken over (a folder in its place is moved aside)',
  },
  {
    name: '.soan/trash/',
    file: (lib) => inLibrary(lib, '.soan', 'trash', lib.trashEntry, 'entry.json'),
    told: [],
    quietBecause: 'what the entry records is read again from the trashed article itself; nothing is lost',
    recovered: async (lib, t) => {
      const { trash } = await t.call('library:list', {});
      expect(trash.map((e) => [e.id, e.headline])).toEqual([[lib.trashedId, TRASHED_HEADLINE]]);
      await t.call('trash:restore', { trashId: trash[0].trashId });
      expect((await t.call('library:list', {})).articles.map((a) => a.headline).sort()).toEqual([HEADLINE, TRASHED_HEADLINE].sort());
    },
  },
  {
    name: 'article.ydoc',
    file: (lib) => inProject(lib, 'article.ydoc'),
    told: ['file-recovered'],
    recovered: async (lib) => expect(await setAside(inProject(lib, 'article.ydoc'))).toHaveLength(1),
  },
  {
    name: 'article.json',
    file: (lib) => inProject(lib, 'article.json'),
    told: ['file-recovered'],
    recovered: async (lib) => {
      expect(JSON.parse(await fs.readFile(inProject(lib, 'article.json'), 'utf8')).headline).toBe(HEADLINE);
      expect(await setAside(inProject(lib, 'article.json'))).toHaveLength(1);
    },
  },
  {
    name: 'media/<sha256>.<ext>',
    file: (lib) => inProject(lib, 'media', lib.image),
    told: ['media-image-damaged'],
    exports: 'export-media-missing',
    recovered: async (lib) => {
      expect(await setAside(inProject(lib, 'media', lib.image))).toHaveLength(1);
      expect((await fs.stat(inProject(lib, 'media', lib.otherImage))).isFile()).toBe(true);
    },
  },
  {
    name: 'media.json',
    file: (lib) => inProject(lib, 'media.json'),
    told: ['media-metadata-rebuilt'],
    recovered: async (lib) => {
      const { files } = JSON.parse(await fs.readFile(inProject(lib, 'media.json'), 'utf8'));
      expect(Object.keys(files).sort()).toEqual([lib.image, lib.otherImage].sort());
      expect(files[lib.image]).toMatchObject({ mime: 'image/png', width: expect.any(Number), height: expect.any(Number) });
    },
  },
  {
    name: 'history/index.json',
    file: (lib) => inProject(lib, 'history', 'index.json'),
    told: ['history-rebuilt'],
    recovered: async (lib, t) => {
      expect(await labels(t, lib.articleId)).toEqual([['Bản 1', false], ['Bản 2', false], ['Bản 3', false], ['Bản 4', false], ['', false]]);
      const [first, , , fourth] = lib.versionIds;
      expect((await t.call('history:compare', { id: lib.articleId, from: first, to: fourth })).parts.some((p) => p.changed)).toBe(true);
    },
  },
  {
    name: 'history/<version>.yupd',
    file: (lib) => inProject(lib, 'history', `${lib.versionIds[2]}.yupd`),
    told: ['history-versions-lost'],
    recovered: async (lib, t) => {
      expect(await labels(t, lib.articleId)).toEqual([['Bản 1', false], ['Bản 2', false], ['Bản 3', true], ['Bản 4', true], ['', true]]);
      const [first, second, third] = lib.versionIds;
      expect((await t.call('history:compare', { id: lib.articleId, from: first, to: second })).parts.some((p) => p.changed)).toBe(true);
      expect((await t.fail('history:compare', { id: lib.articleId, from: first, to: third })).code).toBe('version-damaged');
    },
  },
  {
    name: '<userData>/settings.json',
    file: (lib) => path.join(lib.userDataDir, 'settings.json'),
    told: ['file-damaged-moved'],
    recovered: async (lib) => expect(await setAside(path.join(lib.userDataDir, 'settings.json'))).toHaveLength(1),
  },
  {
    name: '<library> - Xuất bản/',
    file: (lib) => lib.exportPath,
    // It is a folder: a folder in its place is what it should be.
    skip: ['a folder in its place'],
    told: [],
    quietBecause: 'it is outside the library and Soạn never reads it; exporting says what is wrong, and the file in its place is left alone',
    exports: 'export-destination-unavailable',
  },
];

let library: Awaited<ReturnType<typeof buildLibrary>>;
beforeAll(async () => {
  library = await buildLibrary();
}, 60_000);

describe.each(kinds)('$name damaged', (kind) => {
  const cases = Object.entries(damages).filter(([name]) => !kind.skip?.includes(name));
  it.each(cases)('%s', async (damageName, damage) => {
    const lib = await library.copy();
    const file = kind.file(lib);
    await damage(file, lib.outside);
    await fs.rm(`${file}.bak`, { recursive: true, force: true });
    // The library folder changes as Soạn repairs it, and so does settings.json when the user
    // confirms it; exports change only by exporting, which is checked apart.
    const outsideOfLibrary = (relative: string) =>
      relative === 'Soan' ||
      relative.startsWith(`Soan${path.sep}`) ||
      (kind.name.includes('settings.json') && relative.startsWith(path.join('userData', 'settings.json'))) ||
      (!kind.exports?.startsWith('export-destination') && relative.startsWith('Soan - Xuất bản'));
    const before = await snapshot(lib.root, outsideOfLibrary);

    const t = lib.start();
    const told: Problem[] = [];
    const settings = await t.call('settings:get', {});
    told.push(...(settings.problems ?? []));
    if (!settings.profile) {
      // Settings lost: nothing happens on the user's behalf until they say who they are.
      expect((await t.fail('library:list', {})).code).toBe('setup-required');
      await t.call('settings:update', { profile: PROFILE, libraryPath: lib.libraryPath });
    }

    // The library opens, and the article with its text and figure.
    const opened = await t.call('article:open', { id: lib.articleId });
    told.push(...opened.problems, ...(await t.call('library:list', {})).problems);
    const text = new EditorDoc(opened.state).fragment.toString();
    for (const paragraph of PARAGRAPHS) expect(text).toContain(paragraph);
    expect(text).toContain(CAPTION);
    expect(text).toContain(lib.image);

    // What could be recovered is there.
    await kind.recovered?.(lib, t, damageName);

    // The user was told, naming the file; or there is a reason to say nothing.
    expect([...new Set(told.map((p) => p.code))]).toEqual(kind.told);
    if (kind.told.length > 0) expect(told.some((p) => String(p.params.file).endsWith(path.basename(file)))).toBe(true);
    else expect(kind.quietBecause).toBeTruthy();

    // The History tab and export answer in plain words, never "internal".
    expect((await t.backend.dispatch('history:list', { id: lib.articleId })).ok).toBe(true);
    await t.call('article:close', { id: lib.articleId });
    const exported = await t.backend.dispatch('article:export', { id: lib.articleId, zip: false, overrideReason: 'Kiểm tra sau khi hỏng' });
    expect(exported.ok ? 'ok' : exported.error.code).toBe(kind.exports ?? 'ok');
    await t.backend.close();

    // Nothing outside the library changed (a link's target was not created through it).
    expect(await snapshot(lib.root, outsideOfLibrary)).toEqual(before);
  });
});
