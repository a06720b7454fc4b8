// Each author keeps one of eight colours, the same on every machine: a hash of the name,
// not an order of arrival, so two people reading the same article see the same colours.
export const AUTHOR_COLOURS = 8;

export function authorColour(author: unknown): number {
  // A document from elsewhere may hold anything here: it still has to display.
  if (typeof author !== 'string' || !author) return 0;
  let hash = 0;
  for (const char of author.normalize('NFC')) hash = (hash * 31 + (char.codePointAt(0) ?? 0)) >>> 0;
  return hash % AUTHOR_COLOURS;
}
