// How a request reaches the backend: Electron's preload bridge or the browser harness's
// loopback HTTP bridge. Both answer with a Result, so errors arrive as data.
import type { Channel } from '../../electron/contract/ipc/channelNames';
import type { Result } from '../../electron/contract/errors';
import type { Push } from '../../electron/contract/ipc/push';

export interface CallOptions {
  /** Best effort while the page unloads (the browser keeps small keepalive requests alive). */
  keepalive?: boolean;
}

export interface Transport {
  invoke(channel: Channel, request: unknown, options?: CallOptions): Promise<Result<unknown>>;
  mediaUrl(articleId: string, file: string): string;
  /** What main sends unasked (contract/ipc/push.ts); returns the function that stops listening. */
  onPush(listener: (push: Push) => void): () => void;
}
