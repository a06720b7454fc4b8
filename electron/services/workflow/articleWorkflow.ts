// article:transition — move an article through the workflow. The table in
// contract/workflow.ts decides; the move is logged in the article's meta and a version kept.
import type * as Y from 'yjs';
import { metaKeys } from '../../contract/article/articleNames';
import { SoanError } from '../../contract/errors';
import type { VersionEntry } from '../../contract/history';
import { mayMove, movesNeedingNote } from '../../contract/workflow';
import type { WorkflowLogEntry, WorkflowState } from '../../contract/workflow';
import { readArticle } from '../../contract/article/readArticle';
import { addToMetaSet, writeMetaValue } from '../../contract/article/metaStore';
import { BOOKKEEPING_ORIGIN } from '../article/articleStore';
import type { Actor } from '../history/articleHistory';
import type { ServiceContext } from '../serviceContext';

/** The library calls this needs: the live document and its history. */
export interface WorkflowDeps {
  readDoc: <T>(id: string, use: (doc: Y.Doc) => Promise<T>) => Promise<T>;
  saveVersion: (id: string, reason: 'transition' | 'export', label: string) => Promise<VersionEntry>;
  /** Changes the live document and keeps a version of it, as one step of its history. */
  changeAndSave: (id: string, change: (doc: Y.Doc) => void, reason: 'transition' | 'export', label: string) => Promise<VersionEntry>;
  context: ServiceContext;
}

export function workflowLogOf(doc: Y.Doc): WorkflowLogEntry[] {
  return readArticle(doc).meta.workflowLog;
}

/**
 * Record a move in the document. Bookkeeping: it does not change the article's updatedAt.
 * The log is a set, so moves made on two offline copies are all kept after a merge.
 */
function recordMove(doc: Y.Doc, entry: WorkflowLogEntry): void {
  doc.transact(() => {
    writeMetaValue(doc, metaKeys.status, entry.to);
    addToMetaSet(doc, metaKeys.workflowLog, entry);
  }, BOOKKEEPING_ORIGIN);
}

export function checkMove(actor: Actor, from: WorkflowState, to: WorkflowState, note: string): void {
  if (!mayMove(actor.role, from, to)) throw new SoanError('workflow-move-forbidden', { from, to, role: actor.role });
  if (movesNeedingNote.includes(to) && !note) throw new SoanError('workflow-note-required', { to });
}

export async function transitionArticle(
  deps: WorkflowDeps,
  actor: Actor,
  request: { id: string; to: WorkflowState; note?: string; from?: WorkflowState },
): Promise<{ entry: WorkflowLogEntry; version: VersionEntry }> {
  const note = (request.note ?? '').normalize('NFC').trim();
  const from = await deps.readDoc(request.id, async (doc) => readArticle(doc).meta.status);
  // The editor showed the buttons for the state it knew; refuse if someone moved it meanwhile.
  if (request.from && request.from !== from) throw new SoanError('workflow-stale-state', { expected: request.from, actual: from });
  checkMove(actor, from, request.to, note);
  const entry: WorkflowLogEntry = {
    from,
    to: request.to,
    by: { name: actor.name, role: actor.role },
    at: deps.context.clock.iso(),
    ...(note ? { note } : {}),
  };
  // The editor shows the move as soon as the document has it (a push), before this answers:
  // the move and its version are one step, so leaving or closing at once cannot split them.
  const version = await deps.changeAndSave(request.id, (doc) => recordMove(doc, entry), 'transition', '');
  return { entry, version };
}

/** After a successful export: an approved article becomes exported; every export keeps a version. */
export async function recordExport(deps: WorkflowDeps, actor: Actor, id: string): Promise<void> {
  const from = await deps.readDoc(id, async (doc) => readArticle(doc).meta.status);
  if (from === 'approved') {
    const entry: WorkflowLogEntry = { from, to: 'exported', by: { name: actor.name, role: actor.role }, at: deps.context.clock.iso() };
    await deps.changeAndSave(id, (doc) => recordMove(doc, entry), 'export', '');
    return;
  }
  await deps.saveVersion(id, 'export', '');
}

