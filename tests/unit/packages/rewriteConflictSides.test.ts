// Two laptops rewrite the same word offline. The editor's binding keeps the letters the old
// and new text share at either end (tests write the same way: rewriteAsEditor), so a side's
// rewrite is partly the old word's letters — letters the other side may have deleted. The
// merge report must show each side's text exactly as that side wrote it, choosing a side must
// leave exactly that text in the article. Two identical rewrites are listed too: nothing is
// removed without a person's choice.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import type { MergeChoice, MergeFlag, MergeReport, PackageSender } from '../../../electron/contract/packages';
import { mergeIncoming } from '../../../electron/services/package/mergeIncoming';
import { resolveChoice } from '../../../electron/services/package/resolveChoice';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { syncMergeReport } from '../../../electron/services/sync/syncMergeReport';
import { copyOf, editor, firstCopy, reporter, rewriteAsEditor, type ArticleShape } from './articleCopies';

const sentence = (word: string) => `Căn nhà ${word} nằm ở đầu làng.`;
const shapeWith = (word: string): ArticleShape => ({
  headline: 'Làng ven biển đón Tết',
  sapo: 'Người dân chuẩn bị từ sớm.',
  body: [sentence(word), 'Năm nay được mùa.'],
});
const BODY = [2];
const LAN: PackageSender = { name: reporter.name, role: 'reporter' };
const MINH: PackageSender = { name: editor.name, role: 'editor' };
const AT = '2026-11-27T10:00:00.000Z';

/** A word written with combining diacritics (NFD), as some keyboards and pasted text give it. */
const nfd = (word: string) => word.normalize('NFD');

/** The base word, what this library wrote, what the sender wrote. */
type Case = [name: string, old: string, mine: string, theirs: string];
const conflicts: Case[] = [
  ['a shared first letter the sender deleted', 'nhỏ', 'nhà', 'to'],
  ['a shared first letter both kept', 'nhỏ', 'nhà', 'nhanh'],
  ['texts sharing letters inside (nhà / nhanh) from another word', 'lớn', 'nhà', 'nhanh'],
  ['a shared last letter the sender deleted', 'đỏ', 'nhỏ', 'to'],
  ['a shared letter at the edge this library deleted', 'Hải', 'Hà', 'Hội'],
  ['one side a prefix of the other, this library deleting what the sender kept', 'anh', 'xa', 'xanh'],
  ['one side a prefix of the other, both keeping the start', 'xám', 'xa', 'xanh'],
  ['combining diacritics on one side (NFC shown)', 'Hải', 'Hà', nfd('Hội')],
  ['combining diacritics on both sides', 'Hải', nfd('Hà'), nfd('Hội')],
];
const identical: Case[] = [
  ['whole-word rewrites', 'đỏ', 'xanh', 'xanh'],
  ['rewrites keeping the shared start', 'nhỏ', 'nhà', 'nhà'],
  ['one written with combining diacritics', 'Hải', 'Hội', nfd('Hội')],
];
/** Both orders: which copy's letters Yjs puts first depends on the writers' client ids. */
const orders = [
  ['this library first', 2, 3],
  ['the sender first', 3, 2],
] as const;

/** The body sentence as it stands, NFC (how a reader sees it). */
const sentenceIn = (doc: Y.Doc) => storedTexts(readArticle(doc)).find((t) => t.path.join('.') === BODY.join('.'))!.standing.text.normalize('NFC');

function diverge(old: string, mine: string, theirs: string, mineClient: number, theirsClient: number) {
  const base = firstCopy(shapeWith(old), 1);
  const here = copyOf(base, mineClient);
  const there = copyOf(base, theirsClient);
  rewriteAsEditor(here, BODY, old, mine);
  rewriteAsEditor(there, BODY, old, theirs);
  return { base, here, there };
}

/** The sender's copy arrives as a full package. */
function receive(here: Y.Doc, there: Y.Doc): MergeReport {
  return mergeIncoming(
    here,
    { articleId: readArticle(there).meta.id, sender: MINH, sentAt: AT, update: Y.encodeStateAsUpdate(there), stateVector: Y.encodeStateVector(there), doc: there },
    LAN,
    AT,
  ).report;
}

const overlapsOf = (report: MergeReport) => report.flags.filter((f): f is Extract<MergeFlag, { kind: 'overlapping-edits' }> => f.kind === 'overlapping-edits');

function keep(flag: Extract<MergeFlag, { kind: 'overlapping-edits' }>, side: 'local' | 'incoming'): Extract<MergeChoice, { kind: 'overlapping-edits' }> {
  return { kind: 'overlapping-edits', flagId: flag.id, passage: flag.passage, drop: side === 'local' ? flag.dropIncoming : flag.dropLocal };
}

/** What keeping `side` puts back, as the services take it from their own report. */
const restoreOf = (flag: Extract<MergeFlag, { kind: 'overlapping-edits' }>, side: 'local' | 'incoming') => (side === 'local' ? flag.restoreLocal : flag.restoreIncoming) ?? [];

