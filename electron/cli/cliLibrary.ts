// The services behind the command line: the same backend as the app, on the library given
// with --library, with settings kept in memory (the app's settings.json is never touched) and
// a profile of its own. The library lock is respected: if Soạn has it open, we say so.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Channel } from '../contract/channelNames';
import type { Responses } from '../contract/api';
import { SoanError } from '../contract/errors';
import type { RequestOf } from '../contract/schemas';
import type { NewsroomSettingsData } from '../contract/newsroom';
import { createBackend } from '../services/backend';
import type { Backend } from '../services/backend';
import { SettingsStore } from '../services/settings/settingsStore';
import { cliProfileName, type CliContext } from './cliContext';
import { defaultServiceContext } from '../services/serviceContext';
import type { ServiceContext } from '../services/serviceContext';

export interface CliLibrary {
  backend: Backend;
  call<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Responses[C]>;
  close(): Promise<void>;
}

export interface CliLibraryOptions {
  /** Create the library folder if it is missing (import). */
  create?: boolean;
  newsroom?: Partial<NewsroomSettingsData>;
  /** Who writes (default: $SOAN_USER of this process, else the login name). */
  profileName?: string;
  /** resources/ (default: SOAN_RESOURCES_DIR, else the repository's). */
  resourcesDir?: string;
  /** Clock and log of the services (default: the system's; the actor is always the profile name). */
  context?: ServiceContext;
}

export async function openCliLibrary(libraryDir: string, options: CliLibraryOptions = {}): Promise<CliLibrary> {
  const libraryPath = path.resolve(libraryDir.normalize('NFC'));
  if (options.create) await fs.mkdir(libraryPath, { recursive: true });
  const profileName = options.profileName ?? cliProfileName(process.env);
  const settings = SettingsStore.inMemory({
    profile: { name: profileName, role: 'desk' },
    libraryPath,
    newsroom: options.newsroom,
  });
  const backend = createBackend({
    userDataDir: path.join(os.tmpdir(), 'soan-cli-rescue'), // only a save that fails on close writes here
    defaultLibraryPath: libraryPath,
    settings,
    saveDelayMs: 0,
    resourcesDir: options.resourcesDir,
    context: { ...(options.context ?? defaultServiceContext()), actor: () => profileName },
  });
  return {
    backend,
    call: async (channel, request) => {
      const result = await backend.dispatch(channel, request);
      if (!result.ok) throw new SoanError(result.error.code, result.error.params);
      return result.value as never;
    },
    close: () => backend.close(),
  };
}

/** Run `work` on an open library and always let go of it (lock released, saves flushed). */
export async function withLibrary<T>(
  libraryDir: string,
  work: (library: CliLibrary) => Promise<T>,
  options: CliLibraryOptions = {},
): Promise<T> {
  const library = await openCliLibrary(libraryDir, options);
  try {
    return await work(library);
  } finally {
    await library.close();
  }
}

/** withLibrary for a command: the library folder as typed, who acts and resources/ from its run. */
export function withCommandLibrary<T>(
  context: CliContext,
  libraryDir: string,
  work: (library: CliLibrary) => Promise<T>,
  options: Pick<CliLibraryOptions, 'create' | 'newsroom'> = {},
): Promise<T> {
  return withLibrary(context.path(libraryDir.normalize('NFC')), work, {
    ...options,
    profileName: context.profileName,
    resourcesDir: context.resourcesDir,
  });
}
