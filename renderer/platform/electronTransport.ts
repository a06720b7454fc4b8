// Electron: preload exposes a frozen `window.soan`; media is served by the app:// protocol.
import { APP_HOST, APP_SCHEME, type PreloadApi } from '../../electron/contract/ipc/api';
import type { Channel } from '../../electron/contract/ipc/channelNames';
import type { Result } from '../../electron/contract/errors';
import type { Transport } from './transport';

export function createElectronTransport(api: PreloadApi): Transport {
  return {
    invoke: (channel: Channel, request: unknown) =>
      // The request was typed by the caller (soanClient.call); the bridge itself is generic.
      api.invoke(channel, request as never) as Promise<Result<unknown>>,
    mediaUrl: (articleId, file) =>
      `${APP_SCHEME}://${APP_HOST}/media/${encodeURIComponent(articleId)}/${encodeURIComponent(file)}`,
    onPush: (listener) => api.onPush(listener),
  };
}
