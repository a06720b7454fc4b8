// The check's findings as the text moves under them, moved only when something reads them.
// On a long article most findings sit after the caret, and moving each of them on every
// keystroke meant copying thousands of findings per key; instead a keystroke only adds its
// edit to a mapping, and the findings are moved once (mapFindings: before the first change
// nothing moves, after the last one everything shifts by one amount) when the panel, a menu
// or the next check reads them. Underlines the writer typed into are dropped at once by the
// plugin (findingDecorations.ts mapUnderlines), and their findings with them.
import type { Node as PMNode } from '@tiptap/pm/model';
import { Mapping } from '@tiptap/pm/transform';
import { mapFindings } from './findingDecorations';
import type { PlacedFinding } from './placedFinding';

/** More edits than this are folded into the findings at once, so a read never walks a long mapping. */
const MAX_PENDING_MAPS = 64;

export class MovedFindings {
  private moved: PlacedFinding[] | null;

  private constructor(
    private readonly base: PlacedFinding[],
    /** From the document `base` was placed in to the current one. */
    private readonly mapping: Mapping,
    private readonly doc: PMNode | null,
    /** Findings whose underlines the writer typed into (dropped when moved). */
    private readonly dropped: ReadonlySet<string>,
  ) {
    this.moved = mapping.maps.length === 0 && dropped.size === 0 ? base : null;
  }

  static of(findings: PlacedFinding[]): MovedFindings {
    return new MovedFindings(findings, new Mapping(), null, new Set());
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
    const before = fresh ? [] : [...this.dropped];
    const next = new MovedFindings(this.moved ?? this.base, pending, doc, new Set([...before, ...dropped]));
    return pending.maps.length > MAX_PENDING_MAPS ? MovedFindings.of(next.list) : next;
  }

  private move(): PlacedFinding[] {
    const kept = this.dropped.size ? this.base.filter((finding) => !this.dropped.has(finding.id)) : this.base;
    return this.mapping.maps.length ? mapFindings(kept, this.mapping, this.doc!) : kept;
  }
}
