import { readArticle } from '../../../electron/contract/article/readArticle';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { countWords } from '../../../electron/contract/text/wordCount';
import { articleFragment, copyArticleDoc, createArticleDoc, setHeadline } from '../../../electron/services/article/articleYDoc';
import { addToMetaSet } from '../../../electron/contract/article/metaStore';
import { writeJsonToFragment } from '../../../electron/services/article/writeContentToFragment';
import { storedJson } from '../support/storedJson';
import type { PmNode } from '../../../electron/contract/article/pmJson';
import { sampleText } from './support';

const textNode = (text: string): PmNode[] => (text ? [{ type: 'text', text }] : []);
const block = (type: string, text: string, attrs?: Record<string, unknown>): PmNode => ({
  type,
  ...(attrs ? { attrs } : {}),
  content: textNode(text),
});

/** The sample article as the editor would hold it: headline, sapo, body, figures, byline. */
async function sampleArticle(): Promise<{ doc: Y.Doc; reading: string[] }> {
  const lines = (await sampleText()).split('\n').filter((l) => l.trim());
  const headline = lines[0];
  const sapo = lines[1];
  const bylineAt = lines.findIndex((l) => l.startsWith('Trưởng ban'));
  const body: PmNode[] = [];
  const reading = [headline, sapo];
  for (const line of lines.slice(2, bylineAt)) {
    if (line === headline) {
      // In the flattened text a photo shows as its alt text (the headline); the caption follows.
      body.push({ type: 'figure', attrs: { src: 'f'.repeat(64) + '.jpg', alt: headline }, content: [block('figcaption', '')] });
    } else if (body.at(-1)?.type === 'figure' && !body.at(-1)!.content![0].content?.length) {
      body.at(-1)!.content = [block('figcaption', line)];
      reading.push(line);
    } else {
      body.push(block('paragraph', line));
      reading.push(line);
    }
  }
  reading.push(lines[bylineAt]);
  const doc = createArticleDoc({ id: 'sample0000001', createdAt: '2026-11-27T00:00:00.000Z', author: 'Phóng viên' });
  writeJsonToFragment(
    { type: 'doc', content: [block('headline', headline), block('sapo', sapo), ...body, block('byline', lines[bylineAt])] },
    articleFragment(doc),
  );
  return { doc, reading };
}

describe('a new article document', () => {
  it('has its metadata and headline, empty sapo and one empty paragraph', () => {
    const doc = createArticleDoc({ id: 'abcdefghij12', createdAt: '2026-01-02T03:04:05.000Z', author: 'Nguyễn Văn A', headline: 'Tin mới' });
    expect(readArticle(doc).meta).toMatchObject({
      id: 'abcdefghij12',
      createdAt: '2026-01-02T03:04:05.000Z',
      status: 'draft',
      authors: ['Nguyễn Văn A'],
      language: 'vi',
    });
    expect(storedJson(articleFragment(doc))).toEqual({
      type: 'doc',
      content: [{ type: 'headline', content: [{ type: 'text', text: 'Tin mới' }] }, { type: 'sapo' }, { type: 'paragraph' }],
    });
    expect(readArticle(doc).headline).toBe('Tin mới');
    expect(readArticle(doc).counts.words).toBe(2);
  });

  it('stores text as NFC whatever form it arrives in', () => {
    const doc = createArticleDoc({ id: 'abcdefghij12', createdAt: 'x', author: 'Hà'.normalize('NFD'), headline: 'Hà Tĩnh'.normalize('NFD') });
    expect(readArticle(doc).headline).toBe('Hà Tĩnh'.normalize('NFC'));
    expect(readArticle(doc).meta.authors).toEqual(['Hà'.normalize('NFC')]);
    setHeadline(doc, 'Tĩnh'.normalize('NFD'));
    expect(readArticle(doc).headline).toBe('Tĩnh'.normalize('NFC'));
  });
});

