// The scripted conflict suite: each way a merge could lose or garble work, in each piece of
// the article, with comments and suggestions on the words concerned. Each case ends with
// nothing lost — every word either side wrote is in the merged article or in a report item —
// and the report naming the case.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { metaKeys } from '../../../electron/contract/article/articleNames';
import { addToMetaSet, writeMetaValue } from '../../../electron/contract/article/metaStore';
import type { MergeFlag, MergeReport, PackageSender } from '../../../electron/contract/packages';
import { mergeIncoming } from '../../../electron/services/package/mergeIncoming';
import { resolveChoice } from '../../../electron/services/package/resolveChoice';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { writeJsonToFragment } from '../../../electron/services/article/writeContentToFragment';
import { ARTICLE_FRAGMENT } from '../../../electron/contract/article/articleNames';
import { append, articleJson, comment, copyOf, deleteBlock, editor, firstCopy, reporter, rewrite, suggest, type ArticleShape } from './articleCopies';

const SHAPE: ArticleShape = {
  headline: 'Hà Tĩnh mở đường ven biển',
  sapo: 'Con đường dài 30 km nối ba huyện.',
  body: ['Công trình khởi công sáng nay.', 'Tổng vốn đầu tư 500 tỷ đồng.', 'Người dân phấn khởi.'],
  caption: 'Lễ khởi công tại xã Thạch Hải.',
  byline: 'Thu Hà',
};
// Block indices: 0 headline, 1 sapo, 2–4 body, 5 figure (caption at [5, 0]), 6 byline.
const HEADLINE = [0];
const SAPO = [1];
const SECOND = [3];
const CAPTION = [5, 0];
const BYLINE = [6];

const LAN: PackageSender = { name: reporter.name, role: 'reporter' };
const MINH: PackageSender = { name: editor.name, role: 'editor' };

/** Two copies of one article: the reporter's (this library) and the editor's (the package). */
function twoCopies() {
  const base = firstCopy(SHAPE, 1);
  return { mine: copyOf(base, 2), theirs: copyOf(base, 3) };
}

/** The editor's copy arrives as a full package and is merged into the reporter's. */
function receive(mine: Y.Doc, theirs: Y.Doc, sender = MINH) {
  return mergeIncoming(
    mine,
    { articleId: readArticle(theirs).meta.id, sender, sentAt: '2026-11-27T10:00:00.000Z', update: Y.encodeStateAsUpdate(theirs), stateVector: Y.encodeStateVector(theirs), doc: theirs },
    LAN,
    '2026-11-27T10:00:00.000Z',
  );
}

/** Every character stored in the article, suggestions of both kinds included. */
function everything(doc: Y.Doc): string {
  return storedTexts(readArticle(doc)).map((t) => t.all.text).join('\n');
}

/** Words that are neither in the merged article nor in any report item. */
function lostWords(doc: Y.Doc, report: MergeReport, written: string[]): string[] {
  const flagged = JSON.stringify(report.flags);
  const text = everything(doc);
  return written.flatMap((phrase) => phrase.split(/\s+/).filter(Boolean)).filter((word) => !text.includes(word) && !flagged.includes(word));
}

const flagsOf = <K extends MergeFlag['kind']>(report: MergeReport, kind: K) => report.flags.filter((f): f is Extract<MergeFlag, { kind: K }> => f.kind === kind);

