// <userData>/settings.json: who the user is, the UI language and where the library lives.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Low, Memory } from 'lowdb';
import { z } from 'zod';
import type { Problem } from '../../contract/errors';
import { SoanError } from '../../contract/errors';
import { Profile, languages } from '../../contract/ipc/schemas';
import { NewsroomSettings, NewsroomSettingsPatch, defaultNewsroomSettings } from '../../contract/newsroom';
import type { NewsroomSettingsData } from '../../contract/newsroom';
import type { ProfileData, Settings } from '../../contract/types';
import type { RequestOf } from '../../contract/ipc/schemas';
import { DurableJsonAdapter } from '../fs/durableJsonAdapter';
import { salvageSettings } from './settingsSalvage';
import type { ServiceContext } from '../serviceContext';

export const SETTINGS_FILE = 'settings.json';

/**
 * Newsroom settings read key by key: a desk that hand-edits settings.json, or a newer Soạn
 * that adds a key, must not cost the newsroom its dictionary and topics. A bad value falls
 * back to its default alone; unknown keys are ignored.
 */
function tolerantNewsroom(): typeof NewsroomSettingsPatch {
  const shape = Object.fromEntries(
    Object.entries(NewsroomSettings.shape as Record<string, z.ZodType>).map(([key, schema]) => [key, schema.optional().catch(undefined)]),
  );
  return z.object(shape) as unknown as typeof NewsroomSettingsPatch;
}

const SettingsFile = z.object({
  version: z.literal(1),
  profile: Profile.nullable(),
  language: z.enum(languages),
  /** Absent until the user (or first run) chooses one; the caller's default applies. */
  libraryPath: z.string().min(1).optional(),
  /**
   * Only what differs from the defaults' shape is required: files written before newsroom
   * settings existed have none, and a damaged block falls back to the defaults rather than
   * costing the user their profile. exportPath '' (or absent) follows the library.
   */
  newsroom: tolerantNewsroom().optional().catch(undefined),
  /** The sync server and this person's token; kept here, never in the library or an article. */
  sync: z.object({ serverUrl: z.string().min(1).max(500), token: z.string().max(1000) }).optional().catch(undefined),
});
type SettingsFileData = z.infer<typeof SettingsFile>;

export type SettingsPatch = RequestOf<'settings:update'>;

/** Where the services reach the sync server, and as whom. Never sent to the renderer. */
export interface SyncCredentials {
  serverUrl: string;
  token: string;
}

/** `~/x` → home; anything else must already be absolute (the renderer has no cwd to be relative to). */
export function resolveLibraryPath(input: string, what = 'library path'): string {
  const trimmed = input.trim().normalize('NFC');
  const expanded =
    trimmed === '~' || trimmed.startsWith('~/') || trimmed.startsWith('~\\')
      ? path.join(os.homedir(), trimmed.slice(1))
      : trimmed;
  if (!path.isAbsolute(expanded)) {
    throw new SoanError('invalid-request', { detail: `the ${what} must be an absolute folder path` });
  }
  return path.resolve(expanded);
}

/**
 * Where exports go unless the desk chose a folder: beside the library, named after it
 * (~/Documents/Soan → ~/Documents/Soan - Xuất bản), so that packages never mix with article
 * projects and a test library's exports stay in its temp folder.
 */
export function defaultExportPath(libraryPath: string): string {
  return path.join(path.dirname(libraryPath), `${path.basename(libraryPath)} - Xuất bản`);
}

function uniqueNfc(values: readonly string[]): string[] {
  return [...new Set(values.map((v) => v.normalize('NFC').trim()).filter(Boolean))];
}

