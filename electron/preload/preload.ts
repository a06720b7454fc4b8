// The page's only door to the backend: a frozen `window.soan` with a method to call it, one to
// hear of package files the system handed main, and one for what main pushes. Channels
// outside the contract are refused here, before anything reaches ipcRenderer; pushes arrive on
// the one push channel only. Runs sandboxed, so it is bundled into one CommonJS file that
// only requires 'electron'.
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { PRELOAD_GLOBAL, type PackageFileEvent, type PreloadApi } from '../contract/ipc/api';
import { PACKAGE_FILE_EVENT, isChannel } from '../contract/ipc/channelNames';
import { PUSH_CHANNEL, type Push } from '../contract/ipc/push';
import type { Result } from '../contract/errors';

function refused(channel: unknown): Result<never> {
  return {
    ok: false,
    error: { code: 'invalid-request', params: { detail: `unknown channel ${String(channel).slice(0, 80)}` } },
  };
}

// Package files main passes on (double-clicked .soan files) wait here until the page listens.
const waitingFiles: PackageFileEvent[] = [];
let packageListener: ((file: PackageFileEvent) => void) | null = null;
ipcRenderer.on(PACKAGE_FILE_EVENT, (_event, file: unknown) => {
  const candidate = file as Partial<PackageFileEvent> | null;
  if (!candidate || typeof candidate.fileName !== 'string' || !(candidate.bytes instanceof Uint8Array)) return;
  const clean = { fileName: candidate.fileName, bytes: candidate.bytes };
  if (packageListener) packageListener(clean);
  else waitingFiles.push(clean);
});

const api: PreloadApi = Object.freeze({
  kind: 'electron' as const,
  invoke(channel: unknown, request: unknown) {
    if (!isChannel(channel)) return Promise.resolve(refused(channel));
    return ipcRenderer.invoke(channel, request);
  },
  onPackageFile(listener: (file: PackageFileEvent) => void) {
    if (typeof listener !== 'function') return;
    packageListener = listener;
    for (const file of waitingFiles.splice(0)) listener(file);
  },
  onPush(listener: (push: Push) => void) {
    // The event object (with its sender) never reaches the page, only the pushed data.
    const forward = (_event: IpcRendererEvent, push: Push) => listener(push);
    ipcRenderer.on(PUSH_CHANNEL, forward);
    return () => void ipcRenderer.removeListener(PUSH_CHANNEL, forward);
  },
});

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, api);
