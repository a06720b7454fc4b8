// Each author keeps one of eight colours, the same on every machine: a hash of the name,
// not an order of arrival, so two people reading the same article see the same colours.
export const AUTHOR_COLOURS = 8;

export function authorColour(author: string | null | undefined): number {
  if (!author) return 0;
  let hash = 0;
  for (const char of author.normalize('NFC')) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % AUTHOR_COLOURS;
}