describe('text written in a block the other side deleted is kept as a suggestion', () => {
  test('body: the editor deleted the paragraph the reporter kept writing in (and commented on)', () => {
    const { mine, theirs } = twoCopies();
    comment(mine, SECOND, '500 tỷ', reporter, 't-lan', 'Kiểm tra số liệu');
    append(mine, SECOND, ' Vốn ngân sách tỉnh chiếm một nửa.');
    deleteBlock(theirs, 3);
    const { report } = receive(mine, theirs);
    const [kept] = flagsOf(report, 'kept-deleted-text');
    expect(kept).toMatchObject({ piece: 'body', author: LAN.name, deletedOn: 'incoming', text: 'Tổng vốn đầu tư 500 tỷ đồng. Vốn ngân sách tỉnh chiếm một nửa.' });
    // Back as a pending suggestion in the reporter's name, after the paragraph it followed.
    const article = readArticle(mine);
    expect(article.suggestions).toEqual([expect.objectContaining({ id: kept.suggestionId, author: LAN.name, kind: 'insertion' })]);
    expect(storedTexts(article).map((t) => t.all.text)[3]).toBe('Tổng vốn đầu tư 500 tỷ đồng. Vốn ngân sách tỉnh chiếm một nửa.');
    expect(article.parts.map((p) => p.text)).not.toContain('Vốn ngân sách tỉnh chiếm một nửa.'); // as it stands: the deletion stands until someone accepts
    expect(flagsOf(report, 'detached-comment')).toEqual([expect.objectContaining({ threadId: 't-lan', quote: '500 tỷ' })]);
    expect(lostWords(mine, report, ['Vốn ngân sách tỉnh chiếm một nửa.'])).toEqual([]);
  });

  test('body: the reporter deleted a paragraph the editor added a suggestion to', () => {
    const { mine, theirs } = twoCopies();
    suggest(theirs, SECOND, ' (theo quyết định của UBND tỉnh)', editor, 's-minh');
    deleteBlock(mine, 3);
    const { report } = receive(mine, theirs);
    const [kept] = flagsOf(report, 'kept-deleted-text');
    expect(kept).toMatchObject({ author: MINH.name, deletedOn: 'local', piece: 'body' });
    expect(kept.text).toContain('theo quyết định của UBND tỉnh');
    expect(readArticle(mine).suggestions.map((s) => s.author)).toEqual([MINH.name]);
    expect(lostWords(mine, report, ['(theo quyết định của UBND tỉnh)'])).toEqual([]);
  });

  test('caption: the photo was removed on one side while its caption was edited on the other', () => {
    const { mine, theirs } = twoCopies();
    append(theirs, CAPTION, ' Ảnh: Thu Hà');
    deleteBlock(mine, 5);
    const { report } = receive(mine, theirs);
    expect(flagsOf(report, 'kept-deleted-text')).toEqual([expect.objectContaining({ piece: 'caption', author: MINH.name, text: 'Lễ khởi công tại xã Thạch Hải. Ảnh: Thu Hà' })]);
    expect(lostWords(mine, report, ['Ảnh: Thu Hà'])).toEqual([]);
  });

  test('headline, sapo and byline: a version restored on one side while the other wrote in them', () => {
    const { mine, theirs } = twoCopies();
    append(mine, HEADLINE, ' mới');
    append(mine, SAPO, ' Dự kiến xong năm 2027.');
    append(mine, BYLINE, ' và Minh Châu');
    // A restore rewrites the whole text: every block is new.
    writeJsonToFragment(articleJson(SHAPE), theirs.getXmlFragment(ARTICLE_FRAGMENT));
    const { report } = receive(mine, theirs);
    const pieces = flagsOf(report, 'kept-deleted-text').map((f) => f.piece).sort();
    expect(pieces).toEqual(['byline', 'headline', 'sapo']);
    expect(lostWords(mine, report, ['mới', 'Dự kiến xong năm 2027.', 'và Minh Châu'])).toEqual([]);
  });
});

