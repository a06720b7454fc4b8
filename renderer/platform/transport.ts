// How a request reaches the backend: Electron's preload bridge or the browser harness's
// loopback HTTP bridge. Both answer with a Result, so errors arrive as data.
import type { Channel } from '../../electron/contract/ipc/channelNames';
import type { Result } from '../../electron/contract/errors';

export interface CallOptions {
  /** Best effort while the page unloads (the browser keeps small keepalive requests alive). */
  keepalive?: boolean;
}

export interface Transport {
  invoke(channel: Channel, request: unknown, options?: CallOptions): Promise<Result<unknown>>;
  mediaUrl(articleId: string, file: string): string;
}
