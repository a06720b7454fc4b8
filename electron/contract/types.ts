// Shapes of what services answer. Plain data: it crosses IPC by structured clone and the
// browser harness by wireJson.
import type { z } from 'zod';
import type { Problem } from './errors';
import type { ArticleStatus } from './article/articleNames';
import type { BodyBlock } from './article/articleContent';
import type { Profile, roles, languages, partKinds } from './ipc/schemas';
import type { NewsroomSettingsData } from './newsroom';
import type { Params } from './errors';
import type { DeskSummary } from './article/deskSummary';

export type Role = (typeof roles)[number];
export type Language = (typeof languages)[number];
export type ProfileData = z.infer<typeof Profile>;

export interface Settings {
  profile: ProfileData | null;
  language: Language;
  /** The library folder the user chose (shown in settings; the renderer never builds paths). */
  libraryPath: string;
  newsroom: NewsroomSettingsData;
  /** The sync server, when one is set. The token itself never leaves the services. */
  sync?: { serverUrl: string; hasToken: boolean };
  /** settings:get only, when settings.json was found damaged: what happened, for the first-run screen. */
  problems?: Problem[];
  /** settings:get only: the newsroom's own spelling model (soan language learn), when there is one. */
  newsroomModel?: { articles: number; sentences: number; updatedAt: string };
}

export interface ArticleSummary {
  id: string;
  slug: string;
  headline: string;
  status: ArticleStatus;
  authors: string[];
  wordCount: number;
  createdAt: string; // ISO 8601
  updatedAt: string; // ISO 8601
  /** Comment threads not resolved (detached ones included); 0 for entries indexed before review. */
  openComments: number;
  /** Suggestions (distinct ids) not yet accepted or rejected. */
  pendingSuggestions: number;
  /** Embargo, schedule, length, assignment… (contract/article/deskSummary.ts); absent in entries indexed before it. */
  desk?: DeskSummary;
}

export interface TrashEntry {
  trashId: string;
  id: string;
  headline: string;
  trashedAt: string;
}

export interface LibraryListing {
  libraryPath: string;
  articles: ArticleSummary[]; // newest change first
  trash: TrashEntry[]; // newest first
  problems: Problem[];
}

export interface OpenedArticle {
  summary: ArticleSummary;
  /** Y.encodeStateAsUpdate of the article document. */
  state: Uint8Array;
  problems: Problem[];
}

export interface SaveReport {
  savedAt: string;
  wordCount: number;
}

export interface MediaInfo {
  /** `<sha256>.<ext>` inside the project's media/ folder. */
  file: string;
  mime: string;
  width: number;
  height: number;
  size: number;
  originalName: string;
}

/** Names and words already used in the library, offered as the user types. */
export interface Vocabulary {
  bylineNames: string[];
  bylineRoles: string[];
  keywords: string[];
  /** The newsroom's controlled topics plus any already used. */
  topics: string[];
  sections: string[];
  /** Other articles, for "Đọc thêm" links: id and headline, newest first. */
  articles: { id: string; headline: string }[];
  /** The newsroom's people (its own list first, then authors and byline names in use): assignments and @mentions. */
  people: string[];
}

export type SearchField = 'headline' | 'sapo' | 'body' | 'captions' | 'tags' | 'authors';

export interface SearchHit {
  id: string;
  headline: string;
  score: number;
  /** Where the best match is, and a snippet of the text around it. */
  field: SearchField;
  snippet: string;
  /** [from, to) character ranges of the matched words inside `snippet`. */
  highlights: [number, number][];
}

/** A message for the user as a code plus parameters, put into words by the renderer. */
export interface CodedMessage {
  code: string;
  params: Params;
}

export interface ImportReport {
  summary: ArticleSummary;
  warnings: CodedMessage[];
}

export interface PreflightList {
  blocking: CodedMessage[];
  warnings: CodedMessage[];
  ok: boolean;
}

export interface ExportPreview {
  /**
   * The exported index.html as it will be written, except that images point at
   * `soan-media:<file>` (the project's media file name) for the renderer to map to media
   * URLs, and the page's own CSP meta tag is left out (the preview frame inherits the app's).
   */
  html: string;
  preflight: PreflightList;
}

export interface ExportReport {
  /** The package folder, shown to the user so they can find it. */
  folder: string;
  files: string[];
  zipPath?: string;
  preflight: PreflightList;
}

export type PartKind = (typeof partKinds)[number];

export interface LanguageFinding {
  rule: string;
  severity: 'error' | 'warning' | 'info';
  /** Plain-words message in the UI language; messageKey + params let the renderer rephrase. */
  message: string;
  messageKey: string;
  params: Params;
  text: string;
  /** Offsets in the NFC text of parts[part]. */
  from: number;
  to: number;
  suggestions: string[];
  part: number;
  partKind: PartKind;
}

/** A paste made into article blocks (photos already in the article's media), and what to tell the user. */
export interface PastedBlocks {
  blocks: BodyBlock[];
  notes: CodedMessage[];
}

export interface ConvertedText {
  text: string;
  encoding: 'unicode' | 'tcvn3' | 'vni' | 'viqr';
  changed: boolean;
}
