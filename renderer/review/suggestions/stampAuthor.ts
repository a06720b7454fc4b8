// The suggestion engine marks changes with an id only. Here every new piece (author null)
// gets the current author, role and time, and a piece whose id already belongs to someone
// else gets an id of its own: the engine reuses the id of an adjacent suggestion so that a
// typed word is one suggestion, but "accept all from Lan" must never touch Minh's text.
import type { Mark, Node as PMNode } from '@tiptap/pm/model';
import type { Transaction } from '@tiptap/pm/state';
import type { ReviewActor, SuggestionAttrs } from '../../../electron/contract/review';
import { isSuggestionMark } from './suggestionMarkTypes';
import { newSuggestionId } from './suggestionIds';

interface Piece {
  from: number;
  to: number;
  mark: Mark;
}

function inlinePieces(doc: PMNode): Piece[] {
  const pieces: Piece[] = [];
  doc.descendants((node, pos) => {
    if (!node.isInline) return true;
    for (const mark of node.marks) {
      if (isSuggestionMark(mark)) pieces.push({ from: pos, to: pos + node.nodeSize, mark });
    }
    return false;
  });
  return pieces;
}

/**
 * The engine also re-ids an existing suggestion that abuts the new one, so that they read
 * as one: across two people that would hand one person's words to the other. Text that was
 * there before this edit gets its own suggestion mark back when someone else made it.
 */
function restoreOthersMarks(tr: Transaction, actor: ReviewActor): void {
  const before = tr.docs[0];
  if (!before) return;
  const back = tr.mapping.invert();
  const restore: Piece[] = [];
  for (const piece of inlinePieces(tr.doc)) {
    if ((piece.mark.attrs as SuggestionAttrs).author !== null) continue;
    for (let pos = piece.from; pos < piece.to; pos++) {
      // A letter typed in this edit maps back to nothing; one that was there, to itself.
      const start = back.map(pos, 1);
      if (back.map(pos + 1, -1) - start !== 1) continue;
      const oldMark = before.nodeAt(start)?.marks.find((m) => m.type === piece.mark.type);
      const author = (oldMark?.attrs as SuggestionAttrs | undefined)?.author ?? null;
      if (!oldMark || author === null || author === actor.name) continue;
      const last = restore[restore.length - 1];
      if (last && last.to === pos && last.mark.eq(oldMark)) last.to = pos + 1;
      else restore.push({ from: pos, to: pos + 1, mark: oldMark });
    }
  }
  for (const { from, to, mark } of restore) {
    tr.removeMark(from, to, mark.type);
    tr.addMark(from, to, mark);
  }
}

/** Adds the steps that give every unowned suggestion in tr.doc to `actor`. */
export function stampAuthor(tr: Transaction, actor: ReviewActor, now: string = new Date().toISOString()): void {
  restoreOthersMarks(tr, actor);
  const pieces = inlinePieces(tr.doc);
  const fresh = pieces.filter((p) => (p.mark.attrs as SuggestionAttrs).author === null);
  if (fresh.length === 0) return;

  // Who already owns each id, and since when (a word typed over a minute keeps one time).
  const owners = new Map<string, { author: string; at: string | null }>();
  for (const piece of pieces) {
    const attrs = piece.mark.attrs as SuggestionAttrs;
    if (attrs.author !== null && !owners.has(String(attrs.id))) owners.set(String(attrs.id), { author: attrs.author, at: attrs.at });
  }

  const renamed = new Map<string, string>();
  for (const piece of fresh) {
    const id = String(piece.mark.attrs.id);
    const owner = owners.get(id);
    let newId = id;
    let at = now;
    if (owner && owner.author === actor.name) at = owner.at ?? now;
    else if (owner) {
      if (!renamed.has(id)) renamed.set(id, newSuggestionId());
      newId = renamed.get(id)!;
    }
    const mark = piece.mark.type.create({ ...piece.mark.attrs, id: newId, author: actor.name, role: actor.role, at });
    // Mark-only steps: positions do not move, so the pieces found above stay valid.
    tr.removeMark(piece.from, piece.to, piece.mark.type);
    tr.addMark(piece.from, piece.to, mark);
  }
}
