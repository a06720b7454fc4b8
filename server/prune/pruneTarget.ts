// What prune-media works on: one server's data folder (folderTarget.ts) or the database several
// instances share (postgresTarget.ts). Either is opened only once no server runs on it, and
// stays closed to servers until closed again.
import type { UpdateLog } from '../storage/updateLog';

export interface StoredImage {
  name: string;
  /** The file name it was first sent with, or its own name. */
  originalName: string;
  /** What removing it frees (for a folder, the image and its `.name` file). */
  bytes: number;
  storedAt: Date;
}

export interface PruneTarget {
  /** Where the images are, in words (a folder, or a table). */
  where: string;
  /** The stored articles. */
  store: UpdateLog;
  images(): Promise<StoredImage[]>;
  /** Moves the images aside, kept under `day` (YYYY-MM-DD); says where they went and how to finish or undo. */
  moveAside(images: readonly StoredImage[], day: string): Promise<{ movedTo: string; next: string }>;
  close(): Promise<void>;
}

/** Why pruning did not start, in words for the administrator; `exitCode` 3 means "a server is running". */
export class PruneRefused extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}
