// Collecting article blocks while walking HTML: the inline buffer becomes a paragraph (or a
// heading) at every block edge, and the article schema's limits are applied — quotes and
// list items made only of paragraphs, headings without bold (a heading is bold already).
import type { BodyBlock, Figure, Inline, Paragraph } from '../../contract/article/articleContent';
import type { ParagraphTag, SanitizeHints } from './sanitizeHints';
import { InlineRuns } from './inlineRuns';

export class BlockSink {
  readonly blocks: BodyBlock[] = [];
  readonly runs: InlineRuns;
  headingLevel: 2 | 3 | null = null;
  captionDepth = 0;
  /** What the paragraph being read is, for the passes after the walk. */
  tag: ParagraphTag | null = null;
  /** Photos met inside a sentence: they go after its paragraph, which stays whole. */
  private readonly figuresAfter: Figure[] = [];

  constructor(
    readonly hints: SanitizeHints,
    asPasted = false,
  ) {
    this.runs = new InlineRuns(asPasted);
  }

  /** A photo in the middle of the paragraph being read, put after it. */
  pushAfterParagraph(figure: Figure): void {
    this.figuresAfter.push(figure);
  }

  flush(): void {
    this.flushText();
    this.blocks.push(...this.figuresAfter.splice(0));
  }

  private flushText(): void {
    const content = this.runs.take();
    if (!content.length) return;
    if (this.headingLevel) {
      this.blocks.push({ type: 'heading', attrs: { level: this.headingLevel }, content: withoutBold(content) });
      return;
    }
    const paragraph: Paragraph = { type: 'paragraph', content };
    if (this.captionDepth > 0) this.hints.captions.add(paragraph);
    if (this.tag) this.hints.tags.set(paragraph, this.tag);
    this.blocks.push(paragraph);
  }

  push(block: BodyBlock): void {
    this.flush();
    this.blocks.push(block);
  }
}

function withoutBold(content: Inline[]): Inline[] {
  return content.map((node) => {
    if (node.type !== 'text' || !node.marks?.some((m) => m.type === 'bold')) return node;
    const marks = node.marks.filter((m) => m.type !== 'bold');
    return marks.length ? { ...node, marks } : { type: 'text', text: node.text };
  });
}

/**
 * Any text block as plain paragraphs (inside quotes, list items, table cells): a list's items
 * keep their number or bullet as text ("1. ", "• "), since a quote cannot hold a list.
 */
export function asParagraphs(block: BodyBlock): Paragraph[] {
  switch (block.type) {
    case 'paragraph':
      return block.content?.length ? [block] : [];
    case 'heading':
      return block.content?.length ? [{ type: 'paragraph', content: block.content }] : [];
    case 'blockquote':
      return block.content;
    case 'bulletList':
    case 'orderedList': {
      let number = block.type === 'orderedList' ? (block.attrs?.start ?? 1) : null;
      return block.content.flatMap((item) => {
        const marker = number === null ? '• ' : `${number++}. `;
        return item.content.flatMap(asParagraphs).map((p, i) => (i === 0 ? withMarker(p, marker) : p));
      });
    }
    case 'figure':
      return [];
  }
}

function withMarker(paragraph: Paragraph, marker: string): Paragraph {
  const [first, ...rest] = paragraph.content ?? [];
  if (first?.type === 'text' && !first.marks?.length) return { ...paragraph, content: [{ ...first, text: marker + first.text }, ...rest] };
  return { ...paragraph, content: [{ type: 'text', text: marker }, ...(paragraph.content ?? [])] };
}

/** Blocks as one run of inline content, a line break between paragraphs. */
export function joinParagraphs(blocks: BodyBlock[]): Inline[] {
  const out: Inline[] = [];
  for (const p of blocks.flatMap(asParagraphs)) {
    if (out.length) out.push({ type: 'hardBreak' });
    out.push(...(p.content ?? []));
  }
  return out;
}
