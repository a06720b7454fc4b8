// The sapo's source prefix, house style in Vietnamese papers: `(Baohatinh.vn) - `,
// `(Chinhphu.vn) – `, `(NLĐO) - `. Found by its shape, not by a list of sources.
const SOURCE_PREFIX = /^\(\s*([^()\n]{2,60}?)\s*\)\s*[-–—]\s*/u;

export interface SourcePrefix {
  /** The prefix exactly as written, including the trailing space: `(Baohatinh.vn) - `. */
  prefix: string;
  /** The source it names: `Baohatinh.vn`. */
  source: string;
}

export function findSourcePrefix(sapo: string): SourcePrefix | null {
  const match = SOURCE_PREFIX.exec(sapo);
  if (!match) return null;
  // The prefix must lead into text, and name a source (a word, not a number like "(1) -").
  if (match[0].length >= sapo.length || !/\p{L}/u.test(match[1])) return null;
  return { prefix: match[0], source: match[1] };
}

/** Whether the sapo already starts with the newsroom's prefix (no prefix set: always true). */
export function sapoHasPrefix(sapo: string, prefix: string): boolean {
  return !prefix || sapo.startsWith(prefix.trimEnd());
}
