// The services behind the IPC contract, for Electron's main process and the browser harness.
// dispatch() is the one door: it refuses unknown channels, validates every payload with the
// contract's zod schema, and turns every failure into data — it never throws.
import path from 'node:path';
import * as Y from 'yjs';
import type { Handlers } from '../contract/ipc/api';
import { isChannel } from '../contract/ipc/channelNames';
import type { Channel } from '../contract/ipc/channelNames';
import type { ErrorInfo, Result } from '../contract/errors';
import { SoanError } from '../contract/errors';
import { limits, requestSchemas } from '../contract/ipc/schemas';
import type { LibraryListing, Settings } from '../contract/types';
import { KeyedSerialQueue } from './concurrency/keyedSerialQueue';
import { plainReason } from './fs/diskErrors';
import { Library } from './library/libraryService';
import { ProblemLog } from './library/problemLog';
import { SettingsStore } from './settings/settingsStore';
import { CheckWorkerPool } from './checks/checkWorkerPool';
import { defaultResourcesDir } from './export/exportResources';
import type { ExportEnvironment } from './handlers/exportHandlers';
import { buildVocabulary } from './handlers/vocabulary';
import { LanguageResourcesLoader } from './checks/languageResourcesLoader';
import { newsroomModelSummary } from './language/newsroomModel';
import { reviewHandlers } from './handlers/reviewHandlers';
import { oversizedPackage, packageHandlers } from './handlers/packageHandlers';
import { deskHandlers } from './handlers/deskHandlers';
import type { Actor } from './history/articleHistory';
import { defaultServiceContext } from './serviceContext';
import type { ServiceContext } from './serviceContext';
import type { Push } from '../contract/ipc/push';
import { LiveArticles } from './sync/liveArticles';
import type { SyncService, SyncServiceOptions } from './sync/syncService';
import { CaughtUpMerges } from './sync/caughtUpMerges';
import { TrashSync } from './sync/trashSync';

export interface BackendOptions {
  /** Where settings.json lives (Electron's app.getPath('userData')). */
  userDataDir: string;
  /** The library folder offered on first run, e.g. ~/Documents/Soan. */
  defaultLibraryPath: string;
  /** Autosave delay after the first unsaved change (default 250 ms). */
  saveDelayMs?: number;
  /** Delay before a failed save is tried again by itself (default 3 s). */
  retryDelayMs?: number;
  /** resources/ (export CSS and fonts, house-style rules, word lists). Default: SOAN_RESOURCES_DIR, else the repository's. */
  resourcesDir?: string;
  /** The system folder picker (Electron's dialog); without it dialog:chooseFolder answers null. */
  chooseFolder?: (purpose: 'library' | 'export') => Promise<string | null>;
  /** Time limit of one language check in its worker (default 20 s). */
  checkTimeLimitMs?: number;
  /** Settings kept in memory instead of <userData>/settings.json (the `soan` CLI). */
  settings?: SettingsStore;
  /** The services' clock and log, and who acts until settings name a profile (default: defaultServiceContext()). */
  context?: ServiceContext;
  /** Timings of the sync service (tests shorten them); onCaughtUp is told of each catch-up before its merge report is made. */
  sync?: Pick<SyncServiceOptions, 'roundIntervalMs' | 'articleTimeoutMs' | 'maxReconnectDelayMs' | 'onCaughtUp'>;
}

export interface Backend {
  handlers: Handlers;
  /** resources/ as this backend uses it (the CLI's checks read the same rules). */
  resourcesDir: string;
  dispatch(channel: unknown, payload: unknown): Promise<Result<unknown>>;
  /** Real path of an article's media file for the app:// protocol; throws SoanError('media-missing'). */
  mediaPath(articleId: string, file: string): Promise<string>;
  /** What main passes on to the renderer unasked (contract/ipc/push.ts); returns the function that stops listening. */
  onPush(listener: (push: Push) => void): () => void;
  /** Resolves when every sync merge so far has its version and report written. */
  syncMergesIdle(): Promise<void>;
  /** The sync service while one runs (tests wait on its rounds). */
  sync(): SyncService | undefined;
  /** Save everything, release the library lock. Later calls answer library-unavailable. */
  close(): Promise<void>;
}

const SERIAL = 'backend';

// Loaded on first use: they pull in mammoth and sharp, which a backend that only edits
// (or a bundled test writer) never needs at start.
const importHandler = () => import('./handlers/importHandler');
const pasteHandler = () => import('./handlers/pasteHandler');
const exportHandlers = () => import('./handlers/exportHandlers');

