// Two copies of one article meet: the sender's (a package) is merged into this library's
// copy — the services' own Y.Doc — and the merge report says what came in from whom and
// what a person must look at. Text the merge would have dropped is put back as pending
// suggestions; the workflow state is settled by the workflow table. Opening the same package
// again, or an older one, changes nothing: Yjs merges are idempotent, and then no report
// item is made either.
import { MAX_ARTICLE_NESTING, articleNesting } from '../../contract/article/articleNesting';
import * as Y from 'yjs';
import { readArticle } from '../../contract/article/readArticle';
import type { MergeReport, PackageSender } from '../../contract/packages';
import { choicesThatDiffer } from './choicesThatDiffer';
import { metaCameIn, piecesCameIn, suggestionsCameIn, workflowCameIn } from './cameIn';
import { keepLostText } from './keepLostText';
import { commentsCameIn, commentsOf, detachedByMerge } from './mergeComments';
import { mergeMeta } from './mergeMeta';
import { overlappingEdits } from './overlappingEdits';
import { PackageRefused } from './packageRefused';
import { textWrittenSince } from './textWrittenSince';

/** Transaction origin of a package's merge and of what the merge report changes. */
export const PACKAGE_ORIGIN = 'soan-package';

export interface IncomingCopy {
  articleId: string;
  sender: PackageSender;
  sentAt: string;
  /** The whole sender's state, or what this copy lacked. */
  update: Uint8Array;
  /** The sender's state vector when the package was written. */
  stateVector: Uint8Array;
  /** The sender's copy, when the package holds the whole state. */
  doc: Y.Doc | null;
}

export interface MergeResult {
  changed: boolean;
  report: MergeReport;
}

function copyOf(state: Uint8Array): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, state);
  return copy;
}

/** Whether state vector `have` covers everything `need` lists. */
function covers(have: Uint8Array, need: Uint8Array): boolean {
  const held = Y.decodeStateVector(have);
  return [...Y.decodeStateVector(need)].every(([client, clock]) => (held.get(client) ?? 0) >= clock);
}

export function emptyReport(incoming: IncomingCopy, headline: string, outcome: MergeReport['outcome']): MergeReport {
  return {
    articleId: incoming.articleId,
    headline,
    sender: incoming.sender,
    sentAt: incoming.sentAt,
    outcome,
    cameIn: { pieces: [], comments: [], suggestions: [], meta: [], workflow: [], media: 0 },
    flags: [],
  };
}

/**
 * Whether merging `incoming` into a copy whose state is `localState` would change anything.
 * Throws PackageRefused when it builds on state this copy lacks or is of another article.
 */
export function wouldChange(localState: Uint8Array, incoming: IncomingCopy): boolean {
  const probe = copyOf(localState);
  try {
    let changed = false;
    probe.on('update', () => (changed = true));
    Y.applyUpdate(probe, incoming.update);
    // Changes that build on state this copy never had would wait inside Yjs, unseen: refuse.
    if (!covers(Y.encodeStateVector(probe), incoming.stateVector)) {
      throw new PackageRefused('needs-full-package', 'this library lacks the changes the package builds on');
    }
    if (articleNesting(probe, MAX_ARTICLE_NESTING) > MAX_ARTICLE_NESTING) throw new PackageRefused('bad-update', `the article nests more than ${MAX_ARTICLE_NESTING} levels deep`);
    if (readArticle(probe).meta.id !== incoming.articleId) throw new PackageRefused('bad-id', 'the package is of another article');
    return changed;
  } finally {
    probe.destroy();
  }
}

/**
 * Merges `incoming` into `doc` (this library's copy, changed in place). `keeper` is who keeps
 * this library: the author of text here the sender had not seen. `at` dates what the merge
 * writes. Throws PackageRefused when the package needs state this copy lacks.
 */
export function mergeIncoming(doc: Y.Doc, incoming: IncomingCopy, keeper: PackageSender, at: string): MergeResult {
  const localState = Y.encodeStateAsUpdate(doc);
  if (!wouldChange(localState, incoming)) return { changed: false, report: emptyReport(incoming, readArticle(doc).headline, 'nothing-new') };
  const before = copyOf(localState);
  try {
    Y.applyUpdate(doc, incoming.update, PACKAGE_ORIGIN);
    const fromIncoming = textWrittenSince(incoming.update, Y.encodeStateVector(before));
    const fromLocal = textWrittenSince(localState, incoming.stateVector);
    // A package of what this copy lacked holds no sender's copy: its side is read from the
    // merged passage, knowing what the sender deleted.
    const incomingState = incoming.doc ? undefined : () => ({ deleted: Y.decodeUpdate(incoming.update).ds, knew: Y.decodeStateVector(incoming.stateVector) });
    const flags = overlappingEdits(doc, fromLocal, fromIncoming, { local: before, incoming: incoming.doc, incomingState });
    // A rewrite chosen one way here and the other way there: both sides' letters are gone.
    flags.push(...choicesThatDiffer(before, doc));
    doc.transact(() => {
      flags.unshift(
        ...keepLostText(
          doc,
          [
            { side: 'incoming', runs: fromIncoming, source: incoming.doc, author: incoming.sender },
            { side: 'local', runs: fromLocal, source: before, author: keeper },
          ],
          at,
        ),
      );
      flags.push(...mergeMeta(doc, PACKAGE_ORIGIN));
    }, PACKAGE_ORIGIN);
    const commentsBefore = commentsOf(before);
    flags.push(...detachedByMerge(doc, [before, incoming.doc], commentsBefore));

    const was = readArticle(before);
    const now = readArticle(doc);
    const report = emptyReport(incoming, now.headline, 'merged');
    // The suggestions the merge itself made (text put back) are flags, not news from anyone.
    const madeHere = new Set(flags.flatMap((f) => (f.kind === 'kept-deleted-text' ? [f.suggestionId] : [])));
    report.cameIn = {
      pieces: piecesCameIn(was, now),
      comments: commentsCameIn(commentsBefore, commentsOf(doc)),
      suggestions: suggestionsCameIn(was, now, madeHere),
      meta: metaCameIn(was, now),
      workflow: workflowCameIn(was, now),
      media: 0,
    };
    report.flags = flags;
    return { changed: true, report };
  } finally {
    before.destroy();
  }
}
