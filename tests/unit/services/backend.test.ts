import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../electron/contract/ipc/channelNames';
import { limits } from '../../../electron/contract/ipc/schemas';
import { defaultNewsroomSettings } from '../../../electron/contract/newsroom';
import { createBackend } from '../../../electron/services/backend';
import { EditorDoc, errorOf, setUpBackend, tempFolder, unwrap, wrapBackend } from './support';
import * as Y from 'yjs';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';
import { writePackage } from '../../../electron/services/package/writePackage';

/** A package holding one new, empty article. */
function newArticlePackage(articleId: string): Uint8Array {
  const doc = createArticleDoc({ id: articleId, createdAt: '2026-11-27T09:00:00.000Z' });
  return writePackage({
    articleId,
    headline: '',
    sender: { name: 'Thu Hà', role: 'reporter' },
    sentAt: '2026-11-27T09:00:00.000Z',
    update: Y.encodeStateAsUpdate(doc),
    stateVector: Y.encodeStateVector(doc),
    base: null,
    media: [],
    mediaInUse: [],
    history: [],
  });
}

describe('first run', () => {
  it('asks for setup before the library can be used, then creates the library folder', async () => {
    const root = await tempFolder();
    const libraryPath = path.join(root, 'Documents', 'Soan');
    const t = wrapBackend(createBackend({ userDataDir: path.join(root, 'ud'), defaultLibraryPath: libraryPath }), root, libraryPath);

    const newsroom = defaultNewsroomSettings(path.join(root, 'Documents', 'Soan - Xuất bản'));
    expect(await t.call('settings:get', {})).toEqual({ profile: null, language: 'vi', libraryPath, newsroom });
    for (const channel of ['library:list', 'article:create'] as const) {
      expect(await t.fail(channel, {})).toEqual({ code: 'setup-required', params: {} });
    }
    expect((await t.fail('article:open', { id: 'abcdefghij12' })).code).toBe('setup-required');
    await expect(t.backend.mediaPath('abcdefghij12', 'a'.repeat(64) + '.png')).rejects.toMatchObject({ code: 'setup-required' });

    const settings = await t.call('settings:update', { profile: { name: '  Trần Văn B ', role: 'editor' } });
    expect(settings).toEqual({ profile: { name: 'Trần Văn B', role: 'editor' }, language: 'vi', libraryPath, newsroom });
    expect((await fs.stat(libraryPath)).isDirectory()).toBe(true);
    expect(await t.call('library:list', {})).toEqual({ libraryPath, articles: [], trash: [], problems: [] });
    expect(JSON.parse(await fs.readFile(path.join(root, 'ud', 'settings.json'), 'utf8'))).toMatchObject({
      profile: { name: 'Trần Văn B', role: 'editor' },
      libraryPath,
    });
  });

  it('remembers the profile and language across restarts', async () => {
    const t = await setUpBackend();
    await t.call('settings:update', { language: 'en' });
    await t.backend.close();
    const again = wrapBackend(createBackend({ userDataDir: t.userDataDir, defaultLibraryPath: '/elsewhere' }), t.userDataDir, t.libraryPath);
    expect(await again.call('settings:get', {})).toMatchObject({ language: 'en', libraryPath: t.libraryPath });
    expect((await again.call('library:list', {})).libraryPath).toBe(t.libraryPath);
  });

  it('refuses a relative library path', async () => {
    const t = await setUpBackend();
    expect(await t.fail('settings:update', { libraryPath: 'relative/folder' })).toMatchObject({ code: 'invalid-request' });
    expect((await t.call('settings:get', {})).libraryPath).toBe(t.libraryPath);
  });
});

