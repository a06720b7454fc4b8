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
import { FindingPacker, movedFinding, type PlacedFinding } from './placedFinding';

/** What an underline knows of its finding: enough to tell when the writer typed into its words. */
interface UnderlineSpec {
  findingId: string;
  text: string;
}

let generation = 0;

/** Ids are unique across checks, so the panel can tell a new result from a shifted one. */
export function placeFindings(found: LanguageFinding[], parts: ArticleParts, doc: PMNode, ignored: Set<string>): PlacedFinding[] {
  const placed: PlacedFinding[] = [];
  const packer = new FindingPacker();
  generation++;
  found.forEach((finding, index) => {
    if (ignored.has(`${finding.rule}:${finding.text}`)) return;
    const from = parts.positionOf(finding.part, finding.from);
    const last = parts.positionOf(finding.part, finding.to - 1);
    if (from === undefined || last === undefined) return;
    const to = last + 1;
    // A finding across text proposed for deletion has no one place in the document.
    if (to > doc.content.size || from >= to || doc.textBetween(from, to, '\n', '\n') !== finding.text) return;
    placed.push(packer.pack(finding, `${generation}-${index}`, { from, to }));
  });
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
  const byPlace = new Map(shown.map((finding) => [`${finding.pos.from}:${finding.pos.to}:${finding.rule}`, finding]));
  return placed.map((finding) => {
    const known = byPlace.get(`${finding.pos.from}:${finding.pos.to}:${finding.rule}`);
    return known && sameReport(known, finding) ? known : finding;
  });
}

function sameReport(a: PlacedFinding, b: PlacedFinding): boolean {
  if (a.text !== b.text || a.severity !== b.severity || a.message !== b.message) return false;
  // Read once: a compact finding makes its list when asked.
  const aSuggestions = a.suggestions;
  const bSuggestions = b.suggestions;
  return aSuggestions.length === bSuggestions.length && aSuggestions.every((s, i) => s === bSuggestions[i]);
}

/** The one range a one-step edit replaced (a keystroke, a deletion), or null for any other edit. */
function singleChangeOf(mapping: Mapping): { oldStart: number; oldEnd: number; shift: number } | null {
  if (mapping.maps.length !== 1) return null;
  let change: { oldStart: number; oldEnd: number; shift: number } | null = null;
  let ranges = 0;
  mapping.maps[0]!.forEach((oldStart, oldEnd, newStart, newEnd) => {
    ranges++;
    change = { oldStart, oldEnd, shift: newEnd - newStart - (oldEnd - oldStart) };
  });
  return ranges === 1 ? change : null;
}

/** One finding moved along with an edit, or null when its words were edited (or deleted). */
export function moveFinding(finding: PlacedFinding, mapping: Mapping, doc: PMNode, changed: Array<[number, number]>): PlacedFinding | null {
  const from = mapping.map(finding.pos.from, 1);
  const to = mapping.map(finding.pos.to, -1);
  if (to <= from) return null;
  const touched = changed.some(([start, end]) => start <= to && from <= end);
  if (touched && doc.textBetween(from, to, '\n', '\n') !== finding.text) return null;
  return from === finding.pos.from && to === finding.pos.to ? finding : movedFinding(finding, { from, to });
}

/**
 * The findings moved along with an edit. Only those the edit touched are read again (their
 * words may have changed); a keystroke in one paragraph leaves the others' words alone.
 * A keystroke (one step, one range) is the common case and is done without mapping each
 * finding: those before it stay as they are, those after it shift by what it added or removed.
 */
export function mapFindings(findings: PlacedFinding[], mapping: Mapping, doc: PMNode): PlacedFinding[] {
  const changed = changedRanges(mapping);
  const single = singleChangeOf(mapping);
  const mapped: PlacedFinding[] = [];
  let same = true;
  for (const finding of findings) {
    let next: PlacedFinding | null;
    if (single && finding.pos.to < single.oldStart) next = finding;
    else if (single && finding.pos.from > single.oldEnd) next = single.shift === 0 ? finding : movedFinding(finding, { from: finding.pos.from + single.shift, to: finding.pos.to + single.shift });
    else next = moveFinding(finding, mapping, doc, changed);
    if (next !== finding) same = false;
    if (next) mapped.push(next);
  }
  return same ? findings : mapped;
}

/** Underlines for the findings in the drawn stretch of the document (findingWindow.ts). */
export function findingDecorations(findings: PlacedFinding[], doc: PMNode, drawn: FindingWindow): DecorationSet {
  return DecorationSet.create(
    doc,
    findings.filter((finding) => finding.pos.to >= drawn.from && finding.pos.from <= drawn.to).map((finding) =>
      Decoration.inline(
        finding.pos.from,
        finding.pos.to,
        {
          class: `soan-finding soan-finding--${finding.severity}`,
          'data-rule': finding.rule,
          'data-finding': finding.id,
        },
        { findingId: finding.id, text: finding.text } satisfies UnderlineSpec,
      ),
    ),
  );
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
    if (to <= from || (touched && doc.textBetween(from, to, '\n', '\n') !== spec.text)) dropped.push(spec.findingId);
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