/** The report shows each side's word exactly; keeping either leaves exactly that word. */
function expectBothSidesExact(doc: Y.Doc, report: MergeReport, mine: string, theirs: string) {
  const overlaps = overlapsOf(report);
  expect(overlaps).toHaveLength(1);
  const [flag] = overlaps;
  expect(flag.local).toBe(mine.normalize('NFC'));
  expect(flag.incoming).toBe(theirs.normalize('NFC'));
  const other = copyOf(doc, 9);
  expect(resolveChoice(doc, keep(flag, 'local'), 'test', restoreOf(flag, 'local'))).toBe(true);
  expect(sentenceIn(doc)).toBe(sentence(mine).normalize('NFC'));
  expect(resolveChoice(other, keep(flag, 'incoming'), 'test', restoreOf(flag, 'incoming'))).toBe(true);
  expect(sentenceIn(other)).toBe(sentence(theirs).normalize('NFC'));
  // The other paragraphs are untouched.
  expect(storedTexts(readArticle(other)).map((t) => t.standing.text)).toContain('Năm nay được mùa.');
}

// Without the sender's copy (a package of only what this library lacked, or the sync server's
// side), letters the sender kept that this library deleted are in neither copy here (deleted
// text is not kept on a workstation). The sender's side is then marked as not readable in
// full; this library's side stays exact, and so does the sender's in every other case.
const deletedHere = new Set([
  'a shared letter at the edge this library deleted',
  'one side a prefix of the other, this library deleting what the sender kept',
  'combining diacritics on one side (NFC shown)',
  'combining diacritics on both sides',
]);

/** Whether `part` is `whole` with some letters left out (compared letter by letter, decomposed). */
function isShorterPartOf(part: string, whole: string): boolean {
  const [a, b] = [part.normalize('NFD'), whole.normalize('NFD')];
  let j = 0;
  for (const letter of b) if (j < a.length && a[j] === letter) j++;
  return j === a.length && a.length < b.length;
}

function expectSidesAsFarAsKnown(doc: Y.Doc, report: MergeReport, name: string, mine: string, theirs: string) {
  if (!deletedHere.has(name)) {
    expectBothSidesExact(doc, report, mine, theirs);
    expect(overlapsOf(report)[0].incomingUnread).toBeUndefined();
    return;
  }
  const [flag] = overlapsOf(report);
  expect(flag.incomingUnread).toBe(true);
  expect(flag.local).toBe(mine.normalize('NFC'));
  // The sender's side lacks letters (in neither copy here): fewer than the sender wrote, the
  // rest in the sender's order, nothing to put back — and kept as shown.
  expect(flag.restoreIncoming).toEqual([]);
  expect(isShorterPartOf(flag.incoming, theirs)).toBe(true);
  const other = copyOf(doc, 9);
  expect(resolveChoice(other, keep(flag, 'incoming'), 'test', restoreOf(flag, 'incoming'))).toBe(true);
  expect(sentenceIn(other)).toBe(sentence(flag.incoming));
  expect(resolveChoice(doc, keep(flag, 'local'), 'test', restoreOf(flag, 'local'))).toBe(true);
  expect(sentenceIn(doc)).toBe(sentence(mine).normalize('NFC'));
}

describe('a package merge: each side of a rewrite conflict reads exactly as that side wrote it', () => {
  for (const [order, mineClient, theirsClient] of orders) {
    test.each(conflicts)(`%s (${order})`, (_, old, mine, theirs) => {
      const { here, there } = diverge(old, mine, theirs, mineClient, theirsClient);
      expectBothSidesExact(here, receive(here, there), mine, theirs);
    });
  }
});

describe('a package of only what this library lacked (no sender copy inside): the same report', () => {
  for (const [order, mineClient, theirsClient] of orders) {
    test.each(conflicts)(`%s (${order})`, (name, old, mine, theirs) => {
      const { here, there } = diverge(old, mine, theirs, mineClient, theirsClient);
      const report = mergeIncoming(
        here,
        { articleId: readArticle(there).meta.id, sender: MINH, sentAt: AT, update: Y.encodeStateAsUpdate(there, Y.encodeStateVector(here)), stateVector: Y.encodeStateVector(there), doc: null },
        LAN,
        AT,
      ).report;
      expectSidesAsFarAsKnown(here, report, name, mine, theirs);
    });
  }
});

/** The body sentence as stored, not normalised: what a choice for an NFD side must leave. */
const storedSentenceIn = (doc: Y.Doc) => storedTexts(readArticle(doc)).find((t) => t.path.join('.') === BODY.join('.'))!.standing.text;

/**
 * Identical rewrites are listed like any rewrite conflict: both words still stand (nothing was
 * removed without a choice), each side is shown as written, and keeping either leaves exactly
 * that side's letters — an NFD side's own code points, not an NFC look-alike.
 */
