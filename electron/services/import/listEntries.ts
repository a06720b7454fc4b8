// List items as they were found (HTML <ul>/<ol> at any depth, Word's list paragraphs), and
// the article lists they become. The article has one list level, so a nested list is not
// kept as nesting; what is kept is every item as a list item and every number as written:
// - bullets under bullets join the outer list;
// - a list of the other kind, or a numbered list under a numbered one, becomes a list of its
//   own between the parts of the outer list, which goes on with its right number;
// - a new list in the source (another <ol>, another Word list instance) starts a new list.
import type { BodyBlock, BulletList, OrderedList, Paragraph } from '../../contract/article/articleContent';

export interface ListEntry {
  paragraphs: Paragraph[];
  ordered: boolean;
  /** 1 for the outer level. */
  level: number;
  /** The item's own number when known (an <ol>'s position, a Word marker). */
  number: number | null;
  /** Which list of the source the item belongs to. */
  source: string;
}

interface OpenList {
  block: BulletList | OrderedList;
  source: string;
  level: number;
  next: number;
}

function continues(open: OpenList | null, entry: ListEntry): open is OpenList {
  if (!open || open.source !== entry.source) return false;
  if (!entry.ordered) return open.block.type === 'bulletList';
  return open.block.type === 'orderedList' && open.level === entry.level && (entry.number === null || entry.number === open.next);
}

export function listsFromEntries(entries: ListEntry[]): BodyBlock[] {
  const out: BodyBlock[] = [];
  let open: OpenList | null = null;
  // The next number of each numbered level of each source list, for items without one.
  const counters = new Map<string, number>();
  for (const entry of entries) {
    if (!entry.paragraphs.length) continue;
    const key = `${entry.source} ${entry.level}`;
    // An item starts its sublists' numbering again.
    for (const k of counters.keys()) if (k.startsWith(`${entry.source} `) && Number(k.split(' ').pop()) > entry.level) counters.delete(k);
    const number = entry.ordered ? (entry.number ?? counters.get(key) ?? 1) : null;
    if (number !== null) counters.set(key, number + 1);
    const item = { type: 'listItem' as const, content: entry.paragraphs };
    if (continues(open, { ...entry, number })) {
      open.block.content.push(item);
      open.next = (number ?? 0) + 1;
      continue;
    }
    const block: BulletList | OrderedList =
      number === null ? { type: 'bulletList', content: [item] } : { type: 'orderedList', attrs: { start: number }, content: [item] };
    out.push(block);
    open = { block, source: entry.source, level: entry.level, next: (number ?? 0) + 1 };
  }
  return out;
}
