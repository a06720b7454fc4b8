// Both sides wrote at the same place — typically both rewrote one sentence — and Yjs keeps
// both texts, one after the other. Found as new text from one side touching new text from
// the other inside one block of the merged article; the report shows them side by side and
// one click keeps either (resolveChoice.ts).
import type { Article } from '../../contract/article/readArticle';
import type { MergeFlag } from '../../contract/packages';
import { pieceOfPart } from './keepLostText';
import { storedTexts } from './storedTexts';

interface Span {
  side: 'local' | 'incoming';
  from: number;
  to: number;
}

const onlySpace = (text: string) => /^\s*$/.test(text);

function spansIn(text: string, runs: readonly string[], side: Span['side'], taken: Span[]): void {
  for (const raw of runs) {
    const run = raw.trim();
    if (!run) continue;
    const from = text.indexOf(run);
    if (from < 0) continue;
    const to = from + run.length;
    if (taken.some((s) => from < s.to && s.from < to)) continue;
    taken.push({ side, from, to });
  }
}

/** Neighbouring spans of one side (only spaces between) read as one passage. */
function passages(text: string, spans: Span[]): Span[] {
  const joined: Span[] = [];
  for (const span of [...spans].sort((a, b) => a.from - b.from)) {
    const last = joined[joined.length - 1];
    if (last && last.side === span.side && onlySpace(text.slice(last.to, span.from))) last.to = span.to;
    else joined.push({ ...span });
  }
  return joined;
}

export function overlappingEdits(merged: Article, local: readonly string[], incoming: readonly string[]): MergeFlag[] {
  const flags: MergeFlag[] = [];
  const seen = new Set<string>();
  for (const block of storedTexts(merged)) {
    for (const reading of [block.standing, block.proposed]) {
      const spans: Span[] = [];
      spansIn(reading.text, local, 'local', spans);
      spansIn(reading.text, incoming, 'incoming', spans);
      const list = passages(reading.text, spans);
      for (let i = 1; i < list.length; i++) {
        const [a, b] = [list[i - 1], list[i]];
        if (a.side === b.side || !onlySpace(reading.text.slice(a.to, b.from))) continue;
        const mine = a.side === 'local' ? a : b;
        const theirs = a.side === 'local' ? b : a;
        const pair = { local: reading.text.slice(mine.from, mine.to), incoming: reading.text.slice(theirs.from, theirs.to) };
        const key = `${pair.local}\u0000${pair.incoming}`;
        if (seen.has(key)) continue;
        seen.add(key);
        flags.push({ kind: 'overlapping-edits', id: `overlap-${flags.length + 1}`, piece: pieceOfPart(block.kind), ...pair });
      }
    }
  }
  return flags;
}
