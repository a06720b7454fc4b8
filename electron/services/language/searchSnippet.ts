// The piece of a field shown under a search result: a window of text around the match,
// cut at word boundaries, with the matched words' ranges for highlighting.

export interface Snippet {
  field: string;
  text: string;
  /** [from, to) ranges in `text` to highlight. */
  highlights: Array<[number, number]>;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;

/** Character ranges of the tokens numbered `first`…`last` (inclusive) in `text`. */
export function tokenRange(text: string, first: number, last: number): [number, number] | undefined {
  let index = 0;
  let from = -1;
  for (const m of text.matchAll(TOKEN)) {
    if (index === first) from = m.index!;
    if (index === last) return [from, m.index! + m[0].length];
    index++;
  }
  return undefined;
}

export function makeSnippet(field: string, text: string, match: [number, number], radius = 70): Snippet {
  let from = Math.max(0, match[0] - radius);
  let to = Math.min(text.length, match[1] + radius);
  if (from > 0) {
    const space = text.indexOf(' ', from);
    from = space >= 0 && space < match[0] ? space + 1 : from;
  }
  if (to < text.length) {
    const space = text.lastIndexOf(' ', to);
    to = space > match[1] ? space : to;
  }
  const prefix = from > 0 ? '…' : '';
  const suffix = to < text.length ? '…' : '';
  const shift = prefix.length - from;
  return {
    field,
    text: prefix + text.slice(from, to) + suffix,
    highlights: [[match[0] + shift, match[1] + shift]],
  };
}