/** Newsroom settings as the app uses them: defaults, then what was saved, then a patch. */
function mergeNewsroom(
  libraryPath: string,
  ...layers: Array<Partial<NewsroomSettingsData> | undefined>
): NewsroomSettingsData {
  const merged: NewsroomSettingsData = { ...defaultNewsroomSettings('') };
  for (const layer of layers) {
    for (const [key, value] of Object.entries(layer ?? {})) {
      if (value !== undefined) (merged as unknown as Record<string, unknown>)[key] = value;
    }
  }
  return {
    ...merged,
    sourcePrefix: merged.sourcePrefix.normalize('NFC'),
    sections: uniqueNfc(merged.sections),
    topics: uniqueNfc(merged.topics),
    dictionary: uniqueNfc(merged.dictionary),
    exportPath: merged.exportPath.trim() ? resolveLibraryPath(merged.exportPath, 'export folder') : defaultExportPath(libraryPath),
  };
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
    context: ServiceContext;
  }): Promise<SettingsStore> {
    await fs.mkdir(options.userDataDir, { recursive: true });
    let found: Problem | undefined;
    const adapter = new DurableJsonAdapter({
      file: path.join(options.userDataDir, SETTINGS_FILE),
      schema: SettingsFile,
      describe: (file) => path.basename(file),
      clock: options.context.clock,
      onProblem: (problem) => {
        found = problem;
        options.onProblem?.(problem);
      },
    });
    const db = new Low<SettingsFileData>(adapter, { version: 1, profile: null, language: 'vi' });
    await db.read();
    if (found?.code === 'file-recovered') {
      // The damaged file was moved aside and its backup read: put a good settings.json back right away.
      await db.write().catch((error) => options.context.log.problem('could not rewrite settings', error));
    } else if (found) {
      // Nothing readable: no profile, so the first-run screen asks who the user is (their role
      // decides what they may do), offering what could still be read. Nothing is written
      // until they confirm.
      const salvaged = await salvageSettings(path.join(options.userDataDir, String(found.params.movedTo)));
      db.data = { ...db.data, ...salvaged };
    }
    return new SettingsStore(db, path.resolve(options.defaultLibraryPath));
  }

  /**
   * Settings that never touch the disk: the `soan` command line opens a library it is given
   * with a profile of its own, and must not change the desktop app's settings.json.
   */
  static inMemory(initial: {
    profile: ProfileData;
    libraryPath: string;
    language?: Settings['language'];
    newsroom?: Partial<NewsroomSettingsData>;
  }): SettingsStore {
    const libraryPath = resolveLibraryPath(initial.libraryPath);
    const db = new Low<SettingsFileData>(new Memory<SettingsFileData>(), {
      version: 1,
      profile: { ...initial.profile },
      language: initial.language ?? 'vi',
      libraryPath,
      newsroom: initial.newsroom,
    });
    return new SettingsStore(db, libraryPath);
  }

  get(): Settings {
    const data = this.db.data;
    const libraryPath = data.libraryPath ?? this.defaultLibraryPath;
    return {
      profile: data.profile ? { ...data.profile } : null,
      language: data.language,
      libraryPath,
      newsroom: mergeNewsroom(libraryPath, data.newsroom),
      ...(data.sync ? { sync: { serverUrl: data.sync.serverUrl, hasToken: data.sync.token.length > 0 } } : {}),
    };
  }

  /** The sync server's address and token, for the services only; null when sync is off. */
  syncCredentials(): SyncCredentials | null {
    const sync = this.db.data.sync;
    return sync && sync.token ? { ...sync } : null;
  }

  /** What the settings would be after the patch, without saving (so the library can be tried first). */
  preview(patch: SettingsPatch): Settings {
    const current = this.get();
    const libraryPath =
      patch.libraryPath !== undefined ? resolveLibraryPath(patch.libraryPath) : current.libraryPath;
    // An export folder that was only the default keeps following the library when it moves.
    const savedExportPath = this.db.data.newsroom?.exportPath ?? '';
    return {
      profile: patch.profile
        ? { name: patch.profile.name.trim().normalize('NFC'), role: patch.profile.role }
        : current.profile,
      language: patch.language ?? current.language,
      libraryPath,
      newsroom: mergeNewsroom(libraryPath, this.db.data.newsroom, { exportPath: savedExportPath }, patch.newsroom),
      ...this.previewSync(patch).settings,
    };
  }

  /** A patch's sync part: an empty token keeps the one saved for the same server. */
  private previewSync(patch: SettingsPatch): { settings: Pick<Settings, 'sync'>; saved: SettingsFileData['sync'] } {
    const current = this.db.data.sync;
    if (patch.sync === undefined) {
      const shown = this.get().sync;
      return { settings: shown ? { sync: shown } : {}, saved: current };
    }
    if (patch.sync === null) return { settings: {}, saved: undefined };
    const token = patch.sync.token || (current?.serverUrl === patch.sync.serverUrl ? current.token : '');
    const saved = { serverUrl: patch.sync.serverUrl, token };
    return { settings: { sync: { serverUrl: saved.serverUrl, hasToken: token.length > 0 } }, saved };
  }

  /** Saves what preview(patch) showed; `patch` carries the sync token, which Settings never hold. */
  async save(settings: Settings, patch: SettingsPatch = {}): Promise<void> {
    const previous = this.db.data;
    const sync = this.previewSync(patch).saved;
    this.db.data = {
      version: 1,
      profile: settings.profile,
      language: settings.language,
      libraryPath: settings.libraryPath,
      newsroom: {
        ...settings.newsroom,
        // Saved as '' while it is the default, so it keeps following the library.
        exportPath: settings.newsroom.exportPath === defaultExportPath(settings.libraryPath) ? '' : settings.newsroom.exportPath,
      },
      ...(sync ? { sync } : {}),
    };
    try {
      await this.db.write();
    } catch (error) {
      this.db.data = previous;
      throw error;
    }
  }
}