describe('dispatch', () => {
  it('refuses unknown channels and bad payloads with a short reason, never throwing', async () => {
    const t = await setUpBackend();
    const d = t.backend.dispatch;
    expect(errorOf(await d('fs:readFile', { path: '/etc/passwd' }))).toEqual({ code: 'invalid-request', params: { detail: 'unknown channel' } });
    expect(errorOf(await d(undefined, undefined)).code).toBe('invalid-request');
    expect(errorOf(await d({ toString: () => 'library:list' }, {})).code).toBe('invalid-request');
    expect(errorOf(await d('__proto__', {})).code).toBe('invalid-request');

    const bad: Array<[string, unknown]> = [
      ['article:open', { id: '../../etc' }],
      ['article:open', { id: 'ABCDEFGHIJKL' }],
      ['article:open', {}],
      ['article:open', 'abcdefghij12'],
      ['article:open', { id: 'abcdefghij12', extra: 1 }],
      ['article:update', { id: 'abcdefghij12', update: [1, 2, 3] }],
      ['article:update', { id: 'abcdefghij12', update: 'AAEC' }],
      ['article:rename', { id: 'abcdefghij12', headline: 'x'.repeat(limits.headlineChars + 1) }],
      ['settings:update', { profile: { name: '   ', role: 'reporter' } }],
      ['settings:update', { profile: { name: 'A', role: 'admin' } }],
      ['settings:update', { language: 'fr' }],
      ['trash:restore', { trashId: '../x' }],
      ['media:import', { articleId: 'abcdefghij12', fileName: 'a.png', bytes: null }],
      ['library:list', null as unknown],
      ['library:list', { sneaky: true }],
    ];
    for (const [channel, payload] of bad) {
      const result = await d(channel, payload);
      if (channel === 'library:list' && payload === null) {
        expect(result.ok).toBe(true); // no payload means an empty one
        continue;
      }
      const error = errorOf(result);
      expect(error.code, `${channel} ${JSON.stringify(payload)}`).toBe('invalid-request');
      expect(String(error.params.detail).length).toBeLessThanOrEqual(200);
    }
    expect(errorOf(await d('article:open', { id: 'ABCDEFGHIJKL' })).params.detail).toBe('id: not an article id');
  });

  it('answers every channel with data, including for articles that do not exist', async () => {
    const t = await setUpBackend();
    const id = 'zzzzzzzzzz00';
    const requests: Record<string, unknown> = {
      'settings:get': {},
      'settings:update': {},
      'library:list': {},
      'article:create': {},
      'article:open': { id },
      'article:update': { id, update: new Uint8Array([0, 0]) },
      'article:close': { id },
      'article:rename': { id, headline: 'x' },
      'article:duplicate': { id },
      'article:trash': { id },
      'trash:restore': { trashId: 'nope' },
      'media:import': { articleId: id, fileName: 'a.png', bytes: new Uint8Array([1]) },
      'library:vocabulary': {},
      'library:search': { query: 'hà tĩnh' },
      'article:import': { fileName: 'bài.txt', bytes: new TextEncoder().encode('Tít bài\n\nSapo của bài.\n\nThân bài.') },
      'article:exportPreview': { id },
      'article:export': { id, zip: false },
      'dialog:chooseFolder': { purpose: 'export' },
      'language:check': { parts: [{ kind: 'body', text: 'Thành phố Hà Tĩnh .' }] },
      'language:convert': { text: 'Céng hßa' },
      'paste:convert': { articleId: id, html: '<p>chữ</p>' },
      'article:transition': { id, to: 'submitted' },
      'history:list': { id },
      'history:save': { id, label: 'Bản gửi thư ký' },
      'history:compare': { id, from: 'abcdef1', to: 'abcdef2' },
      'history:restore': { id, versionId: 'abcdef1' },
      'package:send': { id },
      'package:open': { fileName: 'bài.soan', bytes: newArticlePackage('goimoi0000001') },
      'package:resolve': { id, choice: { kind: 'meta-conflict', key: 'section', json: '"Thời sự"' } },
      'article:correct': { id, kind: 'correction', text: 'Sửa tên cầu' },
      'article:legal': { id, hold: true, note: 'Chờ ý kiến luật sư' },
      'sync:status': {},
      'article:caret': { id, caret: null },
      'sync:mergeReports': { id },
      'sync:dismissMergeReport': { id },
      'article:live': { id, update: new Uint8Array([0, 0]) },
    };
    expect(Object.keys(requests).sort()).toEqual([...channelNames].sort());
    for (const channel of channelNames) {
      const result = await t.backend.dispatch(channel, requests[channel]);
      if (!result.ok) {
        expect(['article-not-found', 'trash-entry-not-found', 'media-not-image']).toContain(result.error.code);
      }
    }
  });

  it('refuses an update that is not a Yjs update, and the article is unharmed', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', { headline: 'Bền vững' });
    for (const garbage of [new Uint8Array([1, 2, 3, 4, 5, 255, 255]), new TextEncoder().encode('{"hello":1}'), crypto.getRandomValues(new Uint8Array(4096))]) {
      const result = await t.backend.dispatch('article:update', { id, update: garbage });
      if (!result.ok) expect(result.error.code).toBe('invalid-request');
    }
    const opened = await t.call('article:open', { id });
    expect(opened.summary.headline).toBe('Bền vững');
  });

  it('an over-large image gets its own message, not "invalid request"', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', {});
    const error = await t.fail('media:import', { articleId: id, fileName: 'big.jpg', bytes: new Uint8Array(limits.mediaBytes + 1) });
    expect(error).toEqual({ code: 'media-too-large', params: { name: 'big.jpg', limitMb: 60 } });
  });

  it('the handlers are exposed for callers that validated the payload themselves', async () => {
    const t = await setUpBackend();
    const created = await t.backend.handlers['article:create']({ headline: 'Qua handlers' });
    expect((await t.backend.handlers['library:list']({})).articles.map((a) => a.id)).toEqual([created.id]);
  });
});

