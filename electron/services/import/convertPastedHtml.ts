// A paste (clipboard HTML from Word, Google Docs, LibreOffice, Outlook or a web page) → article
// body blocks, through the same conversion as a .docx import; photos carried in the clipboard
// come back as media for the article (the caller stores them), the rest as placeholders.
import type { BodyBlock } from '../../contract/article/articleContent';
import type { ImportedMedia, ImportWarning } from './importedArticle';
import { PastedImages } from './pastedImages';
import { sanitizeHtmlToArticle } from './sanitizeHtmlToArticle';

export interface PastedContent {
  blocks: BodyBlock[];
  media: ImportedMedia[];
  warnings: ImportWarning[];
}

export interface PasteOptions {
  furniture?: unknown;
  /** Keep every character as pasted (undoing a legacy-encoding conversion puts back the original). */
  asPasted?: boolean;
}

export function convertPastedHtml(html: string, options: PasteOptions = {}): PastedContent {
  const images = new PastedImages();
  const { blocks, warnings } = sanitizeHtmlToArticle(html, { furniture: options.furniture, asPasted: options.asPasted, resolveImage: images.resolve });
  const used = new Set(blocks.flatMap((b) => (b.type === 'figure' && b.attrs.src ? [b.attrs.src] : [])));
  return {
    blocks,
    media: [...images.media.values()].filter((m) => used.has(m.fileName)),
    // Two images with the same trouble make one notice.
    warnings: [...new Map([...withSmallImages(warnings, images.smallImages).map(asPasteWarning), ...images.warnings].map((w) => [`${w.code} ${JSON.stringify(w.params)}`, w])).values()],
  };
}

/** A paste's footnotes land right after the pasted text, not at the end of the article: the notice says so (its "paste" wording). */
function asPasteWarning(warning: ImportWarning): ImportWarning {
  return warning.code === 'import-notes-at-end' ? { ...warning, params: { ...warning.params, context: 'paste' } } : warning;
}

/** Small images the walk left out (by their size attributes) and those the clipboard carried, in one notice. */
function withSmallImages(warnings: ImportWarning[], carried: number): ImportWarning[] {
  if (!carried) return warnings;
  const walked = warnings.find((w) => w.code === 'import-small-images-left-out');
  const count = Number(walked?.params.count ?? 0) + carried;
  return [...warnings.filter((w) => w !== walked), { code: 'import-small-images-left-out', params: { count } }];
}
