// The compact search-index file: a restart answers every query exactly as before, reads only
// the texts a query shows, keeps working through edits, and a damaged file is refused whole.
import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchDocument } from '../../../electron/services/language/searchIndex';
import { decodeSearchFile, encodeSearchFile } from '../../../electron/services/search/searchIndexFile';
import { sampleText } from './languageFixtures';

const paragraphs = sampleText.split(/\n\s*\n/u).map((p) => p.trim());
const docs: SearchDocument[] = [
  { id: 'sample', headline: paragraphs[0], sapo: paragraphs[1], body: paragraphs.slice(2).join('\n'), tags: ['xây dựng Đảng'], authors: ['Trưởng ban Tuyên giáo'] },
  { id: 'body-only', headline: 'Mưa lớn ở miền Trung', body: 'Nhiều tuyến đường ở Hà Tĩnh bị ngập sau mưa lớn. "Trích dẫn" \\ và \u2028 dòng.' },
  { id: 'headline-folded', headline: 'Hà Tình và những chuyện chưa kể', body: 'Một câu chuyện khác.' },
  { id: 'headline-exact', headline: 'Hà Tĩnh đón khách du lịch', body: 'Du lịch phục hồi.' },
  { id: 'unaccented', headline: 'Bai viet khong dau', body: 'Dang vien o Ha Tinh tham gia sinh hoat.' },
  { id: 'authors', headline: 'Tin thể thao', body: 'Bóng đá.', authors: ['Nguyễn Thu Trang'], captions: ['Cầu thủ Hồng Lĩnh Hà Tĩnh ăn mừng.'] },
];
const queries = ['ha tinh', 'Hà Tĩnh', 'tu soi tu sua', 'mổ xẻ', 'thu trang', 'dang vien', 'trích dẫn', 'không có đâu'];
const updatedAt = Object.fromEntries(docs.map((d) => [d.id, '2026-12-07T08:00:00.000Z']));

function build(): SearchIndex {
  const index = new SearchIndex();
  for (const doc of docs) index.add(doc);
  return index;
}

const noDamage = (id: string, why: string) => {
  throw new Error(`unexpected damage of ${id}: ${why}`);
};

describe('the compact search-index file', () => {
  it('is one JSON document, and a restart answers every query as before, snippets included', () => {
    const index = build();
    index.remove('authors');
    index.add({ id: 'authors', headline: 'Tin thể thao mới', authors: ['Nguyễn Thu Trang'] });
    const bytes = encodeSearchFile(index, updatedAt);
    expect(JSON.parse(bytes.toString('utf8'))).toMatchObject({ format: 'soan-search-index', version: 2, updatedAt });
    const restored = decodeSearchFile(bytes, noDamage)!;
    expect(restored.updatedAt).toEqual(updatedAt);
    expect(restored.index.size).toBe(6);
    for (const query of queries) expect(restored.index.search(query)).toEqual(index.search(query));
  });

  it('keeps working through edits after a restart, and writes again what it has not read', () => {
    const first = decodeSearchFile(encodeSearchFile(build(), updatedAt), noDamage)!.index;
    first.search('mổ xẻ'); // loads one document's text; the others stay as saved bytes
    first.remove('unaccented');
    first.add({ id: 'new', headline: 'Đảng viên mới ở Hà Tĩnh' });
    const again = decodeSearchFile(encodeSearchFile(first, updatedAt), noDamage)!.index;
    const reference = build();
    reference.remove('unaccented');
    reference.add({ id: 'new', headline: 'Đảng viên mới ở Hà Tĩnh' });
    for (const query of queries) expect(again.search(query)).toEqual(reference.search(query));
    expect(again.has('unaccented')).toBe(false);
  });

  it('leaves an earlier whole-JSON file to the earlier reader', () => {
    const legacy = Buffer.from(JSON.stringify({ format: 'soan-search-index', version: 1, updatedAt, index: build().toJSON() }));
    expect(decodeSearchFile(legacy, noDamage)).toBeUndefined();
  });

  it('refuses a file cut short', () => {
    const bytes = encodeSearchFile(build(), updatedAt);
    expect(() => decodeSearchFile(bytes.subarray(0, bytes.length - 40), noDamage)).toThrow(/ends before its blobs/);
    expect(() => decodeSearchFile(bytes.subarray(0, bytes.indexOf('"blobs"') + 20), noDamage)).toThrow(/ends before its blobs/);
  });

  it('finds nothing through a term whose saved postings are damaged, and says so', () => {
    const bytes = encodeSearchFile(build(), updatedAt);
    const header = JSON.parse(bytes.toString('utf8'));
    const term = header.index.terms.indexOf('ngập');
    const [, from] = header.index.postings[term];
    const at = bytes.indexOf(',"blobs":[') + ',"blobs":['.length + from + 1;
    bytes.write('!', at, 'latin1'); // no longer base64; the file's frame is intact
    const damaged: string[] = [];
    const { index } = decodeSearchFile(bytes, (what) => damaged.push(what))!;
    expect(index.search('ngập')).toEqual([]);
    expect(damaged).toEqual(['the postings of “ngập”']);
    expect(index.search('mưa lớn').map((r) => r.id)).toEqual(['body-only']);
  });

  it('shows a document whose saved text is damaged without a snippet, and says so', () => {
    const bytes = encodeSearchFile(build(), updatedAt);
    const at = bytes.indexOf('"Mưa lớn ở miền Trung"');
    bytes.write('!', at, 'latin1'); // the text no longer parses; the file's frame is intact
    const damaged: string[] = [];
    const { index } = decodeSearchFile(bytes, (what) => damaged.push(what))!;
    const hit = index.search('ngập')[0]!;
    expect(hit.id).toBe('body-only');
    expect(hit.snippet).toBeUndefined();
    expect(damaged).toEqual(['article body-only']);
  });
});
