// The one API the renderer sees, whether it runs in Electron (preload) or in a browser
// through the harness (renderer/platform).
import type { Channel } from './channelNames';
import type { RequestOf } from './schemas';
import type {
  ArticleSummary,
  LibraryListing,
  MediaInfo,
  OpenedArticle,
  SaveReport,
  Settings,
  Vocabulary,
  SearchHit,
  ImportReport,
  ExportPreview,
  ExportReport,
  LanguageFinding,
  ConvertedText,
  PastedBlocks,
} from '../types';
import type { Result } from '../errors';
import type { ReviewChange, VersionComparison, VersionEntry } from '../history';
import type { MergeReport, PackageChoiceMade, PackageOpened, PackageSent } from '../packages';
import type { SyncStatus } from '../sync';
import type { Push } from './push';

export interface Responses {
  'settings:get': Settings;
  'settings:update': Settings;
  'library:list': LibraryListing;
  'article:create': ArticleSummary;
  'article:open': OpenedArticle;
  'article:update': SaveReport;
  'article:close': null;
  'article:rename': ArticleSummary;
  'article:duplicate': ArticleSummary;
  'article:trash': null;
  'trash:restore': ArticleSummary;
  'media:import': MediaInfo;
  'library:vocabulary': Vocabulary;
  'library:search': SearchHit[];
  'article:import': ImportReport;
  'article:exportPreview': ExportPreview;
  'article:export': ExportReport;
  /** The folder the user picked in the system dialog; null when cancelled or unavailable (browser). */
  'dialog:chooseFolder': string | null;
  'language:check': LanguageFinding[];
  'language:convert': ConvertedText;
  'paste:convert': PastedBlocks;
  'article:transition': ReviewChange;
  'history:list': VersionEntry[];
  'history:save': VersionEntry;
  'history:compare': VersionComparison;
  'history:restore': ReviewChange;
  'sync:status': SyncStatus;
  /**
   * The others' carets on the article as they stand (a presence update: push.ts `article:carets`);
   * `shared`: whether anyone could see this caret (the article is linked to a sync server).
   */
  'article:caret': { carets: Uint8Array; shared: boolean };
  /** Merge reports of sync catch-ups that needed a decision, not yet dismissed (one article's, or all). */
  'sync:mergeReports': MergeReport[];
  'sync:dismissMergeReport': null;
  /** Answers once the change is in the services' copy (on its way to the server), not once it is on disk. */
  'article:live': null;
  'article:correct': ReviewChange;
  'article:legal': ReviewChange;
  'package:send': PackageSent;
  'package:open': PackageOpened;
  'package:resolve': PackageChoiceMade;
}

/** A `.soan` file the system handed Soạn (double-clicked): its name and bytes, never its path. */
export interface PackageFileEvent {
  fileName: string;
  bytes: Uint8Array;
}

/** What preload exposes as `window.soan` (frozen). */
export interface PreloadApi {
  readonly kind: 'electron';
  invoke<C extends Channel>(channel: C, request: RequestOf<C>): Promise<Result<Responses[C]>>;
  /** Hands package files the system gave main (held until a listener is there) to `listener`. */
  onPackageFile(listener: (file: PackageFileEvent) => void): void;
  /** What main sends unasked (push.ts); returns the function that stops listening. */
  onPush(listener: (push: Push) => void): () => void;
}

/** A handler per channel, implemented by electron/services/backend.ts. */
export type Handlers = { [C in Channel]: (request: RequestOf<C>) => Promise<Responses[C]> };

/** The name under which preload exposes its API. */
export const PRELOAD_GLOBAL = 'soan';

/** The privileged scheme that serves the renderer and media in Electron. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'soan';
