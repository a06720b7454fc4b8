// An article travels between two libraries as `.soan` files, through the real services: the
// reporter sends it with a photo and its history; the editor opens it, comments and
// suggests, sends it back; the reporter, who kept writing with the article open, opens the
// reply. Both people's work is there, in the services' copy and in the open editor's; the
// merge is a version that compares and restores like any other; opening a package again, or
// an older one, changes nothing on disk.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { COMMENTS_MAP, COMMENT_MESSAGES_MAP, suggestionMarks } from '../../../electron/contract/review';
import type { PackageOpened } from '../../../electron/contract/packages';
import { readPackage } from '../../../electron/services/package/readPackage';
import { EditorDoc, imageFixture, setUpBackend, type TestBackend } from '../services/support';
import { libraryFiles } from './libraryFiles';

const LAN = 'Nguyễn Thị Lan';
const MINH = 'Trần Văn Minh';

let reporter: TestBackend;
let editor: TestBackend;
let id = '';
let photo = '';
let reporterEditor: EditorDoc;
let firstFromEditor: Uint8Array;
let secondFromEditor: Uint8Array;

const stored = (state: Uint8Array) => {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, state);
  return readArticle(doc);
};

async function send(from: TestBackend, articleId: string): Promise<Uint8Array> {
  const sent = await from.call('package:send', { id: articleId });
  return new Uint8Array(await fs.readFile(sent.path));
}

beforeAll(async () => {
  reporter = await setUpBackend({ profileName: LAN });
  editor = await setUpBackend({ profileName: MINH });
  await editor.call('settings:update', { profile: { name: MINH, role: 'editor' } });
});

