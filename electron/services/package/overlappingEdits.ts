// Both sides wrote at the same place — typically both rewrote one word or sentence — and Yjs
// keeps both texts, one after the other. Found as new text from one side touching new text
// from the other inside one block of the merged article (by where each run is, not by what
// it says). The report shows the passage as each side wrote it; one click keeps either
// (resolveChoice.ts drops the other side's characters). Proposed text is left out: a
// suggestion already waits for someone to accept or reject it in the Review tab.
import type * as Y from 'yjs';
import { readArticle } from '../../contract/article/readArticle';
import type { MergeFlag } from '../../contract/packages';
import { placeOf } from './runPlaces';
import { pieceOfPart, storedTexts, type StoredText } from './storedTexts';
import type { WrittenRun } from './textWrittenSince';

type Side = 'local' | 'incoming';

interface Span {
  side: Side;
  /** Character range in the block's `all` reading. */
  from: number;
  to: number;
}

const onlySpace = (text: string) => /^\s*$/.test(text);

/** The run's range in the block's `all` reading, unless any of it is only proposed. */
function spanOf(block: StoredText, offset: number, length: number, side: Side): Span | null {
  const standing = new Set(block.standing.offsets);
  let from = -1;
  let to = -1;
  block.all.offsets.forEach((at, i) => {
    if (at < offset || at >= offset + length) return;
    if (from < 0) from = i;
    to = i + 1;
  });
  if (from < 0) return null;
  for (let i = from; i < to; i++) if (!standing.has(block.all.offsets[i])) return null;
  return { side, from, to };
}

/** Runs of both sides that touch (only spaces between) form one passage. */
function passages(text: string, spans: Span[]): Span[][] {
  const groups: Span[][] = [];
  for (const span of [...spans].sort((a, b) => a.from - b.from)) {
    const group = groups[groups.length - 1];
    const last = group?.[group.length - 1];
    if (last && span.from >= last.to && onlySpace(text.slice(last.to, span.from))) group.push(span);
    else groups.push([span]);
  }
  return groups.filter((group) => group.some((s) => s.side === 'local') && group.some((s) => s.side === 'incoming'));
}

const CONTEXT_CHARS = 50;

/** Up to CONTEXT_CHARS of the block as it stands before `at` (or after, `forward`), cut at a word boundary. */
function contextOf(block: StoredText, at: number, forward: boolean): string {
  const standing = new Set(block.standing.offsets);
  const range = forward ? [at, block.all.text.length] : [0, at];
  let text = '';
  for (let i = range[0]; i < range[1]; i++) if (standing.has(block.all.offsets[i])) text += block.all.text[i];
  at = forward ? 0 : text.length;
  if (forward) {
    const tail = text.slice(at, at + CONTEXT_CHARS);
    return at + CONTEXT_CHARS >= text.length ? tail : `${tail.replace(/\s+\S*$/, '')}…`;
  }
  const head = text.slice(Math.max(0, at - CONTEXT_CHARS), at);
  return at <= CONTEXT_CHARS ? head : `…${head.replace(/^\S*\s+/, '')}`;
}

/** The passage without `drop`'s spans, spaces tidied: how it reads if the other side is kept. */
function without(passage: string, drop: Array<[number, number]>): string {
  let text = '';
  let at = 0;
  for (const [from, to] of drop) {
    text += passage.slice(at, from);
    at = to;
  }
  return (text + passage.slice(at)).replace(/\s+/g, ' ').trim();
}

export function overlappingEdits(doc: Y.Doc, local: readonly WrittenRun[], incoming: readonly WrittenRun[]): MergeFlag[] {
  const texts = storedTexts(readArticle(doc));
  const spans = new Map<StoredText, Span[]>();
  const place = (runs: readonly WrittenRun[], side: Side) => {
    for (const run of runs) {
      const where = placeOf(doc, run);
      const block = where && texts.find((t) => t.path.join('.') === where.path.join('.'));
      const span = block && spanOf(block, where.offset, where.length, side);
      if (block && span) spans.set(block, [...(spans.get(block) ?? []), span]);
    }
  };
  place(local, 'local');
  place(incoming, 'incoming');

  const flags: MergeFlag[] = [];
  for (const [block, list] of spans) {
    const text = block.all.text;
    for (const group of passages(text, list)) {
      // The passage: from the start of the first word touched to the end of the last.
      let start = group[0].from;
      let end = group[group.length - 1].to;
      while (start > 0 && !/\s/.test(text[start - 1])) start--;
      while (end < text.length && !/\s/.test(text[end])) end++;
      const passage = text.slice(start, end);
      const rangesOf = (side: Side) => group.filter((s) => s.side === side).map((s): [number, number] => [s.from - start, s.to - start]);
      const dropLocal = rangesOf('local');
      const dropIncoming = rangesOf('incoming');
      flags.push({
        kind: 'overlapping-edits',
        id: `overlap-${flags.length + 1}`,
        piece: pieceOfPart(block.kind),
        passage,
        local: without(passage, dropIncoming),
        incoming: without(passage, dropLocal),
        dropLocal,
        dropIncoming,
        before: contextOf(block, start, false),
        after: contextOf(block, end, true),
      });
    }
  }
  return flags;
}
