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

// y-protocols' message types, inside Hocuspocus's Sync (0) and SyncReply (4) messages, and
// Hocuspocus's SyncStatus (8): the server applied and stored a change of ours.
const HOCUSPOCUS_SYNC = 0;
const HOCUSPOCUS_SYNC_REPLY = 4;
const HOCUSPOCUS_SYNC_STATUS = 8;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

type ServerMessage = { step: number; payload: Uint8Array } | { step: 'stored' };

/** A sync step (and its payload) or an acknowledgement, from one message of the server; null for anything else. */
export function readServerMessage(data: Uint8Array): ServerMessage | null {
  try {
    const decoder = decoding.createDecoder(data);
    decoding.readVarString(decoder); // the document's name
    const type = decoding.readVarUint(decoder);
    if (type === HOCUSPOCUS_SYNC_STATUS) return { step: 'stored' };
    if (type !== HOCUSPOCUS_SYNC && type !== HOCUSPOCUS_SYNC_REPLY) return null;
    const step = decoding.readVarUint(decoder);
    if (step !== SYNC_STEP_1 && step !== SYNC_STEP_2 && step !== SYNC_UPDATE) return null;
    return { step, payload: decoding.readVarUint8Array(decoder) };
  } catch {
    return null; // not a message this watch reads; the provider says what is wrong with it
  }
}

/**
 * Watches one article's link. A catch-up is the server's SyncStep2 after time apart; and
 * until the server acknowledges the changes this copy sends in reply, every change it passes
 * on was made without knowing them (another workstation back at the same moment — after a
 * server restart, all of them are), so it is a catch-up too. After that first acknowledgement
 * the server has this copy's work, and what comes is ordinary live editing.
 */
export class CatchUpWatch {
  /** Apart from the server (at start, or since the connection dropped): its next SyncStep2 is a catch-up. */
  private apart = true;
  /** After a catch-up, until the server first acknowledges a change of ours. */
  private unacknowledged = false;
  private serverVector: Uint8Array | undefined;
  /** The message being applied now: this copy just before it, and what it brings. */
  private applying: { before: Uint8Array; incoming: Uint8Array; broughtIn: boolean } | undefined;
  private stopped = false;
  private readonly onMessage = ({ event }: { event: MessageEvent }) => this.read(event.data);
  private readonly onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (this.applying && origin === this.provider) this.applying.broughtIn = true;
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
    this.unacknowledged = false;
    this.serverVector = undefined;
  }

  stop(): void {
    this.stopped = true;
    this.provider.off('message', this.onMessage);
    this.doc.off('update', this.onUpdate);
  }

  /** Runs before the provider applies the message (the provider emits 'message' first). */
  private read(data: unknown): void {
    if (!(this.apart || this.unacknowledged) || !(data instanceof ArrayBuffer || data instanceof Uint8Array)) return;
    const message = readServerMessage(data instanceof Uint8Array ? data : new Uint8Array(data));
    if (!message) return;
    if (message.step === 'stored') {
      this.unacknowledged = false;
      return;
    }
    if (message.step === SYNC_STEP_1) {
      if (this.apart) this.serverVector = message.payload;
      return;
    }
    if (message.step === SYNC_STEP_2 ? !this.apart : !this.unacknowledged) return;
    if (message.step === SYNC_STEP_2) {
      this.apart = false;
      this.unacknowledged = true;
    }
    const applying = { before: Y.encodeStateAsUpdate(this.doc), incoming: message.payload, broughtIn: false };
    this.applying = applying;
    // The provider applies the message right after this listener, synchronously.
    queueMicrotask(() => {
      if (this.applying === applying) this.applying = undefined;
      if (!applying.broughtIn || this.stopped) return;
      this.report({ id: this.id, before: applying.before, doc: this.doc, incoming: applying.incoming, serverVector: this.serverVector });
    });
  }
}
