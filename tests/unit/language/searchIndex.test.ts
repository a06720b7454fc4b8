import { describe, expect, it } from 'vitest';
import { SearchIndex, type SearchDocument } from '../../../electron/services/language/searchIndex';
import { sampleText } from './languageFixtures';

const paragraphs = sampleText.split(/\n\s*\n/u).map((p) => p.trim());

const docs: SearchDocument[] = [
  { id: 'sample', headline: paragraphs[0], sapo: paragraphs[1], body: paragraphs.slice(2).join('\n'), tags: ['xây dựng Đảng'], authors: ['Trưởng ban Tuyên giáo'] },
  { id: 'body-only', headline: 'Mưa lớn ở miền Trung', body: 'Nhiều tuyến đường ở Hà Tĩnh bị ngập sau mưa lớn.' },
  { id: 'headline-folded', headline: 'Hà Tình và những chuyện chưa kể', body: 'Một câu chuyện khác.' },
  { id: 'headline-exact', headline: 'Hà Tĩnh đón khách du lịch', body: 'Du lịch phục hồi.' },
  { id: 'unaccented', headline: 'Bai viet khong dau', body: 'Dang vien o Ha Tinh tham gia sinh hoat.' },
  { id: 'authors', headline: 'Tin thể thao', body: 'Bóng đá.', authors: ['Nguyễn Thu Trang'], captions: ['Cầu thủ Hồng Lĩnh Hà Tĩnh ăn mừng.'] },
];

function build(): SearchIndex {
  const index = new SearchIndex();
  for (const doc of docs) index.add(doc);
  return index;
}

describe('search index', () => {
  it('folds diacritics: ha tinh finds Hà Tĩnh, dang vien finds đảng viên', () => {
    const index = build();
    expect(index.search('ha tinh').map((r) => r.id).sort()).toEqual(['authors', 'body-only', 'headline-exact', 'headline-folded', 'sample', 'unaccented']);
    expect(index.search('dang vien').map((r) => r.id).sort()).toEqual(['sample', 'unaccented']);
    expect(index.search('ĐẢNG VIÊN').map((r) => r.id)).toEqual(['sample', 'unaccented']);
    expect(index.search('bóng chuyền nữ')).toEqual([]);
    expect(index.search('   ')).toEqual([]);
  });

  it('ranks exact-diacritic matches above folded ones, then headline above body', () => {
    const index = build();
    // Exact in a headline (both), exact in a caption, exact in the body, then folded only.
    const ranked = index.search('Hà Tĩnh').map((r) => r.id);
    expect(ranked.slice(0, 2).sort()).toEqual(['headline-exact', 'sample']);
    expect(ranked.slice(2)).toEqual(['authors', 'body-only', 'headline-folded', 'unaccented']);
    // Without diacritics in the query, the literal unaccented text is the exact match.
    expect(index.search('ha tinh')[0]!.id).toBe('unaccented');
    expect(index.search('Hà Tình')[0]!.id).toBe('headline-folded');
  });

  it('returns a snippet around the match with the matched words highlighted', () => {
    const [result] = build().search('tu soi tu sua');
    expect(result!.id).toBe('sample');
    const snippet = result!.snippet!;
    expect(snippet.field).toBe('headline');
    const [from, to] = snippet.highlights[0]!;
    expect(snippet.text.slice(from, to)).toBe('tự soi, tự sửa');
    const body = build().search('mổ xẻ')[0]!.snippet!;
    expect(body.field).toBe('body');
    expect(body.text.startsWith('…') && body.text.endsWith('…')).toBe(true);
    expect(body.text.slice(...body.highlights[0]!)).toBe('mổ xẻ');
    expect(build().search('thu trang')[0]).toMatchObject({ id: 'authors', snippet: { field: 'authors', text: 'Nguyễn Thu Trang' } });
  });

  it('adds, updates and removes documents incrementally', () => {
    const index = build();
    index.update({ id: 'body-only', headline: 'Nắng nóng', body: 'Trời nắng gắt.' });
    expect(index.search('ngap').map((r) => r.id)).toEqual([]);
    expect(index.search('nang nong').map((r) => r.id)).toEqual(['body-only']);
    index.remove('headline-exact');
    expect(index.has('headline-exact')).toBe(false);
    expect(index.search('du lich')).toEqual([]);
    expect(index.size).toBe(5);
    for (let i = 0; i < 300; i++) index.add({ id: `temp-${i}`, headline: `Tin tạm ${i}` });
    for (let i = 0; i < 300; i++) index.remove(`temp-${i}`); // triggers compaction
    expect(index.size).toBe(5);
    expect(index.search('đảng viên').map((r) => r.id)).toEqual(['sample', 'unaccented']);
  });

  it('survives a restart through toJSON/fromJSON', () => {
    const index = build();
    index.remove('authors');
    const restored = SearchIndex.fromJSON(JSON.parse(JSON.stringify(index)));
    expect(restored.size).toBe(5);
    expect(restored.search('Hà Tĩnh')).toEqual(index.search('Hà Tĩnh'));
    restored.add({ id: 'new', headline: 'Đảng viên mới' });
    expect(restored.search('dang vien mới')[0]!.id).toBe('new');
  });
});
