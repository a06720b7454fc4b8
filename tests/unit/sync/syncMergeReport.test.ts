// Reconnecting after time offline: two workstations and a sync server (its own process) on
// 127.0.0.1. Both edit one article offline in ways a merge could garble or lose; the one that
// catches up gets the same merge report a package merge gives (kept until dismissed, its
// choices working), nothing either side wrote is lost, and edits that do not meet need no report.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { Push } from '../../../electron/contract/ipc/push';
import type { MergeFlag, MergeReport } from '../../../electron/contract/packages';
import { metaKeys } from '../../../electron/contract/article/articleNames';
import { writeMetaValue } from '../../../electron/contract/article/metaStore';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { EditorDoc, setUpBackend, tempFolder, type TestBackend } from '../services/support';
import { freePort } from '../server/scaleOutServices';
import { people, spawnServer, waitFor, writeConfig } from '../server/serverSupport';
import { append, deleteBlock, rewrite, suggest } from '../packages/articleCopies';

interface Workstation extends TestBackend {
  pushes: Push[];
  editor?: EditorDoc;
  edit(change: (doc: Y.Doc) => void): Promise<void>;
  online(on: boolean): Promise<void>;
}

let serverUrl: string;
let configFile: string;
let server: Awaited<ReturnType<typeof spawnServer>>;

async function workstation(name: string, token: string): Promise<Workstation> {
  const test = await setUpBackend({ profileName: name, sync: { roundIntervalMs: 400, articleTimeoutMs: 5000, maxReconnectDelayMs: 500 } });
  const pushes: Push[] = [];
  const w: Workstation = {
    ...test,
    pushes,
    async edit(change) {
      await test.call('article:update', { id, update: w.editor!.change((_, doc) => change(doc)) });
    },
    async online(on) {
      await test.call('settings:update', { sync: on ? { serverUrl, token } : null });
    },
  };
  test.backend.onPush((push) => {
    pushes.push(push);
    if (push.kind === 'article:update' && push.id === id && w.editor) Y.applyUpdate(w.editor.doc, push.update, 'push');
  });
  return w;
}

async function openIn(w: Workstation): Promise<void> {
  w.editor = new EditorDoc();
  Y.applyUpdate(w.editor.doc, (await w.call('article:open', { id })).state);
}

const statusOf = (w: Workstation) => (w.pushes.filter((p) => p.kind === 'sync:status').at(-1) as Extract<Push, { kind: 'sync:status' }> | undefined)?.status;
const settledOnline = (w: Workstation) => statusOf(w)?.state === 'online' && statusOf(w)?.waiting === 0;
const mergedPushes = (w: Workstation) => w.pushes.filter((p): p is Extract<Push, { kind: 'sync:merged' }> => p.kind === 'sync:merged');
/** Every character of the article as stored, pending suggestions included. */
const everything = (doc: Y.Doc) => storedTexts(readArticle(doc)).map((t) => t.all.text).join('\n');
const flagsOf = <K extends MergeFlag['kind']>(report: MergeReport, kind: K) => report.flags.filter((f): f is Extract<MergeFlag, { kind: K }> => f.kind === kind);

let id: string;
let lan: Workstation; // the reporter
let minh: Workstation; // the editor

beforeAll(async () => {
  const folder = await tempFolder('soan-sync-merge-');
  configFile = await writeConfig(folder, { port: await freePort(), dataFolder: 'data', users: Object.values(people) });
  server = await spawnServer(configFile);
  serverUrl = server.url;
  lan = await workstation(people.reporter.name, people.reporter.token);
  minh = await workstation(people.editor.name, people.editor.token);
  ({ id } = await lan.call('article:create', { headline: 'Hà Tĩnh mở đường ven biển' }));
  await openIn(lan);
  await lan.edit((doc) => append(doc, [2], 'Công trình khởi công sáng nay.'));
  await lan.call('article:update', { id, update: lan.editor!.addParagraph('Tổng vốn đầu tư 500 tỷ đồng.') });
  await lan.call('article:update', { id, update: lan.editor!.addParagraph('Người dân phấn khởi.') });
  await lan.call('article:update', { id, update: lan.editor!.addParagraph('Dự kiến thông xe năm 2027.') });
  await lan.online(true);
  await minh.online(true);
  await waitFor(() => minh.pushes.some((p) => p.kind === 'library:changed'), 20_000, 'the article to reach the editor');
  await openIn(minh);
  await waitFor(() => everything(minh.editor!.doc).includes('Dự kiến thông xe năm 2027.'), 20_000, 'the whole article on the editor');
}, 60_000);

