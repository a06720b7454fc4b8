// A good package and the hostile or damaged variants of it Soạn must refuse, each with the
// reason it must give. Built from a real article and a real photo, then taken apart and
// put together wrong, the way a broken copy or an attacker would.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { deflateSync, unzipSync, Zip, ZipDeflate, ZipPassThrough, zipSync, type Zippable } from 'fflate';
import * as Y from 'yjs';
import type { PackageRefusal } from '../../../electron/contract/packages';
import { writePackage, type PackageContents } from '../../../electron/services/package/writePackage';
import { nestQuotes } from '../security/support/nestedQuotes';
import { ARTICLE_ID, firstCopy } from './articleCopies';

export const photoFile = async () => {
  const bytes = new Uint8Array(await fs.readFile(path.join(import.meta.dirname, '../fixtures/images/photo.png')));
  return { file: `${createHash('sha256').update(bytes).digest('hex')}.png`, bytes };
};

export async function goodContents(id = ARTICLE_ID): Promise<PackageContents> {
  const doc = firstCopy({ headline: 'Hà Tĩnh mở đường ven biển', sapo: 'Con đường dài 30 km.', body: ['Công trình khởi công sáng nay.'], caption: 'Lễ khởi công.', byline: 'Thu Hà' }, 7, id);
  const photo = await photoFile();
  const history = new Y.Doc();
  Y.applyUpdate(history, Y.encodeStateAsUpdate(doc));
  const version = { id: 'v0first1', at: '2026-11-27T09:00:00.000Z', author: { name: 'Thu Hà', role: 'reporter' }, label: '', reason: 'manual', wordCount: 10, status: 'draft', stateVector: Buffer.from(Y.encodeStateVector(doc)).toString('base64') };
  return {
    articleId: id,
    headline: 'Hà Tĩnh mở đường ven biển',
    sender: { name: 'Thu Hà', role: 'reporter' },
    sentAt: '2026-11-27T09:30:00.000Z',
    update: Y.encodeStateAsUpdate(doc),
    stateVector: Y.encodeStateVector(doc),
    base: null,
    media: [{ ...photo, originalName: 'Lễ khởi công.png' }],
    mediaInUse: [photo.file],
    history: [
      { name: 'index.json', bytes: new TextEncoder().encode(JSON.stringify({ format: 'soan-history', versions: [version] })) },
      { name: 'v0first1.yupd', bytes: deflateSync(Y.encodeStateAsUpdate(doc)) },
    ],
  };
}

/** The entries of a package, to change and zip again. */
export function entriesOf(bytes: Uint8Array): Record<string, Uint8Array> {
  return unzipSync(bytes);
}

export function zipOf(entries: Record<string, Uint8Array>, options: { os?: number; attrs?: number } = {}): Uint8Array {
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(entries)) zippable[name] = [data, { level: 0, ...options }];
  return zipSync(zippable);
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/** Changes the manifest (as JSON) and zips again with every other part as it was. */
export function withManifest(bytes: Uint8Array, change: (manifest: Record<string, any>) => void): Uint8Array {
  const entries = entriesOf(bytes);
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
  change(manifest);
  entries['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
  return zipOf(entries);
}

/** Replaces a part and puts its true checksum in the manifest (so only the content is wrong). */
export function withPart(bytes: Uint8Array, name: string, data: Uint8Array): Uint8Array {
  const entries = entriesOf(bytes);
  entries[name] = data;
  const manifest = JSON.parse(new TextDecoder().decode(entries['manifest.json']));
  manifest.parts[name] = { sha256: sha256(data), size: data.byteLength };
  entries['manifest.json'] = new TextEncoder().encode(JSON.stringify(manifest));
  return zipOf(entries);
}

/** A zip whose `name` entry inflates to `bytes` zeros while its headers claim 10 bytes. */
function bombWith(base: Uint8Array, name: string, bytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error) throw error;
    chunks.push(chunk);
  });
  for (const [entryName, data] of Object.entries(entriesOf(base))) {
    if (entryName === name) continue;
    const entry = new ZipPassThrough(entryName);
    zip.add(entry);
    entry.push(data, true);
  }
  const bomb = new ZipDeflate(name, { level: 1 });
  zip.add(bomb);
  const zeros = new Uint8Array(1024 * 1024);
  for (let left = bytes; left > 0; left -= zeros.length) bomb.push(zeros.subarray(0, Math.min(left, zeros.length)));
  bomb.push(new Uint8Array(0), true);
  zip.end();
  const out = Buffer.concat(chunks);
  // Lie in the central directory: a few bytes.
  for (let at = out.length - 22; at >= 0; at--) {
    if (out.readUInt32LE(at) !== 0x02014b50) continue;
    const nameLength = out.readUInt16LE(at + 28);
    if (out.subarray(at + 46, at + 46 + nameLength).toString() === name) out.writeUInt32LE(10, at + 24);
  }
  return new Uint8Array(out);
}

/** Renames entry `from` to `to` (same length) in local and central headers: two entries, one name. */
function renamedInPlace(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const out = Buffer.from(bytes);
  const source = Buffer.from(from);
  for (let at = out.indexOf(source); at >= 0; at = out.indexOf(source, at + 1)) out.write(to, at);
  return new Uint8Array(out);
}

