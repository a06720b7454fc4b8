// Checks each change a client sends before Hocuspocus applies it. The guard keeps a second
// copy of the document (the "shadow"), follows every change the live document takes, and
// tries each incoming change on the shadow first. Then, in this order:
// - a part of it that waits for changes the server does not have is forgotten, never kept
//   (trial.ts): what Yjs applied of it is what is judged and stored;
// - a change nesting the document deeper than anyone can read is refused, whoever sends it
//   (documentDepth.ts);
// - a review-only token's suggestion in another's name is refused (suggestionRules.ts);
// - the article read before and after decides (changeRules.ts), and then what the change did
//   to the comment maps (commentRules.ts).
// A refused change never reaches the live document; the shadow is then rebuilt from it, so
// what was tried leaves no trace.
import * as Y from 'yjs';
import type { SyncRefusal } from '../../electron/contract/sync';
import type { Identity } from '../serverUsers';
import { judgeChange, readForRole } from './changeRules';
import { judgeComments, watchComments } from './commentRules';
import { nestsTooDeep } from './documentDepth';
import { suggestsInAnotherName } from './suggestionRules';
import { forgetWaiting, tryChange } from './trial';

const TRIAL = 'soan-guard-trial';

/** `store`: what to store of an accepted change — the change itself, or only what was applied of it (null: nothing). */
export type Verdict = { ok: true; store: Uint8Array | null } | { ok: false; refusal: SyncRefusal };

export class ArticleGuard {
  private shadow: Y.Doc;
  private readonly follow = (update: Uint8Array) => Y.applyUpdate(this.shadow, update);
  // Hocuspocus applies an accepted change to the live document whole: what it parks there is
  // forgotten as on the shadow (so is anything a store written before this check held parked).
  private readonly forgetParked = () => forgetWaiting(this.live);

  constructor(private readonly live: Y.Doc) {
    forgetWaiting(live);
    this.shadow = this.copyOfLive();
    live.on('update', this.follow);
    live.on('afterTransaction', this.forgetParked);
  }

  /**
   * Synchronous from start to verdict, so two checks never interleave. `colleagues`: every
   * user's name, whose comments nobody else may change.
   */
  check(update: Uint8Array, user: Identity, colleagues: ReadonlySet<string>): Verdict {
    let refusal: SyncRefusal | null = null;
    let store: Uint8Array | null = update;
    try {
      const before = readForRole(this.shadow, user.role);
      let trial: ReturnType<typeof tryChange> | undefined;
      const comments = watchComments(this.shadow, () => (trial = tryChange(this.shadow, update, TRIAL)));
      const { setAside, applied, transaction } = trial!;
      if (setAside) store = applied;
      // Too deep to read: refused before any rule reads it (the reading would overflow the stack).
      if (transaction && nestsTooDeep(transaction)) refusal = { code: 'invalid-update' };
      else if (transaction && suggestsInAnotherName(transaction, user, colleagues)) refusal = { code: 'forbidden-comment-name' };
      else refusal = judgeChange(user, before, readForRole(this.shadow, user.role)) ?? judgeComments(user, comments, colleagues);
    } catch {
      refusal = { code: 'invalid-update' };
    }
    if (!refusal) return { ok: true, store };
    this.shadow.destroy();
    this.shadow = this.copyOfLive();
    return { ok: false, refusal };
  }

  /** The live document changed without this guard seeing it first (a store that failed): start again from it. */
  resync(): void {
    this.shadow.destroy();
    this.shadow = this.copyOfLive();
  }

  destroy(): void {
    this.live.off('update', this.follow);
    this.live.off('afterTransaction', this.forgetParked);
    this.shadow.destroy();
  }

  private copyOfLive(): Y.Doc {
    const shadow = new Y.Doc({ gc: false });
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.live));
    return shadow;
  }
}
