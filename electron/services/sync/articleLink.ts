// One article's link to the sync server: a HocuspocusProvider on the services' own copy of
// the article (the one ArticleStore saves), sharing the workstation's one socket. What the
// server sends is applied to that copy — and so saved and passed on to an open editor — and
// what the copy gains locally goes up. A refusal the server would repeat (a move this role
// may not make, text from a review-only token) stops the link; the local copy keeps the
// change and the user is told why.
import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { decodeRefusal, isLastingRefusal, type PresencePeer, type SyncIdentity, type SyncRefusal } from '../../contract/sync';
import { presenceColor } from './presenceColor';
import { CaretPresence } from './caretPresence';

export interface ArticleLinkEvents {
  /** Sync state, unacknowledged changes or a refusal changed. */
  changed(): void;
  /** The people on the article changed (only while it is shown in the editor). */
  presence(peers: PresencePeer[]): void;
  /** The others' carets changed: an awareness update for the editor (caretPresence.ts). */
  carets?(update: Uint8Array): void;
  identity(identity: SyncIdentity): void;
  /** The server dropped the article for a passing reason (its disk): link it again later. */
  dropped(): void;
  /**
   * SEAM for the merge report (issue 11, the package/merge branch): called once, when the
   * first sync brought in changes made elsewhere, with the local copy as it was before.
   * Absent today; the merge report plugs in here to tell what came in and flag decisions.
   */
  caughtUp?(event: CaughtUp): void;
}

/** An article that met the server's copy after being apart from it. */
export interface CaughtUp {
  id: string;
  /** Y.encodeStateAsUpdate of the local copy before the server's changes came in. */
  before: Uint8Array;
  /** The local copy now, merged (the services' own document: read it, do not keep it). */
  doc: Y.Doc;
}

export class ArticleLink {
  readonly provider: HocuspocusProvider;
  refusal: SyncRefusal | undefined;
  /** This person's caret going up, the others' coming down. */
  readonly carets: CaretPresence;
  private lastPeers = '';
  private stopped = false;
  /** The server closed this article's connection itself: telling it "close" again would be wrong. */
  private closedByServer = false;
  /** The local copy when it was last apart from the server (at start, or when the connection dropped). */
  private apart: { vector: Uint8Array; state: Uint8Array } | undefined;

  constructor(
    readonly id: string,
    doc: Y.Doc,
    token: string,
    private readonly events: ArticleLinkEvents,
    private readonly socket: HocuspocusProviderWebsocket,
    /** Say "still here" every 15 s (awareness renewal): without any message for 30 s the provider drops the connection. */
    keepAlive = false,
  ) {
    this.noteApart(doc);
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: id,
      token,
      document: doc,
      onSynced: () => {
        this.reportCatchUp(doc);
        events.changed();
      },
      onDisconnect: () => this.noteApart(doc),
      onUnsyncedChanges: () => events.changed(),
      onAuthenticationFailed: ({ reason }) => this.refused(decodeRefusal(reason) ?? { code: 'unauthorized' }),
      onClose: ({ event }) => {
        const refusal = decodeRefusal(event.reason);
        if (refusal) this.refused(refusal);
      },
      onStateless: ({ payload }) => {
        try {
          const message = JSON.parse(payload) as SyncIdentity;
          if (message.soan === 'identity') events.identity(message);
        } catch {
          // not a message of ours
        }
      },
      onAwarenessChange: () => {
        // A caret moving changes presence too; the list of people rarely does.
        const peers = this.peers();
        if (JSON.stringify(peers) !== this.lastPeers) events.presence(peers);
        this.lastPeers = JSON.stringify(peers);
      },
    });
    this.carets = new CaretPresence(this.provider.awareness!, doc, (update) => events.carets?.(update));
    // Nobody is shown on an article that is only being caught up in the background.
    this.provider.awareness?.setLocalState(keepAlive ? { keepAlive: true } : null);
    this.provider.attach();
  }

  /** Synced once and every local change acknowledged. */
  get settled(): boolean {
    return this.provider.isSynced && this.provider.unsyncedChanges === 0;
  }

  get waiting(): number {
    return this.stopped ? 0 : this.provider.unsyncedChanges;
  }

  /** Show this workstation's person on the article (while the editor has it open), or not. */
  showPresence(identity: SyncIdentity | undefined, shown: boolean): void {
    if (this.stopped || !this.provider.awareness) return;
    this.provider.awareness.setLocalState(
      shown && identity ? { user: { name: identity.name, role: identity.role, color: presenceColor(identity.name) } } : null,
    );
    this.carets.restore();
  }

  /** Everyone else on the article, by name (one entry per person, however many windows). */
  peers(): PresencePeer[] {
    const awareness = this.provider.awareness;
    if (!awareness || this.stopped) return [];
    const byName = new Map<string, PresencePeer>();
    awareness.getStates().forEach((state, clientId) => {
      const user = (state as { user?: { name?: unknown; role?: unknown } }).user;
      if (clientId === awareness.clientID || typeof user?.name !== 'string') return;
      byName.set(user.name, { name: user.name, color: presenceColor(user.name), ...(typeof user.role === 'string' ? { role: user.role as PresencePeer['role'] } : {}) });
    });
    return [...byName.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }

  /** Let go of the document (it is closing, or sync stops); what was not sent goes next time. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.carets.stop();
    // A "close" for a connection the server already closed would wait there and close the
    // next connection to this article; take the provider off the socket quietly instead.
    if (this.closedByServer) this.socket.configuration.providerMap.delete(this.id);
    this.provider.destroy();
  }

  private noteApart(doc: Y.Doc): void {
    if (this.events.caughtUp && !this.apart) this.apart = { vector: Y.encodeStateVector(doc), state: Y.encodeStateAsUpdate(doc) };
  }

  /** A sync after being apart is done: if it brought in anything, the merge report may want to say what. */
  private reportCatchUp(doc: Y.Doc): void {
    const apart = this.apart;
    this.apart = undefined;
    if (!apart || !this.events.caughtUp) return;
    const { structs } = Y.decodeUpdate(Y.diffUpdate(Y.encodeStateAsUpdate(doc), apart.vector));
    if (structs.length > 0) this.events.caughtUp({ id: this.id, before: apart.state, doc });
  }

  private refused(refusal: SyncRefusal): void {
    this.refusal = refusal;
    this.closedByServer = true;
    // Sending the same change again would only be refused again: stop until the article is
    // opened anew. A passing failure (the server's disk) is tried again later.
    this.stop();
    if (!isLastingRefusal(refusal)) this.events.dropped();
    this.events.changed();
  }
}
