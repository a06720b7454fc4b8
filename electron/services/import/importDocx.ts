// A Word .docx → article. mammoth converts the document to HTML (with a style map for the
// newsroom's styles: Title, Caption, Quote, and comments), after the document's numbering and
// its bold/italic styles are read (docxNumbering, docxStyleMarks); its photos are taken out
// as content-addressed bytes for media/; the HTML then goes through the same conversion as paste.
import { createHash } from 'node:crypto';
import mammoth from 'mammoth';
import { inspectImage } from '../media/imageFormat';
import { articleFromBlocks } from './articleFromBlocks';
import { checkDocxContainer } from './docxContainer';
import { numbersFromMarkers } from './docxNumbering';
import { prepareDocx } from './docxPrepare';
import { ImportError } from './importError';
import { validateImportedArticle } from './importedArticle';
import type { ImportedArticle, ImportedMedia, ImportWarning } from './importedArticle';
import { importLimits } from './importLimits';
import { sanitizeHtmlToArticle } from './sanitizeHtmlToArticle';
import type { BodyBlock } from '../../contract/article/articleContent';

export interface DocxImportOptions {
  language?: string;
  furniture?: unknown;
}

/** Added to mammoth's default map (headings, lists, bold, italic are built in). */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Subtitle'] => p:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='caption'] => p.caption:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
  "p[style-name='Quotations'] => blockquote > p:fresh", // LibreOffice's quote style
  // Comments come out as a list at the end, which the conversion reports and leaves out.
  'comment-reference => sup',
];

/** mammoth's notes about styles it has no rule for are about our style map, not the user's file. */
const QUIET_NOTE = /^(?:Unrecognised (?:paragraph|run|table|numbering) style|(?:Paragraph|Run|Table|Numbering) style with ID \S+ was referenced but not defined|An unrecognised element was ignored: (?:v:|w14:|o:|wp14:|w:proofErr|w:lastRenderedPageBreak))/;

const MEDIA_SRC = 'soan-media:';
const MAX_NOTES = 10;

interface FoundImage {
  media: ImportedMedia;
  width: number;
  height: number;
}

export async function importDocx(bytes: Uint8Array, name: string, options: DocxImportOptions = {}): Promise<ImportedArticle> {
  checkDocxContainer(bytes, name);
  const warnings: ImportWarning[] = [];
  const images = new Map<string, FoundImage>();

  const convertImage = mammoth.images.imgElement(async (image) => {
    const data = new Uint8Array(await image.readAsBuffer());
    const info = data.length <= importLimits.imageBytes ? inspectImage(data) : undefined;
    if (!info) {
      warnings.push({ code: 'import-image-dropped', params: { reason: 'unsupported-format', type: image.contentType ?? 'unknown' } });
      return { src: '' };
    }
    const sha256 = createHash('sha256').update(data).digest('hex');
    const fileName = `${sha256}.${info.ext}`;
    images.set(fileName, { media: { sha256, ext: info.ext, mime: info.mime, fileName, bytes: data }, width: info.width, height: info.height });
    return { src: MEDIA_SRC + fileName };
  });

  let html: string;
  const prepared = prepareDocx(bytes, warnings);
  try {
    const result = await mammoth.convertToHtml(
      { buffer: prepared.buffer },
      { styleMap: STYLE_MAP, convertImage, externalFileAccess: false, transformDocument: prepared.transformDocument },
    );
    html = numbersFromMarkers(result.value);
    for (const message of result.messages.filter((m) => !QUIET_NOTE.test(m.message)).slice(0, MAX_NOTES)) {
      warnings.push({ code: 'import-docx-note', params: { message: message.message.slice(0, 300) } });
    }
  } catch (error) {
    throw new ImportError('import-not-docx', { name, reason: error instanceof Error ? error.message.slice(0, 200) : 'unreadable' });
  }

  const sanitized = sanitizeHtmlToArticle(html, {
    furniture: options.furniture,
    resolveImage(image) {
      const found = image.src.startsWith(MEDIA_SRC) ? images.get(image.src.slice(MEDIA_SRC.length)) : undefined;
      if (!found) return null; // unsupported format (already reported) or an outside link
      return { src: found.media.fileName, width: found.width, height: found.height };
    },
  });
  warnings.push(...sanitized.warnings);

  const bodyEnd = sanitized.blocks.length - sanitized.noteBlocks;
  const assembled = articleFromBlocks(sanitized.blocks.slice(0, bodyEnd), options.language ?? 'vi', sanitized.blocks.slice(bodyEnd), {
    // A boxed note closing the document is not its byline.
    guessByline: !prepared.endsInTextBox(),
  });
  if (!assembled) throw new ImportError('import-no-content', { name });

  const used = usedMedia(assembled.doc.content.filter((n): n is BodyBlock => n.type === 'figure'));
  return validateImportedArticle({
    doc: assembled.doc,
    meta: assembled.meta,
    media: [...used].flatMap((file) => (images.has(file) ? [images.get(file)!.media] : [])),
    warnings,
  });
}

function usedMedia(figures: BodyBlock[]): Set<string> {
  const files = new Set<string>();
  for (const f of figures) if (f.type === 'figure' && f.attrs.src) files.add(f.attrs.src);
  return files;
}
