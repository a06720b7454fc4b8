// Body blocks from a formatted document (.docx) → a whole article: the first text block is the
// headline, the next paragraph the sapo, a closing byline-shaped paragraph the byline. A
// document of lists or quotes only has no headline yet: its text all goes to the body.
import { slugify } from '../../contract/text/slug';
import type { ArticleDoc, BodyBlock, Inline } from '../../contract/article/articleContent';
import type { ImportedMeta } from './importedArticle';
import { runsText } from './inlineRuns';
import { findSourcePrefix } from '../../contract/article/sapoPrefix';
import { bylineAuthors, looksLikeByline } from './textShape';

export interface AssembledArticle {
  doc: ArticleDoc;
  meta: ImportedMeta;
}

function plainContent(text: string): Inline[] | undefined {
  return text ? [{ type: 'text', text }] : undefined;
}

function oneLine(content: Inline[] | undefined): string {
  return runsText(content).replace(/\s+/g, ' ').trim();
}

/** A sapo set all in bold (a "Sapo" style) is the sapo's look, not emphasis. */
function withoutWholeBold(content: Inline[]): Inline[] {
  const texts = content.filter((n) => n.type === 'text' && n.text.trim());
  if (!texts.every((n) => n.type === 'text' && n.marks?.some((m) => m.type === 'bold'))) return content;
  return content.map((n) => {
    if (n.type !== 'text' || !n.marks) return n;
    const marks = n.marks.filter((m) => m.type !== 'bold');
    return marks.length ? { ...n, marks } : { type: 'text', text: n.text };
  });
}

function hasText(block: BodyBlock): boolean {
  if (block.type === 'figure') return Boolean(oneLine(block.content[0].content) || block.attrs.src);
  if (block.type === 'paragraph' || block.type === 'heading') return Boolean(oneLine(block.content));
  return block.content.length > 0;
}

export interface AssembleOptions {
  /** Take a closing byline-shaped paragraph as the byline (default true). */
  guessByline?: boolean;
}

/** `notes`: footnotes and endnotes, after the body and before the byline. */
export function articleFromBlocks(input: BodyBlock[], language: string, notes: BodyBlock[] = [], options: AssembleOptions = {}): AssembledArticle | null {
  const blocks = [...input];
  if (!blocks.some(hasText) && !notes.length) return null;
  const headlineAt = blocks.findIndex((b) => (b.type === 'paragraph' || b.type === 'heading') && oneLine(b.content));
  let headline = '';
  let sapo: Inline[] | undefined;
  if (headlineAt >= 0) {
    const headlineBlock = blocks.splice(headlineAt, 1)[0] as Extract<BodyBlock, { type: 'paragraph' | 'heading' }>;
    headline = oneLine(headlineBlock.content);
    // The sapo is the paragraph right after the headline (photos may sit between them).
    const sapoAt = blocks.findIndex((b, i) => i >= headlineAt && b.type !== 'figure');
    const candidate = blocks[sapoAt];
    if (candidate?.type === 'paragraph' && candidate.content?.length) {
      sapo = withoutWholeBold(candidate.content);
      blocks.splice(sapoAt, 1);
    }
  }

  let bylineText = '';
  const last = blocks.at(-1);
  if (options.guessByline !== false && blocks.length > 1 && last?.type === 'paragraph' && looksLikeByline(oneLine(last.content))) {
    bylineText = oneLine(last.content);
    blocks.pop();
  }

  const doc: ArticleDoc = {
    type: 'doc',
    content: [
      { type: 'headline', content: plainContent(headline) },
      sapo ? { type: 'sapo', content: sapo } : { type: 'sapo' },
      ...(blocks.length || notes.length ? [...blocks, ...notes] : [{ type: 'paragraph' as const }]),
      ...(bylineText ? [{ type: 'byline' as const, content: plainContent(bylineText) }] : []),
    ],
  };
  const source = findSourcePrefix(runsText(sapo));
  const meta: ImportedMeta = {
    headline,
    slug: slugify(headline),
    language,
    ...(source ? { sourcePrefix: source.prefix, sourceName: source.source } : {}),
    ...(bylineText ? { byline: bylineAuthors(bylineText) } : {}),
  };
  return { doc, meta };
}
