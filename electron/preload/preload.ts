// The page's only door to the backend: a frozen `window.soan` with one method. Channels
// outside the contract are refused here, before anything reaches ipcRenderer. Runs
// sandboxed, so it is bundled into one CommonJS file that only requires 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import { PRELOAD_GLOBAL, type PreloadApi } from '../contract/ipc/api';
import { isChannel } from '../contract/ipc/channelNames';
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
});

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, api);
