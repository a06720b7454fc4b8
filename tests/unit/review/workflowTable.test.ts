import { describe, expect, it } from 'vitest';
import { articleStatuses } from '../../../electron/contract/article/articleNames';
import { roles } from '../../../electron/contract/ipc/schemas';
import { mayMove, nextStates, workflowStates, workflowTable } from '../../../electron/contract/workflow';
import { checkMove } from '../../../electron/services/workflow/articleWorkflow';

const allowed = new Set<string>();
for (const [from, tos] of Object.entries(workflowTable)) {
  for (const [to, who] of Object.entries(tos)) for (const role of who ?? []) allowed.add(`${role} ${from}→${to}`);
}

describe('the workflow table', () => {
  it('is the article statuses', () => {
    expect([...articleStatuses]).toEqual([...workflowStates]);
  });

  it('refuses every move it does not list, for every role, in plain words', () => {
    let refused = 0;
    for (const role of roles) {
      for (const from of workflowStates) {
        for (const to of workflowStates) {
          const key = `${role} ${from}→${to}`;
          expect(mayMove(role, from, to), key).toBe(allowed.has(key));
          if (allowed.has(key)) continue;
          refused++;
          expect(() => checkMove({ name: 'A', role }, from, to, 'lý do'), key).toThrow(
            expect.objectContaining({ code: 'workflow-move-forbidden', params: { from, to, role } }),
          );
        }
      }
    }
    expect(refused).toBeGreaterThan(80);
  });

  it('lets a reporter only submit, and never approve or export', () => {
    for (const from of workflowStates) {
      expect(nextStates('reporter', from).every((to) => to === 'submitted')).toBe(true);
    }
    expect(nextStates('reporter', 'draft')).toEqual(['submitted']);
    expect(nextStates('editor', 'submitted')).toEqual(['editing', 'returned']);
    expect(mayMove('editor', 'draft', 'approved')).toBe(false);
    expect(mayMove('reporter', 'editing', 'approved')).toBe(false);
  });

  it('needs a note to return an article', () => {
    expect(() => checkMove({ name: 'B', role: 'editor' }, 'editing', 'returned', '')).toThrow(
      expect.objectContaining({ code: 'workflow-note-required' }),
    );
    expect(() => checkMove({ name: 'B', role: 'editor' }, 'editing', 'returned', 'Thiếu nguồn')).not.toThrow();
  });
});
