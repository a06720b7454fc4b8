// Carets on one article, on the services' side of the sync server's presence (awareness):
// - this person's caret, sent by the editor (article:caret), goes into the provider's
//   presence;
// - the others' presence is checked (a name, a caret of the right shape; the colour comes from
//   the name here, never from the sender) and handed on as an awareness update the editor
//   applies to its own Awareness, where y-prosemirror's cursor plugin draws it.
// A caret is passed on, either way, only once this copy holds the characters it names: the
// editor saves its typing a moment after it moves the caret, and the server relays presence
// while it is still storing the text; a caret that cannot be placed yet would vanish from the
// screen until its text came, so it waits for the text instead.
import type { Awareness } from 'y-protocols/awareness';
import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { CARET_FIELD, Caret } from '../../contract/caret';
import { syncRoles, type SyncRole } from '../../contract/sync';
import { presenceColor } from './presenceColor';

/** Another person's presence as the editor may show it. */
export interface ShownPresence {
  user: { name: string; role?: SyncRole; color: string };
  [CARET_FIELD]: Caret | null;
}

type AwarenessChanges = { added: number[]; updated: number[]; removed: number[] };

/** What of a presence state the editor shows; null when it names nobody. */
export function shownPresence(state: unknown): ShownPresence | null {
  const user = (state as { user?: { name?: unknown; role?: unknown } } | null)?.user;
  if (typeof user?.name !== 'string' || user.name.trim() === '' || user.name.length > 120) return null;
  const role = syncRoles.find((r) => r === user.role);
  const caret = Caret.safeParse((state as Record<string, unknown>)[CARET_FIELD]);
  return {
    user: { name: user.name, ...(role ? { role } : {}), color: presenceColor(user.name) },
    [CARET_FIELD]: caret.success ? caret.data : null,
  };
}

/** True when `doc` holds every item the caret names (so it can be placed in this copy). */
export function caretIsPlaceable(doc: Y.Doc, caret: Caret): boolean {
  const known = (id: { client: number; clock: number } | null | undefined) => !id || Y.getState(doc.store, id.client) > id.clock;
  return [caret.anchor, caret.head].every((p) => known(p.item) && known(p.type));
}

export class CaretPresence {
  private own: Caret | null = null;
  /** Others whose caret names text this copy does not hold yet. */
  private readonly othersWaiting = new Set<number>();
  private stopped = false;
  private readonly onAwarenessUpdate = ({ added, updated, removed }: AwarenessChanges) => {
    const others = [...added, ...updated, ...removed].filter((client) => client !== this.awareness.clientID);
    if (others.length > 0) this.handOnPlaceable(others);
  };
  private readonly onDocUpdate = () => {
    if (this.own && caretIsPlaceable(this.doc, this.own)) this.publish();
    if (this.othersWaiting.size > 0) this.handOnPlaceable([...this.othersWaiting]);
  };

  constructor(
    private readonly awareness: Awareness,
    private readonly doc: Y.Doc,
    /** The others' presence changed (or was renewed): an awareness update for the editor. */
    private readonly handOn: (update: Uint8Array) => void,
  ) {
    awareness.on('update', this.onAwarenessUpdate);
    doc.on('update', this.onDocUpdate);
  }

  /** The editor moved this person's caret (null: it left the text). */
  set(caret: Caret | null): void {
    this.own = caret;
    this.publish();
  }

  /** This person's presence was set anew (shown on the article): put the caret back in it. */
  restore(): void {
    this.publish();
  }

  /** Everyone else on the article as it stands, for an editor that just opened it. */
  others(): Uint8Array {
    const others = [...this.awareness.getStates().keys()].filter((client) => client !== this.awareness.clientID);
    return this.encode(others.filter((client) => this.placeable(client)));
  }

  stop(): void {
    this.stopped = true;
    this.awareness.off('update', this.onAwarenessUpdate);
    this.doc.off('update', this.onDocUpdate);
  }

  private publish(): void {
    const local = this.awareness.getLocalState() as { user?: unknown; [CARET_FIELD]?: unknown } | null;
    // Nobody is shown (the article is only being caught up, or the server has not said who we are).
    if (this.stopped || !local?.user) return;
    if (this.own && !caretIsPlaceable(this.doc, this.own)) return; // onDocUpdate tries again
    if (JSON.stringify(local[CARET_FIELD] ?? null) !== JSON.stringify(this.own)) this.awareness.setLocalStateField(CARET_FIELD, this.own);
  }

  /** Hands on the others whose caret this copy can place; the rest wait for their text. */
  private handOnPlaceable(clients: number[]): void {
    const ready = clients.filter((client) => this.placeable(client));
    for (const client of clients) {
      if (ready.includes(client)) this.othersWaiting.delete(client);
      else this.othersWaiting.add(client);
    }
    if (ready.length > 0) this.handOn(this.encode(ready));
  }

  private placeable(client: number): boolean {
    const caret = shownPresence(this.awareness.getStates().get(client))?.[CARET_FIELD];
    return !caret || caretIsPlaceable(this.doc, caret);
  }

  private encode(clients: number[]): Uint8Array {
    const states = new Map<number, ShownPresence>();
    const known = clients.filter((client) => this.awareness.meta.has(client));
    for (const client of known) {
      const shown = shownPresence(this.awareness.getStates().get(client));
      if (shown) states.set(client, shown);
    }
    // A client not in `states` is sent as gone (null): nobody to show.
    return encodeAwarenessUpdate(this.awareness, known, states);
  }
}