describe('An article sent from one library to another and back', () => {
  test('the reporter sends the article with its photo and history as one <slug>.soan file', async () => {
    id = (await reporter.call('article:create', { headline: 'Hà Tĩnh mở đường ven biển' })).id;
    const opened = await reporter.call('article:open', { id });
    reporterEditor = new EditorDoc(opened.state);
    await reporter.call('article:update', { id, update: reporterEditor.type(1, 'Con đường dài 30 km nối ba huyện.') });
    await reporter.call('article:update', { id, update: reporterEditor.type(2, 'Công trình khởi công sáng nay.') });
    photo = (await reporter.call('media:import', { articleId: id, fileName: 'Lễ khởi công.png', bytes: await imageFixture('photo.png') })).file;
    await reporter.call(
      'article:update',
      {
        id,
        update: reporterEditor.change((fragment) => {
          const figure = new Y.XmlElement('figure');
          figure.setAttribute('src', photo);
          const caption = new Y.XmlElement('figcaption');
          caption.insert(0, [new Y.XmlText('Lễ khởi công tại xã Thạch Hải.')]);
          figure.insert(0, [caption]);
          fragment.insert(3, [figure]);
        }),
      },
    );
    await reporter.call('history:save', { id, label: 'Bản đầu' });

    const sent = await reporter.call('package:send', { id });
    expect(sent.fileName).toBe('ha-tinh-mo-duong-ven-bien.soan');
    expect(path.dirname(sent.path)).toBe(`${reporter.libraryPath} - Xuất bản`);
    expect(sent.delta).toBe(false);
    const pkg = readPackage(new Uint8Array(await fs.readFile(sent.path)));
    expect(pkg.manifest.sender).toEqual({ name: LAN, role: 'reporter' });
    expect(pkg.media.map((m) => [m.file, m.originalName])).toEqual([[photo, 'Lễ khởi công.png']]);
    expect(pkg.history.map((h) => h.name)).toContain('index.json');
  });

  test('the editor opens it: a new article with the photo and the reporter’s history', async () => {
    const opened = await editor.call('package:open', { fileName: 'ha-tinh-mo-duong-ven-bien.soan', bytes: await send(reporter, id) });
    expect(opened.report.outcome).toBe('new-article');
    expect(opened.summary).toMatchObject({ id, headline: 'Hà Tĩnh mở đường ven biển', authors: [LAN] });
    expect(opened.report.cameIn.media).toBe(1);
    await expect(editor.backend.mediaPath(id, photo)).resolves.toContain(photo);
    const versions = await editor.call('history:list', { id });
    expect(versions.map((v) => v.label)).toEqual(['Bản đầu', expect.stringMatching(/^Nhận bài của Nguyễn Thị Lan, \d\d:\d\d$/)]);
  });

  test('the editor comments and suggests, and sends it back twice', async () => {
    const doc = new EditorDoc((await editor.call('article:open', { id })).state);
    await editor.call('article:update', {
      id,
      update: doc.change((_f, d) => {
        d.getMap(COMMENTS_MAP).set('t-minh', { id: 't-minh', anchor: { from: null, to: null }, quote: '30 km', piece: 'sapo', by: { name: MINH, role: 'editor' }, at: '2026-11-27T10:00:00.000Z', resolved: null });
        d.getMap(COMMENT_MESSAGES_MAP).set('m-minh', { id: 'm-minh', threadId: 't-minh', by: { name: MINH, role: 'editor' }, at: '2026-11-27T10:00:00.000Z', text: 'Nguồn số liệu?' });
      }),
    });
    firstFromEditor = await send(editor, id);
    await editor.call('article:update', {
      id,
      update: doc.change((fragment) => {
        const run = (fragment.get(2) as Y.XmlElement).get(0) as Y.XmlText;
        run.insert(run.length, ' Tổng vốn 500 tỷ đồng.', { [suggestionMarks.insertion]: { id: 's-minh', author: MINH, role: 'editor', at: '2026-11-27T10:05:00.000Z' } });
      }),
    });
    secondFromEditor = await send(editor, id);
    await editor.call('article:close', { id });
    // Commenting and suggesting made nobody an author.
    expect((await editor.call('library:list', {})).articles[0].authors).toEqual([LAN]);
  });

  let merged: PackageOpened;
  test('the reporter, who kept writing with the article open, opens the reply: both edits and the review are there', async () => {
    await reporter.call('article:update', { id, update: reporterEditor.addParagraph('Người dân phấn khởi đón tin vui.') });
    merged = await reporter.call('package:open', { fileName: 'tra-loi.soan', bytes: secondFromEditor });
    expect(merged.report.outcome).toBe('merged');
    expect(merged.report.sender).toEqual({ name: MINH, role: 'editor' });
    expect(merged.report.cameIn.comments).toEqual([{ by: MINH, threads: 1, replies: 0 }]);
    expect(merged.report.cameIn.suggestions).toEqual([{ by: MINH, count: 1 }]);
    expect(merged.report.flags).toEqual([]);
    expect(merged.summary).toMatchObject({ openComments: 1, pendingSuggestions: 1, authors: [LAN] });

    // The open editor merges the answer and holds what the services hold.
    Y.applyUpdate(reporterEditor.doc, merged.update);
    const services = stored((await reporter.call('article:open', { id })).state);
    const inEditor = readArticle(reporterEditor.doc);
    expect(inEditor.stored).toEqual(services.stored);
    expect(inEditor.text).toContain('Người dân phấn khởi đón tin vui.');
    expect(inEditor.suggestions.map((s) => s.author)).toEqual([MINH]);
    expect(reporterEditor.doc.getMap(COMMENTS_MAP).has('t-minh')).toBe(true);
  });

  test('the merge is a version: compared with the one before, it shows the editor’s words; restoring it goes back', async () => {
    const versions = await reporter.call('history:list', { id });
    const mergeVersion = versions[versions.length - 1];
    expect(mergeVersion).toMatchObject({ reason: 'merge', author: { name: LAN } });
    expect(mergeVersion.label).toMatch(/^Gộp bản của Trần Văn Minh, \d\d:\d\d$/);
    const before = versions[versions.length - 2];
    expect(before.reason).toBe('autosave');
    // As it stands the suggestion is not text yet: the compare shows no body change, the counts do.
    const comparison = await reporter.call('history:compare', { id, from: before.id, to: mergeVersion.id });
    expect(comparison.parts.find((p) => p.part === 'body')!.changed).toBe(false);
    const restored = await reporter.call('history:restore', { id, versionId: before.id });
    expect(stored(restored.update).suggestions).toEqual([]);
    const again = await reporter.call('history:restore', { id, versionId: mergeVersion.id });
    expect(stored(again.update).suggestions.map((s) => s.id)).toEqual(['s-minh']);
  });

  test('opening the same package again, or an older one, changes nothing on disk', async () => {
    await reporter.call('article:close', { id });
    await reporter.call('library:list', {});
    const files = await libraryFiles(reporter.libraryPath);
    const again = await reporter.call('package:open', { fileName: 'tra-loi.soan', bytes: secondFromEditor });
    expect(again.report.outcome).toBe('nothing-new');
    expect(again.version).toBeUndefined();
    const older = await reporter.call('package:open', { fileName: 'cu.soan', bytes: firstFromEditor });
    expect(older.report.outcome).toBe('nothing-new');
    await reporter.call('library:list', {});
    expect(await libraryFiles(reporter.libraryPath)).toEqual(files);
  });

  test('a reply cut against what the other side has carries only that, and merges the same', async () => {
    const doc = new EditorDoc((await reporter.call('article:open', { id })).state);
    await reporter.call('article:update', { id, update: doc.type(1, ' Dự kiến hoàn thành năm 2027.') });
    const full = await reporter.call('package:send', { id });
    const fullSize = full.size;
    const delta = await reporter.call('package:send', { id, replyTo: secondFromEditor });
    expect(delta.delta).toBe(true);
    expect(delta.size).toBeLessThan(fullSize);
    const pkg = readPackage(new Uint8Array(await fs.readFile(delta.path)));
    expect(pkg.media).toEqual([]); // the editor has the photo already
    const opened = await editor.call('package:open', { fileName: delta.fileName, bytes: new Uint8Array(await fs.readFile(delta.path)) });
    expect(opened.report.outcome).toBe('merged');
    expect(stored(opened.update).sapo).toBe('Con đường dài 30 km nối ba huyện. Dự kiến hoàn thành năm 2027.');
    expect(stored(opened.update).text).toContain('Người dân phấn khởi đón tin vui.');
  });
});
