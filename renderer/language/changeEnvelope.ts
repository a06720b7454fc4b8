// Where a run of edits changed the text, kept as three numbers instead of a mapping per
// position: before `from` nothing moved, after `to` everything moved by `shift` (positions of
// the document before the edits). Lets a keystroke leave thousands of findings where they
// are (movedFindings.ts) and find the few underlines it may have typed into.
import type { Mapping } from '@tiptap/pm/transform';

export interface ChangeEnvelope {
  from: number;
  to: number;
  shift: number;
}

/** No edit yet: nothing inside the envelope. */
export const NO_CHANGE: ChangeEnvelope = { from: Infinity, to: -Infinity, shift: 0 };

/** Whether any edit is inside the envelope (a step that only changes marks moves nothing). */
export const changedAnything = (envelope: ChangeEnvelope): boolean => envelope.from <= envelope.to;

/** The envelope widened by the edits of `mapping`, whose positions are those after `envelope`'s edits. */
export function widenEnvelope(envelope: ChangeEnvelope, mapping: Mapping): ChangeEnvelope {
  let { from, to, shift } = envelope;
  for (const map of mapping.maps) {
    // All ranges of one step are in the positions before that step.
    const before = { from, to, shift };
    map.forEach((oldStart, oldEnd, newStart, newEnd) => {
      // A position before the envelope is where it was; one after it moved by `shift`;
      // the envelope can only grow (what it holds already changed).
      from = Math.min(from, oldStart);
      const end = oldEnd > before.to + before.shift ? oldEnd - before.shift : oldEnd < before.from ? oldEnd : before.to;
      to = Math.max(to, end);
      shift += newEnd - newStart - (oldEnd - oldStart);
    });
  }
  return { from, to, shift };
}
