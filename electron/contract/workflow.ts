// The editorial workflow in one table: which role may move an article from which state to
// which. Services enforce it (article:transition) and the renderer offers only these moves.
// Kept free of imports beyond the role list so both sides can use it.
import type { Role } from './types';

export const workflowStates = ['draft', 'submitted', 'editing', 'approved', 'exported', 'returned'] as const;
export type WorkflowState = (typeof workflowStates)[number];

/** from → to → the roles allowed to make that move. A move absent here is refused for everyone. */
export const workflowTable: Record<WorkflowState, Partial<Record<WorkflowState, readonly Role[]>>> = {
  draft: { submitted: ['reporter', 'editor', 'desk'] },
  returned: { submitted: ['reporter', 'editor', 'desk'] },
  submitted: { editing: ['editor', 'desk'], returned: ['editor', 'desk'] },
  editing: { approved: ['editor', 'desk'], returned: ['editor', 'desk'] },
  approved: { exported: ['desk', 'editor'], editing: ['editor', 'desk'], returned: ['desk'] },
  exported: { editing: ['desk'] },
};

/** Moves that need a note saying why (the reporter must know what to fix). */
export const movesNeedingNote: readonly WorkflowState[] = ['returned'];

export function mayMove(role: Role, from: WorkflowState, to: WorkflowState): boolean {
  return workflowTable[from]?.[to]?.includes(role) ?? false;
}

/** The states a role may move an article to from `from`, in table order. */
export function nextStates(role: Role, from: WorkflowState): WorkflowState[] {
  return workflowStates.filter((to) => mayMove(role, from, to));
}

/** One entry of the article's workflow log (meta `workflowLog`). */
export interface WorkflowLogEntry {
  from: WorkflowState;
  to: WorkflowState;
  by: { name: string; role: Role };
  at: string; // ISO 8601
  note?: string;
}
