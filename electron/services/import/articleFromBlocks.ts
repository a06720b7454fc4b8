// Body blocks from a formatted document (.docx) → a whole article: the first text block is the
// headline, the next paragraph the sapo, a closing byline-shaped paragraph the byline.
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

export function articleFromBlocks(input: BodyBlock[], language: string): AssembledArticle | null {
  const blocks = [...input];
  const headlineAt = blocks.findIndex((b) => (b.type === 'paragraph' || b.type === 'heading') && oneLine(b.content));
  if (headlineAt < 0) return null;
  const headlineBlock = blocks.splice(headlineAt, 1)[0] as Extract<BodyBlock, { type: 'paragraph' | 'heading' }>;
  const headline = oneLine(headlineBlock.content);

  // The sapo is the paragraph right after the headline (photos may sit between them).
  let sapo: Inline[] | undefined;
  const sapoAt = blocks.findIndex((b, i) => i >= headlineAt && b.type !== 'figure');
  const candidate = blocks[sapoAt];
  if (candidate?.type === 'paragraph' && candidate.content?.length) {
    sapo = candidate.content;
    blocks.splice(sapoAt, 1);
  }

  let bylineText = '';
  const last = blocks.at(-1);
  if (blocks.length > 1 && last?.type === 'paragraph' && looksLikeByline(oneLine(last.content))) {
    bylineText = oneLine(last.content);
    blocks.pop();
  }

  const doc: ArticleDoc = {
    type: 'doc',
    content: [
      { type: 'headline', content: plainContent(headline) },
      sapo ? { type: 'sapo', content: sapo } : { type: 'sapo' },
      ...(blocks.length ? blocks : [{ type: 'paragraph' as const }]),
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
