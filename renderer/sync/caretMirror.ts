// The editor's side of carets. The sync server's presence lives in the services (they hold
// the provider); the editor keeps a mirror of it: a y-protocols Awareness on its own copy of
// the article, which y-prosemirror's cursor plugin reads and writes as if it were the
// provider's. What the plugin writes (this person's caret, as Yjs relative positions) goes to
// the services with article:caret; the others' presence arrives as awareness updates (push
// `article:carets`, and the answer to each call) and is applied to the mirror. Without a
// sync server nobody would see the caret: the mirror then has no state of its own, so the
// plugin writes nothing (and costs the editor no extra transaction per keystroke), until the
// article's presence shows that a server is there.
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CARET_FIELD, type Caret } from '../../electron/contract/caret';
import { call, onPush } from '../platform/soanClient';

const PUSH_ORIGIN = 'soan-push';
const NOTHING_QUEUED = Symbol('nothing queued');

export class CaretMirror {
  readonly awareness: Awareness;
  private readonly stopPushes: () => void;
  private queued: Caret | null | typeof NOTHING_QUEUED = NOTHING_QUEUED;
  private lastQueued = '';
  private sending = false;
  /** Whether the services pass the caret on (the article is linked to a server). */
  private shared = true;
  private stopped = false;

  constructor(
    doc: Y.Doc,
    private readonly articleId: string,
  ) {
    this.awareness = new Awareness(doc);
    this.awareness.setLocalState(null); // until the first answer says the caret is shared
    this.stopPushes = onPush((push) => {
      if (this.stopped || !('id' in push) || push.id !== articleId) return;
      if (push.kind === 'article:carets') applyAwarenessUpdate(this.awareness, push.update, PUSH_ORIGIN);
      if (push.kind === 'article:presence' && !this.shared) {
        // A server links the article now: the plugin publishes the caret from its next move.
        this.setShared(true);
        this.lastQueued = '';
        this.queue(this.ownCaret());
      }
    });
    this.awareness.on('change', (_changes: unknown, origin: unknown) => {
      if (origin === 'local') this.queue(this.ownCaret());
    });
    this.queue(null); // no caret yet; the answer brings the others already on the article
  }

  /** Stops listening; a caret still on its way is sent (the plugin clears it when the editor goes). */
  stop(): void {
    this.stopped = true;
    this.stopPushes();
    this.awareness.destroy();
  }

  private setShared(shared: boolean): void {
    this.shared = shared;
    const local = this.awareness.getLocalState();
    if (shared && local === null) this.awareness.setLocalState({});
    if (!shared && local !== null) this.awareness.setLocalState(null);
  }

  private ownCaret(): Caret | null {
    const cursor = (this.awareness.getLocalState() as { [CARET_FIELD]?: { anchor: Y.RelativePosition; head: Y.RelativePosition } | null } | null)?.[CARET_FIELD];
    if (!cursor) return null;
    return { anchor: Y.relativePositionToJSON(cursor.anchor), head: Y.relativePositionToJSON(cursor.head) } as Caret;
  }

  /** One call at a time; a caret that moves meanwhile replaces the one waiting. */
  private queue(caret: Caret | null): void {
    const key = JSON.stringify(caret);
    if (key === this.lastQueued) return;
    this.lastQueued = key;
    this.queued = caret;
    if (!this.sending && this.shared) void this.send();
  }

  private async send(): Promise<void> {
    this.sending = true;
    while (this.queued !== NOTHING_QUEUED && this.shared) {
      const caret = this.queued;
      this.queued = NOTHING_QUEUED;
      try {
        const { carets, shared } = await call('article:caret', { id: this.articleId, caret });
        if (this.stopped) break;
        applyAwarenessUpdate(this.awareness, carets, PUSH_ORIGIN);
        this.setShared(shared);
      } catch {
        // The article closed or the services are busy: the next move of the caret says where it is.
      }
    }
    this.sending = false;
  }
}
