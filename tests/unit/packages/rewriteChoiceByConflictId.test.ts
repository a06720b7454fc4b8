// Two rewrite conflicts may read exactly alike — "nhỏ"→"nhà" against "to" in one paragraph,
// "bỏ"→"bà" against "to" in the next both stand as "àto", with the same ranges — while each
// puts back different letters ("nh", "b"). A choice names its conflict by the report's id,
// and is made only where that conflict's own passage stands: the letters of one never go into
// the other's paragraph — even while both stand. A choice from an older report (ids only "overlap-<n>", no anchor)
// that cannot be told from another conflict is refused in plain words, nothing changed.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import type { MergeChoice, MergeFlag, PackageSender } from '../../../electron/contract/packages';
import { mergeIncoming } from '../../../electron/services/package/mergeIncoming';
import { KnownRewrites, listedSide } from '../../../electron/services/package/knownRewrites';
import { keepListedSide } from '../../../electron/services/package/resolveChoice';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import en from '../../../resources/locales/packages.en.json';
import vi from '../../../resources/locales/packages.vi.json';
import { copyOf, editor, firstCopy, reporter, rewriteAsEditor, textAt } from './articleCopies';

type RewriteFlag = Extract<MergeFlag, { kind: 'overlapping-edits' }>;
type RewriteChoice = Extract<MergeChoice, { kind: 'overlapping-edits' }>;
const LAN: PackageSender = { name: reporter.name, role: 'reporter' };
const MINH: PackageSender = { name: editor.name, role: 'editor' };
const AT = '2026-11-27T10:00:00.000Z';

const paragraph = (doc: Y.Doc, index: number) => storedTexts(readArticle(doc)).find((t) => t.path.join('.') === String(index))!.standing.text;
const keepLocal = (flag: RewriteFlag): RewriteChoice => ({ kind: 'overlapping-edits', flagId: flag.id, passage: flag.passage, drop: flag.dropIncoming });

/** What package:resolve does with a rewrite choice: the listed side, then made (or found made). */
function choose(doc: Y.Doc, flags: readonly RewriteFlag[], choice: RewriteChoice): 'done' | 'stale' | 'unknown' | 'ambiguous' | 'damaged' {
  const listed = listedSide(flags, choice);
  if (listed === 'unknown' || listed === 'ambiguous' || listed === 'damaged') return listed;
  return keepListedSide(doc, choice, listed, 'test') ? 'done' : 'stale';
}

/** Lan rewrote "nhỏ"→"nhà" and "bỏ"→"bà"; Minh both to "to". Lan's library merges Minh's copy. */
function twoAlikeConflicts(lanClient: number, minhClient: number) {
  const base = firstCopy({ headline: 'Làng', sapo: 'Người dân.', body: ['Căn nhà nhỏ nằm ở đầu làng.', 'Bà cụ bỏ đi rồi.'] }, 1);
  const lan = copyOf(base, lanClient);
  const minh = copyOf(base, minhClient);
  rewriteAsEditor(lan, [2], 'nhỏ', 'nhà');
  rewriteAsEditor(minh, [2], 'nhỏ', 'to');
  rewriteAsEditor(lan, [3], 'bỏ', 'bà');
  rewriteAsEditor(minh, [3], 'bỏ', 'to');
  const report = mergeIncoming(
    lan,
    { articleId: readArticle(minh).meta.id, sender: MINH, sentAt: AT, update: Y.encodeStateAsUpdate(minh), stateVector: Y.encodeStateVector(minh), doc: minh },
    LAN,
    AT,
  ).report;
  const known = new KnownRewrites();
  known.remember(report);
  const flags = known.flagsOf(readArticle(lan).meta.id);
  return { lan, flags, first: flags.find((f) => f.before.startsWith('Căn nhà'))!, second: flags.find((f) => f.before.startsWith('Bà cụ'))! };
}

/** Rewrites `passage` of paragraph `index` by hand. */
function byHand(doc: Y.Doc, index: number, passage: string, words: string): void {
  const run = textAt(doc, [index]);
  const at = run.toString().indexOf(passage);
  doc.transact(() => {
    run.delete(at, passage.length);
    run.insert(at, words);
  });
}

