// <userData>/settings.json: who the user is, the UI language and where the library lives.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Low } from 'lowdb';
import { z } from 'zod';
import type { Problem } from '../../contract/errors';
import { SoanError } from '../../contract/errors';
import { Profile, languages } from '../../contract/schemas';
import type { Settings } from '../../contract/types';
import type { RequestOf } from '../../contract/schemas';
import { DurableJsonAdapter } from '../fs/durableJsonAdapter';

export const SETTINGS_FILE = 'settings.json';

const SettingsFile = z.object({
  version: z.literal(1),
  profile: Profile.nullable(),
  language: z.enum(languages),
  /** Absent until the user (or first run) chooses one; the caller's default applies. */
  libraryPath: z.string().min(1).optional(),
});
type SettingsFileData = z.infer<typeof SettingsFile>;

export type SettingsPatch = RequestOf<'settings:update'>;

/** `~/x` → home; anything else must already be absolute (the renderer has no cwd to be relative to). */
export function resolveLibraryPath(input: string): string {
  const trimmed = input.trim().normalize('NFC');
  const expanded =
    trimmed === '~' || trimmed.startsWith('~/') || trimmed.startsWith('~\\')
      ? path.join(os.homedir(), trimmed.slice(1))
      : trimmed;
  if (!path.isAbsolute(expanded)) {
    throw new SoanError('invalid-request', { detail: 'the library path must be an absolute folder path' });
  }
  return path.resolve(expanded);
}

export class SettingsStore {
  private constructor(
    private readonly db: Low<SettingsFileData>,
    private readonly defaultLibraryPath: string,
  ) {}

  static async open(options: {
    userDataDir: string;
    defaultLibraryPath: string;
    onProblem?: (problem: Problem) => void;
  }): Promise<SettingsStore> {
    await fs.mkdir(options.userDataDir, { recursive: true });
    let damaged = false;
    const adapter = new DurableJsonAdapter({
      file: path.join(options.userDataDir, SETTINGS_FILE),
      schema: SettingsFile,
      describe: (file) => path.basename(file),
      onProblem: (problem) => {
        damaged = true;
        options.onProblem?.(problem);
      },
    });
    const db = new Low<SettingsFileData>(adapter, { version: 1, profile: null, language: 'vi' });
    await db.read();
    // The damaged file was moved aside: put a good settings.json back right away.
    if (damaged) await db.write().catch((error) => console.error('soan: could not rewrite settings', error));
    return new SettingsStore(db, path.resolve(options.defaultLibraryPath));
  }

  get(): Settings {
    const data = this.db.data;
    return {
      profile: data.profile ? { ...data.profile } : null,
      language: data.language,
      libraryPath: data.libraryPath ?? this.defaultLibraryPath,
    };
  }

  /** What the settings would be after the patch, without saving (so the library can be tried first). */
  preview(patch: SettingsPatch): Settings {
    const current = this.get();
    return {
      profile: patch.profile
        ? { name: patch.profile.name.trim().normalize('NFC'), role: patch.profile.role }
        : current.profile,
      language: patch.language ?? current.language,
      libraryPath:
        patch.libraryPath !== undefined ? resolveLibraryPath(patch.libraryPath) : current.libraryPath,
    };
  }

  async save(settings: Settings): Promise<void> {
    const previous = this.db.data;
    this.db.data = {
      version: 1,
      profile: settings.profile,
      language: settings.language,
      libraryPath: settings.libraryPath,
    };
    try {
      await this.db.write();
    } catch (error) {
      this.db.data = previous;
      throw error;
    }
  }
}
