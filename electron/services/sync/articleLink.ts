// One article's link to the sync server: a HocuspocusProvider on the services' own copy of
// the article (the one ArticleStore saves), sharing the workstation's one socket. What the
// server sends is applied to that copy — and so saved and passed on to an open editor — and
// what the copy gains locally goes up. A refusal the server would repeat (a move this role
// may not make, text from a review-only token) stops the link; the local copy keeps the
// change and the user is told why.
import { HocuspocusProvider, type HocuspocusProviderWebsocket } from '@hocuspocus/provider';
import * as Y from 'yjs';
import { decodeRefusal, isLastingRefusal, type PresencePeer, type SyncIdentity, type SyncRefusal } from '../../contract/sync';
import { CatchUpWatch, type CaughtUp } from './catchUpWatch';
import { presenceColor } from './presenceColor';
import { CaretPresence } from './caretPresence';

export type { CaughtUp } from './catchUpWatch';

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
   * The first sync after time apart (start, or a dropped connection) brought in changes made
   * elsewhere: the merge report (syncMergeReport.ts) reads what came in and flags decisions.
   */
  caughtUp?(event: CaughtUp): void;
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
  private catchUp: CatchUpWatch | undefined;

  constructor(
    readonly id: string,
    doc: Y.Doc,
    token: string,
    private readonly events: ArticleLinkEvents,
    private readonly socket: HocuspocusProviderWebsocket,
    /** Say "still here" every 15 s (awareness renewal): without any message for 30 s the provider drops the connection. */
    keepAlive = false,
  ) {
    this.provider = new HocuspocusProvider({
      websocketProvider: this.socket,
      name: id,
      token,
      document: doc,
      onSynced: () => events.changed(),
      onDisconnect: () => this.catchUp?.apartAgain(),
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
    if (events.caughtUp) this.catchUp = new CatchUpWatch(id, doc, this.provider, events.caughtUp);
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
    this.catchUp?.stop();
    // A "close" for a connection the server already closed would wait there and close the
    // next connection to this article; take the provider off the socket quietly instead.
    if (this.closedByServer) this.socket.configuration.providerMap.delete(this.id);
    this.provider.destroy();
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
