// A search snippet with its matched words marked, built from the hit's [from, to) ranges
// as React text and <mark> elements — never parsed as HTML.
import type { ReactNode } from 'react';

export function HighlightedSnippet({ snippet, highlights }: { snippet: string; highlights: [number, number][] }) {
  const pieces: ReactNode[] = [];
  let at = 0;
  const ranges = [...highlights]
    .filter(([from, to]) => from < to && from >= 0 && to <= snippet.length)
    .sort((a, b) => a[0] - b[0]);
  for (const [from, to] of ranges) {
    if (from < at) continue; // overlapping ranges: the first wins
    if (from > at) pieces.push(snippet.slice(at, from));
    pieces.push(<mark key={from}>{snippet.slice(from, to)}</mark>);
    at = to;
  }
  if (at < snippet.length) pieces.push(snippet.slice(at));
  return (
    <p className="search-snippet" data-testid="search-snippet">
      {pieces}
    </p>
  );
}
