// Findings as underlines: spelling red wavy, style amber, notes dotted blue (language.css).
// Between checks they ride along with edits; one whose text was edited is dropped rather
// than left underlining the wrong letters.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Mapping } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { LanguageFinding } from '../../electron/contract/types';
import type { ArticleParts } from './articleParts';
import { changedAnything, NO_CHANGE, widenEnvelope } from './changeEnvelope';
import type { FindingWindow } from './findingWindow';
import { FindingPacker, movedFinding, sameReport, type PlacedFinding } from './placedFinding';

/** What an underline knows of its finding: enough to tell when the writer typed into its words. */
interface UnderlineSpec {
  findingId: string;
  text: string;
}

let generation = 0;

/** One reported finding where it is in `doc`, or null (ignored, or across text proposed for deletion). */
function placeOne(finding: LanguageFinding, id: string, parts: ArticleParts, doc: PMNode, ignored: Set<string>, packer: FindingPacker): PlacedFinding | null {
  if (ignored.has(`${finding.rule}:${finding.text}`)) return null;
  const from = parts.positionOf(finding.part, finding.from);
  const last = parts.positionOf(finding.part, finding.to - 1);
  if (from === undefined || last === undefined) return null;
  const to = last + 1;
  // A finding across text proposed for deletion has no one place in the document.
  if (to > doc.content.size || from >= to || doc.textBetween(from, to, '\n', '\n') !== finding.text) return null;
  return packer.pack(finding, id, { from, to });
}

/** Ids are unique across checks, so the panel can tell a new result from a shifted one. */
export function placeFindings(found: LanguageFinding[], parts: ArticleParts, doc: PMNode, ignored: Set<string>): PlacedFinding[] {
  const placed: PlacedFinding[] = [];
  const packer = new FindingPacker();
  generation++;
  found.forEach((finding, index) => {
    const one = placeOne(finding, `${generation}-${index}`, parts, doc, ignored, packer);
    if (one) placed.push(one);
  });
  return placed;
}

/** Longest stretch of placing findings before the browser gets to handle a keystroke. */
const SLICE_MS = 5;

/**
 * placeFindings a few milliseconds at a time, giving way (`giveWay`) first and in between: on a
 * long article the answer holds thousands of findings, and placing them in one go held up the
 * keystrokes typed while the answer came in. Same result as placeFindings.
 */
export async function placeFindingsGivingWay(
  found: LanguageFinding[],
  parts: ArticleParts,
  doc: PMNode,
  ignored: Set<string>,
  giveWay: () => Promise<void>,
): Promise<PlacedFinding[]> {
  const placed: PlacedFinding[] = [];
  const packer = new FindingPacker();
  const batch = ++generation;
  // The first slice too: what came before it in this task (the panel told of the answer) may have taken a while.
  let sliceStart = -Infinity;
  for (let index = 0; index < found.length; index++) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await giveWay();
      sliceStart = performance.now();
    }
    const one = placeOne(found[index]!, `${batch}-${index}`, parts, doc, ignored, packer);
    if (one) placed.push(one);
  }
  return placed;
}

/** The ranges of the new document an edit touched (each step's new range, mapped to the end). */
export function changedRanges(mapping: Mapping): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  mapping.maps.forEach((map, index) => {
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => {
      let from = newStart;
      let to = newEnd;
      for (const later of mapping.maps.slice(index + 1)) {
        from = later.map(from, -1);
        to = later.map(to, 1);
      }
      ranges.push([from, to]);
    });
  });
  return ranges;
}

/**
 * A new check's findings, with each one the editor already shows (same place, rule and words)
 * kept as the very same finding: its underline and its row in the panel stay as they are,
 * so a check that finds what the last one found changes nothing on screen.
 */
