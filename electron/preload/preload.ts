// The page's only door to the backend: a frozen `window.soan` with two methods. Channels
// outside the contract are refused here, before anything reaches ipcRenderer; pushes arrive
// on the one push channel only. Runs sandboxed, so it is bundled into one CommonJS file that
// only requires 'electron'.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { PRELOAD_GLOBAL, type PreloadApi } from '../contract/ipc/api';
import { isChannel } from '../contract/ipc/channelNames';
import { PUSH_CHANNEL, type Push } from '../contract/ipc/push';
import type { Result } from '../contract/errors';

function refused(channel: unknown): Result<never> {
  return {
    ok: false,
    error: { code: 'invalid-request', params: { detail: `unknown channel ${String(channel).slice(0, 80)}` } },
  };
}

const api: PreloadApi = Object.freeze({
  kind: 'electron' as const,
  invoke(channel: unknown, request: unknown) {
    if (!isChannel(channel)) return Promise.resolve(refused(channel));
    return ipcRenderer.invoke(channel, request);
  },
  onPush(listener: (push: Push) => void) {
    // The event object (with its sender) never reaches the page, only the pushed data.
    const forward = (_event: IpcRendererEvent, push: Push) => listener(push);
    ipcRenderer.on(PUSH_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(PUSH_CHANNEL, forward);
  },
});

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, api);
