// What a sync merge writes of the article's single values: only what the server takes from
// this workstation's token (it checks every change, and a refused one stops the article's
// sync). The workflow state the table settles is written only when the role may make that
// move; otherwise both states stay, offered as a choice. Copies edited on two laptops, merged
// as the sync merges them.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { metaKeys } from '../../../electron/contract/article/articleNames';
import { addToMetaSet, registerValues, writeMetaValue } from '../../../electron/contract/article/metaStore';
import { mayMove, type WorkflowState } from '../../../electron/contract/workflow';
import type { Role } from '../../../electron/contract/types';
import { syncMergeMeta } from '../../../electron/services/sync/syncMergeMeta';
import { copyOf, firstCopy } from '../packages/articleCopies';

/** The reporter's copy (`here`) before and after the editor's returned it while an editor started editing it here. */
function movedOnBothSides() {
  const base = firstCopy({ headline: 'Hà Tĩnh mở đường ven biển', sapo: 'Con đường dài 30 km.', body: ['Công trình khởi công sáng nay.'] });
  writeMetaValue(base, metaKeys.status, 'submitted');
  const here = copyOf(base, 2);
  const there = copyOf(base, 3);
  const move = (doc: Y.Doc, to: WorkflowState, role: Role) => {
    writeMetaValue(doc, metaKeys.status, to);
    addToMetaSet(doc, metaKeys.workflowLog, { from: 'submitted', to, by: { name: role, role }, at: '2026-12-07T10:00:00.000Z' });
  };
  move(here, 'editing', 'editor');
  move(there, 'returned', 'desk');
  const before = copyOf(here, 4);
  Y.applyUpdate(here, Y.encodeStateAsUpdate(there));
  return { here, before };
}

const tokenOf = (role: Role | 'reviewer') => ({ text: role !== 'reviewer', move: (from: WorkflowState, to: WorkflowState) => role !== 'reviewer' && mayMove(role, from, to) });

describe('the workflow moved on both sides, merged by sync', () => {
  test('an editor may make the move the table leads to: it is settled, as in a package merge', () => {
    const { here, before } = movedOnBothSides();
    const flags = syncMergeMeta(here, before, tokenOf('editor'), 'test');
    expect(flags).toEqual([expect.objectContaining({ kind: 'workflow-moved-on-both', kept: 'returned' })]);
    expect(registerValues(here, metaKeys.status)).toEqual(['returned']);
  });

  test.each(['reporter', 'reviewer'] as const)('a %s may not: nothing is written, both states are offered as a choice', (role) => {
    const { here, before } = movedOnBothSides();
    const stateBefore = Y.encodeStateVector(here);
    const flags = syncMergeMeta(here, before, tokenOf(role), 'test');
    expect(flags).toEqual([{ kind: 'meta-conflict', id: 'meta-status', key: 'status', choices: expect.arrayContaining([{ json: '"editing"', label: 'editing' }, { json: '"returned"', label: 'returned' }]) }]);
    expect(Y.encodeStateVector(here)).toEqual(stateBefore);
    expect(registerValues(here, metaKeys.status).sort()).toEqual(['editing', 'returned']);
    // Already reported: the next catch-up does not report it again.
    expect(syncMergeMeta(here, copyOf(here, 5), tokenOf(role), 'test')).toEqual([]);
  });
});