export function keepKnownFindings(placed: PlacedFinding[], shown: PlacedFinding[]): PlacedFinding[] {
  if (!inDocumentOrder(placed) || !inDocumentOrder(shown)) return keepKnownByStart(placed, shown);
  // Both in document order (as checks answer): one walk along both, no index of thousands of findings.
  let next = 0;
  return placed.map((finding) => {
    const { from, to } = finding.pos;
    while (next < shown.length && shown[next]!.pos.from < from) next++;
    for (let at = next; at < shown.length && shown[at]!.pos.from === from; at++) {
      const known = shown[at]!;
      if (known.pos.to === to && known.rule === finding.rule) return sameReport(known, finding) ? known : finding;
    }
    return finding;
  });
}

function inDocumentOrder(findings: PlacedFinding[]): boolean {
  for (let i = 1; i < findings.length; i++) if (findings[i]!.pos.from < findings[i - 1]!.pos.from) return false;
  return true;
}

/** keepKnownFindings for findings in any order. */
function keepKnownByStart(placed: PlacedFinding[], shown: PlacedFinding[]): PlacedFinding[] {
  // By where they start (numbers, not a string per finding: thousands of findings on a long article).
  const byStart = new Map<number, PlacedFinding[]>();
  for (const finding of shown) {
    const list = byStart.get(finding.pos.from);
    if (list) list.push(finding);
    else byStart.set(finding.pos.from, [finding]);
  }
  return placed.map((finding) => {
    const known = byStart.get(finding.pos.from)?.find((k) => k.pos.to === finding.pos.to && k.rule === finding.rule);
    return known && sameReport(known, finding) ? known : finding;
  });
}

/** A letter or digit: typing one against a finding's word makes it another word. */
const WORD_CHARACTER = /[\p{L}\p{N}\p{M}]/u;

/**
 * Whether an edit next to or inside a finding left it reporting what it reported: the same
 * words, and no letter typed on to either end of a word ("đươ" then "c": the word is now
 * "đươc", which only the next check can judge).
 */
function stillReads(doc: PMNode, from: number, to: number, text: string): boolean {
  if (doc.textBetween(from, to, '\n', '\n') !== text) return false;
  const grewAfter = WORD_CHARACTER.test(text.slice(-1)) && to < doc.content.size && WORD_CHARACTER.test(doc.textBetween(to, to + 1, '\n', '\n'));
  const grewBefore = WORD_CHARACTER.test(text.slice(0, 1)) && from > 0 && WORD_CHARACTER.test(doc.textBetween(from - 1, from, '\n', '\n'));
  return !grewAfter && !grewBefore;
}

/** One finding moved along with an edit, or null when its words were edited (or deleted). */
export function moveFinding(finding: PlacedFinding, mapping: Mapping, doc: PMNode, changed: Array<[number, number]>): PlacedFinding | null {
  const from = mapping.map(finding.pos.from, 1);
  const to = mapping.map(finding.pos.to, -1);
  if (to <= from) return null;
  const touched = changed.some(([start, end]) => start <= to && from <= end);
  if (touched && !stillReads(doc, from, to, finding.text)) return null;
  return from === finding.pos.from && to === finding.pos.to ? finding : movedFinding(finding, { from, to });
}

/**
 * The findings moved along with an edit. Only those the edit touched are read again (their
 * words may have changed); a keystroke in one paragraph leaves the others' words alone. The
 * findings before the first change stay as they are and those after the last one shift by
 * what the edit added or removed (changeEnvelope.ts), without mapping each one.
 */
export function mapFindings(findings: PlacedFinding[], mapping: Mapping, doc: PMNode): PlacedFinding[] {
  const { from, to, shift } = widenEnvelope(NO_CHANGE, mapping);
  const changed = changedRanges(mapping);
  const mapped: PlacedFinding[] = [];
  let same = true;
  for (const finding of findings) {
    let next: PlacedFinding | null;
    if (finding.pos.to < from) next = finding;
    else if (finding.pos.from > to) next = shift === 0 ? finding : movedFinding(finding, { from: finding.pos.from + shift, to: finding.pos.to + shift });
    else next = moveFinding(finding, mapping, doc, changed);
    if (next !== finding) same = false;
    if (next) mapped.push(next);
  }
  return same ? findings : mapped;
}

