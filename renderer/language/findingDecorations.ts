// Findings as underlines: spelling red wavy, style amber, notes dotted blue (language.css).
// Between checks they ride along with edits; one whose text was edited is dropped rather
// than left underlining the wrong letters.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { Mapping } from '@tiptap/pm/transform';
import { Decoration, DecorationSet } from '@tiptap/pm/view';
import type { LanguageFinding } from '../../electron/contract/types';
import type { ArticleParts } from './articleParts';
import type { FindingWindow } from './findingWindow';
import { FindingPacker, movedFinding, type PlacedFinding } from './placedFinding';

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
function changedRanges(mapping: Mapping): Array<[number, number]> {
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

/** Where the first change of a one-step mapping starts, in the old document. */
function firstChangeOf(mapping: Mapping): number {
  let first = Infinity;
  mapping.maps[0]!.forEach((oldStart) => {
    first = Math.min(first, oldStart);
  });
  return first === Infinity ? 0 : first;
}

/**
 * The findings moved along with an edit. Only those the edit touched are read again (their
 * words may have changed); a keystroke in one paragraph leaves the others' words alone.
 */
export function mapFindings(findings: PlacedFinding[], mapping: Mapping, doc: PMNode): PlacedFinding[] {
  const mapped: PlacedFinding[] = [];
  const changed = changedRanges(mapping);
  // A keystroke is one step: findings that end before it starts stay as they are.
  const untouchedBefore = mapping.maps.length === 1 ? firstChangeOf(mapping) : 0;
  for (const finding of findings) {
    if (finding.pos.to < untouchedBefore) {
      mapped.push(finding);
      continue;
    }
    const from = mapping.map(finding.pos.from, 1);
    const to = mapping.map(finding.pos.to, -1);
    if (to <= from) continue;
    const touched = changed.some(([start, end]) => start <= to && from <= end);
    if (touched && doc.textBetween(from, to, '\n', '\n') !== finding.text) continue;
    mapped.push(from === finding.pos.from && to === finding.pos.to ? finding : movedFinding(finding, { from, to }));
  }
  return mapped.length === findings.length && mapped.every((f, i) => f === findings[i]) ? findings : mapped;
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
        { findingId: finding.id },
      ),
    ),
  );
}

/** The underlines moved along with an edit; those of findings that did not survive it go. */
export function mapFindingDecorations(
  decorations: DecorationSet,
  mapping: Mapping,
  doc: PMNode,
  kept: PlacedFinding[],
  before: PlacedFinding[],
): DecorationSet {
  const moved = decorations.map(mapping, doc);
  if (kept.length === before.length) return moved;
  const keptIds = new Set(kept.map((f) => f.id));
  return moved.remove(moved.find(undefined, undefined, (spec) => !keptIds.has((spec as { findingId?: string }).findingId ?? '')));
}

/** The finding under a document position, the narrowest when several overlap. */
export function findingAt(findings: PlacedFinding[], pos: number): PlacedFinding | undefined {
  return findings
    .filter((f) => f.pos.from <= pos && pos <= f.pos.to)
    .sort((a, b) => a.pos.to - a.pos.from - (b.pos.to - b.pos.from))[0];
}
