// List items as they were found (HTML <ul>/<ol> at any depth, Word's list paragraphs), and
// the article lists they become — nested as in the source, every number as written:
// - an item deeper than the one above goes in a list inside that item (a jump of several
//   levels nests one level; a list that starts deep starts at the outer level);
// - levels past the article's deepest (MAX_LIST_DEPTH) join the deepest level;
// - a list of the other kind at the same level, a number that does not follow on, or a new
//   list in the source (another <ol>, another Word list instance) starts a new list there;
// - an item labelled in a way the article cannot show ("a.", "iv.") is a paragraph with its
//   label, in the item above it when there is one.
import { MAX_LIST_DEPTH, type BodyBlock, type BulletList, type ListItem, type OrderedList, type Paragraph } from '../../contract/article/articleContent';

export interface ListEntry {
  paragraphs: Paragraph[];
  ordered: boolean;
  /** 1 for the outer level. */
  level: number;
  /** The item's own number when known (an <ol>'s position, a Word marker). */
  number: number | null;
  /** Which list of the source the item belongs to. */
  source: string;
  /**
   * A label an article list cannot show ("a.", "iv."): the item becomes a paragraph opening
   * with it, inside the item above when that is shallower, so the list around it goes on.
   */
  label?: string;
}

interface OpenList {
  block: BulletList | OrderedList;
  source: string;
  /** The source's level of the list's items (a depth may hold a deeper source level). */
  level: number;
  next: number;
  lastItem: ListItem;
}

function continues(open: OpenList | undefined, entry: ListEntry): open is OpenList {
  if (!open || open.source !== entry.source) return false;
  if (!entry.ordered) return open.block.type === 'bulletList';
  return open.block.type === 'orderedList' && (entry.number === null || entry.number === open.next);
}

export function listsFromEntries(entries: ListEntry[]): BodyBlock[] {
  const out: BodyBlock[] = [];
  // The lists open at each depth: open[0] is the outer list, open.at(-1) the deepest.
  const open: OpenList[] = [];
  // The next number of each numbered level of each source list, for items without one.
  const counters = new Map<string, number>();
  for (const entry of entries) {
    if (!entry.paragraphs.length) continue;
    if (entry.label) {
      while (open.length && open[open.length - 1].level >= entry.level) open.pop();
      const [first, ...rest] = entry.paragraphs;
      const labelled: Paragraph[] = [{ ...first, content: [{ type: 'text', text: `${entry.label} ` }, ...(first.content ?? [])] }, ...rest];
      const host = open.at(-1)?.lastItem;
      if (host) host.content.push(...labelled);
      else out.push(...labelled);
      continue;
    }
    const key = `${entry.source} ${entry.level}`;
    // An item starts its sublists' numbering again.
    for (const k of counters.keys()) if (k.startsWith(`${entry.source} `) && Number(k.split(' ').pop()) > entry.level) counters.delete(k);
    const number = entry.ordered ? (entry.number ?? counters.get(key) ?? 1) : null;
    if (number !== null) counters.set(key, number + 1);
    const [first, ...rest] = entry.paragraphs;
    const item: ListItem = { type: 'listItem', content: [first, ...rest] };

    // The open list at the item's level, else a new list one deeper than those open.
    while (open.length && open[open.length - 1].level > entry.level) open.pop();
    const depth = open.at(-1)?.level === entry.level ? open.length : Math.min(open.length + 1, MAX_LIST_DEPTH);
    const here = open[depth - 1];
    if (continues(here, { ...entry, number })) {
      here.block.content.push(item);
      here.next = (number ?? 0) + 1;
      here.lastItem = item;
      continue;
    }
    const block: BulletList | OrderedList =
      number === null ? { type: 'bulletList', content: [item] } : { type: 'orderedList', attrs: { start: number }, content: [item] };
    if (depth === 1) out.push(block);
    else open[depth - 2].lastItem.content.push(block);
    open.length = depth - 1;
    open.push({ block, source: entry.source, level: entry.level, next: (number ?? 0) + 1, lastItem: item });
  }
  return out;
}
