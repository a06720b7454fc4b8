// Words of one part with their offsets, what separates each from the previous one, and
// whether it opens a sentence — the context the consistency rules need.

export interface PartWord {
  text: string;
  from: number;
  to: number;
  /** The characters between the previous word (or the part's start) and this one. */
  gap: string;
  /** First word of a sentence, a quotation or a dateline clause: capitals are expected. */
  opensSentence: boolean;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[.&][\p{L}\p{N}]+)*/gu;
const SENTENCE_OPENERS = /[.!?…:;“"‘«(\-–—]\s*$/u;

export function partWords(text: string): PartWord[] {
  const words: PartWord[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const from = match.index!;
    const gap = text.slice(previousEnd, from);
    words.push({
      text: match[0],
      from,
      to: from + match[0].length,
      gap,
      opensSentence: words.length === 0 || SENTENCE_OPENERS.test(gap),
    });
    previousEnd = from + match[0].length;
  }
  return words;
}

export function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}
