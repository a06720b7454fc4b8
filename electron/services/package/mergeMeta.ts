// Single values (registers) set differently on both sides: the meta store keeps both
// (metaConflicts) until someone chooses. The workflow state is settled here when the
// workflow table says which move came after which; both moves are in the log already (a set).
import type * as Y from 'yjs';
import { metaKeys } from '../../contract/article/articleNames';
import { metaConflicts, writeMetaValue } from '../../contract/article/metaStore';
import type { MergeFlag } from '../../contract/packages';
import { roles } from '../../contract/ipc/schemas';
import { mayMove, workflowStates, type WorkflowState } from '../../contract/workflow';

const isState = (value: unknown): value is WorkflowState => (workflowStates as readonly unknown[]).includes(value);

/** Words for a value: text as it is, a byline as "name — role; …", anything else as JSON. */
export function valueLabel(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null)) {
    return value.map((v) => [(v as { name?: unknown }).name, (v as { role?: unknown }).role].filter((s) => typeof s === 'string' && s).join(' — ')).join('; ');
  }
  return JSON.stringify(value);
}

/** Distinct values: two copies that chose the same value agree. */
function distinct(values: readonly unknown[]): unknown[] {
  const seen = new Map<string, unknown>();
  for (const value of values) seen.set(JSON.stringify(value), value);
  return [...seen.values()];
}

/** The state one move of the table leads to from the other, when only one way is possible. */
function laterState(a: WorkflowState, b: WorkflowState): WorkflowState | undefined {
  const anyRole = (from: WorkflowState, to: WorkflowState) => roles.some((role) => mayMove(role, from, to));
  const aToB = anyRole(a, b);
  const bToA = anyRole(b, a);
  if (aToB && !bToA) return b;
  if (bToA && !aToB) return a;
  return undefined;
}

/** Settles what can be settled (the workflow state) and lists the rest. `origin` marks the write. */
export function mergeMeta(doc: Y.Doc, origin: unknown): MergeFlag[] {
  const flags: MergeFlag[] = [];
  for (const conflict of metaConflicts(doc)) {
    const values = distinct(conflict.values);
    if (values.length < 2) continue;
    if (conflict.key === metaKeys.status && values.length === 2 && values.every(isState)) {
      const kept = laterState(values[0] as WorkflowState, values[1] as WorkflowState);
      if (kept) {
        writeMetaValue(doc, metaKeys.status, kept, origin);
        flags.push({ kind: 'workflow-moved-on-both', id: `workflow-${kept}`, states: values as WorkflowState[], kept });
        continue;
      }
    }
    flags.push({
      kind: 'meta-conflict',
      id: `meta-${conflict.key}`,
      key: conflict.key,
      choices: values.map((value) => ({ json: JSON.stringify(value), label: valueLabel(value) })),
    });
  }
  return flags;
}
