// Shapes of what services answer. Plain data: it crosses IPC by structured clone and the
// browser harness by wireJson.
import type { z } from 'zod';
import type { Problem } from './errors';
import type { ArticleStatus } from './articleSchema';
import type { Profile, roles, languages } from './schemas';

export type Role = (typeof roles)[number];
export type Language = (typeof languages)[number];
export type ProfileData = z.infer<typeof Profile>;

export interface Settings {
  profile: ProfileData | null;
  language: Language;
  /** The library folder the user chose (shown in settings; the renderer never builds paths). */
  libraryPath: string;
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
