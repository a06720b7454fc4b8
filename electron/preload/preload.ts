// The page's only door to the backend: a frozen `window.soan` with one method to call it,
// and one to hear of package files the system handed main. Channels outside the contract are
// refused here, before anything reaches ipcRenderer. Runs sandboxed, so it is bundled into
// one CommonJS file that only requires 'electron'.
import { contextBridge, ipcRenderer } from 'electron';
import { PRELOAD_GLOBAL, type PackageFileEvent, type PreloadApi } from '../contract/ipc/api';
import { PACKAGE_FILE_EVENT, isChannel } from '../contract/ipc/channelNames';
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
});

contextBridge.exposeInMainWorld(PRELOAD_GLOBAL, api);