function invalid(detail: string): Result<never> {
  return { ok: false, error: { code: 'invalid-request', params: { detail } } };
}

/** "id: not an article id" — where and what, short enough for a message. */
function describeIssue(issue: { path: PropertyKey[]; message: string } | undefined): string {
  if (!issue) return 'the request is not valid';
  const where = issue.path.map(String).join('.');
  return (where ? `${where}: ${issue.message}` : issue.message).slice(0, 200);
}

export function createBackend(options: BackendOptions): Backend {
  const given = options.context ?? defaultServiceContext();
  const problems = new ProblemLog();
  const queue = new KeyedSerialQueue();
  const settingsReady = options.settings
    ? Promise.resolve(options.settings)
    : SettingsStore.open({
        userDataDir: options.userDataDir,
        defaultLibraryPath: options.defaultLibraryPath,
        onProblem: problems.add,
        context: given,
      });
  settingsReady.catch(() => {}); // reported on each call instead
  let library: Library | undefined;
  let closed = false;
  let currentSettings: Settings | undefined;
  const resourcesDir = options.resourcesDir ?? defaultResourcesDir();
  // resources/ and the newsroom's own model (<userData>/language/), read again when that changes.
  const language = new LanguageResourcesLoader(resourcesDir, options.userDataDir);
  const checker = new CheckWorkerPool(language.load, options.checkTimeLimitMs);
  const pushListeners = new Set<(push: Push) => void>();
  const push = (message: Push) => pushListeners.forEach((listener) => listener(message));
  // Articles in memory: linked to the sync server while it is set, and passed on to the editor.
  const live = new LiveArticles(push);
  let sync: SyncService | undefined;
  // Catch-ups after time apart get the package merge's report (kept until dismissed).
  const merges = new CaughtUpMerges({
    library: () => library,
    keeper: () => (currentSettings?.profile ? { name: currentSettings.profile.name, role: currentSettings.profile.role } : undefined),
    serverRole: () => sync?.status().identity?.role,
    push: (message) => push(message),
    context: given,
    also: options.sync?.onCaughtUp,
  });
  // Moves to the trash and back, recorded here and passed on by the sync rounds.
  const trashSync = new TrashSync({
    library: () => library,
    me: () => currentSettings?.profile?.name ?? '',
    serverName: () => sync?.status().identity?.name,
    push: (message) => push(message),
    isShown: (id) => live.isShown(id),
    mayMark: () => {
      const role = sync?.status().identity?.role;
      return role !== undefined && role !== 'reviewer';
    },
    context: given,
  });

  /** The services' context: who acts is the profile name in settings (recorded as an author of what it edits). */
  const context: ServiceContext = { ...given, actor: () => currentSettings?.profile?.name ?? given.actor() };

  /** Who is acting, for workflow moves and versions. */
  function actor(): Actor {
    const profile = currentSettings?.profile;
    if (!profile) throw new SoanError('setup-required');
    return { name: profile.name, role: profile.role };
  }

  function assertOpen(): void {
    if (closed) throw new SoanError('library-unavailable', { path: '', reason: 'Soạn is closing' });
  }

  async function settingsStore(): Promise<SettingsStore> {
    try {
      const store = await settingsReady;
      currentSettings = store.get();
      return store;
    } catch (error) {
      throw new SoanError('library-unavailable', {
        path: options.userDataDir,
        reason: `settings cannot be read: ${plainReason(error)}`,
      });
    }
  }

  function openLibrary(libraryPath: string, create: boolean): Promise<Library> {
    return Library.open({
      libraryPath,
      create,
      context,
      actor,
      rescueFolder: path.join(options.userDataDir, 'rescue'),
      saveDelayMs: options.saveDelayMs,
      retryDelayMs: options.retryDelayMs,
      watcher: live,
    });
  }

  /** Starts, restarts or stops the sync service after the settings or the library changed. */
  async function resync(): Promise<void> {
    const store = await settingsReady;
    const credentials = store.syncCredentials();
    await sync?.close();
    sync = undefined;
    if (closed || !credentials || !store.get().profile || !library) {
      push({ kind: 'sync:status', status: { state: 'off', waiting: 0, refusals: [] } });
      return;
    }
    // Loaded when first needed: a backend that never syncs (the CLI, a bundled test writer) never loads ws.
    const { SyncService } = await import('./sync/syncService');
    sync = new SyncService({ credentials, live, library: () => library, push, context, ...options.sync, onCaughtUp: merges.caughtUp, trash: trashSync });
  }

  /** The open library; opened on demand (it may have been unplugged or locked at start). */
  async function requireLibrary(): Promise<Library> {
    assertOpen();
    const settings = (await settingsStore()).get();
    if (!settings.profile) throw new SoanError('setup-required');
    if (library) return library;
    return queue.run(SERIAL, async () => {
      assertOpen();
      if (!library) {
        library = await openLibrary(settings.libraryPath, false);
        await resync();
      }
      return library;
    });
  }

  async function updateSettings(patch: Parameters<Handlers['settings:update']>[0]): Promise<Settings> {
    assertOpen();
    const store = await settingsStore();
    return queue.run(SERIAL, async () => {
      const next = store.preview(patch);
      const moving = !library || path.resolve(library.path) !== path.resolve(next.libraryPath);
      if (next.profile && moving) {
        // Open the new library first: if it cannot be used, nothing changes.
        const opened = await openLibrary(next.libraryPath, true);
        const previous = library;
        library = opened;
        await previous?.close();
      }
      try {
        await store.save(next, patch);
      } catch (error) {
        throw new SoanError('save-failed', { article: 'settings.json', reason: plainReason(error) });
      }
      const syncChanged = patch.sync !== undefined || (next.profile && moving);
      currentSettings = store.get();
      if (syncChanged) await resync();
      return store.get();
    });
  }

  async function listLibrary(): Promise<LibraryListing> {
    const listing = await (await requireLibrary()).list();
    const all = new ProblemLog();
    [...problems.list(), ...listing.problems].forEach(all.add);
    return { ...listing, problems: all.list() };
  }

  async function exportEnvironment(): Promise<ExportEnvironment> {
    const library = await requireLibrary();
    const settings = (await settingsStore()).get();
    return { library, newsroom: settings.newsroom, resourcesDir, user: settings.profile?.name ?? '', actor: actor() };
  }

  const handlers: Handlers = {
    'settings:get': async () => {
      const settings = (await settingsStore()).get();
      // A damaged settings.json is told on the first-run screen, before the user confirms anything.
      const found = problems.list();
      const model = await newsroomModelSummary(options.userDataDir);
      return { ...settings, ...(found.length > 0 ? { problems: found } : {}), ...(model ? { newsroomModel: model } : {}) };
    },
    'settings:update': (request) => updateSettings(request),
    'library:list': () => listLibrary(),
    'article:create': async (request) => (await requireLibrary()).create(request),
    'article:open': async ({ id }) => {
      const library = await requireLibrary();
      // Shown first: whatever arrives from the server while it opens is pushed, and the editor
      // merges it with the state below (merging twice is harmless; missing a change is not).
      live.show(id, true);
      try {
        return await library.open(id);
      } catch (error) {
        live.show(id, false);
        throw error;
      }
    },
    'article:update': async ({ id, update }) => (await requireLibrary()).update(id, update),
    'article:close': async ({ id }) => {
      live.show(id, false);
      await (await requireLibrary()).closeArticle(id);
      return null;
    },
    'article:rename': async ({ id, headline }) => (await requireLibrary()).rename(id, headline),
    'article:duplicate': async ({ id }) => (await requireLibrary()).duplicate(id),
    'article:trash': async ({ id }) => {
      const library = await requireLibrary();
      // A copy that cannot be read can still go to the trash: only passing it on is lost.
      await trashSync.trashing(library, id).catch((error) => {
        if (error instanceof SoanError && error.code === 'article-not-found') throw error;
        context.log.problem(`the move of article ${id} to the trash is not passed on to the server`, error);
      });
      await library.trash(id);
      sync?.requestRound(); // the others follow
      return null;
    },
    'trash:restore': async ({ trashId }) => {
      const library = await requireLibrary();
      const summary = await library.restore(trashId);
      await trashSync.restored(library, summary.id).catch((error) => context.log.problem('a restore is not passed on to the server', error));
      sync?.requestRound();
      return summary;
    },
    'media:import': async ({ articleId, fileName, bytes }) => {
      const info = await (await requireLibrary()).importMedia(articleId, fileName, bytes);
      void sync?.media.syncArticle(articleId, [info.file]); // up to the server now, not at the next round
      return info;
    },
    'library:vocabulary': async () => {
      const library = await requireLibrary();
      return buildVocabulary(library.catalogue(), (await settingsStore()).get().newsroom);
    },
    'library:search': async ({ query, limit }) => (await requireLibrary()).search(query, limit ?? 50),
    'article:import': async (request) =>
      (await importHandler()).importIntoLibrary(await requireLibrary(), request),
    'article:exportPreview': async ({ id }) => (await exportHandlers()).exportPreview(await exportEnvironment(), id),
    'article:export': async (request) => (await exportHandlers()).exportArticle(await exportEnvironment(), request),
    'dialog:chooseFolder': async ({ purpose }) => (options.chooseFolder ? options.chooseFolder(purpose) : null),
    'language:check': async ({ parts }) => {
      assertOpen();
      const settings = (await settingsStore()).get();
      if (await language.changed()) checker.refresh();
      return checker.check({
        parts,
        dictionary: settings.newsroom.dictionary,
        tonePlacement: settings.newsroom.tonePlacement,
        headlineMaxChars: settings.newsroom.headlineMaxChars,
        sapoMaxChars: settings.newsroom.sapoMaxChars,
        locale: settings.language,
      });
    },
    // In the worker: decoding a long paste under every candidate encoding takes seconds.
    'language:convert': ({ text, fontName }) => checker.convert(text, fontName),
    'paste:convert': async (request) => (await pasteHandler()).convertPaste(await requireLibrary(), request),
    ...reviewHandlers(requireLibrary, actor),
    ...packageHandlers(
      requireLibrary,
      actor,
      async () => (await settingsStore()).get().newsroom.exportPath,
      async (id) => (await merges.reports()?.list(id)) ?? [],
    ),
    ...deskHandlers(requireLibrary, actor),
    'sync:status': async () => sync?.status() ?? { state: 'off', waiting: 0, refusals: [] },
    'article:caret': async ({ id, caret }) => live.caret(id, caret),
    'sync:mergeReports': async ({ id }) => {
      const library = await requireLibrary();
      const reports = (await merges.reports()?.list(id)) ?? [];
      // Only articles still in the library: one moved to the trash keeps its reports for when it returns.
      return reports.filter((report) => library.has(report.articleId));
    },
    'sync:dismissMergeReport': async ({ id }) => {
      await requireLibrary();
      await merges.reports()?.dismiss(id);
      return null;
    },
    'article:live': async ({ id, update }) => {
      try {
        Y.decodeUpdate(update);
      } catch {
        throw new SoanError('invalid-request', { detail: 'the update is not a valid document change' });
      }
      // Into the copy the server's provider holds, now; article:update brings the same change
      // again and answers when it is on disk (applying it twice changes nothing).
      (await requireLibrary()).applyNow(id, update);
      return null;
    },
  };

  async function dispatch(channel: unknown, payload: unknown): Promise<Result<unknown>> {
    try {
      if (!isChannel(channel)) return invalid('unknown channel');
      const tooLarge = oversizedMedia(channel, payload) ?? oversizedPackage(channel, payload);
      if (tooLarge) return { ok: false, error: tooLarge };
      const parsed = requestSchemas[channel].safeParse(payload ?? {});
      if (!parsed.success) return invalid(describeIssue(parsed.error.issues[0]));
      const handler = handlers[channel] as (request: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (error) {
      return { ok: false, error: errorInfo(error, channel, context) };
    }
  }

  async function mediaPath(articleId: string, file: string): Promise<string> {
    return (await requireLibrary()).mediaPath(articleId, file);
  }

  async function close(): Promise<void> {
    if (closed) return;
    closed = true;
    await sync?.close();
    sync = undefined;
    await merges.idle();
    await checker.close();
    await queue.run(SERIAL, async () => {
      await library?.close();
      library = undefined;
    });
  }

  function onPush(listener: (push: Push) => void): () => void {
    pushListeners.add(listener);
    return () => pushListeners.delete(listener);
  }

  return { handlers, resourcesDir, dispatch, mediaPath, onPush, sync: () => sync, syncMergesIdle: () => merges.idle(), close };
}

/** An image over the limit deserves its own message, not "invalid request". */
function oversizedMedia(channel: Channel, payload: unknown): ErrorInfo | undefined {
  if (channel !== 'media:import' || typeof payload !== 'object' || payload === null) return undefined;
  const { bytes, fileName } = payload as { bytes?: unknown; fileName?: unknown };
  if (!(bytes instanceof Uint8Array) || bytes.byteLength <= limits.mediaBytes) return undefined;
  return {
    code: 'media-too-large',
    params: {
      name: typeof fileName === 'string' ? fileName.slice(0, limits.fileNameChars).normalize('NFC') : '',
      limitMb: Math.floor(limits.mediaBytes / 1024 / 1024),
    },
  };
}

function errorInfo(error: unknown, channel: unknown, context: ServiceContext): ErrorInfo {
  if (error instanceof SoanError) return error.toInfo();
  context.log.error(`internal error on ${String(channel)}`, error);
  const detail = error instanceof Error ? error.message : String(error);
  return { code: 'internal', params: { detail: detail.slice(0, 300) } };
}