function underline(finding: PlacedFinding): Decoration {
  return Decoration.inline(
    finding.pos.from,
    finding.pos.to,
    {
      class: `soan-finding soan-finding--${finding.severity}`,
      'data-rule': finding.rule,
      'data-finding': finding.id,
    },
    { findingId: finding.id, text: finding.text } satisfies UnderlineSpec,
  );
}

const inWindow = (drawn: FindingWindow) => (finding: PlacedFinding) => finding.pos.to >= drawn.from && finding.pos.from <= drawn.to;

/** Underlines for the findings in the drawn stretch of the document (findingWindow.ts). */
export function findingDecorations(findings: PlacedFinding[], doc: PMNode, drawn: FindingWindow): DecorationSet {
  return DecorationSet.create(doc, findings.filter(inWindow(drawn)).map(underline));
}

/**
 * The underlines of `shown` (drawn in `doc`) changed into those of `findings` in the stretch
 * `drawn`: only the underlines of findings that went or came, or of the stretch that was left or
 * reached, are removed or added, so a new check's answer that differs from the last in a few
 * words, or a scroll of a few lines, leaves the rest of the set (and of the editor's own work
 * comparing it) alone. Draws what findingDecorations draws.
 */
export function redrawUnderlines(shown: DecorationSet, findings: PlacedFinding[], doc: PMNode, drawn: FindingWindow): DecorationSet {
  const drawnNow = new Map<string, Decoration>();
  for (const line of shown.find()) drawnNow.set((line.spec as UnderlineSpec).findingId, line);
  const added: Decoration[] = [];
  const kept = new Set<Decoration>();
  for (const finding of findings.filter(inWindow(drawn))) {
    const line = drawnNow.get(finding.id);
    if (line && line.from === finding.pos.from && line.to === finding.pos.to && (line.spec as UnderlineSpec).text === finding.text) kept.add(line);
    else added.push(underline(finding));
  }
  const stale = [...drawnNow.values()].filter((line) => !kept.has(line));
  if (!stale.length && !added.length) return shown;
  return shown.remove(stale).add(doc, added);
}

/**
 * The underlines moved along with an edit, less those whose words it changed (typed into, cut
 * short, deleted): only the underlines where the text changed are read again. Gives back the
 * ids of those findings, which go too (movedFindings.ts).
 */
export function mapUnderlines(decorations: DecorationSet, mapping: Mapping, doc: PMNode): { decorations: DecorationSet; dropped: string[] } {
  const moved = decorations.map(mapping, doc);
  const edited = widenEnvelope(NO_CHANGE, mapping);
  if (!changedAnything(edited)) return { decorations: moved, dropped: [] };
  const changed = changedRanges(mapping);
  const dropped: string[] = [];
  for (const underline of decorations.find(edited.from, edited.to)) {
    const spec = underline.spec as UnderlineSpec;
    const from = mapping.map(underline.from, 1);
    const to = mapping.map(underline.to, -1);
    const touched = changed.some(([start, end]) => start <= to && from <= end);
    if (to <= from || (touched && !stillReads(doc, from, to, spec.text))) dropped.push(spec.findingId);
  }
  if (!dropped.length) return { decorations: moved, dropped };
  const gone = new Set(dropped);
  const stale = moved.find(mapping.map(edited.from, -1), mapping.map(edited.to, 1), (spec) => gone.has((spec as UnderlineSpec).findingId));
  return { decorations: moved.remove(stale), dropped };
}

/** The finding under a document position, the narrowest when several overlap. */
export function findingAt(findings: PlacedFinding[], pos: number): PlacedFinding | undefined {
  return findings
    .filter((f) => f.pos.from <= pos && pos <= f.pos.to)
    .sort((a, b) => a.pos.to - a.pos.from - (b.pos.to - b.pos.from))[0];
}
