// The merge report of an article that caught up with the server after time apart: the same
// checks as a package's merge (package/mergeIncoming.ts), made just after Yjs merged the
// server's changes into this copy. Text the merge dropped (written in a block the other side
// deleted) is put back as a pending suggestion; two rewrites of one passage, two values of
// one register and moves of the workflow on both sides are listed for a person to decide.
// The suggestions and settled values written here go up to the server like any change.
import * as Y from 'yjs';
import { readArticle, type Article } from '../../contract/article/readArticle';
import type { MergeFlag, MergeReport, PackageSender } from '../../contract/packages';
import type { Role } from '../../contract/types';
import { metaCameIn, piecesCameIn, suggestionsCameIn, workflowCameIn } from '../package/cameIn';
import { choicesThatDiffer } from '../package/choicesThatDiffer';
import { keepLostText } from '../package/keepLostText';
import { commentsCameIn, commentsOf, detachedByMerge } from '../package/mergeComments';
import { overlappingEdits } from '../package/overlappingEdits';
import { textWrittenSince } from '../package/textWrittenSince';
import type { CaughtUp } from './catchUpWatch';
import { syncMergeMeta, type MayWrite } from './syncMergeMeta';

/** Transaction origin of what the sync merge writes (put-back text, a settled workflow state). */
export const SYNC_MERGE_ORIGIN = 'soan-sync-merge';

/**
 * Whose work came in: people who became authors, moved the workflow, commented or suggested
 * (the server's changes carry no names of their own). The first is whose name text put back
 * from the server's side is suggested in.
 */
function peopleOf(was: Article, now: Article, cameIn: MergeReport['cameIn'], keeper: PackageSender): PackageSender[] {
  const roles = new Map<string, Role>();
  for (const entry of cameIn.workflow) roles.set(entry.by.name, entry.by.role);
  const authorsBefore = new Set(was.meta.authors);
  const newAuthors = now.meta.authors.filter((name) => !authorsBefore.has(name));
  const otherAuthors = now.meta.authors.filter((name) => name !== keeper.name);
  const names = [
    ...(newAuthors.length ? newAuthors : otherAuthors),
    ...cameIn.workflow.map((entry) => entry.by.name),
    ...cameIn.comments.map((c) => c.by),
    ...cameIn.suggestions.map((s) => s.by),
  ].filter((name) => name && name !== keeper.name);
  return [...new Set(names)].map((name) => ({ name, role: roles.get(name) ?? 'reporter' }));
}

function copyOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Text that could not be put back, listed in full. */
function lostText(flag: Extract<MergeFlag, { kind: 'kept-deleted-text' }>): MergeFlag {
  return { kind: 'lost-text', id: flag.id.replace(/^kept-/, 'lost-'), piece: flag.piece, author: flag.author, text: flag.text };
}

/**
 * Flags what a person must decide after `event` (changes `event.doc` in place, with
 * SYNC_MERGE_ORIGIN, as far as `mayWrite` says the server takes from this token). `keeper`
 * is who keeps this library; `at` dates what the merge writes.
 */
export function syncMergeReport(event: CaughtUp, keeper: PackageSender, at: string, mayWrite: MayWrite): MergeReport {
  const { doc } = event;
  const before = new Y.Doc();
  Y.applyUpdate(before, event.before);
  try {
    const was = readArticle(before);
    const commentsBefore = commentsOf(before);
    const fromIncoming = textWrittenSince(event.incoming, Y.encodeStateVector(before));
    // Without the server's state vector, what it lacked is unknown: claiming all of this
    // copy's text as new here would put back text the other side deleted knowingly.
    const fromLocal = event.serverVector ? textWrittenSince(event.before, event.serverVector) : [];
    const firstLook = readArticle(doc);
    const cameIn: MergeReport['cameIn'] = {
      pieces: [],
      comments: commentsCameIn(commentsBefore, commentsOf(doc)),
      suggestions: suggestionsCameIn(was, firstLook, new Set()),
      meta: [],
      workflow: workflowCameIn(was, firstLook),
      media: 0,
    };
    const people = peopleOf(was, firstLook, cameIn, keeper);
    const elsewhere: PackageSender = people[0] ?? { name: '', role: 'reporter' };

    // A review-only token may not add a paragraph, even a suggested one: what would be put back
    // is worked out on a scratch copy and listed in full instead.
    const target = mayWrite.text ? doc : copyOf(doc);
    // Only this copy is at hand: the server's side is read from the merged passage, knowing
    // what the server deleted.
    const flags: MergeFlag[] = overlappingEdits(
      target,
      fromLocal,
      fromIncoming,
      {
        local: before,
        incoming: null,
        incomingState: event.serverVector && (() => ({ deleted: Y.decodeUpdate(event.incoming).ds, knew: Y.decodeStateVector(event.serverVector!) })),
      },
    );
    target.transact(() => {
      flags.unshift(
        ...keepLostText(
          target,
          [
            { side: 'incoming', runs: fromIncoming, source: null, author: elsewhere },
            { side: 'local', runs: fromLocal, source: before, author: keeper },
          ],
          at,
        ).map((flag) => (mayWrite.text || flag.kind !== 'kept-deleted-text' ? flag : lostText(flag))),
      );
    }, SYNC_MERGE_ORIGIN);
    if (target !== doc) target.destroy();
    // A rewrite chosen one way here and the other way elsewhere: both sides' letters are gone.
    flags.push(...choicesThatDiffer(before, doc));
    doc.transact(() => flags.push(...syncMergeMeta(doc, before, mayWrite, SYNC_MERGE_ORIGIN)), SYNC_MERGE_ORIGIN);
    flags.push(...detachedByMerge(doc, [before, null], commentsBefore));

    const now = readArticle(doc);
    const madeHere = new Set(flags.flatMap((f) => (f.kind === 'kept-deleted-text' ? [f.suggestionId] : [])));
    cameIn.pieces = piecesCameIn(was, now);
    cameIn.suggestions = suggestionsCameIn(was, now, madeHere);
    cameIn.meta = metaCameIn(was, now);
    return {
      articleId: event.id,
      headline: now.headline,
      sender: { name: people.map((p) => p.name).join(', '), role: elsewhere.role },
      sentAt: at,
      outcome: 'merged',
      via: 'sync',
      cameIn,
      flags,
    };
  } finally {
    before.destroy();
  }
}
