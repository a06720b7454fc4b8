// After the walk: Word's list paragraphs in a row become article lists (through the same
// rules as <ul>/<ol>), an indented "List Paragraph" without a marker — or with a label the
// list cannot show, deeper than the item above ("a) …") — joins the item above it, and
// Quote-styled paragraphs in a row become one quote.
import type { BodyBlock, Paragraph } from '../../contract/article/articleContent';
import { listsFromEntries, type ListEntry } from './listEntries';
import type { SanitizeHints } from './sanitizeHints';

export function groupWordParagraphs(blocks: BodyBlock[], hints: SanitizeHints): BodyBlock[] {
  const out: BodyBlock[] = [];
  let entries: ListEntry[] = [];
  const endList = () => {
    out.push(...listsFromEntries(entries));
    entries = [];
  };
  for (const block of blocks) {
    const tag = block.type === 'paragraph' ? hints.tags.get(block) : undefined;
    if (tag?.kind === 'wordList') {
      const { mark } = tag;
      entries.push({ paragraphs: [block as Paragraph], ordered: mark.ordered, level: mark.level, number: mark.number, source: mark.instance });
      continue;
    }
    // "a) …" under "2. …": a paragraph of that item, so the numbered list goes on after it.
    const deeperLabelled = tag?.kind === 'labelledListItem' && (entries.at(-1)?.level ?? Infinity) < tag.level;
    if ((tag?.kind === 'listContinuation' || deeperLabelled) && entries.length) {
      entries[entries.length - 1].paragraphs.push(block as Paragraph);
      continue;
    }
    endList();
    const previous = out.at(-1);
    if (tag?.kind === 'quote') {
      if (previous?.type === 'blockquote' && hints.tags.get(previous.content[0])?.kind === 'quote') previous.content.push(block as Paragraph);
      else out.push({ type: 'blockquote', content: [block as Paragraph] });
      continue;
    }
    out.push(block);
  }
  endList();
  return out;
}
