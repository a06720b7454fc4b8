// Issue 16, item 7: @mentions and assigned comments — what "@" offers and puts in the text,
// which names a comment mentions, who a thread is assigned to after reassignments and merges,
// and the library showing an open assigned comment as its assignee's task until it is resolved.
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { commentTasks, mentionsIn, threadAssignees } from '../../../electron/contract/article/commentTasks';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';
import { filterByDesk } from '../../../renderer/library/deskFilter';
import { insertMention, matchPeople, mentionAt } from '../../../renderer/review/comments/mentionQuery';
import { assignThread, recordMentions } from '../../../renderer/review/comments/commentDesk';
import { addThread, resolveThread } from '../services/reviewDoc';
import { removeTempDirs } from '../importExport/sampleArticle';
import { deskBackend, writtenArticle } from './deskSupport';

afterAll(removeTempDirs);

const PEOPLE = ['Thu', 'Thu Hà', 'Minh Biên', 'Lê Thư Ký'];
const desk = { name: 'Lê Thư Ký', role: 'desk' as const };

describe('typing "@"', () => {
  it('finds the mention being typed just before the caret, and nowhere else', () => {
    expect(mentionAt('Nhờ @th', 7)).toEqual({ start: 4, query: 'th' });
    expect(mentionAt('@', 1)).toEqual({ start: 0, query: '' });
    expect(mentionAt('Nhờ @Thu Hà xem', 15)).toEqual({ start: 4, query: 'Thu Hà xem' });
    expect(mentionAt('thu@baohatinh.vn', 7)).toBeNull(); // an e-mail address, not a mention
    expect(mentionAt('@Thu\nxem', 8)).toBeNull();
    expect(mentionAt('không có', 8)).toBeNull();
  });

  it('offers people whose name or a word of it starts with what was typed, diacritics forgiven', () => {
    expect(matchPeople(PEOPLE, 'ha')).toEqual(['Thu Hà']);
    expect(matchPeople(PEOPLE, 'th')).toEqual(['Thu', 'Thu Hà', 'Lê Thư Ký']);
    expect(matchPeople(PEOPLE, 'bien')).toEqual(['Minh Biên']);
    expect(matchPeople(PEOPLE, 'zz')).toEqual([]);
    expect(matchPeople(PEOPLE, '')).toHaveLength(4);
  });

  it('puts "@Name " in place of what was typed and the caret after it', () => {
    expect(insertMention('Nhờ @ha kiểm tra', { start: 4, query: 'ha' }, 7, 'Thu Hà')).toEqual({ text: 'Nhờ @Thu Hà  kiểm tra', caret: 12 });
  });
});

describe('what a comment mentions', () => {
  it('reads the longest name after each "@", once each', () => {
    expect(mentionsIn('@Thu Hà và @Minh Biên xem giúp, @thu hà nữa', PEOPLE)).toEqual(['Thu Hà', 'Minh Biên']);
    expect(mentionsIn('@Thu, kiểm tra lại', PEOPLE)).toEqual(['Thu']);
    expect(mentionsIn('gửi thu@baohatinh.vn', PEOPLE)).toEqual([]);
    expect(mentionsIn('@Thuận đến chưa?', PEOPLE)).toEqual([]);
  });
});

describe('who a thread is assigned to', () => {
  it('the latest assignment counts; an empty one takes the task back', () => {
    const assignees = threadAssignees([
      { thread: 't1', to: 'Thu Hà', by: 'Lê Thư Ký', at: '2026-12-07T01:00:00Z' },
      { thread: 't1', to: 'Minh Biên', by: 'Lê Thư Ký', at: '2026-12-07T02:00:00Z' },
      { thread: 't2', to: 'Thu Hà', by: 'Lê Thư Ký', at: '2026-12-07T01:00:00Z' },
      { thread: 't2', to: '', by: 'Thu Hà', at: '2026-12-07T03:00:00Z' },
    ]);
    expect(assignees.get('t1')).toBe('Minh Biên');
    expect(assignees.get('t2')).toBe('');
  });

  it('two offline copies assigning the same thread agree after the merge, and keep both mentions', () => {
    const a = createArticleDoc({ id: 'a000000006', createdAt: '2026-12-07T00:00:00Z' });
    addThread(a, { id: 't1' }, [{ id: 'm1', text: 'Kiểm tra số liệu' }]);
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    assignThread(a, 't1', 'Thu Hà', desk, () => '2026-12-07T01:00:00.000Z');
    assignThread(b, 't1', 'Minh Biên', desk, () => '2026-12-07T01:05:00.000Z');
    recordMentions(a, 't1', '@Thu Hà xem', PEOPLE, desk);
    recordMentions(b, 't1', '@Minh Biên xem', PEOPLE, desk);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const [onA, onB] = [a, b].map((doc) => commentTasks(readArticle(doc).meta, new Set(['t1'])));
    expect(onA).toEqual(onB);
    expect(onA.tasks).toEqual(['Minh Biên']);
    expect([...onA.mentions].sort()).toEqual(['Minh Biên', 'Thu Hà']);
    expect(commentTasks(readArticle(a).meta, new Set())).toEqual({ tasks: [], mentions: [] });
  });

  it('commenting, mentioning and assigning never make anyone an author', () => {
    const doc = createArticleDoc({ id: 'a000000007', createdAt: '2026-12-07T00:00:00Z', author: 'Thu Hà' });
    addThread(doc, { id: 't1' }, [{ id: 'm1', text: '@Minh Biên xem' }]);
    recordMentions(doc, 't1', '@Minh Biên xem', PEOPLE, desk);
    assignThread(doc, 't1', 'Minh Biên', desk);
    expect(readArticle(doc).meta.authors).toEqual(['Thu Hà']);
  });
});

describe('the library', () => {
  it('shows an open assigned comment as its assignee’s task, and the mentioned people, until it is resolved', async () => {
    const { t } = await deskBackend({ profileName: 'Minh Biên' });
    const article = await writtenArticle(t);
    await article.send((doc) => {
      addThread(doc, { id: 't1' }, [{ id: 'm1', text: '@Thu Hà kiểm tra tên cầu' }]);
      recordMentions(doc, 't1', '@Thu Hà kiểm tra tên cầu', PEOPLE, desk);
      assignThread(doc, 't1', 'Thu Hà', desk);
    });
    const [summary] = (await t.call('library:list', {})).articles;
    expect(summary.desk).toMatchObject({ tasks: ['Thu Hà'], mentions: ['Thu Hà'] });
    expect(filterByDesk([summary], 'mine', 'thu hà', Date.now())).toHaveLength(1);
    expect(filterByDesk([summary], 'mine', 'Minh Biên', Date.now())).toHaveLength(0);

    await article.send((doc) => resolveThread(doc, 't1'));
    const [after] = (await t.call('library:list', {})).articles;
    expect(after.desk?.tasks).toBeUndefined();
    expect(after.desk?.mentions).toBeUndefined();
    expect(filterByDesk([after], 'mine', 'Thu Hà', Date.now())).toHaveLength(0);
  });
});
