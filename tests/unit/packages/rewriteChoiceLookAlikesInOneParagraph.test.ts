// Several rewrite conflicts in one paragraph that read alike — a credit line whose every
// "TTXVN" one side made "Reuters" and the other "AFP". Settling one must not make the next
// look settled: each choice is made on its own conflict's characters, and the paragraph ends
// reading exactly as chosen, never "ReutersAFP" answered "done".
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import type { MergeChoice, MergeFlag, PackageSender } from '../../../electron/contract/packages';
import { mergeIncoming } from '../../../electron/services/package/mergeIncoming';
import { listedSide } from '../../../electron/services/package/knownRewrites';
import { keepListedSide } from '../../../electron/services/package/resolveChoice';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { copyOf, editor, firstCopy, plainOf, reporter, textAt } from './articleCopies';

type RewriteFlag = Extract<MergeFlag, { kind: 'overlapping-edits' }>;
type RewriteChoice = Extract<MergeChoice, { kind: 'overlapping-edits' }>;
const MINH: PackageSender = { name: editor.name, role: 'editor' };
const LAN: PackageSender = { name: reporter.name, role: 'reporter' };
const AT = '2026-11-27T10:00:00.000Z';

const bodyText = (doc: Y.Doc) => storedTexts(readArticle(doc)).find((t) => t.path.join('.') === '2')!.standing.text;
const keepLocal = (f: RewriteFlag): RewriteChoice => ({ kind: 'overlapping-edits', flagId: f.id, passage: f.passage, drop: f.dropIncoming });
const keepIncoming = (f: RewriteFlag): RewriteChoice => ({ kind: 'overlapping-edits', flagId: f.id, passage: f.passage, drop: f.dropLocal });

/** Lan's copy with Minh's merged in; the rewrite conflicts the report lists. */
function merge(lan: Y.Doc, minh: Y.Doc): RewriteFlag[] {
  const incoming = { articleId: readArticle(minh).meta.id, sender: MINH, sentAt: AT, update: Y.encodeStateAsUpdate(minh), stateVector: Y.encodeStateVector(minh), doc: minh };
  return mergeIncoming(lan, incoming, LAN, AT).report.flags.filter((f): f is RewriteFlag => f.kind === 'overlapping-edits');
}

function choose(doc: Y.Doc, flags: RewriteFlag[], choice: RewriteChoice): string {
  const listed = listedSide(flags, choice);
  if (typeof listed === 'string') return listed;
  return keepListedSide(doc, choice, listed, 'test') ? 'done' : 'stale';
}

/** Every `old` in the body replaced by `next`, whole word selected and retyped. */
function rewriteAll(doc: Y.Doc, old: string, next: string): void {
  const run = textAt(doc, [2]);
  for (let i = plainOf(run).indexOf(old); i >= 0; i = plainOf(run).indexOf(old)) {
    run.delete(i, old.length);
    run.insert(i, next);
  }
}

function diverged(body: string): { lan: Y.Doc; minh: Y.Doc } {
  const base = firstCopy({ headline: 'Tin ảnh', sapo: 'Ảnh trong ngày.', body: [body] }, 1);
  const lan = copyOf(base, 2);
  const minh = copyOf(base, 3);
  rewriteAll(lan, 'TTXVN', 'Reuters');
  rewriteAll(minh, 'TTXVN', 'AFP');
  return { lan, minh };
}

describe('look-alike rewrite conflicts in one paragraph', () => {
  test('a credit line chosen top to bottom ends as chosen, each choice made on its own conflict', () => {
    const { lan, minh } = diverged('Ảnh: TTXVN – Ảnh: TTXVN – Ảnh: TTXVN – Ảnh: TTXVN');
    const flags = merge(lan, minh);
    expect(flags).toHaveLength(4);
    expect(flags.map((f) => choose(lan, flags, keepIncoming(f)))).toEqual(['done', 'done', 'done', 'done']);
    expect(bodyText(lan)).toBe('Ảnh: AFP – Ảnh: AFP – Ảnh: AFP – Ảnh: AFP');
  });

  test('the second of two alike conflicts is made, not taken for the first', () => {
    const { lan, minh } = diverged('x a TTXVN a TTXVN a');
    const flags = merge(lan, minh);
    expect(flags).toHaveLength(2);
    expect(choose(lan, flags, keepLocal(flags[0]!))).toBe('done');
    expect(choose(lan, flags, keepLocal(flags[1]!))).toBe('done');
    expect(bodyText(lan)).toBe('x a Reuters a Reuters a');
    // The same choices again change nothing.
    expect(flags.map((f) => choose(lan, flags, keepLocal(f)))).toEqual(['done', 'done']);
    expect(bodyText(lan)).toBe('x a Reuters a Reuters a');
  });
});