function expectIdenticalListed(doc: Y.Doc, report: MergeReport, mine: string, theirs: string) {
  const [flag] = overlapsOf(report);
  expect(overlapsOf(report)).toHaveLength(1);
  expect(sentenceIn(doc)).not.toBe(sentence(mine).normalize('NFC'));
  expect(flag.local).toBe(mine.normalize('NFC'));
  expect(flag.incoming).toBe(theirs.normalize('NFC'));
  expect(flag.incomingUnread).toBeUndefined();
  const other = copyOf(doc, 9);
  expect(resolveChoice(doc, keep(flag, 'local'), 'test', restoreOf(flag, 'local'))).toBe(true);
  expect(storedSentenceIn(doc)).toBe(sentence(mine));
  expect(resolveChoice(other, keep(flag, 'incoming'), 'test', restoreOf(flag, 'incoming'))).toBe(true);
  expect(storedSentenceIn(other)).toBe(sentence(theirs));
}

describe('identical rewrites on both sides are listed for a person, never settled silently', () => {
  for (const [order, mineClient, theirsClient] of orders) {
    test.each(identical)(`%s (${order})`, (_, old, mine, theirs) => {
      const { here, there } = diverge(old, mine, theirs, mineClient, theirsClient);
      const report = receive(here, there);
      expect(report.flags.filter((f) => f.kind === 'kept-deleted-text')).toEqual([]);
      expectIdenticalListed(here, report, mine, theirs);
    });
  }
});

/** The merge a workstation makes when it catches up with the sync server (only its own copy at hand). */
function catchUp(base: Y.Doc, here: Y.Doc, there: Y.Doc, mayWrite = { text: true, move: () => true }): MergeReport {
  const before = Y.encodeStateAsUpdate(here);
  const incoming = Y.encodeStateAsUpdate(there, Y.encodeStateVector(here));
  Y.applyUpdate(here, incoming);
  return syncMergeReport({ id: readArticle(here).meta.id, before, doc: here, incoming, serverVector: Y.encodeStateVector(base) }, LAN, AT, mayWrite);
}

describe('identical rewrites that cannot be told apart by their words', () => {
  test('the same sentence twice, rewritten the same way on both sides: listed for a person, not left doubled unsaid', () => {
    const base = firstCopy({ ...shapeWith('đỏ'), body: [sentence('đỏ'), sentence('đỏ')] }, 1);
    const here = copyOf(base, 2);
    const there = copyOf(base, 3);
    for (const doc of [here, there]) for (const path of [[2], [3]]) rewriteAsEditor(doc, path, 'đỏ', 'xanh');
    const report = receive(here, there);
    expect(overlapsOf(report).map((f) => [f.local, f.incoming])).toEqual([
      ['xanh', 'xanh'],
      ['xanh', 'xanh'],
    ]);
  });
});

describe('catching up with the sync server: the same report', () => {
  for (const [order, mineClient, theirsClient] of orders) {
    test.each(conflicts)(`%s (${order})`, (name, old, mine, theirs) => {
      const { base, here, there } = diverge(old, mine, theirs, mineClient, theirsClient);
      expectSidesAsFarAsKnown(here, catchUp(base, here, there), name, mine, theirs);
    });

    test.each(identical)(`identical, listed: %s (${order})`, (_, old, mine, theirs) => {
      const { base, here, there } = diverge(old, mine, theirs, mineClient, theirsClient);
      expectIdenticalListed(here, catchUp(base, here, there), mine, theirs);
    });
  }

  test('a review-only workstation writes nothing: identical rewrites are listed for a person', () => {
    const { base, here, there } = diverge('đỏ', 'xanh', 'xanh', 2, 3);
    const [flag] = overlapsOf(catchUp(base, here, there, { text: false, move: () => false }));
    expect(flag).toMatchObject({ local: 'xanh', incoming: 'xanh' });
    expect(sentenceIn(here)).toBe(sentence('xanhxanh'));
  });
});

describe('a choice that no longer fits changes nothing', () => {
  test('letters to put back outside the passage, or empty, are refused and the article is untouched', () => {
    const { here, there } = diverge('nhỏ', 'nhà', 'to', 2, 3);
    const [flag] = overlapsOf(receive(here, there));
    const now = sentenceIn(here);
    const choice = keep(flag, 'local');
    expect(resolveChoice(here, choice, 'test', [[flag.passage.length + 1, 'nh']])).toBe(false);
    expect(resolveChoice(here, choice, 'test', [[0, '']])).toBe(false);
    expect(sentenceIn(here)).toBe(now);
    // The real choice still works afterwards, once.
    expect(resolveChoice(here, choice, 'test', restoreOf(flag, 'local'))).toBe(true);
    expect(sentenceIn(here)).toBe(sentence('nhà'));
    expect(resolveChoice(here, choice, 'test', restoreOf(flag, 'local'))).toBe(false);
  });
});
