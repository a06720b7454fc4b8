// Applying a rewrite choice is all or nothing: ranges and letters to put back that make no sense
// for the passage are refused before anything changes, and a choice one of whose edits cannot
// be made (letters to put back between two hard line breaks, where no text run is) leaves the
// article exactly as it was — not with the removal done and the letters missing.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../../electron/contract/article/articleNames';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';
import { writeJsonToFragment } from '../../../electron/services/article/writeContentToFragment';
import { alreadyReads, resolveChoice } from '../../../electron/services/package/resolveChoice';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { ARTICLE_ID, AT, articleJson, firstCopy } from './articleCopies';

const bodyOf = (doc: Y.Doc) => storedTexts(readArticle(doc)).find((t) => t.path.join('.') === '2')!.all.text;
const unchanged = (doc: Y.Doc) => {
  const vector = Array.from(Y.encodeStateVector(doc));
  return () => expect(Array.from(Y.encodeStateVector(doc))).toEqual(vector);
};

describe('a rewrite choice that makes no sense for its passage changes nothing', () => {
  // "xanhtrắng": one side wrote "xanh" [0, 4), the other "trắng" [4, 9).
  const doc = () => firstCopy({ headline: 'Làng', sapo: 'Người dân.', body: ['Căn nhà xanhtrắng nằm ở đầu làng.'] }, 1);
  const passage = 'xanhtrắng';
  const cases: Array<[string, Array<[number, number]>, Array<[number, string]>]> = [
    ['ranges that overlap', [[0, 4], [2, 6]], []],
    ['an empty range', [[4, 4]], []],
    ['a range past the passage', [[4, 12]], []],
    ['letters put back inside the range dropped', [[4, 9]], [[6, 'nh']]],
    ['letters put back at the start of the range dropped', [[4, 9]], [[4, 'nh']]],
    ['letters put back twice at one place', [[4, 9]], [[2, 'a'], [2, 'b']]],
    ['letters put back past the passage', [[4, 9]], [[10, 'nh']]],
    ['nothing to put back', [[4, 9]], [[2, '']]],
  ];
  test.each(cases)('%s', (_, drop, restore) => {
    const article = doc();
    const same = unchanged(article);
    expect(resolveChoice(article, { kind: 'overlapping-edits', flagId: 'rewrite-1', passage, drop }, 'test', restore)).toBe(false);
    same();
    expect(bodyOf(article)).toContain(passage);
  });
});

test('a choice whose last edit cannot be made leaves the article as it was, its removal undone too', () => {
  const json = articleJson({ headline: 'Làng', sapo: 'Người dân.', body: ['x'] }) as { content: unknown[] };
  json.content[2] = { type: 'paragraph', content: [{ type: 'text', text: 'Căn nhà' }, { type: 'hardBreak' }, { type: 'hardBreak' }, { type: 'text', text: 'đỏ lắm.' }] };
  const article = new Y.Doc();
  article.clientID = 1;
  Y.applyUpdate(article, Y.encodeStateAsUpdate(createArticleDoc({ id: ARTICLE_ID, createdAt: AT, author: 'Nguyễn Thị Lan', headline: 'Làng' })));
  writeJsonToFragment(json as Parameters<typeof writeJsonToFragment>[0], article.getXmlFragment(ARTICLE_FRAGMENT));
  const text = bodyOf(article);
  const from = text.indexOf('nhà') + 2;
  const passage = text.slice(from, text.indexOf('đỏ') + 1); // "à", two breaks, "đ"
  expect(passage).toHaveLength(4);
  const same = unchanged(article);
  // Dropping "đ" would work; putting letters back at the second break cannot (no text run there).
  expect(resolveChoice(article, { kind: 'overlapping-edits', flagId: 'rewrite-1', passage, drop: [[3, 4]] }, 'test', [[2, 'nh']])).toBe(false);
  same();
  expect(bodyOf(article)).toBe(text);
});

describe('a choice counts as made already only when the block reads as the kept side, where the report placed it', () => {
  const article = firstCopy({ headline: 'Làng', sapo: 'Người dân.', body: ['àto nằm ở đầu làng.', 'Căn nhà xanh nằm ở đầu làng.'] }, 1);
  test('the kept side\'s words at the end of the other side\'s are not the block reading as that side', () => {
    expect(alreadyReads(article, { before: '', runs: [['to', {}]], after: ' nằm ở đầu làng.' })).toBe(false);
    expect(alreadyReads(article, { before: '', runs: [['àto', {}]], after: ' nằm ở đầu làng.' })).toBe(true);
  });
  test('words around the passage must match too, exactly: other spaces or another Unicode form are another reading', () => {
    expect(alreadyReads(article, { before: 'Căn nhà ', runs: [['xanh', {}]], after: ' nằm ở đầu' })).toBe(true);
    // Once read alike (spaces folded, NFD mapped); exact since a side may differ only so.
    expect(alreadyReads(article, { before: 'Căn  nhà '.normalize('NFD'), runs: [['xanh', {}]], after: ' nằm' })).toBe(false);
    expect(alreadyReads(article, { before: 'Căn nhà ', runs: [['đỏ', {}]], after: ' nằm' })).toBe(false);
    expect(alreadyReads(article, { before: 'Căn nhà ', runs: [['xanh', {}]], after: '' })).toBe(false);
  });
});
