// Vietnamese newsrooms (and Word) count words as space-separated syllables: "Hà Tĩnh" is 2.
// A token counts when it holds at least one letter or digit, so a lone "-" or "“" does not.

const TOKEN_WITH_CONTENT = /[\p{L}\p{N}]/u;

export function countWords(text: string): number {
  let count = 0;
  for (const token of text.split(/\s+/u)) {
    if (token && TOKEN_WITH_CONTENT.test(token)) count++;
  }
  return count;
}

/** Characters as a reader sees them (grapheme-safe for NFC text), spaces included. */
export function countCharacters(text: string): number {
  return Array.from(text.normalize('NFC')).length;
}
