// Damaged, truncated and hostile packages are refused with a plain reason, and the library
// — the article it already holds included — is left byte for byte as it was.
import { beforeAll, describe, expect, test } from 'vitest';
import { readPackage } from '../../../electron/services/package/readPackage';
import { writePackage } from '../../../electron/services/package/writePackage';
import { setUpBackend, type TestBackend } from '../services/support';
import { goodContents, hostilePackages, type Hostile } from './hostilePackages';
import { libraryFiles } from './libraryFiles';

let hostile: Hostile[];
let b: TestBackend;

beforeAll(async () => {
  hostile = await hostilePackages();
  b = await setUpBackend({ profileName: 'Trần Văn Minh' });
  // The library already holds an article (another one), open in the editor as well.
  const article = await b.call('article:create', { headline: 'Bài đang viết' });
  await b.call('article:open', { id: article.id });
}, 60_000);

describe('A good package', () => {
  test('reads back whole: manifest, article, photo and history', async () => {
    const contents = await goodContents();
    const read = readPackage(writePackage(contents));
    expect(read.manifest).toMatchObject({ format: 'soan-package', version: 1, articleId: contents.articleId, sender: contents.sender, sentAt: contents.sentAt, base: null });
    expect(Object.keys(read.manifest.parts).sort()).toEqual(['article.yupd', 'history/index.json', 'history/v0first1.yupd', `media/${contents.media[0].file}`]);
    expect(read.media.map((m) => [m.file, m.originalName])).toEqual([[contents.media[0].file, 'Lễ khởi công.png']]);
    expect(read.history.map((h) => h.name).sort()).toEqual(['index.json', 'v0first1.yupd']);
    expect(read.doc).not.toBeNull();
  });

  test('is the same bytes when written twice from the same parts', async () => {
    const contents = await goodContents();
    expect(Buffer.from(writePackage(contents)).equals(Buffer.from(writePackage(contents)))).toBe(true);
  });
});

describe('Hostile and damaged packages', () => {
  test('the fixture set covers every way the issue names', () => {
    const reasons = new Set(hostile.map((h) => h.reason));
    for (const reason of ['unsafe-path', 'link', 'too-large', 'checksum', 'bad-id', 'media-too-large', 'bad-update', 'newer-format'] as const) {
      expect(reasons).toContain(reason);
    }
  });

  test('each is refused in memory with its own reason', () => {
    const refused = hostile
      .filter((h) => h.reason !== 'needs-full-package') // that one is only known against a library
      .map((h) => {
        try {
          readPackage(h.bytes);
          return [h.name, 'accepted'];
        } catch (error) {
          return [h.name, (error as { reason?: string }).reason ?? String(error)];
        }
      });
    expect(refused).toEqual(hostile.filter((h) => h.reason !== 'needs-full-package').map((h) => [h.name, h.reason]));
  });

  test('through package:open: refused in plain words, the library unchanged byte for byte', async () => {
    await b.call('library:list', {});
    const before = await libraryFiles(b.libraryPath);
    for (const h of hostile) {
      const error = await b.fail('package:open', { fileName: h.name, bytes: h.bytes });
      expect([h.name, error.code, error.params.reason]).toEqual([h.name, 'package-refused', h.reason]);
      expect(error.params.name).toBe(h.name);
    }
    await b.call('library:list', {});
    expect(await libraryFiles(b.libraryPath)).toEqual(before);
    expect((await b.call('library:list', {})).articles.map((a) => a.headline)).toEqual(['Bài đang viết']);
  }, 60_000);

  test('a package over the size limit gets its own message before anything reads it', async () => {
    const error = await b.fail('package:open', { fileName: 'lớn.soan', bytes: new Uint8Array(200 * 1024 * 1024 + 1) });
    expect(error).toEqual({ code: 'package-refused', params: { name: 'lớn.soan', reason: 'too-large' } });
  });
});
