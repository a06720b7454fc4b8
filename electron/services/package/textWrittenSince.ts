// The text one copy of an article holds that another copy has never seen: the strings of
// the update that the other's state vector does not cover. Read from the update (what one
// side sends), not from a document: it says who wrote what is new, which the article as it
// reads cannot tell (text both sides have is not news; text only one side has may be new
// on that side or deleted on the other).
import * as Y from 'yjs';
import { withoutAnchors } from '../../contract/review';

/** One run of new text: one Yjs item, contiguous in the document wherever it ends up. */
export interface WrittenRun {
  /** The text, NFC, without the suggestion engine's anchors. */
  text: string;
  /** Its length in the document (anchors included). */
  length: number;
  /** The item's id: where it is in any copy that has it (runPlaces.ts). */
  client: number;
  clock: number;
}

/** Strings worth reporting: at least one letter or digit once the engine's anchors are out. */
const MEANINGFUL = /[\p{L}\p{N}]/u;

/** Every run of text in `update` (a Yjs update) that a copy with state vector `known` lacks. */
export function textWrittenSince(update: Uint8Array, known: Uint8Array): WrittenRun[] {
  const { structs } = Y.decodeUpdate(Y.diffUpdate(update, known));
  const runs: WrittenRun[] = [];
  for (const struct of structs) {
    if (!(struct instanceof Y.Item) || !(struct.content instanceof Y.ContentString)) continue;
    const raw = struct.content.str;
    const text = withoutAnchors(raw).normalize('NFC');
    if (MEANINGFUL.test(text)) runs.push({ text, length: raw.length, client: struct.id.client, clock: struct.id.clock });
  }
  return runs;
}