afterAll(() => {
  server?.child.kill('SIGKILL');
});

/** Both go offline; `offline` runs; the reporter reconnects first, then the editor. */
async function apartThenBack(offline: () => Promise<void>): Promise<void> {
  await waitFor(() => settledOnline(lan) && settledOnline(minh), 20_000, 'both online and settled');
  await lan.online(false);
  await minh.online(false);
  await offline();
  await lan.online(true);
  await waitFor(() => settledOnline(lan), 20_000, "the reporter's changes sent");
  await minh.online(true);
  await waitFor(() => settledOnline(minh), 20_000, "the editor's changes sent");
  await waitFor(() => everything(lan.editor!.doc) === everything(minh.editor!.doc), 20_000, 'both copies alike');
  await lan.backend.syncMergesIdle();
  await minh.backend.syncMergesIdle();
}

describe('reconnecting after time offline', () => {
  it('edits that meet: the editor, catching up, gets the merge report; nothing either side wrote is lost', async () => {
    await apartThenBack(async () => {
      // Both rewrite the same words of the headline.
      await lan.edit((doc) => rewrite(doc, [0], 'ven biển', 'duyên hải'));
      await minh.edit((doc) => rewrite(doc, [0], 'ven biển', 'ven bờ biển'));
      // The reporter writes on in the second paragraph (block 3), which the editor deletes;
      // the editor adds to the last paragraph (block 5), which the reporter deletes.
      await lan.edit((doc) => append(doc, [3], ' Vốn ngân sách tỉnh chiếm một nửa.'));
      await minh.edit((doc) => append(doc, [5], ' Cần kiểm tra mốc thời gian.'));
      await lan.edit((doc) => deleteBlock(doc, 5));
      await minh.edit((doc) => deleteBlock(doc, 3));
      // Both set the section, and the topic, differently.
      await lan.edit((doc) => writeMetaValue(doc, metaKeys.section, 'Kinh tế'));
      await minh.edit((doc) => writeMetaValue(doc, metaKeys.section, 'Thời sự'));
      await lan.edit((doc) => writeMetaValue(doc, metaKeys.topic, 'Giao thông'));
      await minh.edit((doc) => writeMetaValue(doc, metaKeys.topic, 'Hạ tầng'));
    });

    // The reporter reconnected to a server with nothing new: no report there.
    expect(mergedPushes(lan)).toEqual([]);
    expect(await lan.call('sync:mergeReports', {})).toEqual([]);

    const [pushed] = mergedPushes(minh).map((p) => p.report);
    expect(pushed).toMatchObject({ articleId: id, via: 'sync', outcome: 'merged' });
    expect(pushed.sender.name).toContain(people.reporter.name);
    // Kept until someone looks, the same report as was pushed.
    expect(await minh.call('sync:mergeReports', {})).toEqual([pushed]);
    expect(await minh.call('sync:mergeReports', { id })).toEqual([pushed]);

    const kept = flagsOf(pushed, 'kept-deleted-text');
    expect(kept).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ deletedOn: 'local', piece: 'body', text: expect.stringContaining('Vốn ngân sách tỉnh chiếm một nửa.') }),
        expect.objectContaining({ deletedOn: 'incoming', piece: 'body', author: people.editor.name, text: 'Dự kiến thông xe năm 2027. Cần kiểm tra mốc thời gian.' }),
      ]),
    );
    const [overlap] = flagsOf(pushed, 'overlapping-edits');
    expect(overlap).toMatchObject({ piece: 'headline' });
    expect(overlap.local).toContain('bờ biển'); // the editor's own words, on the editor's side
    expect(overlap.incoming).toContain('duyên hải');
    expect(flagsOf(pushed, 'meta-conflict').map((f) => [f.key, f.choices.map((c) => c.label).sort()])).toEqual([
      ['section', ['Kinh tế', 'Thời sự']],
      ['topic', ['Giao thông', 'Hạ tầng']],
    ]);

    // Nothing lost, on either workstation: both offline texts are in the article, as pending suggestions.
    for (const w of [lan, minh]) {
      const text = everything(w.editor!.doc);
      for (const words of ['Vốn ngân sách tỉnh chiếm một nửa.', 'Cần kiểm tra mốc thời gian.', 'duyên hải', 'ven bờ biển']) expect(text).toContain(words);
      expect(readArticle(w.editor!.doc).suggestions.map((s) => s.id).sort()).toEqual(kept.map((f) => f.suggestionId).sort());
    }
    // The merge is a version in the history.
    expect((await minh.call('history:list', { id })).map((v) => v.reason)).toContain('merge');

    // The report's choices work as a package's do, and reach the other workstation.
    await minh.call('package:resolve', { id, choice: { kind: 'overlapping-edits', flagId: overlap.id, passage: overlap.passage, drop: overlap.dropLocal } });
    await minh.call('package:resolve', { id, choice: { kind: 'meta-conflict', key: 'section', json: JSON.stringify('Kinh tế') } });
    await waitFor(() => !readArticle(lan.editor!.doc).headline.includes('bờ'), 20_000, 'the choice on the reporter');
    expect(readArticle(lan.editor!.doc).headline).toContain('duyên hải');
    await waitFor(() => readArticle(lan.editor!.doc).meta.section === 'Kinh tế', 20_000, 'the section chosen, on the reporter');

    await minh.call('sync:dismissMergeReport', { id });
    expect(await minh.call('sync:mergeReports', {})).toEqual([]);
  }, 120_000);

  it('edits that do not meet merge silently: no report, no notice (the topic nobody chose yet is not reported again)', async () => {
    const reportsBefore = mergedPushes(minh).length + mergedPushes(lan).length;
    await apartThenBack(async () => {
      await lan.edit((doc) => append(doc, [2], ' Buổi lễ có lãnh đạo tỉnh dự.'));
      await minh.edit((doc) => append(doc, [1], 'Con đường dài 30 km nối ba huyện.'));
    });
    for (const w of [lan, minh]) {
      expect(everything(w.editor!.doc)).toContain('Buổi lễ có lãnh đạo tỉnh dự.');
      expect(readArticle(w.editor!.doc).sapo).toBe('Con đường dài 30 km nối ba huyện.');
      expect(await w.call('sync:mergeReports', {})).toEqual([]);
    }
    expect(mergedPushes(minh).length + mergedPushes(lan).length).toBe(reportsBefore);
  }, 120_000);

  it('the server restarts after both edited while it was down: both come back at once, the lost text is put back once, nothing is lost', async () => {
    await waitFor(() => settledOnline(lan) && settledOnline(minh), 20_000, 'both online and settled');
    const before = { lan: mergedPushes(lan).length, minh: mergedPushes(minh).length };
    server.child.kill('SIGKILL');
    await waitFor(() => statusOf(lan)?.state === 'offline' && statusOf(minh)?.state === 'offline', 20_000, 'both to see the server gone');
    const blocks = (doc: Y.Doc) => storedTexts(readArticle(doc)).map((t) => t.all.text);
    const sapoAt = blocks(lan.editor!.doc).findIndex((text) => text.startsWith('Con đường dài 30 km'));
    const firstAt = blocks(lan.editor!.doc).findIndex((text) => text.startsWith('Công trình khởi công'));
    expect([sapoAt, firstAt]).toEqual([1, 2]);
    await lan.edit((doc) => append(doc, [2], ' Nhà thầu cam kết đúng hạn.'));
    await minh.edit((doc) => deleteBlock(doc, 2));
    await minh.edit((doc) => append(doc, [1], ' Tuyến đường đi qua năm xã.'));
    await lan.edit((doc) => deleteBlock(doc, 1));

    server = await spawnServer(configFile);
    await waitFor(() => settledOnline(lan) && settledOnline(minh), 30_000, 'both back and settled');
    await waitFor(() => everything(lan.editor!.doc) === everything(minh.editor!.doc), 20_000, 'both copies alike');
    await lan.backend.syncMergesIdle();
    await minh.backend.syncMergesIdle();

    const reports = [...mergedPushes(lan).slice(before.lan), ...mergedPushes(minh).slice(before.minh)].map((p) => p.report);
    const kept = reports.flatMap((report) => flagsOf(report, 'kept-deleted-text'));
    // Each side's text in what the other deleted, put back once — whichever workstation saw the other's deletion.
    expect(kept).toHaveLength(2);
    expect(kept.map((f) => f.text)).toEqual(expect.arrayContaining([expect.stringContaining('Nhà thầu cam kết đúng hạn.'), expect.stringContaining('Tuyến đường đi qua năm xã.')]));
    for (const w of [lan, minh]) {
      const text = everything(w.editor!.doc);
      expect(text.split('Nhà thầu cam kết đúng hạn.').length - 1).toBe(1);
      expect(text.split('Tuyến đường đi qua năm xã.').length - 1).toBe(1);
    }
    for (const w of [lan, minh]) await w.call('sync:dismissMergeReport', { id });
  }, 120_000);

  it('a review-only workstation writes nothing the server would refuse: text it cannot put back is listed in full, and it stays in sync', async () => {
    const reviewer = await workstation(people.reviewer.name, people.reviewer.token);
    await reviewer.online(true);
    await waitFor(() => reviewer.pushes.some((p) => p.kind === 'library:changed'), 20_000, 'the article to reach the reviewer');
    await openIn(reviewer);
    await waitFor(() => settledOnline(lan) && settledOnline(minh) && settledOnline(reviewer), 20_000, 'all three online');
    await minh.call('article:update', { id, update: minh.editor!.addParagraph('Đoạn người góp ý sẽ đề xuất vào.') });
    await waitFor(() => everything(reviewer.editor!.doc).includes('Đoạn người góp ý sẽ đề xuất vào.'), 20_000, 'the paragraph on the reviewer');
    const indexIn = (doc: Y.Doc) => storedTexts(readArticle(doc)).findIndex((t) => t.path.length === 1 && t.all.text === 'Đoạn người góp ý sẽ đề xuất vào.');

    await reviewer.online(false);
    await reviewer.edit((doc) => suggest(doc, [indexIn(doc)], ' Nên thêm số liệu.', { name: people.reviewer.name, role: 'reporter' }, 's-gop-y'));
    await minh.edit((doc) => deleteBlock(doc, indexIn(doc)));
    await waitFor(() => settledOnline(minh), 20_000, "the editor's deletion sent");
    await reviewer.online(true);
    await waitFor(() => mergedPushes(reviewer).length > 0, 20_000, 'the report on the reviewer');
    await reviewer.backend.syncMergesIdle();

    const [report] = mergedPushes(reviewer).map((p) => p.report);
    expect(flagsOf(report, 'lost-text')).toEqual([expect.objectContaining({ author: people.reviewer.name, text: expect.stringContaining('Nên thêm số liệu.') })]);
    expect(flagsOf(report, 'kept-deleted-text')).toEqual([]);
    await waitFor(() => settledOnline(reviewer), 20_000, 'the reviewer settled');
    expect(statusOf(reviewer)!.refusals).toEqual([]);
    // Still linked: the editor's next word reaches the reviewer.
    await minh.edit((doc) => append(doc, [0], ' (cập nhật)'));
    await waitFor(() => readArticle(reviewer.editor!.doc).headline.endsWith('(cập nhật)'), 20_000, "the editor's edit on the reviewer");
    await reviewer.call('sync:dismissMergeReport', { id });
  }, 120_000);

  it('a hostile id is refused in words; a damaged report file is set aside and said so, the article untouched', async () => {
    expect(await minh.fail('sync:mergeReports', { id: '../../settings' })).toMatchObject({ code: 'invalid-request', params: { detail: expect.stringContaining('not an article id') } });
    expect(await minh.fail('sync:dismissMergeReport', { id: '../x' })).toMatchObject({ code: 'invalid-request' });

    const folder = path.join(minh.libraryPath, '.soan', 'merge-reports');
    await fs.mkdir(folder, { recursive: true });
    await fs.writeFile(path.join(folder, `${id}.json`), '{"reports": [{"articleId": "cut sho');
    const textBefore = everything(minh.editor!.doc);
    expect(await minh.call('sync:mergeReports', {})).toEqual([]);
    const names = await fs.readdir(folder);
    expect(names.some((n) => n.startsWith(`${id}.json.corrupt-`))).toBe(true);
    expect(names).not.toContain(`${id}.json`);
    const listing = await minh.call('library:list', {});
    expect(listing.problems).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'file-damaged-moved' })]));
    expect(everything(minh.editor!.doc)).toBe(textBefore);
  }, 60_000);
});
