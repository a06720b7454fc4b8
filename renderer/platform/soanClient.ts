// The renderer's one typed client for the backend. Everything else in the renderer imports
// `call` and `mediaUrl` from here and never looks at window.<api> itself.
import { PRELOAD_GLOBAL, type PackageFileEvent, type PreloadApi, type Responses } from '../../electron/contract/ipc/api';
import type { Channel } from '../../electron/contract/ipc/channelNames';
import { SoanError, errorCodes, type ErrorCode } from '../../electron/contract/errors';
import type { RequestOf } from '../../electron/contract/ipc/schemas';
import type { Push } from '../../electron/contract/ipc/push';
import { takeBrowserToken } from './browserToken';
import { createBrowserTransport } from './browserTransport';
import { createElectronTransport } from './electronTransport';
import type { CallOptions, Transport } from './transport';

function preloadApi(): PreloadApi | undefined {
  const candidate = (window as unknown as Record<string, unknown>)[PRELOAD_GLOBAL];
  return candidate && (candidate as PreloadApi).kind === 'electron' ? (candidate as PreloadApi) : undefined;
}

function pickTransport(): Transport {
  const api = preloadApi();
  return api ? createElectronTransport(api) : createBrowserTransport(takeBrowserToken());
}

const transport = pickTransport();

function asErrorCode(code: unknown): ErrorCode {
  return (errorCodes as readonly unknown[]).includes(code) ? (code as ErrorCode) : 'internal';
}

/** Calls one channel; resolves with its value or throws a SoanError with code and params. */
export async function call<C extends Channel>(
  channel: C,
  request: RequestOf<C>,
  options?: CallOptions,
): Promise<Responses[C]> {
  let result;
  try {
    result = await transport.invoke(channel, request, options);
  } catch (error) {
    // A broken bridge is a bug, not a user error: say so honestly, without a stack.
    throw new SoanError('internal', { detail: error instanceof Error ? error.message : String(error) });
  }
  if (result.ok) return result.value as Responses[C];
  throw new SoanError(asErrorCode(result.error?.code), result.error?.params ?? {});
}

const pushListeners = new Set<(push: Push) => void>();
let stopPushes: (() => void) | undefined;

/**
 * Listens to what main sends unasked (the sync server's changes, presence, sync status);
 * returns the function that stops listening. One connection serves every listener.
 */
export function onPush(listener: (push: Push) => void): () => void {
  pushListeners.add(listener);
  stopPushes ??= transport.onPush((push) => pushListeners.forEach((l) => l(push)));
  return () => {
    pushListeners.delete(listener);
    if (pushListeners.size === 0) {
      stopPushes?.();
      stopPushes = undefined;
    }
  };
}

/** URL of a file in an article's media folder, for <img src>. */
export function mediaUrl(articleId: string, file: string): string {
  return transport.mediaUrl(articleId, file);
}

// Package files the system handed Soạn (Electron only): the screen that listens last gets
// them; one that arrives while no screen listens waits for the next.
const packageListeners: Array<(file: PackageFileEvent) => void> = [];
const waitingPackages: PackageFileEvent[] = [];
let listeningToPreload = false;

/** Calls `listener` with each package file the system hands Soạn; returns the unsubscribe. */
export function onPackageFile(listener: (file: PackageFileEvent) => void): () => void {
  if (!listeningToPreload) {
    listeningToPreload = true;
    preloadApi()?.onPackageFile((file) => {
      const current = packageListeners[packageListeners.length - 1];
      if (current) current(file);
      else waitingPackages.push(file);
    });
  }
  packageListeners.push(listener);
  for (const file of waitingPackages.splice(0)) listener(file);
  return () => {
    const at = packageListeners.lastIndexOf(listener);
    if (at >= 0) packageListeners.splice(at, 1);
  };
}

export { SoanError };
