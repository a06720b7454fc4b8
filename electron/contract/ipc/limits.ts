// The plain constants of the IPC contract: roles, UI languages, check part kinds and the size
// limits of a call. Kept apart from schemas.ts so the renderer can read them without
// building every request's zod schema (about 80) at start-up: it only needs the numbers.
export const roles = ['reporter', 'editor', 'desk'] as const;
export const languages = ['vi', 'en'] as const;
export const partKinds = ['headline', 'sapo', 'body', 'heading', 'caption', 'byline'] as const;

/** Upper bounds that keep one call from exhausting memory. */
export const limits = {
  updateBytes: 32 * 1024 * 1024,
  mediaBytes: 60 * 1024 * 1024,
  headlineChars: 1000,
  fileNameChars: 255,
  importBytes: 50 * 1024 * 1024,
  checkParts: 5000,
  checkPartChars: 100_000,
  convertChars: 2_000_000,
  /** A clipboard's HTML, photos carried in it as data: URIs included. */
  pasteHtmlChars: 50_000_000,
  // A comment is words for a colleague; without a cap one huge paste would make every later
  // save of the article larger than updateBytes, so no save would go through.
  commentChars: 10_000,
  /** The quote kept with a comment is only a reminder of the commented text. */
  commentQuoteChars: 500,
  /** A `.soan` package file (its photos included). */
  packageBytes: 200 * 1024 * 1024,
  /** A passage shown in a merge report choice. */
  passageChars: 100_000,
} as const;
