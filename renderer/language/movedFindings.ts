// The check's findings as the text moves under them, moved only when something reads them.
// On a long article most findings sit after the caret, and moving each of them on every
// keystroke meant copying thousands of findings per key; instead a keystroke only notes where
// the text changed (an envelope: before it nothing moved, after it everything shifted by the
// same amount) and the findings are moved once, when the panel, a menu or the next check
// reads them. Underlines the writer typed into are dropped at once by the plugin
// (findingDecorations.ts mapUnderlines), and their findings with them.
import type { Node as PMNode } from '@tiptap/pm/model';
import { Mapping } from '@tiptap/pm/transform';
import { NO_CHANGE, widenEnvelope, type ChangeEnvelope } from './changeEnvelope';
import { changedRanges, moveFinding } from './findingDecorations';
import { movedFinding, type PlacedFinding } from './placedFinding';

/** More edits than this are folded into the findings at once, so a read never walks a long mapping. */
const MAX_PENDING_MAPS = 64;

export class MovedFindings {
  private moved: PlacedFinding[] | null;

  private constructor(
    private readonly base: PlacedFinding[],
    /** From the document `base` was placed in to the current one. */
    private readonly mapping: Mapping,
    private readonly envelope: ChangeEnvelope,
    private readonly doc: PMNode | null,
    /** Findings whose underlines the writer typed into (dropped when moved). */
    private readonly dropped: ReadonlySet<string>,
  ) {
    this.moved = mapping.maps.length === 0 && dropped.size === 0 ? base : null;
  }

  static of(findings: PlacedFinding[]): MovedFindings {
    return new MovedFindings(findings, new Mapping(), NO_CHANGE, null, new Set());
  }

  /** The findings where they are in the current document. */
  get list(): PlacedFinding[] {
    if (!this.moved) this.moved = this.move();
    return this.moved;
  }

  /** Whether there are any findings at all (without moving them). */
  get any(): boolean {
    return this.base.length > this.dropped.size;
  }

  /** The findings after one more edit, `dropped` naming those whose words it changed. */
  after(mapping: Mapping, doc: PMNode, dropped: string[]): MovedFindings {
    // Once moved, the moved list is the new starting point.
    const fresh = this.moved !== null;
    const pending = fresh ? new Mapping() : new Mapping(this.mapping.maps);
    pending.appendMapping(mapping);
    const envelope = widenEnvelope(fresh ? NO_CHANGE : this.envelope, mapping);
    const before = fresh ? [] : [...this.dropped];
    const next = new MovedFindings(this.moved ?? this.base, pending, envelope, doc, new Set([...before, ...dropped]));
    return pending.maps.length > MAX_PENDING_MAPS ? MovedFindings.of(next.list) : next;
  }

  private move(): PlacedFinding[] {
    const { from, to, shift } = this.envelope;
    const changed = changedRanges(this.mapping);
    const result: PlacedFinding[] = [];
    let same = true;
    for (const finding of this.base) {
      let next: PlacedFinding | null;
      if (this.dropped.has(finding.id)) next = null;
      else if (finding.pos.to < from) next = finding;
      else if (finding.pos.from > to) next = shift === 0 ? finding : movedFinding(finding, { from: finding.pos.from + shift, to: finding.pos.to + shift });
      // The few findings where the text changed are moved edit by edit and read again.
      else next = moveFinding(finding, this.mapping, this.doc!, changed);
      if (next !== finding) same = false;
      if (next) result.push(next);
    }
    return same ? this.base : result;
  }
}
