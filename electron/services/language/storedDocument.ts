// One document as the search index holds it (searchIndex.ts): its fields' token ranges always,
// its text and tokens either in memory or read on demand from a saved file.
import type { SearchDocument } from './searchIndex';

/** Reads a saved document's text and tokens (one per file, shared by all its documents). */
export interface SavedDocumentReader {
  doc(stored: Stored): SearchDocument;
  exact(stored: Stored): Uint32Array;
}

/** A document as a saved file gives it: `saved` is where its bytes lie, opaque to the index. */
export interface LazyDocument {
  id: string;
  fieldStarts: Uint32Array;
  saved: unknown;
}

/**
 * One indexed document. A saved index leaves its text and tokens on disk until a query needs
 * them, so a restart reads only the documents a query shows (issue 13: `soan search` and the
 * library's cold start).
 */
export class Stored {
  private docValue?: SearchDocument;
  private exactValue?: Uint32Array;

  constructor(
    readonly id: string,
    readonly fieldStarts: Uint32Array, // token index where each field begins (+ total at the end)
    loaded: { doc: SearchDocument; exact: Uint32Array } | { saved: unknown; reader: SavedDocumentReader },
  ) {
    if ('doc' in loaded) {
      this.docValue = loaded.doc;
      this.exactValue = loaded.exact; // exact-term id of every token, fields in FIELDS order
    } else {
      this.saved = loaded.saved;
      this.reader = loaded.reader;
    }
  }

  /** Where a saved file has it: a writer may copy those bytes while the document is not loaded. */
  readonly saved?: unknown;
  private readonly reader?: SavedDocumentReader;

  get doc(): SearchDocument {
    return (this.docValue ??= this.reader!.doc(this));
  }

  get exact(): Uint32Array {
    return (this.exactValue ??= this.reader!.exact(this));
  }

  /** Whether the text is still only on disk (a writer can then copy its saved bytes as they are). */
  get docLoaded(): boolean {
    return this.docValue !== undefined;
  }

  get exactLoaded(): boolean {
    return this.exactValue !== undefined;
  }
}
