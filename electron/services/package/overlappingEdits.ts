// Both sides wrote at the same place — typically both rewrote one word or sentence — and Yjs
// keeps both texts, one after the other. Found as new text from one side touching new text
// from the other inside one block of the merged article (by where each run is, not by what
// it says). The report shows the passage as each side wrote it, read from that side's own
// copy where there is one (passageSides.ts: the merged text may lack letters of either); one
// click keeps either (resolveChoice.ts drops the other side's characters and puts back what
// the merge dropped of the kept side). Two sides that wrote the same words are listed too:
// "the same" cannot be told safely (formatting, spaces, letters the merge lacks), and nothing
// is removed without a person's choice. Proposed text is left out: a suggestion already waits
// for someone to accept or reject it in the Review tab.
import { randomBytes } from 'node:crypto';
import { readArticle } from '../../contract/article/readArticle';
import type { KeptReading, MergeFlag } from '../../contract/packages';
import { boundsOf, keptWhatWasDeletedHere, restoreFor, sideText, sideTexts, type SideState } from './passageSides';
import * as Y from 'yjs';
import { recordIds } from './passageIds';
import { keptRuns } from './keptReadings';
import { boundAt, placeOf } from './runPlaces';
import { pieceOfPart, storedTexts, type StoredText } from './storedTexts';
import type { WrittenRun } from './textWrittenSince';

type Side = 'local' | 'incoming';

interface Span {
  side: Side;
  /** Character range in the block's `all` reading. */
  from: number;
  to: number;
  /** The run's first character. */
  id: { client: number; clock: number };
}

/** Where the passage begins: its first character's (or hard break's) Yjs id. */
function anchorOf(doc: Y.Doc, block: StoredText, start: number): { at?: { client: number; clock: number } } {
  const at = boundAt(doc, block.path, block.all.offsets[start]);
  return at ? { at } : {};
}

/** The passage's own characters, by Yjs id (passageIds.ts). */
function idsOf(doc: Y.Doc, block: StoredText, start: number, length: number): { passageIds?: Array<[number, number, number]> } {
  const passageIds = recordIds(doc, block, start, length);
  return passageIds ? { passageIds } : {};
}

const kept = <K extends string>(key: K, around: { before: string; after: string }, runs: KeptReading['runs'] | undefined) =>
  runs ? ({ [key]: { before: around.before, runs, after: around.after } } as Record<K, KeptReading>) : {};

/** The block's standing characters between `from` and `to` of its `all` reading. */
function standingBetween(block: StoredText, from: number, to: number): string {
  const standing = new Set(block.standing.offsets);
  let text = '';
  for (let i = from; i < to; i++) if (standing.has(block.all.offsets[i])) text += block.all.text[i];
  return text;
}

const onlySpace = (text: string) => /^\s*$/.test(text);

