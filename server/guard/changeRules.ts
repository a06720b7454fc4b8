// What each role may send to the server, judged on the article before and after a change —
// the same rules the workstation follows, checked again on the server because a client's
// own word is never proof. Anyone may move the workflow only as contract/workflow.ts allows
// their role (so a reporter cannot approve); a reviewer may add comments and suggestions but
// not change the text as it stands or its metadata (beyond the @mentions and thread assignments
// commenting records, in its own name), nor mark an article of the server's list
// as moved to the trash (every workstation would follow that mark). Whoever may mark does so in
// their own name only: the mark's `by` is the name of the token's user, told to every
// workstation that follows it, so it may not be someone else's.
import * as Y from 'yjs';
import { metaKeys } from '../../electron/contract/article/articleNames';
import { readMetaValue } from '../../electron/contract/article/metaStore';
import { readArticle } from '../../electron/contract/article/readArticle';
import { changesText } from '../../electron/contract/article/textChange';
import { mayMove, workflowStates, type WorkflowState } from '../../electron/contract/workflow';
import { LIBRARY_ARTICLES_MAP, type SyncRefusal } from '../../electron/contract/sync';
import type { ServerRole } from '../serverConfig';
import type { Identity } from '../serverUsers';

/** Why the server refused a change (contract/sync.ts); the workstation puts it into words. */
export type Refusal = Extract<SyncRefusal, { code: 'forbidden-move' | 'forbidden-text' | 'forbidden-meta' | 'forbidden-trash-name' | 'forbidden-comment-name' }>;

function statusOf(doc: Y.Doc): WorkflowState | undefined {
  const value = readMetaValue(doc, metaKeys.status);
  return (workflowStates as readonly unknown[]).includes(value) ? (value as WorkflowState) : undefined;
}

/** What the rules need of the document before a change, read cheaply unless the role needs more. */
export interface Reading {
  status: WorkflowState | undefined;
  /** Only for roles whose text and metadata are checked. */
  article?: ReturnType<typeof readArticle>;
  /** The trash mark of each entry of the library document, as JSON (empty in an article's document). */
  trashMarks: Map<string, string>;
  /** The "kept from the trash" record of each entry, as JSON: it names who kept the article. */
  keptMarks: Map<string, string>;
}

/** One field of each entry of the library document, as JSON; none in an article's document (its map is not made there). */
function entryFieldOf(doc: Y.Doc, field: 'trashed' | 'keptFrom'): Map<string, string> {
  const marks = new Map<string, string>();
  if (!doc.share.has(LIBRARY_ARTICLES_MAP)) return marks;
  for (const [id, entry] of doc.getMap<unknown>(LIBRARY_ARTICLES_MAP).entries()) {
    const mark = (entry as Record<string, unknown> | null)?.[field];
    if (mark !== undefined) marks.set(id, JSON.stringify(mark));
  }
  return marks;
}

export function readForRole(doc: Y.Doc, role: ServerRole): Reading {
  const marks = { trashMarks: entryFieldOf(doc, 'trashed'), keptMarks: entryFieldOf(doc, 'keptFrom') };
  return role === 'reviewer' ? { status: statusOf(doc), article: readArticle(doc), ...marks } : { status: statusOf(doc), ...marks };
}

// Commenting writes two sets of the metadata (renderer/review/comments/commentDesk.ts): the
// people a comment @mentions and who a thread is given to. A reviewer may add to them — in its
// own name, as every entry says who made it — but not take anything out of them.
const COMMENT_DESK_KEYS: readonly string[] = [metaKeys.mentions, metaKeys.commentAssignments];

function withoutCommentDesk(record: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(record).filter(([key]) => !COMMENT_DESK_KEYS.includes(key)));
}

function commentDeskChange(user: Identity, before: Record<string, unknown>, after: Record<string, unknown>): Refusal | null {
  const entries = (record: Record<string, unknown>, key: string) => (Array.isArray(record[key]) ? (record[key] as unknown[]) : []).map((e) => JSON.stringify(e));
  for (const key of COMMENT_DESK_KEYS) {
    const had = entries(before, key);
    const has = entries(after, key);
    if (had.some((entry) => !has.includes(entry))) return { code: 'forbidden-meta' };
    for (const entry of has) {
      if (!had.includes(entry) && markedBy(entry) !== user.name) return { code: 'forbidden-comment-name' };
    }
  }
  return null;
}

/** The name a trash mark (as JSON) gives as who trashed the article, if it gives one. */
function markedBy(mark: string, field: 'by' | 'keptBy' = 'by'): unknown {
  const parsed = JSON.parse(mark) as Record<string, unknown> | null;
  return typeof parsed === 'object' && parsed !== null ? parsed[field] : undefined;
}

export function judgeChange(user: Identity, before: Reading, after: Reading): Refusal | null {
  const { role } = user;
  const { status: from } = before;
  const { status: to } = after;
  // A document that had no status yet (a new article arriving) may be given one.
  if (from && to && from !== to && (role === 'reviewer' || !mayMove(role, from, to))) {
    return { code: 'forbidden-move', from, to };
  }
  if (role === 'reviewer' && before.article && after.article) {
    if (changesText(before.article, after.article)) return { code: 'forbidden-text' };
    const desk = commentDeskChange(user, before.article.metaRecord, after.article.metaRecord);
    if (desk) return desk;
    if (JSON.stringify(withoutCommentDesk(before.article.metaRecord)) !== JSON.stringify(withoutCommentDesk(after.article.metaRecord))) {
      return { code: 'forbidden-meta' };
    }
  }
  // A mark taken off (an article kept) moves nothing; a new or changed one would, and names who did it.
  for (const [id, mark] of after.trashMarks) {
    if (before.trashMarks.get(id) === mark) continue;
    if (role === 'reviewer') return { code: 'forbidden-meta' };
    if (markedBy(mark) !== user.name) return { code: 'forbidden-trash-name' };
  }
  // Keeping an article from the trash (any role may) names who kept it, told to whoever trashed it.
  for (const [id, kept] of after.keptMarks) {
    if (before.keptMarks.get(id) === kept) continue;
    if (markedBy(kept, 'keptBy') !== user.name) return { code: 'forbidden-trash-name' };
  }
  return null;
}
