// Collecting article blocks while walking HTML: the inline buffer becomes a paragraph (or a
// heading) at every block edge, and the article schema's limits are applied — one list
// level, quotes and list items made only of paragraphs.
import type { BodyBlock, Inline, ListItem, Paragraph } from '../../contract/article/articleContent';
import type { SanitizeHints } from './captionAfterImage';
import { InlineRuns } from './inlineRuns';

export class BlockSink {
  readonly blocks: BodyBlock[] = [];
  readonly runs = new InlineRuns();
  headingLevel: 2 | 3 | null = null;
  captionDepth = 0;
  listParagraph = false;

  constructor(readonly hints: SanitizeHints) {}

  flush(): void {
    const content = this.runs.take();
    if (!content.length) return;
    if (this.headingLevel) {
      this.blocks.push({ type: 'heading', attrs: { level: this.headingLevel }, content });
      return;
    }
    const paragraph: Paragraph = { type: 'paragraph', content };
    if (this.captionDepth > 0) this.hints.captions.add(paragraph);
    if (this.listParagraph) this.hints.wordListItems.add(paragraph);
    this.blocks.push(paragraph);
  }

  push(block: BodyBlock): void {
    this.flush();
    this.blocks.push(block);
  }
}

/** Any text block as plain paragraphs (inside quotes and list items). */
export function asParagraphs(block: BodyBlock): Paragraph[] {
  switch (block.type) {
    case 'paragraph':
      return block.content?.length ? [block] : [];
    case 'heading':
      return block.content?.length ? [{ type: 'paragraph', content: block.content }] : [];
    case 'blockquote':
      return block.content;
    case 'bulletList':
    case 'orderedList':
      return block.content.flatMap((item) => item.content);
    case 'figure':
      return [];
  }
}

export function joinParagraphs(blocks: BodyBlock[]): Inline[] {
  const out: Inline[] = [];
  for (const p of blocks.flatMap(asParagraphs)) {
    if (out.length) out.push({ type: 'hardBreak' });
    out.push(...(p.content ?? []));
  }
  return out;
}

/** Word's "List Paragraph" runs (pasted from Word desktop) become bullet lists. */
export function groupWordListItems(blocks: BodyBlock[], hints: SanitizeHints): BodyBlock[] {
  const out: BodyBlock[] = [];
  for (const block of blocks) {
    if (block.type === 'paragraph' && hints.wordListItems.has(block)) {
      const prev = out.at(-1);
      const item: ListItem = { type: 'listItem', content: [block] };
      if (prev?.type === 'bulletList') prev.content.push(item);
      else out.push({ type: 'bulletList', content: [item] });
    } else out.push(block);
  }
  return out;
}

