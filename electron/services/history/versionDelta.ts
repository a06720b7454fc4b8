// What a version file holds: the Yjs update since the version before. Yjs writes the whole
// document's delete set into every update, so each version of a long day repeated every
// deletion made since morning (a version with nothing new was still 1 KB). Here the update
// carries only the deletions the version before did not have (issue 13: a project's size on
// disk). Replaying the chain from its last whole version gives the same document: each file
// adds the structs and the deletions made since the one before.
import * as Y from 'yjs';

export interface VersionUpdate {
  update: Uint8Array;
  /** This version's whole delete set, encoded: the next version stores only what it lacks. */
  deletes: Uint8Array;
}

type DeleteSet = Y.Snapshot['ds'];
type DeleteItem = { clock: number; len: number };

/**
 * The update since `previous` (its state vector and, when known, its delete set); the whole
 * document when there is no previous version. Falls back to Yjs's own update, whole delete set
 * included, if its bytes are not laid out as expected.
 */
export function versionUpdate(doc: Y.Doc, previous?: { stateVector: Uint8Array; deletes?: Uint8Array }): VersionUpdate {
  const update = previous ? Y.encodeStateAsUpdate(doc, previous.stateVector) : Y.encodeStateAsUpdate(doc);
  const snapshot = Y.snapshot(doc);
  const deletes = encodeDeleteSet(snapshot.ds);
  if (!previous?.deletes || !endsWith(update, deletes)) return { update, deletes };
  let known: DeleteSet;
  try {
    known = decodeDeleteSet(previous.deletes);
  } catch {
    return { update, deletes }; // an unreadable note of the last delete set: the whole one, as before
  }
  const structs = update.subarray(0, update.length - deletes.length);
  return { update: concat(structs, encodeDeleteSet(subtract(snapshot.ds, known))), deletes };
}

/** A delete set in the V1 encoding Yjs writes at the end of an update. */
function encodeDeleteSet(ds: DeleteSet): Uint8Array {
  // A snapshot is its delete set then a state vector; an empty state vector is one 0 byte.
  const bytes = Y.encodeSnapshot(Y.createSnapshot(ds, new Map()));
  if (bytes[bytes.length - 1] !== 0) throw new Error('unexpected snapshot encoding');
  return bytes.subarray(0, bytes.length - 1);
}

function decodeDeleteSet(bytes: Uint8Array): DeleteSet {
  return Y.decodeSnapshot(concat(bytes, Uint8Array.of(0))).ds;
}

/** The ranges of `all` that `known` does not cover, per client, in clock order. */
function subtract(all: DeleteSet, known: DeleteSet): DeleteSet {
  const result = Y.createDeleteSet();
  all.clients.forEach((ranges: DeleteItem[], client: number) => {
    const covered = [...((known.clients.get(client) as DeleteItem[] | undefined) ?? [])].sort((a, b) => a.clock - b.clock);
    const left: DeleteItem[] = [];
    let c = 0;
    for (const range of [...ranges].sort((a, b) => a.clock - b.clock)) {
      let from = range.clock;
      const to = range.clock + range.len;
      while (c < covered.length && covered[c]!.clock + covered[c]!.len <= from) c++;
      for (let k = c; k < covered.length && covered[k]!.clock < to && from < to; k++) {
        const cover = covered[k]!;
        if (cover.clock > from) left.push({ clock: from, len: cover.clock - from });
        from = Math.max(from, cover.clock + cover.len);
      }
      if (from < to) left.push({ clock: from, len: to - from });
    }
    if (left.length > 0) result.clients.set(client, left as never);
  });
  return result;
}

function endsWith(bytes: Uint8Array, tail: Uint8Array): boolean {
  if (tail.length > bytes.length) return false;
  const start = bytes.length - tail.length;
  for (let i = 0; i < tail.length; i++) if (bytes[start + i] !== tail[i]) return false;
  return true;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
