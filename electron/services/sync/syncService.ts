// The workstation's connection to the newsroom's sync server: one WebSocket (reconnecting by
// itself with growing pauses while the server is out of reach), one ArticleLink per article
// the services hold in memory, and a round now and then (libraryRound.ts) that brings the
// rest of the library up to date both ways. Offline, nothing changes for the user: articles
// are saved locally as always and go up when the server is back.
import { HocuspocusProviderWebsocket, WebSocketStatus } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { Push } from '../../contract/ipc/push';
import type { Caret } from '../../contract/caret';
import { readArticle } from '../../contract/article/readArticle';
import { LIBRARY_ARTICLES_MAP, LIBRARY_DOCUMENT, type LibraryEntry, type SyncIdentity, type SyncStatus } from '../../contract/sync';
import type { Library } from '../library/libraryService';
import type { ServiceContext } from '../serviceContext';
import type { SyncCredentials } from '../settings/settingsStore';
import { ArticleLink, type CaughtUp } from './articleLink';
import type { ArticleSyncTarget, LiveArticles } from './liveArticles';
import { runLibraryRound } from './libraryRound';
import { MediaSync } from './mediaSync';
import { trashMarkChanged, type TrashSync } from './trashSync';

export interface SyncServiceOptions {
  credentials: SyncCredentials;
  live: LiveArticles;
  /** The open library (it may be reopened elsewhere when settings change). */
  library: () => Library | undefined;
  push: (push: Push) => void;
  context: ServiceContext;
  /** Between rounds while connected (default 5 minutes); a round also runs on every (re)connect. */
  roundIntervalMs?: number;
  /** Longest wait for one article to sync in a round (default 15 s). */
  articleTimeoutMs?: number;
  /** Longest pause between attempts to reach the server (default 30 s; they grow from 1 s). */
  maxReconnectDelayMs?: number;
  /** An article here met changes made elsewhere after time apart (the merge report: caughtUpMerges.ts). */
  onCaughtUp?: (event: CaughtUp) => void;
  /** Moves to the trash, through the server's list of articles. */
  trash?: TrashSync;
}

const RELINK_DELAY_MS = 5000;

/**
 * ws emits 'error' when a socket still connecting is closed, after the provider has already
 * taken its own listeners off; an 'error' nobody listens to would bring the process down.
 */
class SyncWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('error', () => {}); // the provider hears about failures through its own listener
  }
}

export class SyncService implements ArticleSyncTarget {
  readonly socket: HocuspocusProviderWebsocket;
  /** The server's list of the newsroom's articles, linked for as long as sync runs (it also keeps the connection alive). */
  readonly libraryDoc = new Y.Doc();
  libraryLink: ArticleLink;
  /** The articles' images, through the server's image routes. */
  readonly media: MediaSync;
  private readonly links = new Map<string, ArticleLink>();
  private readonly shown = new Set<string>();
  private readonly refusals = new Map<string, ArticleLink['refusal']>();
  private identity: SyncIdentity | undefined;
  private round: Promise<void> | undefined;
  private roundAgain = false;
  private roundTimer: NodeJS.Timeout | undefined;
  private relinkTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private lastStatus = '';

  constructor(private readonly options: SyncServiceOptions) {
    this.media = new MediaSync({ credentials: options.credentials, library: options.library, push: options.push, context: options.context });
    this.socket = new HocuspocusProviderWebsocket({
      url: options.credentials.serverUrl,
      WebSocketPolyfill: SyncWebSocket,
      // Connected below, once the library is attached: attaching to a socket still connecting
      // would start a second connection.
      autoConnect: false,
      delay: 1000,
      minDelay: 1000,
      maxDelay: options.maxReconnectDelayMs ?? 30_000,
      onStatus: () => this.changed(),
      onConnect: () => this.requestRound(),
    });
    this.libraryLink = this.linkLibrary();
    // An article another workstation lists for the first time, or moved to the trash (or kept
    // from it), is dealt with at once, not at the next round.
    const entries = this.libraryDoc.getMap<LibraryEntry>(LIBRARY_ARTICLES_MAP);
    entries.observe((event) => {
      if (event.transaction.local) return;
      const news = [...event.changes.keys].some(([key, change]) => change.action === 'add' || (change.action === 'update' && trashMarkChanged(change.oldValue, entries.get(key))));
      if (news) this.requestRound();
    });
    options.live.useSync(this);
    void this.socket.connect();
    this.roundTimer = setInterval(() => this.requestRound(), options.roundIntervalMs ?? 5 * 60_000);
    this.roundTimer.unref?.();
    this.changed();
  }

