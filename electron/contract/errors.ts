// Errors and problems travel from services to the UI as a code plus parameters; the
// renderer turns them into plain words in the user's language (renderer/i18n).

export const errorCodes = [
  'invalid-request', // a payload failed its schema; params.detail says where
  'forbidden-sender', // an IPC call that did not come from the app's own window
  'setup-required', // no profile/library yet: the first-run screen must be completed
  'article-not-found', // params.id
  'article-damaged', // params.article, params.file: damaged and nothing to recover from
  'library-unavailable', // params.path, params.reason: folder missing or unreadable
  'library-read-only', // params.path
  'library-locked', // params.path, params.pid: another Soạn has this library open
  'save-failed', // params.article, params.reason: kept in memory, retried on next change
  'media-not-image', // params.name
  'media-too-large', // params.name, params.limitMb
  'media-missing', // params.file
  'trash-entry-not-found', // params.id
  // Import (params.name = the file's name where known):
  'import-empty-file',
  'import-too-large', // params.limitMb
  'import-unsupported-type', // params.ext
  'import-not-text', // a binary file given as .txt
  'import-not-utf8',
  'import-not-docx', // params.reason: not-zip | damaged-zip | no-word-document
  'import-docx-legacy', // an old .doc renamed .docx
  'import-no-content',
  // Export:
  'export-article-invalid',
  'export-blocked', // params.issues: the blocking pre-flight items, in words the renderer builds
  'export-media-missing', // params.file
  'export-media-unreadable', // params.file
  'export-destination-not-empty', // params.path
  'export-resource-missing', // params.file
  'export-destination-unavailable', // params.path, params.reason
  'export-override-desk-only', // params.role: only the desk may export over blocking pre-flight items
  'export-legal-hold', // params.note: the article waits for a legal check; the desk must clear the flag first
  'legal-clear-desk-only', // params.role: only the desk clears a legal flag
  'legal-note-required', // flagging an article for a legal check needs a note saying why
  // Workflow and version history:
  'workflow-move-forbidden', // params.from, params.to, params.role: the table does not allow it
  'workflow-note-required', // params.to: returning an article needs a note
  'workflow-stale-state', // params.expected, params.actual: someone moved it meanwhile
  'version-not-found', // params.id
  'version-damaged', // params.at: its file, or one it builds on, is damaged; earlier versions still open
  // Article packages (.soan) that travel between libraries:
  'package-refused', // params.name, params.reason (see packageRefusals in contract/packages.ts), params.detail?
  'package-choice-stale', // params.article: the passage or value of a merge-report choice changed since the report
  'package-choice-unknown', // params.article: a rewrite choice no merge report of these services listed (or with other letters to put back)
  'package-choice-ambiguous', // params.article: a rewrite choice of an older report that lists the same passage and change twice
  'package-choice-damaged', // params.article: a rewrite choice of a stored report whose recorded letters or characters are damaged
  'internal', // params.detail: a bug; the message says so honestly
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Warnings that do not stop work: shown once, in plain words, in the library. */
export const problemCodes = [
  'file-recovered', // params.article?, params.file, params.movedTo, params.source
  'file-damaged-moved', // params.article?, params.file, params.movedTo (nothing to recover from)
  'article-opened-at-version', // params.article, file, movedTo, at: neither article.ydoc nor article.json readable (one damaged); the newest version (saved at `at`) opened; one notice for both
  'article-file-unreadable', // params.article, file: at start, article.ydoc was newer than article.json (a save a crash cut short?) but one of them could not be read; nothing changed, opening recovers it
  'readable-copy-replaced', // params.article, file: at start, article.json was written again from a newer-looking article.ydoc; the replaced article.json is kept as `file`
  'project-skipped', // params.folder, params.reason: a folder in the library that is not a readable project
  'history-folder-set-aside', // params.article, file, movedTo: something else stood where the history folder belongs
  'history-rebuilt', // params.article, file, movedTo, versions: the list of versions rebuilt from the version files
  'history-versions-lost', // params.article, file, at, lost, kept: a version file damaged or missing
  'media-metadata-rebuilt', // params.article, file, movedTo, images, named: media.json rebuilt from the images and what was legible
  'media-image-damaged', // params.article, file, figure, movedTo: an image no longer matches its content hash
  'media-image-missing', // params.article, file, figure: a figure's image is not in media/
  'media-image-recovered', // params.article, file, figure, source: a damaged or missing image copied back from another project
  'search-index-rebuilt', // params.file, movedTo: the search index (a cache) was damaged and is rebuilt from the articles
  // Moves to the trash that came through the sync server:
  'sync-trashed-elsewhere', // params.article, by: moved to the trash on another workstation; in this library's trash too
  'sync-trash-kept', // params.article, by: another workstation trashed it, but this copy held later edits: kept, and restored elsewhere
  'sync-trash-undone', // params.article, by: trashed here, but someone edited it after: restored from the trash
] as const;
export type ProblemCode = (typeof problemCodes)[number];

export type Params = Record<string, string | number>;

export interface ErrorInfo {
  code: ErrorCode;
  params: Params;
}

export interface Problem {
  code: ProblemCode;
  params: Params;
}

/** Thrown by services and by the renderer's platform layer; never carries a stack to the UI. */
export class SoanError extends Error {
  readonly code: ErrorCode;
  readonly params: Params;
  constructor(code: ErrorCode, params: Params = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'SoanError';
    this.code = code;
    this.params = params;
  }
  toInfo(): ErrorInfo {
    return { code: this.code, params: this.params };
  }
}

/** Every IPC/HTTP answer is wrapped so that errors cross the boundary as data. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };
