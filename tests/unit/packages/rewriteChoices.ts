// For the rewrite-choice tests: one copy merged with another as a full package, the rewrite
// conflicts its report lists, and a person's choice made as the services make it (the side the
// report lists, knownRewrites.ts → resolveChoice.ts keepListedSide).
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import type { MergeChoice, MergeFlag, PackageSender } from '../../../electron/contract/packages';
import { listedSide } from '../../../electron/services/package/knownRewrites';
import { mergeIncoming } from '../../../electron/services/package/mergeIncoming';
import { keepListedSide } from '../../../electron/services/package/resolveChoice';
import { editor, reporter } from './articleCopies';

export type RewriteFlag = Extract<MergeFlag, { kind: 'overlapping-edits' }>;
export type RewriteChoice = Extract<MergeChoice, { kind: 'overlapping-edits' }>;

export const LAN: PackageSender = { name: reporter.name, role: 'reporter' };
export const MINH: PackageSender = { name: editor.name, role: 'editor' };
const SENT_AT = '2026-11-27T10:00:00.000Z';

/** `there` merged into `here` as `sender`'s whole package, opened by `keeper`: the rewrite conflicts listed. */
export function mergedRewrites(here: Y.Doc, there: Y.Doc, sender: PackageSender = MINH, keeper: PackageSender = LAN): RewriteFlag[] {
  const incoming = { articleId: readArticle(there).meta.id, sender, sentAt: SENT_AT, update: Y.encodeStateAsUpdate(there), stateVector: Y.encodeStateVector(there), doc: there };
  return mergeIncoming(here, incoming, keeper, SENT_AT).report.flags.filter((f): f is RewriteFlag => f.kind === 'overlapping-edits');
}

/** Keeping one side of a conflict: the other side's letters go. */
export const keep = (flag: RewriteFlag, side: 'local' | 'incoming'): RewriteChoice => ({
  kind: 'overlapping-edits',
  flagId: flag.id,
  passage: flag.passage,
  drop: side === 'local' ? flag.dropIncoming : flag.dropLocal,
});

/** 'done', 'stale' (no longer fits), or why the report refuses the choice ('unknown', 'ambiguous', 'damaged'). */
export function choose(doc: Y.Doc, flags: RewriteFlag[], choice: RewriteChoice): string {
  const listed = listedSide(flags, choice);
  if (typeof listed === 'string') return listed;
  return keepListedSide(doc, choice, listed, 'test') ? 'done' : 'stale';
}
