// The single values of a sync merge: the package merge's rules (package/mergeMeta.ts), tried
// on a scratch copy, then written only as far as the server would take them from this
// workstation's token — the server checks every change against the token's role, and a
// refused change would stop the article's sync. A workflow state the table settles is written
// only when this role may make that move; otherwise both states stay, for someone to choose.
// A disagreement already there before the merge (reported then) is not reported again.
import * as Y from 'yjs';
import { metaKeys } from '../../contract/article/articleNames';
import { metaConflicts, writeMetaValue } from '../../contract/article/metaStore';
import type { MergeFlag } from '../../contract/packages';
import type { WorkflowState } from '../../contract/workflow';
import { mergeMeta } from '../package/mergeMeta';

/** What the server takes from this workstation's token. */
export interface MayWrite {
  /** The text and details (false for a review-only token). */
  text: boolean;
  /** A move of the workflow. */
  move(from: WorkflowState, to: WorkflowState): boolean;
}

const conflictKey = (key: string, jsons: readonly string[]) => `${key}:${[...new Set(jsons)].sort().join('|')}`;

/** Every register holding two values or more, as conflictKey()s. */
function conflictsOf(doc: Y.Doc): Set<string> {
  return new Set(metaConflicts(doc).map(({ key, values }) => conflictKey(key, values.map((v) => JSON.stringify(v)))));
}

/** Settles what this token may settle in `doc` (with `origin`) and lists the rest; `before` is the copy before the merge. */
export function syncMergeMeta(doc: Y.Doc, before: Y.Doc, mayWrite: MayWrite, origin: unknown): MergeFlag[] {
  const scratch = new Y.Doc();
  Y.applyUpdate(scratch, Y.encodeStateAsUpdate(doc));
  try {
    const known = conflictsOf(before);
    const flags: MergeFlag[] = [];
    for (const flag of mergeMeta(scratch, origin)) {
      if (flag.kind === 'workflow-moved-on-both') {
        const others = flag.states.filter((state) => state !== flag.kept);
        if (mayWrite.text && others.every((state) => mayWrite.move(state, flag.kept))) {
          writeMetaValue(doc, metaKeys.status, flag.kept, origin);
          flags.push(flag);
          continue;
        }
        const choices = flag.states.map((state) => ({ json: JSON.stringify(state), label: state }));
        if (!known.has(conflictKey(metaKeys.status, choices.map((c) => c.json)))) flags.push({ kind: 'meta-conflict', id: `meta-${metaKeys.status}`, key: 'status', choices });
      } else if (flag.kind !== 'meta-conflict' || !known.has(conflictKey(flag.key, flag.choices.map((c) => c.json)))) {
        flags.push(flag);
      }
    }
    return flags;
  } finally {
    scratch.destroy();
  }
}
