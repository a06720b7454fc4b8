// What the Captions panel warns about, per figure: the contract's figure checks
// (contract/article/figureChecks.ts), the same the export pre-flight and the house-style
// checks apply, on the article as it stands.
import type { Node as PMNode } from '@tiptap/pm/model';
import { figureWarnings, type FigureWarning } from '../../electron/contract/article/figureChecks';
import { editorArticle } from '../editor/editorArticle';
import { articleFigures, type ArticleFigure } from './articleFigures';

export type CaptionWarning = FigureWarning & { paragraph?: number };
export type CaptionWarningCode = FigureWarning['code'];

export type FigureWithWarnings = ArticleFigure & { warnings: CaptionWarning[] };

// Documents are immutable: one answer per document version, shared by the Captions panel and
// its tab's count, and not recomputed when only the cursor moves.
const checked = new WeakMap<PMNode, FigureWithWarnings[]>();

/** Every figure of the document with what the Captions panel flags about it. */
export function figuresWithWarnings(doc: PMNode): FigureWithWarnings[] {
  const known = checked.get(doc);
  if (known) return known;
  const article = editorArticle(doc);
  const paragraphs = article.parts.filter((part) => part.kind === 'body').map((part) => part.text);
  const figures = articleFigures(doc).map((figure, index) => ({
    ...figure,
    warnings: figureWarnings(article.figures[index]!, article.headline, paragraphs),
  }));
  checked.set(doc, figures);
  return figures;
}
