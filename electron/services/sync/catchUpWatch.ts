// Knowing what an article's first sync after time apart brought in, and what the server had
// not seen of this copy — what the merge report needs (syncMergeReport.ts). Read from the
// sync messages themselves, before the provider applies them: the server's SyncStep1 holds
// its state vector (so the text written here that it lacked is exact, not "everything since
// the link started"), and its SyncStep2 is the update that brings in the changes made
// elsewhere, met against this copy as it stood just before.
import type { HocuspocusProvider } from '@hocuspocus/provider';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

/** An article that met the server's copy after being apart from it. */
export interface CaughtUp {
  id: string;
  /** Y.encodeStateAsUpdate of the local copy just before the server's changes came in. */
  before: Uint8Array;
  /** The local copy now, merged (the services' own document: read it, do not keep it). */
  doc: Y.Doc;
  /** What the server sent (its SyncStep2): the changes made elsewhere. */
  incoming: Uint8Array;
  /** The server's state vector before this copy's changes reached it; undefined when it never said. */
  serverVector: Uint8Array | undefined;
}

// y-protocols' message types, inside Hocuspocus's Sync (0) and SyncReply (4) messages.
const HOCUSPOCUS_SYNC = 0;
const HOCUSPOCUS_SYNC_REPLY = 4;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;

/** The sync step and its payload of one message from the server, or null for any other message. */
export function readSyncStep(data: Uint8Array): { step: number; payload: Uint8Array } | null {
  try {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder); // the document's name
    const type = decoding.readVarUint(decoder);
    if (type !== HOCUSPOCUS_SYNC && type !== HOCUSPOCUS_SYNC_REPLY) return null;
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_1 && step !== SYNC_STEP_2) return null;
    return { step, payload: decoding.readVarUint8Array(decoder) };
  } catch {
    return null; // not a message this watch reads; the provider says what is wrong with it
  }
}

export class CatchUpWatch {
  /** Apart from the server (at start, or since the connection dropped): the next sync is a catch-up. */
  private apart = true;
  private serverVector: Uint8Array | undefined;
  private step2: { before: Uint8Array; incoming: Uint8Array } | undefined;
  /** The server's SyncStep2 changed this copy. */
  private broughtIn = false;
  private readonly onMessage = ({ event }: { event: MessageEvent }) => this.read(event.data);
  private readonly onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (this.step2 && origin === this.provider) this.broughtIn = true;
  };

  constructor(
    private readonly id: string,
    private readonly doc: Y.Doc,
    private readonly provider: HocuspocusProvider,
    private readonly report: (event: CaughtUp) => void,
  ) {
    provider.on('message', this.onMessage);
    doc.on('update', this.onUpdate);
  }

  /** The connection dropped: what the next sync brings is a catch-up again. */
  apartAgain(): void {
    this.apart = true;
    this.serverVector = undefined;
    this.step2 = undefined;
    this.broughtIn = false;
  }

  /** The provider applied the server's SyncStep2: report it if it brought anything. */
  synced(): void {
    const step2 = this.step2;
    if (!this.apart || !step2) return;
    const serverVector = this.serverVector;
    const broughtIn = this.broughtIn;
    this.apart = false;
    this.step2 = undefined;
    this.broughtIn = false;
    if (broughtIn) this.report({ id: this.id, before: step2.before, doc: this.doc, incoming: step2.incoming, serverVector });
  }

  stop(): void {
    this.provider.off('message', this.onMessage);
    this.doc.off('update', this.onUpdate);
  }

  private read(data: unknown): void {
    if (!this.apart || !(data instanceof ArrayBuffer || data instanceof Uint8Array)) return;
    const message = readSyncStep(data instanceof Uint8Array ? data : new Uint8Array(data));
    if (!message) return;
    if (message.step === SYNC_STEP_1) this.serverVector = message.payload;
    else if (!this.step2) this.step2 = { before: Y.encodeStateAsUpdate(this.doc), incoming: message.payload };
  }
}