describe('reading the sample article', () => {
  it('gives the headline, the text block by block (captions and byline included, alt texts not)', async () => {
    const { doc, reading } = await sampleArticle();
    expect(readArticle(doc).headline).toBe('Đợt sinh hoạt chính trị sâu rộng về “tự soi, tự sửa” tại thành phố Hà Tĩnh');
    expect(readArticle(doc).text).toBe(reading.join('\n\n'));
    expect(readArticle(doc).parts.map((b) => b.kind)).toContain('caption');
    expect(readArticle(doc).text).toContain('Đảng viên Chi bộ Công an phường Nam Hà tham gia buổi sinh hoạt chuyên đề.');
  });

  it('counts words over headline, sapo, body, captions and byline', async () => {
    const { doc, reading } = await sampleArticle();
    expect(readArticle(doc).counts.words).toBe(countWords(reading.join(' ')));
    expect(readArticle(doc).counts.words).toBeGreaterThan(900);
  });

  it('separates list items, quotes and line breaks so words never run together', () => {
    const doc = createArticleDoc({ id: 'abcdefghij12', createdAt: 'x' });
    writeJsonToFragment(
      {
        type: 'doc',
        content: [
          block('headline', 'Một'),
          { type: 'sapo', content: [{ type: 'text', text: 'hai' }, { type: 'hardBreak' }, { type: 'text', text: 'ba' }] },
          { type: 'bulletList', content: [{ type: 'listItem', content: [block('paragraph', 'bốn')] }, { type: 'listItem', content: [block('paragraph', 'năm')] }] },
          { type: 'blockquote', content: [block('paragraph', 'sáu')] },
        ],
      },
      articleFragment(doc),
    );
    expect(readArticle(doc).text).toBe('Một\n\nhai\nba\n\nbốn\n\nnăm\n\nsáu');
    expect(readArticle(doc).counts.words).toBe(6);
  });
});

describe('changing an article document', () => {
  it('renames by replacing the headline text, and the change merges into the editor’s copy', () => {
    const server = createArticleDoc({ id: 'abcdefghij12', createdAt: 'x', headline: 'Cũ' });
    const editor = new Y.Doc();
    Y.applyUpdate(editor, Y.encodeStateAsUpdate(server));
    setHeadline(server, '  Mới   hơn ');
    Y.applyUpdate(editor, Y.encodeStateAsUpdate(server, Y.encodeStateVector(editor)));
    expect(readArticle(editor).headline).toBe('Mới hơn');
  });

  it('adds a headline when a document lacks one', () => {
    const doc = new Y.Doc();
    setHeadline(doc, 'Tít');
    expect(readArticle(doc).headline).toBe('Tít');
  });

  it('keeps authors in order of first edit, once each', () => {
    const doc = createArticleDoc({ id: 'abcdefghij12', createdAt: 'x', author: 'A' });
    addToMetaSet(doc, 'authors', 'B');
    addToMetaSet(doc, 'authors', 'A');
    addToMetaSet(doc, 'authors', 'B');
    expect(readArticle(doc).meta.authors).toEqual(['A', 'B']);
  });

  it('copies content and metadata under a new id', async () => {
    const { doc } = await sampleArticle();
    const copy = copyArticleDoc(doc, { id: 'copy00000001', createdAt: '2027-01-01T00:00:00.000Z' });
    expect(readArticle(copy).meta).toMatchObject({ id: 'copy00000001', createdAt: '2027-01-01T00:00:00.000Z', authors: ['Phóng viên'] });
    expect(readArticle(copy).text).toBe(readArticle(doc).text);
    expect(storedJson(articleFragment(copy))).toEqual(storedJson(articleFragment(doc)));
  });

  it('a copy keeps the comments on their words and the pending suggestions', async () => {
    const { doc } = await sampleArticle();
    const sapo = (articleFragment(doc).get(1) as Y.XmlElement).get(0) as Y.XmlText;
    doc.transact(() => {
      sapo.insert(0, 'Mới: ', { insertion: { id: 's1', author: 'Minh', role: 'editor', at: 'x' } });
      const from = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(sapo, 5));
      const to = Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(sapo, 17));
      doc.getMap('comments').set('t1', { id: 't1', anchor: { from, to }, quote: sapo.toString().slice(5, 17), piece: 'sapo' });
    });
    const copy = copyArticleDoc(doc, { id: 'copy00000002', createdAt: '2027-01-01T00:00:00.000Z' });
    const thread = copy.getMap('comments').get('t1') as { anchor: { from: unknown; to: unknown } };
    const at = (json: unknown) => Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(json), copy);
    const from = at(thread.anchor.from)!;
    const to = at(thread.anchor.to)!;
    const copiedSapo = (articleFragment(copy).get(1) as Y.XmlElement).get(0) as Y.XmlText;
    expect(from.type).toBe(copiedSapo);
    expect(copiedSapo.toDelta().map((d: { insert: string }) => d.insert).join('').slice(from.index, to.index)).toBe(
      sapo.toDelta().map((d: { insert: string }) => d.insert).join('').slice(5, 17),
    );
    expect(copiedSapo.toDelta()[0]).toMatchObject({ insert: 'Mới: ', attributes: { insertion: { id: 's1' } } });
  });
});
