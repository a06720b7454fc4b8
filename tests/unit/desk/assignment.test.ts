// Issue 16, item 6: who the article is assigned to, its budget line and deadline — stored as
// registers, kept in the library index, and the library's "mine" and "late" filters; the
// newsroom's people offered from settings and the library.
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaKeys } from '../../../electron/contract/article/articleNames';
import { parseArticleMeta } from '../../../electron/contract/article/articleMeta';
import { isLate, isMine, samePerson } from '../../../electron/contract/article/deskAssignment';
import { metaConflicts, writeMetaValue } from '../../../electron/contract/article/metaStore';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';
import type { ArticleSummary } from '../../../electron/contract/types';
import { filterByDesk } from '../../../renderer/library/deskFilter';
import { removeTempDirs } from '../importExport/sampleArticle';
import { deskBackend, writtenArticle } from './deskSupport';

afterAll(removeTempDirs);

const NOW = '2026-12-07T05:00:00.000Z';

describe('the rules', () => {
  it('"mine" is the assignee or someone with an open comment assigned, whatever the spacing, case or Unicode form', () => {
    expect(samePerson('Thu  Hà', 'thu hà')).toBe(true);
    expect(samePerson('Thu Ha\u0300', 'Thu Hà')).toBe(true);
    expect(samePerson('', '')).toBe(false);
    expect(isMine({ assignee: 'Thu Hà' }, 'thu hà')).toBe(true);
    expect(isMine({ assignee: 'Minh Biên', tasks: ['Thu Hà'] }, 'Thu Hà')).toBe(true);
    expect(isMine({ assignee: 'Minh Biên' }, 'Thu Hà')).toBe(false);
    expect(isMine(undefined, 'Thu Hà')).toBe(false);
    expect(isMine({ assignee: 'Thu Hà' }, '  ')).toBe(false);
  });

  it('"late" is past the deadline and not exported yet', () => {
    expect(isLate({ deadline: '2026-12-07T04:00:00.000Z' }, 'editing', NOW)).toBe(true);
    expect(isLate({ deadline: '2026-12-07T04:00:00.000Z' }, 'exported', NOW)).toBe(false);
    expect(isLate({ deadline: '2026-12-07T06:00:00.000Z' }, 'draft', NOW)).toBe(false);
    expect(isLate({}, 'draft', NOW)).toBe(false);
  });

  it('reads the assignment leniently', () => {
    const meta = parseArticleMeta({ assignee: '  Thu   Hà ', budgetLine: 42, deadline: 'thứ hai' });
    expect(meta).toMatchObject({ assignee: 'Thu Hà', budgetLine: undefined, deadline: undefined });
  });

  it('assigned to two people on two offline copies keeps both names visible', () => {
    const a = createArticleDoc({ id: 'a000000005', createdAt: '2026-12-07T00:00:00Z' });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writeMetaValue(a, metaKeys.assignee, 'Thu Hà');
    writeMetaValue(b, metaKeys.assignee, 'Minh Biên');
    writeMetaValue(b, metaKeys.deadline, NOW);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(metaConflicts(a)).toEqual([{ key: 'assignee', values: expect.arrayContaining(['Thu Hà', 'Minh Biên']) }]);
  });
});

describe('the library', () => {
  it('lists the assignment, budget line and deadline, and filters mine and late', async () => {
    const { t } = await deskBackend({ profileName: 'Thu Hà' });
    const mine = await writtenArticle(t, 'Khánh thành cầu');
    await mine.send((doc) => {
      writeMetaValue(doc, metaKeys.assignee, 'Thu Hà');
      writeMetaValue(doc, metaKeys.budgetLine, 'Cầu Cửa Sót, 600 chữ, 2 ảnh');
      writeMetaValue(doc, metaKeys.deadline, '2026-12-07T04:00:00.000Z');
    });
    const theirs = await writtenArticle(t, 'Giá xăng tăng');
    await theirs.send((doc) => {
      writeMetaValue(doc, metaKeys.assignee, 'Minh Biên');
      writeMetaValue(doc, metaKeys.deadline, '2026-12-08T04:00:00.000Z');
    });
    await writtenArticle(t, 'Tin không giao');
    const articles = (await t.call('library:list', {})).articles;
    const byHeadline = (h: string) => articles.find((a) => a.headline === h)!;
    expect(byHeadline('Khánh thành cầu').desk).toMatchObject({ assignee: 'Thu Hà', budgetLine: 'Cầu Cửa Sót, 600 chữ, 2 ảnh', deadline: '2026-12-07T04:00:00.000Z' });
    const headlines = (list: ArticleSummary[]) => list.map((a) => a.headline).sort();
    expect(headlines(filterByDesk(articles, 'mine', 'Thu Hà', Date.parse(NOW)))).toEqual(['Khánh thành cầu']);
    expect(headlines(filterByDesk(articles, 'late', 'Thu Hà', Date.parse(NOW)))).toEqual(['Khánh thành cầu']);
    expect(headlines(filterByDesk(articles, 'late', 'Thu Hà', Date.parse('2026-12-09T00:00:00.000Z')))).toEqual(['Giá xăng tăng', 'Khánh thành cầu']);
    expect(filterByDesk(articles, 'all', 'Thu Hà', Date.parse(NOW))).toHaveLength(3);
  });

  it('offers the newsroom’s people: its own list first, then the authors and byline names in use', async () => {
    const { t } = await deskBackend({ profileName: 'Thu Hà' });
    await writtenArticle(t);
    await t.call('settings:update', { newsroom: { people: ['Lê Thư Ký', 'Minh Biên'] } });
    const { people } = await t.call('library:vocabulary', {});
    expect(people).toEqual(['Lê Thư Ký', 'Minh Biên', 'Thu Hà']);
    expect((await t.fail('settings:update', { newsroom: { people: ['x'.repeat(121)] } })).code).toBe('invalid-request');
  });
});
