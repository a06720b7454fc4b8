// What the workflow and version-history channels answer (article:transition, history:*).
import type { Role } from './types';
import type { WorkflowLogEntry, WorkflowState } from './workflow';

export const versionReasons = ['manual', 'transition', 'export', 'autosave', 'restore', 'merge', 'correction'] as const;
export type VersionReason = (typeof versionReasons)[number];

/** One saved version of an article, as listed in history/index.json. */
export interface VersionEntry {
  id: string;
  at: string; // ISO 8601
  author: { name: string; role: Role };
  label: string; // "Bản gửi thư ký", or the state reached, or empty
  reason: VersionReason;
  wordCount: number;
  /** The article's workflow state when the version was made. */
  status: WorkflowState;
  /** Its file, or one it builds on, was damaged or lost: it is listed but cannot be opened. */
  unavailable?: boolean;
}

/** A run of words in a comparison: unchanged, only in the newer version, or only in the older. */
export interface DiffRun {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export const comparedParts = ['headline', 'sapo', 'body', 'captions'] as const;
export type ComparedPart = (typeof comparedParts)[number];

export interface MetaChange {
  key: 'byline' | 'tags' | 'section' | 'topic';
  before: string;
  after: string;
}

export interface VersionComparison {
  from: VersionEntry;
  to: VersionEntry;
  parts: Array<{ part: ComparedPart; runs: DiffRun[]; changed: boolean }>;
  meta: MetaChange[];
}

/** After a move or a restore: the new state of the article, and its whole Yjs state for the open editor. */
export interface ReviewChange {
  status: WorkflowState;
  workflowLog: WorkflowLogEntry[];
  /** Y.encodeStateAsUpdate of the article after the change; applying it to the editor's doc is idempotent. */
  update: Uint8Array;
  version?: VersionEntry;
}
