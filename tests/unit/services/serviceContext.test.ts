// The services date what they write by the context's clock and report to the context's log:
// a newsroom's files say when things happened by one clock, and a test (or a later log file)
// hears every problem instead of it vanishing into the console.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clockFrom, defaultServiceContext, logTo } from '../../../electron/services/serviceContext';
import type { LogEntry } from '../../../electron/services/serviceContext';
import { EditorDoc, filesIn, imageFixture, projectFolderOf, setUpBackend } from './support';

const AT = '2026-03-01T08:00:00.000Z';
const fixedClock = clockFrom(() => new Date(AT));

const readJson = async (file: string) => JSON.parse(await fs.readFile(file, 'utf8'));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('a fixed clock in the service context', () => {
  it('dates a new article, its saves, versions, workflow moves, photos, the lock and the trash', async () => {
    const t = await setUpBackend({ context: defaultServiceContext({ clock: fixedClock }) });
    const lock = await readJson(path.join(t.libraryPath, '.soan', 'lock'));
    expect(lock.createdAt).toBe(AT);

    const summary = await t.call('article:create', { headline: 'Đường ven biển Hà Tĩnh' });
    expect(summary).toMatchObject({ createdAt: AT, updatedAt: AT });

    const opened = await t.call('article:open', { id: summary.id });
    const editor = new EditorDoc(opened.state);
    const saved = await t.call('article:update', { id: summary.id, update: editor.type(1, 'Sapo của bài.') });
    expect(saved.savedAt).toBe(AT);
    const folder = await projectFolderOf(t.libraryPath, summary.id);
    const readable = await readJson(path.join(folder, 'article.json'));
    expect(readable.updatedAt).toBe(AT);
    expect(readable.meta.createdAt).toBe(AT);

    const version = await t.call('history:save', { id: summary.id, label: 'Bản đầu' });
    expect(version.at).toBe(AT);
    const moved = await t.call('article:transition', { id: summary.id, to: 'submitted' });
    expect(moved.workflowLog.at(-1)?.at).toBe(AT);

    const photo = await t.call('media:import', { articleId: summary.id, fileName: 'anh.png', bytes: await imageFixture('photo.png') });
    expect((await readJson(path.join(folder, 'media.json'))).files[photo.file].importedAt).toBe(AT);

    const imported = await t.call('article:import', { fileName: 'bài.txt', bytes: new TextEncoder().encode('Tít bài\n\nSapo.\n\nThân bài.') });
    expect(imported.summary.createdAt).toBe(AT);

    await t.call('article:close', { id: summary.id });
    await t.call('article:trash', { id: summary.id });
    const listing = await t.call('library:list', {});
    expect(listing.trash.map((entry) => entry.trashedAt)).toEqual([AT]);
  });

  it('names a damaged file moved aside by the clock', async () => {
    const first = await setUpBackend();
    const { id } = await first.call('article:create', { headline: 'Bài sẽ hỏng' });
    await first.backend.close();
    const folder = await projectFolderOf(first.libraryPath, id);
    await fs.writeFile(path.join(folder, 'article.json'), '{');
    await fs.rm(path.join(folder, 'article.json.bak'), { force: true });

    const again = await setUpBackend({ libraryPath: first.libraryPath, context: defaultServiceContext({ clock: fixedClock }) });
    await again.call('article:open', { id });
    expect(await filesIn(folder)).toContain('article.json.corrupt-2026-03-01T08-00-00Z');
  });
});

describe("the service context's log", () => {
  it('hears that a damaged search index is rebuilt, the console does not, and search still works', async () => {
    const first = await setUpBackend();
    await first.call('article:create', { headline: 'Cầu Cửa Hội thông xe' });
    await first.backend.close();
    await fs.writeFile(path.join(first.libraryPath, '.soan', 'search-index.json'), 'không phải JSON');

    const entries: LogEntry[] = [];
    const console = vi.spyOn(globalThis.console, 'error');
    const again = await setUpBackend({ libraryPath: first.libraryPath, context: defaultServiceContext({ log: logTo((e) => entries.push(e)) }) });
    const hits = await again.call('library:search', { query: 'cua hoi' });

    expect(hits.map((hit) => hit.headline)).toEqual(['Cầu Cửa Hội thông xe']);
    expect(entries).toEqual([{ level: 'warn', message: 'search index unreadable, rebuilding it', detail: expect.any(String) }]);
    expect(console).not.toHaveBeenCalled();
  });

  it('by default writes to stderr as the services always did', () => {
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
    const failure = new Error('disk full');
    defaultServiceContext().log.problem('index not written', failure);
    expect(console).toHaveBeenCalledWith('soan: index not written', failure);
  });
});