export interface Hostile {
  name: string;
  bytes: Uint8Array;
  reason: PackageRefusal;
}

/** The article of `update` with 20,000 quotes nested inside each other at its end. */
function nestedTooDeep(update: Uint8Array): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  nestQuotes(doc, 20_000);
  return Y.encodeStateAsUpdate(doc);
}

export async function hostilePackages(): Promise<Hostile[]> {
  const contents = await goodContents();
  const good = writePackage(contents);
  const entries = entriesOf(good);
  const photo = await photoFile();
  const emptyDoc = Y.encodeStateAsUpdate(new Y.Doc());
  const bigPhoto = new Uint8Array(61 * 1024 * 1024);
  bigPhoto.set(photo.bytes);
  const bigName = `${sha256(bigPhoto)}.png`;
  return [
    { name: 'empty.soan', bytes: new Uint8Array(0), reason: 'not-a-package' },
    { name: 'text.soan', bytes: new TextEncoder().encode('Đây không phải là gói bài.'), reason: 'not-a-package' },
    { name: 'cut-short.soan', bytes: good.slice(0, Math.floor(good.length / 2)), reason: 'not-a-package' },
    { name: 'no-manifest.soan', bytes: zipOf({ 'article.yupd': entries['article.yupd'] }), reason: 'not-a-package' },
    { name: 'dot-dot.soan', bytes: zipOf({ ...entries, '../../evil.sh': new TextEncoder().encode('rm -rf ~') }), reason: 'unsafe-path' },
    { name: 'absolute.soan', bytes: zipOf({ ...entries, '/etc/cron.d/evil': new TextEncoder().encode('x') }), reason: 'unsafe-path' },
    { name: 'backslash.soan', bytes: zipOf({ ...entries, 'media\\..\\..\\evil.png': photo.bytes }), reason: 'unsafe-path' },
    { name: 'unknown-part.soan', bytes: zipOf({ ...entries, 'run.exe': new Uint8Array([0x4d, 0x5a]) }), reason: 'unsafe-path' },
    {
      name: 'same-name-twice.soan',
      bytes: renamedInPlace(zipOf({ ...entries, 'history/zzzzzzzz.yupd': entries['article.yupd'] }), 'history/zzzzzzzz.yupd', 'history/v0first1.yupd'),
      reason: 'unsafe-path',
    },
    { name: 'symlink.soan', bytes: zipOf({ 'manifest.json': entries['manifest.json'] }, { os: 3, attrs: (0o120777 << 16) >>> 0 }), reason: 'link' },
    { name: 'zip-bomb.soan', bytes: bombWith(good, 'article.yupd', 40 * 1024 * 1024), reason: 'too-large' },
    { name: 'checksum-lie.soan', bytes: withManifest(good, (m) => (m.parts['article.yupd'].sha256 = '0'.repeat(64))), reason: 'checksum' },
    { name: 'part-missing.soan', bytes: withManifest(good, (m) => (m.parts['media/' + 'a'.repeat(64) + '.png'] = { sha256: 'a'.repeat(64), size: 1 })), reason: 'checksum' },
    {
      name: 'unlisted-part.soan',
      bytes: zipOf({ ...entries, [`media/${'b'.repeat(64)}.png`]: photo.bytes }),
      reason: 'checksum',
    },
    { name: 'id-not-an-id.soan', bytes: withManifest(good, (m) => (m.articleId = '../../etc')), reason: 'bad-id' },
    { name: 'id-of-another.soan', bytes: withManifest(good, (m) => (m.articleId = 'khac0000000001')), reason: 'bad-id' },
    { name: 'photo-too-large.soan', bytes: withPart(good, `media/${bigName}`, bigPhoto), reason: 'media-too-large' },
    { name: 'photo-not-image.soan', bytes: withPart(good, `media/${sha256(new TextEncoder().encode('<svg/>'))}.png`, new TextEncoder().encode('<svg/>')), reason: 'media-not-image' },
    { name: 'photo-misnamed.soan', bytes: withPart(good, `media/${'c'.repeat(64)}.png`, photo.bytes), reason: 'media-not-image' },
    { name: 'update-garbage.soan', bytes: withPart(good, 'article.yupd', new Uint8Array([0xff, 0xfe, 0x01, 0x02, 0x03, 0x99, 0x00, 0x42])), reason: 'bad-update' },
    { name: 'update-empty-doc.soan', bytes: withPart(good, 'article.yupd', emptyDoc), reason: 'bad-update' },
    // 20,000 quotes inside each other: every reader of the article would overflow its stack.
    { name: 'update-nested-too-deep.soan', bytes: withPart(good, 'article.yupd', nestedTooDeep(contents.update)), reason: 'bad-update' },
    { name: 'newer-format.soan', bytes: withManifest(good, (m) => (m.version = 2)), reason: 'newer-format' },
    { name: 'history-garbage.soan', bytes: withPart(good, 'history/v0first1.yupd', deflateSync(new Uint8Array([0xff, 0xff, 0xff, 0xff, 0x0f, 0x07]))), reason: 'bad-history' },
    {
      name: 'delta-without-article.soan',
      bytes: writePackage({ ...contents, base: Y.encodeStateVector(new Y.Doc()), history: [] }),
      reason: 'needs-full-package',
    },
  ];
}