describe('overlapping rewrites of one passage are shown both ways, and one click keeps either', () => {
  const cases: Array<[string, number[], string, string, string]> = [
    ['headline', HEADLINE, 'ven biển', 'duyên hải', 'ven bờ biển'],
    ['sapo', SAPO, '30 km', '32 km', '35 cây số'],
    ['body', SECOND, '500 tỷ', '510 tỷ', 'năm trăm tỷ'],
    ['caption', CAPTION, 'Thạch Hải', 'Thạch Trị', 'Thạch Lạc'],
    ['byline', BYLINE, 'Thu Hà', 'Nguyễn Thu Hà', 'Thu Hà – Minh Châu'],
  ];
  test.each(cases)('%s', (piece, path, old, mineWrote, theirsWrote) => {
    const { mine, theirs } = twoCopies();
    rewrite(mine, path, old, mineWrote);
    rewrite(theirs, path, old, theirsWrote);
    const { report } = receive(mine, theirs);
    const [overlap] = flagsOf(report, 'overlapping-edits');
    expect(overlap).toMatchObject({ piece });
    expect(overlap.local).toContain(mineWrote.split(' ').pop());
    expect(overlap.incoming).toContain(theirsWrote.split(' ').pop());
    expect(lostWords(mine, report, [mineWrote, theirsWrote])).toEqual([]);

    // Keeping either: the other side's words leave the passage, and only them.
    const other = copyOf(mine, 9);
    expect(resolveChoice(mine, { kind: 'overlapping-edits', flagId: overlap.id, passage: overlap.passage, drop: overlap.dropIncoming }, 'test')).toBe(true);
    expect(everything(mine)).toContain(overlap.local);
    expect(everything(mine)).not.toContain(overlap.passage);
    expect(resolveChoice(other, { kind: 'overlapping-edits', flagId: overlap.id, passage: overlap.passage, drop: overlap.dropLocal }, 'test')).toBe(true);
    expect(everything(other)).toContain(overlap.incoming);
    // The same choice again finds nothing to change: refused, the text unharmed.
    expect(resolveChoice(mine, { kind: 'overlapping-edits', flagId: overlap.id, passage: overlap.passage, drop: overlap.dropIncoming }, 'test')).toBe(false);
  });

  test('a suggestion at the same place is not a conflict: it waits in the Review tab', () => {
    const { mine, theirs } = twoCopies();
    rewrite(mine, SECOND, '500 tỷ', '510 tỷ');
    suggest(theirs, SECOND, ' Nguồn: Sở Tài chính.', editor, 's-nguon');
    const { report } = receive(mine, theirs);
    expect(flagsOf(report, 'overlapping-edits')).toEqual([]);
    expect(report.cameIn.suggestions).toEqual([{ by: MINH.name, count: 1 }]);
  });
});

