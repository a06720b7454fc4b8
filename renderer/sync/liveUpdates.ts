// While someone else is on the article, what is typed here goes to the services at once
// (article:live), so it reaches the sync server and the others' screens within a keystroke or
// two. The save queue still sends the same changes, batched every ~100 ms, and waits for each
// to be on disk before the next: that path alone would hold a keystroke back by the batching
// and a disk write. Applying a change twice changes nothing, so the two paths never disagree.
import * as Y from 'yjs';
import { call } from '../platform/soanClient';

export class LiveUpdates {
  private pending: Uint8Array[] = [];
  private sending = false;

  constructor(
    private readonly articleId: string,
    /** True while another person is on the article (its presence says so). */
    private readonly othersHere: () => boolean,
  ) {}

  /** A local change, just made. */
  push(update: Uint8Array): void {
    if (!this.othersHere()) return;
    this.pending.push(update);
    if (!this.sending) void this.send();
  }

  /** One call at a time; what is typed meanwhile goes next, merged. */
  private async send(): Promise<void> {
    this.sending = true;
    while (this.pending.length > 0) {
      const batch = this.pending.splice(0);
      const update = batch.length === 1 ? batch[0]! : Y.mergeUpdates(batch);
      try {
        // Yjs never hands out SharedArrayBuffer-backed updates; the cast only narrows the type.
        await call('article:live', { id: this.articleId, update: update as Uint8Array<ArrayBuffer> });
      } catch {
        // The save queue sends it too, and says so if it cannot.
      }
    }
    this.sending = false;
  }
}
