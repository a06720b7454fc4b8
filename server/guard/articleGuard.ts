// Checks each change a client sends before Hocuspocus applies it. The guard keeps a second
// copy of the document (the "shadow"), follows every change the live document takes, and
// tries each incoming change on the shadow first: the article read before and after decides
// (changeRules.ts). A refused change never reaches the live document; the shadow is then
// rebuilt from it, so what was tried leaves no trace.
import * as Y from 'yjs';
import type { SyncRefusal } from '../../electron/contract/sync';
import type { Identity } from '../serverUsers';
import { judgeChange, readForRole } from './changeRules';

const TRIAL = 'soan-guard-trial';

export type Verdict = { ok: true } | { ok: false; refusal: SyncRefusal };

export class ArticleGuard {
  private shadow: Y.Doc;
  private readonly follow = (update: Uint8Array) => Y.applyUpdate(this.shadow, update);

  constructor(private readonly live: Y.Doc) {
    this.shadow = this.copyOfLive();
    live.on('update', this.follow);
  }

  /** Synchronous from start to verdict, so two checks never interleave. */
  check(update: Uint8Array, user: Identity): Verdict {
    let refusal: SyncRefusal | null = null;
    try {
      const before = readForRole(this.shadow, user.role);
      Y.applyUpdate(this.shadow, update, TRIAL);
      refusal = judgeChange(user, before, readForRole(this.shadow, user.role));
    } catch {
      refusal = { code: 'invalid-update' };
    }
    if (!refusal) return { ok: true };
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
    this.shadow.destroy();
  }

  private copyOfLive(): Y.Doc {
    const shadow = new Y.Doc({ gc: false });
    Y.applyUpdate(shadow, Y.encodeStateAsUpdate(this.live));
    return shadow;
  }
}