  // ------------------------------------------------------------------ ArticleSyncTarget

  attach(id: string, doc: Y.Doc): void {
    if (this.closed || this.links.has(id)) return;
    this.refusals.delete(id);
    this.list(id, doc);
    const link = new ArticleLink(id, doc, this.options.credentials.token, {
      changed: () => {
        if (link.refusal) this.noteRefusal(id, link.refusal);
        this.changed();
      },
      presence: (peers) => this.shown.has(id) && this.options.push({ kind: 'article:presence', id, peers }),
      carets: (update) => this.shown.has(id) && this.options.push({ kind: 'article:carets', id, update }),
      identity: (identity) => this.learned(identity),
      dropped: () => this.relinkLater(),
      ...(this.options.onCaughtUp ? { caughtUp: this.options.onCaughtUp } : {}),
    }, this.socket);
    this.links.set(id, link);
    this.media.watch(id, doc, (origin) => origin === link.provider);
    link.showPresence(this.identity, this.shown.has(id));
  }

  detach(id: string): void {
    const link = this.links.get(id);
    if (link) this.list(id, link.provider.document);
    link?.stop();
    this.links.delete(id);
    this.media.unwatch(id);
    this.changed();
  }

  show(id: string, shown: boolean): void {
    if (shown) this.shown.add(id);
    else this.shown.delete(id);
    const link = this.links.get(id);
    link?.showPresence(this.identity, shown);
    if (shown) this.options.push({ kind: 'article:presence', id, peers: link?.peers() ?? [] });
  }

  isArrival(origin: unknown): boolean {
    return [...this.links.values()].some((link) => link.provider === origin);
  }

  /** The editor moved this person's caret; answers with the others' carets as they stand. */
  caret(id: string, caret: Caret | null): Uint8Array | undefined {
    const link = this.links.get(id);
    link?.carets.set(caret);
    return link?.carets.others();
  }

  // ------------------------------------------------------------------ state

  status(): SyncStatus {
    const connected = this.socket.status === WebSocketStatus.Connected;
    const waiting = [...this.links.values()].reduce((sum, link) => sum + link.waiting, 0);
    const syncing = connected && (waiting > 0 || [...this.links.values()].some((l) => !l.settled && !l.refusal) || this.round !== undefined);
    return {
      state: connected ? (syncing ? 'syncing' : 'online') : 'offline',
      waiting,
      ...(this.identity ? { identity: { name: this.identity.name, role: this.identity.role } } : {}),
      refusals: [...this.refusals].flatMap(([id, refusal]) => (refusal ? [{ id, refusal }] : [])),
    };
  }

  /** The link of an article held in memory (a round waits on it). */
  linkOf(id: string): ArticleLink | undefined {
    return this.links.get(id);
  }

  get isConnected(): boolean {
    return this.socket.status === WebSocketStatus.Connected;
  }

  /** Resolves when the round running now (if any) is over; starts none. */
  async idle(): Promise<void> {
    while (this.round) await this.round;
  }

