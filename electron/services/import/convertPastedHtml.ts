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
    warnings: [...new Map([...warnings, ...images.warnings].map((w) => [`${w.code} ${JSON.stringify(w.params)}`, w])).values()],
  };
}
