// Newsroom word lists (abbreviations, names, accepted loanwords) and user dictionaries.
// Format of the resource file: one entry per line, `#` starts a comment. An entry written in
// lower case matches any capitalisation; any other entry matches exactly as written
// (so `UBND` accepts `UBND` but not `Ubnd`).

export interface WordList {
  has(token: string): boolean;
  readonly size: number;
}

export function parseWordList(source: string): string[] {
  return source
    .split('\n')
    .map((line) => line.replace(/#.*$/u, '').trim())
    .filter((line) => line.length > 0)
    .map((line) => line.normalize('NFC'));
}

export function createWordList(entries: Iterable<string>): WordList {
  const exact = new Set<string>();
  const anyCase = new Set<string>();
  for (const raw of entries) {
    const entry = raw.normalize('NFC');
    if (entry === entry.toLowerCase()) anyCase.add(entry);
    else exact.add(entry);
  }
  return {
    has(token: string): boolean {
      const nfc = token.normalize('NFC');
      return exact.has(nfc) || anyCase.has(nfc.toLowerCase());
    },
    get size() {
      return exact.size + anyCase.size;
    },
  };
}

export const EMPTY_WORD_LIST: WordList = createWordList([]);