  /** Runs a round now (or right after the one running). */
  requestRound(): void {
    if (this.closed) return;
    if (this.round) {
      this.roundAgain = true;
      return;
    }
    this.round = (async () => {
      do {
        this.roundAgain = false;
        const library = this.options.library();
        if (!library || !this.isConnected) break;
        await runLibraryRound({
          library,
          service: this,
          credentials: this.options.credentials,
          live: this.options.live,
          timeoutMs: this.options.articleTimeoutMs ?? 15_000,
          context: this.options.context,
          onAdopted: () => this.options.push({ kind: 'library:changed' }),
          trash: this.options.trash,
        }).catch((error) => this.options.context.log.problem('a sync round stopped early; the next one picks up', error));
      } while (this.roundAgain && !this.closed);
    })().finally(() => {
      this.round = undefined;
      this.changed();
    });
    this.changed();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.roundTimer);
    clearTimeout(this.relinkTimer);
    await this.round?.catch(() => {});
    this.options.live.useSync(undefined);
    for (const link of this.links.values()) link.stop();
    this.links.clear();
    this.media.close();
    this.libraryLink.stop();
    this.libraryDoc.destroy();
    this.socket.destroy();
  }

  /** A refusal to show; a token the server does not know stops sync until the settings change. */
  noteRefusal(id: string, refusal: NonNullable<ArticleLink['refusal']>): void {
    this.refusals.set(id, refusal);
    if (refusal.code === 'unauthorized' && !this.closed) {
      // Asking again with the same token would be refused again; the server forgets this connection.
      clearInterval(this.roundTimer);
      this.socket.disconnect();
    }
    this.changed();
  }

  // ------------------------------------------------------------------ internals

  /** Puts an article on the server's list (or its new headline), so the others learn of it now. */
  private list(id: string, doc: Y.Doc): void {
    const entries = this.libraryDoc.getMap<LibraryEntry>(LIBRARY_ARTICLES_MAP);
    const headline = readArticle(doc).headline;
    if (readArticle(doc).meta.id === id && entries.get(id)?.headline !== headline) entries.set(id, { ...entries.get(id), headline });
  }

  private linkLibrary(): ArticleLink {
    const link: ArticleLink = new ArticleLink(
      LIBRARY_DOCUMENT,
      this.libraryDoc,
      this.options.credentials.token,
      {
        changed: () => link?.refusal && this.noteRefusal(LIBRARY_DOCUMENT, link.refusal),
        presence: () => {},
        identity: (identity) => this.learned(identity),
        dropped: () => this.relinkLater(),
      },
      this.socket,
      true,
    );
    return link;
  }

  private learned(identity: SyncIdentity): void {
    if (this.identity?.name === identity.name && this.identity.role === identity.role) return;
    this.identity = identity;
    for (const id of this.shown) this.links.get(id)?.showPresence(identity, true);
    this.changed();
  }

  /** The server dropped an article for a passing reason: a fresh connection later, and every open article linked again. */
  private relinkLater(): void {
    if (this.relinkTimer || this.closed) return;
    this.relinkTimer = setTimeout(() => {
      this.relinkTimer = undefined;
      if (this.closed) return;
      for (const link of this.links.values()) link.stop();
      this.links.clear();
      this.libraryLink.stop();
      this.reconnect();
      this.libraryLink = this.linkLibrary();
      this.options.live.useSync(this);
    }, RELINK_DELAY_MS);
  }

  /** A fresh connection. The provider ignores connect() while the old socket is still closing: wait for it. */
  private reconnect(): void {
    this.socket.disconnect();
    const whenClosed = () => {
      if (this.socket.status !== WebSocketStatus.Disconnected) return;
      this.socket.off('status', whenClosed);
      if (!this.closed) void this.socket.connect();
    };
    this.socket.on('status', whenClosed);
    whenClosed();
  }

  private changed(): void {
    if (this.closed) return;
    const status = this.status();
    const key = JSON.stringify(status);
    if (key === this.lastStatus) return;
    this.lastStatus = key;
    this.options.push({ kind: 'sync:status', status });
  }
}