describe('single values set on both sides', () => {
  test('section, topic and byline set differently: both kept until someone chooses', () => {
    const { mine, theirs } = twoCopies();
    writeMetaValue(mine, metaKeys.section, 'Kinh tế');
    writeMetaValue(theirs, metaKeys.section, 'Xã hội');
    writeMetaValue(mine, metaKeys.topic, 'Giao thông');
    writeMetaValue(theirs, metaKeys.topic, 'Hạ tầng');
    writeMetaValue(mine, metaKeys.byline, [{ name: 'Thu Hà' }]);
    writeMetaValue(theirs, metaKeys.byline, [{ name: 'Thu Hà', role: 'Phóng viên' }]);
    const { report } = receive(mine, theirs);
    const conflicts = flagsOf(report, 'meta-conflict');
    expect(conflicts.map((c) => c.key).sort()).toEqual(['byline', 'section', 'topic']);
    const section = conflicts.find((c) => c.key === 'section')!;
    expect(section.choices.map((c) => c.label).sort()).toEqual(['Kinh tế', 'Xã hội']);
    expect(conflicts.find((c) => c.key === 'byline')!.choices.map((c) => c.label).sort()).toEqual(['Thu Hà', 'Thu Hà — Phóng viên']);
    const chosen = section.choices.find((c) => c.label === 'Xã hội')!;
    expect(resolveChoice(mine, { kind: 'meta-conflict', key: 'section', json: chosen.json }, 'test')).toBe(true);
    expect(readArticle(mine).meta.section).toBe('Xã hội');
    expect(resolveChoice(mine, { kind: 'meta-conflict', key: 'section', json: '"Thể thao"' }, 'test')).toBe(false);
  });

  test('the workflow moved on both sides: the table decides, both moves stay in the log', () => {
    const { mine, theirs } = twoCopies();
    for (const doc of [mine, theirs]) writeMetaValue(doc, metaKeys.status, 'submitted');
    Y.applyUpdate(theirs, Y.encodeStateAsUpdate(mine));
    Y.applyUpdate(mine, Y.encodeStateAsUpdate(theirs));
    const move = (doc: Y.Doc, to: 'editing' | 'returned', by: PackageSender) => {
      writeMetaValue(doc, metaKeys.status, to);
      addToMetaSet(doc, metaKeys.workflowLog, { from: 'submitted', to, by, at: '2026-11-27T10:00:00.000Z' });
    };
    move(mine, 'editing', { name: 'Biên tập A', role: 'editor' });
    move(theirs, 'returned', MINH);
    const { report } = receive(mine, theirs);
    expect(flagsOf(report, 'workflow-moved-on-both')).toEqual([expect.objectContaining({ states: expect.arrayContaining(['editing', 'returned']), kept: 'returned' })]);
    expect(readArticle(mine).meta.status).toBe('returned');
    expect(readArticle(mine).meta.workflowLog.map((e) => e.to).sort()).toEqual(['editing', 'returned']);
  });

  test('lists are sets: two copies that each add an author and a tag keep both, with no flag', () => {
    const { mine, theirs } = twoCopies();
    addToMetaSet(mine, metaKeys.authors, 'Minh Châu');
    addToMetaSet(theirs, metaKeys.authors, 'Trần Văn Minh');
    addToMetaSet(mine, metaKeys.tags, 'giao thông');
    addToMetaSet(theirs, metaKeys.tags, 'hạ tầng');
    const { report } = receive(mine, theirs);
    expect(report.flags).toEqual([]);
    expect(readArticle(mine).meta.authors).toEqual(expect.arrayContaining(['Nguyễn Thị Lan', 'Minh Châu', 'Trần Văn Minh']));
    expect(readArticle(mine).meta.tags.sort()).toEqual(['giao thông', 'hạ tầng']);
    expect(report.cameIn.meta).toEqual(['authors', 'tags']);
  });
});

describe('a merge is idempotent and both directions converge', () => {
  test('receiving the same copy twice changes nothing the second time; the other way round gives the same article', () => {
    const { mine, theirs } = twoCopies();
    append(mine, SECOND, ' Vốn ngân sách tỉnh chiếm một nửa.');
    deleteBlock(theirs, 3);
    rewrite(mine, SAPO, '30 km', '32 km');
    rewrite(theirs, SAPO, '30 km', '35 km');
    comment(theirs, [2], 'sáng nay', editor, 't-minh', 'Giờ nào?');
    const first = receive(mine, theirs);
    expect(first.changed).toBe(true);
    const state = Y.encodeStateAsUpdate(mine);
    const again = receive(mine, theirs);
    expect(again).toMatchObject({ changed: false, report: { outcome: 'nothing-new', flags: [] } });
    expect(Buffer.from(Y.encodeStateAsUpdate(mine)).equals(Buffer.from(state))).toBe(true);

    // The editor receives the reporter's merged copy: both now hold the same article.
    const back = mergeIncoming(theirs, { articleId: readArticle(mine).meta.id, sender: LAN, sentAt: '2026-11-27T11:00:00.000Z', update: Y.encodeStateAsUpdate(mine), stateVector: Y.encodeStateVector(mine), doc: mine }, MINH, '2026-11-27T11:00:00.000Z');
    expect(back.changed).toBe(true);
    expect(back.report.flags.filter((f) => f.kind === 'kept-deleted-text')).toEqual([]); // already kept on the other side
    expect(readArticle(theirs).stored).toEqual(readArticle(mine).stored);
  });
});