describe('two Soạn on one library', () => {
  it('the second is told the library is in use; the first keeps working', async () => {
    const first = await setUpBackend();
    const { id } = await first.call('article:create', { headline: 'Của người thứ nhất' });
    const second = wrapBackend(
      createBackend({ userDataDir: path.join(await tempFolder(), 'ud2'), defaultLibraryPath: first.libraryPath }),
      '',
      first.libraryPath,
    );
    const error = await second.fail('settings:update', { profile: { name: 'B', role: 'editor' } });
    expect(error).toEqual({ code: 'library-locked', params: { path: first.libraryPath, pid: process.pid, host: expect.any(String) } });
    expect((await second.call('settings:get', {})).profile).toBeNull(); // nothing changed for the second

    const editor = new EditorDoc((await first.call('article:open', { id })).state);
    expect((await first.call('article:update', { id, update: editor.type(1, 'Vẫn gõ được.') })).wordCount).toBe(7);

    // When the first closes, the second can open the library.
    await first.backend.close();
    await second.call('settings:update', { profile: { name: 'B', role: 'editor' } });
    expect((await second.call('library:list', {})).articles.map((a) => a.headline)).toEqual(['Của người thứ nhất']);
  });
});

describe('changing the library folder', () => {
  it('flushes and releases the old library, then opens the new one', async () => {
    const t = await setUpBackend();
    const { id } = await t.call('article:create', { headline: 'Ở thư viện cũ' });
    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    const pending = t.call('article:update', { id, update: editor.type(1, 'chưa lưu') });
    const newPath = path.join(await tempFolder(), 'Thư viện mới');
    const settings = await t.call('settings:update', { libraryPath: newPath });
    expect(settings.libraryPath).toBe(newPath);
    await pending;
    expect(await t.call('library:list', {})).toMatchObject({ libraryPath: newPath, articles: [] });
    // The old one was saved and unlocked: another backend can open it and finds the text.
    const other = await setUpBackend({ libraryPath: t.libraryPath });
    const reopened = await other.call('article:open', { id });
    expect(reopened.summary.wordCount).toBe(6);
  });

  it('a library path that cannot be used leaves the settings unchanged', async () => {
    const t = await setUpBackend();
    const file = path.join(await tempFolder(), 'a-file');
    await fs.writeFile(file, 'not a folder');
    const error = await t.fail('settings:update', { libraryPath: path.join(file, 'Soan') });
    expect(error.code).toBe('library-unavailable');
    expect((await t.call('settings:get', {})).libraryPath).toBe(t.libraryPath);
    expect((await t.call('library:list', {})).libraryPath).toBe(t.libraryPath);
  });
});

describe('closing', () => {
  it('saves what was typed, releases the lock and then answers calmly', async () => {
    const t = await setUpBackend({ saveDelayMs: 5000 });
    const { id } = await t.call('article:create', {});
    const editor = new EditorDoc((await t.call('article:open', { id })).state);
    const saved = t.backend.dispatch('article:update', { id, update: editor.type(0, 'Đóng ứng dụng') });
    await t.backend.close();
    expect((unwrap(await saved) as { wordCount: number }).wordCount).toBe(3);
    expect(await fs.readdir(path.join(t.libraryPath, '.soan'))).not.toContain('lock');
    expect(errorOf(await t.backend.dispatch('library:list', {})).code).toBe('library-unavailable');
    const again = await setUpBackend({ libraryPath: t.libraryPath });
    expect((await again.call('library:list', {})).articles[0].headline).toBe('Đóng ứng dụng');
  });
});
