// What a message from a client carries, read before Hocuspocus handles it: a document change
// (sync step 2 or update — the two ways the Yjs sync protocol sends content) or presence
// (an awareness update). Everything else (sync step 1, auth, stateless…) carries no content.
import * as decoding from 'lib0/decoding';

// Hocuspocus's message types (server/src/types.ts MessageType) and y-protocols' sync steps.
const SYNC = 0;
const AWARENESS = 1;
const SYNC_REPLY = 4;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

/** One client's presence in an awareness update; `clock` grows with each change it makes. */
export interface PresenceState {
  clientId: number;
  clock: number;
  state: unknown;
}

export type ClientMessage =
  | { kind: 'change'; update: Uint8Array }
  | { kind: 'presence'; states: PresenceState[] }
  | { kind: 'other' };

/** Throws on a message that does not decode (the connection is then closed). */
export function readClientMessage(data: Uint8Array): ClientMessage {
  const decoder = decoding.createDecoder(data);
  decoding.readVarString(decoder); // the document's name, already matched by Hocuspocus
  const type = decoding.readVarUint(decoder);
  if (type === SYNC || type === SYNC_REPLY) {
    const step = decoding.readVarUint(decoder);
    if (step === SYNC_STEP_2 || step === SYNC_UPDATE) return { kind: 'change', update: decoding.readVarUint8Array(decoder) };
    return { kind: 'other' };
  }
  if (type === AWARENESS) return { kind: 'presence', states: readAwarenessStates(decoding.readVarUint8Array(decoder)) };
  return { kind: 'other' };
}

/** y-protocols' awareness update: a count, then client id, clock and JSON state of each. */
function readAwarenessStates(update: Uint8Array): PresenceState[] {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const states: PresenceState[] = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    states.push({ clientId, clock, state: JSON.parse(decoding.readVarString(decoder)) as unknown });
  }
  return states;
}
