// Two or more syllables typed without the space between them (`đượcmột`): the ways the word
// splits into real syllables, fewest pieces first, each piece in the word's own letters.

const MAX_PIECES = 4;

export function splitGlued(word: string, isSyllable: (piece: string) => boolean): string[][] {
  const chars = Array.from(word);
  if (chars.length < 2 || chars.length > 28) return [];
  const splits: string[][] = [];
  const walk = (from: number, pieces: string[]) => {
    if (from === chars.length) {
      if (pieces.length >= 2) splits.push(pieces);
      return;
    }
    if (pieces.length === MAX_PIECES) return;
    // A syllable has at most 7 letters (nghiêng).
    for (let to = Math.min(chars.length, from + 7); to > from; to--) {
      const piece = chars.slice(from, to).join('');
      if (isSyllable(piece)) walk(to, [...pieces, piece]);
    }
  };
  walk(0, []);
  return splits.sort((a, b) => a.length - b.length);
}