describe.each([
  ['Lan’s letters first', 2, 3],
  ['Minh’s letters first', 3, 2],
])('two conflicts that read alike (%s)', (_, lanClient, minhClient) => {
  test('they read alike, yet each has its own id and its own letters to put back', () => {
    const { flags, first, second } = twoAlikeConflicts(lanClient, minhClient);
    expect(flags).toHaveLength(2);
    expect(first.passage).toBe(second.passage);
    expect(first.dropIncoming).toEqual(second.dropIncoming);
    expect(first.id).not.toBe(second.id);
    expect(first.restoreLocal?.map(([, t]) => t)).toEqual(['nh']);
    expect(second.restoreLocal?.map(([, t]) => t)).toEqual(['b']);
  });

  test('while both stand, each choice is made in its own paragraph only', () => {
    const { lan, flags, first, second } = twoAlikeConflicts(lanClient, minhClient);
    expect(choose(lan, flags, keepLocal(first))).toBe('done');
    expect(paragraph(lan, 2)).toBe('Căn nhà nhà nằm ở đầu làng.');
    expect(paragraph(lan, 3)).toContain(second.passage);
    expect(choose(lan, flags, keepLocal(second))).toBe('done');
    expect(paragraph(lan, 2)).toBe('Căn nhà nhà nằm ở đầu làng.');
    expect(paragraph(lan, 3)).toBe('Bà cụ bà đi rồi.');
  });

  test('paragraph 2 put right by hand, keeping Lan’s side of paragraph 1 puts back "nh" there, not "b"', () => {
    const { lan, flags, first, second } = twoAlikeConflicts(lanClient, minhClient);
    byHand(lan, 3, second.passage, 'bà');
    expect(choose(lan, flags, keepLocal(first))).toBe('done');
    expect(paragraph(lan, 2)).toBe('Căn nhà nhà nằm ở đầu làng.');
    expect(paragraph(lan, 3)).toBe('Bà cụ bà đi rồi.');
  });

  test('paragraph 1 put right by hand, keeping Lan’s side of paragraph 2 puts back "b" there', () => {
    const { lan, flags, first, second } = twoAlikeConflicts(lanClient, minhClient);
    byHand(lan, 2, first.passage, 'nhà');
    expect(choose(lan, flags, keepLocal(second))).toBe('done');
    expect(paragraph(lan, 2)).toBe('Căn nhà nhà nằm ở đầu làng.');
    expect(paragraph(lan, 3)).toBe('Bà cụ bà đi rồi.');
  });

  test('paragraph 1 put right by hand, paragraph 1’s own choice never touches paragraph 2’s alike passage', () => {
    const { lan, flags, first, second } = twoAlikeConflicts(lanClient, minhClient);
    byHand(lan, 2, first.passage, 'to');
    const paragraph2 = paragraph(lan, 3);
    expect(paragraph2).toContain(second.passage);
    // Paragraph 1 no longer reads as the report showed it: refused, and paragraph 2 untouched.
    expect(choose(lan, flags, keepLocal(first))).toBe('stale');
    expect(paragraph(lan, 2)).toBe('Căn nhà to nằm ở đầu làng.');
    expect(paragraph(lan, 3)).toBe(paragraph2);
  });

  test('a choice naming no listed conflict is refused', () => {
    const { lan, flags, first } = twoAlikeConflicts(lanClient, minhClient);
    expect(choose(lan, flags, { ...keepLocal(first), flagId: 'rewrite-000000000000-9' })).toBe('unknown');
  });

  test('an older report (ids "overlap-<n>", no anchor): alike conflicts are refused in plain words, a lone one is still made', () => {
    const { lan, flags, first, second } = twoAlikeConflicts(lanClient, minhClient);
    const older = flags.map(({ at: _at, ...flag }, i) => ({ ...flag, id: `overlap-${i + 1}` }));
    byHand(lan, 3, second.passage, 'bà');
    const before = Y.encodeStateVector(lan);
    const olderFirst = older[flags.indexOf(first)];
    expect(choose(lan, older, keepLocal(olderFirst))).toBe('ambiguous');
    expect(Y.encodeStateVector(lan)).toEqual(before);
    expect(en.errors['package-choice-ambiguous']).toMatch(/nothing was changed/);
    expect(vi.errors['package-choice-ambiguous']).toMatch(/không bị thay đổi/);
    // The report listing only that conflict: it cannot be mistaken, and is made.
    expect(choose(lan, [olderFirst], keepLocal(olderFirst))).toBe('done');
    expect(paragraph(lan, 2)).toBe('Căn nhà nhà nằm ở đầu làng.');
  });
});

test('the same word rewritten the same way in two paragraphs on both machines: each choice is made in its own paragraph', () => {
  const base = firstCopy({ headline: 'Làng', sapo: 'Người dân.', body: ['Căn nhà nhỏ nằm ở đầu làng.', 'Ngôi trường nhỏ ở cuối làng.'] }, 1);
  const lan = copyOf(base, 2);
  const minh = copyOf(base, 3);
  for (const index of [2, 3]) {
    rewriteAsEditor(lan, [index], 'nhỏ', 'nhà');
    rewriteAsEditor(minh, [index], 'nhỏ', 'nhà');
  }
  const incoming = { articleId: readArticle(minh).meta.id, sender: MINH, sentAt: AT, update: Y.encodeStateAsUpdate(minh), stateVector: Y.encodeStateVector(minh), doc: minh };
  const flags = mergeIncoming(lan, incoming, LAN, AT).report.flags.filter((f): f is RewriteFlag => f.kind === 'overlapping-edits');
  expect(flags).toHaveLength(2);
  expect(flags[0].passage).toBe(flags[1].passage);
  const keepIncoming = (flag: RewriteFlag): RewriteChoice => ({ kind: 'overlapping-edits', flagId: flag.id, passage: flag.passage, drop: flag.dropLocal });
  expect(choose(lan, flags, keepLocal(flags[0]))).toBe('done');
  expect(choose(lan, flags, keepIncoming(flags[1]))).toBe('done');
  expect(paragraph(lan, 2)).toBe('Căn nhà nhà nằm ở đầu làng.');
  expect(paragraph(lan, 3)).toBe('Ngôi trường nhà ở cuối làng.');
});