/** The run's range in the block's `all` reading, unless any of it is only proposed. */
function spanOf(block: StoredText, offset: number, length: number, side: Side, id: Span['id']): Span | null {
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
  return { side, from, to, id };
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

/** Each side's own copy of the article before the merge; null when the merge does not have it. */
export interface SideCopies {
  local: Y.Doc | null;
  incoming: Y.Doc | null;
  /** Without the sender's copy (a delta package, the sync server's side): what is known of it, worked out when needed. */
  incomingState?: () => SideState;
}

const tidy = (text: string) => text.replace(/\s+/g, ' ').trim();

export function overlappingEdits(
  doc: Y.Doc,
  local: readonly WrittenRun[],
  incoming: readonly WrittenRun[],
  copies: SideCopies = { local: null, incoming: null },
): MergeFlag[] {
  const texts = storedTexts(readArticle(doc));
  const spans = new Map<StoredText, Span[]>();
  const place = (runs: readonly WrittenRun[], side: Side) => {
    for (const run of runs) {
      const where = placeOf(doc, run);
      const block = where && texts.find((t) => t.path.join('.') === where.path.join('.'));
      const span = block && spanOf(block, where.offset, where.length, side, { client: run.client, clock: run.clock });
      if (block && span) spans.set(block, [...(spans.get(block) ?? []), span]);
    }
  };
  place(local, 'local');
  place(incoming, 'incoming');
  const copyTexts = new Map<Side, StoredText[]>();
  const textsOf = (side: Side, copy: Y.Doc) => copyTexts.get(side) ?? copyTexts.set(side, sideTexts(copy)).get(side)!;

  let localDeletes: ReturnType<typeof Y.createDeleteSetFromStructStore> | undefined;
  const deletedHere = () => (localDeletes ??= Y.createDeleteSetFromStructStore(copies.local!.store));
  let theirState: SideState | undefined;
  const incomingState = () => (theirState ??= copies.incomingState!());

  const flags: MergeFlag[] = [];
  // Ids unique beyond this report: a choice names its conflict, and two conflicts may read alike.
  const batch = randomBytes(6).toString('hex');
  for (const [block, list] of spans) {
    const text = block.all.text;
    // Each passage: from the start of the first word touched to the end of the last.
    const extents = passages(text, list).map((group) => {
      let start = group[0].from;
      let end = group[group.length - 1].to;
      while (start > 0 && !/\s/.test(text[start - 1])) start--;
      while (end < text.length && !/\s/.test(text[end])) end++;
      return { group, start, end };
    });
    for (const [k, { group, start, end }] of extents.entries()) {
      const passage = text.slice(start, end);
      // The words around, up to the neighbouring passages: how the block reads once a side is
      // kept must not depend on how the other conflicts of the block are settled.
      const around = { before: standingBetween(block, extents[k - 1]?.end ?? 0, start).slice(-CONTEXT_CHARS), after: standingBetween(block, end, extents[k + 1]?.start ?? text.length).slice(0, CONTEXT_CHARS) };
      const rangesOf = (side: Side) => group.filter((s) => s.side === side).map((s): [number, number] => [s.from - start, s.to - start]);
      const dropLocal = rangesOf('local');
      const dropIncoming = rangesOf('incoming');
      /**
       * The side's text and what keeping it puts back, read from its copy. Without the copy it
       * is the merged passage without the other side's text: exact unless this copy deleted
       * letters that side kept (`unread`).
       */
      const sideOf = (side: Side, dropOther: Array<[number, number]>) => {
        const copy = copies[side];
        const bounds = boundsOf(doc, block, start, end, group.filter((s) => s.side === side).map((s) => s.id));
        const wrote = copy && bounds ? sideText(copy, textsOf(side, copy), bounds) : null;
        const restore = wrote === null ? null : restoreFor(passage, dropOther, wrote);
        if (restore && wrote !== null) return { text: tidy(wrote).normalize('NFC'), restore, unread: false };
        const known = side === 'incoming' && !copy && bounds && copies.incomingState && copies.local ? incomingState() : null;
        const unread = known ? keptWhatWasDeletedHere(doc, bounds!, deletedHere(), known) : false;
        return { text: without(passage, dropOther).normalize('NFC'), restore: [], unread };
      };
      const mine = sideOf('local', dropIncoming);
      const theirs = sideOf('incoming', dropLocal);
      flags.push({
        kind: 'overlapping-edits',
        id: `rewrite-${batch}-${flags.length + 1}`,
        piece: pieceOfPart(block.kind),
        ...anchorOf(doc, block, start),
        ...idsOf(doc, block, start, passage.length),
        passage,
        local: mine.text,
        incoming: theirs.text,
        dropLocal,
        dropIncoming,
        restoreLocal: mine.restore,
        restoreIncoming: theirs.restore,
        ...kept('keptLocal', around, keptRuns(doc, block, start, passage, dropIncoming, mine.restore)),
        ...kept('keptIncoming', around, keptRuns(doc, block, start, passage, dropLocal, theirs.restore)),
        ...(theirs.unread ? { incomingUnread: true } : {}),
        before: contextOf(block, start, false),
        after: contextOf(block, end, true),
      });
    }
  }
  return flags;
}
