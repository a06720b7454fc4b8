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
import { drawingPlaceholders } from './docxEmbeddedParts';
import { notesFromMammoth } from './docxMessages';
import { prepareDocx, type PreparedDocx } from './docxPrepare';
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

const MEDIA_SRC = 'soan-media:';
const PLACEHOLDER_SRC = 'soan-placeholder:';
/** EMF and WMF are Word's and Windows' own drawings: they have a name people know. */
const FORMAT_NAMES: Record<string, string> = { 'image/x-emf': 'EMF', 'image/emf': 'EMF', 'image/x-wmf': 'WMF', 'image/wmf': 'WMF', 'image/tiff': 'TIFF', 'image/svg+xml': 'SVG', 'image/bmp': 'BMP' };

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
    let data: Uint8Array;
    try {
      data = new Uint8Array(await image.readAsBuffer());
    } catch {
      // Linked, not embedded: the picture is a file on the author's computer.
      warnings.push({ code: 'import-image-linked', params: { name: (image as { altText?: string }).altText ?? '' } });
      return { src: `${PLACEHOLDER_SRC}linked` };
    }
    if (data.length > importLimits.imageBytes) {
      warnings.push({ code: 'import-image-dropped', params: { reason: 'too-large' } });
      return { src: '' };
    }
    const info = inspectImage(data);
    if (!info) {
      // The article cannot show it, but the reporter must see where it was.
      const type = FORMAT_NAMES[image.contentType ?? ''] ?? (image.contentType ?? '?').replace(/^image\//, '').toUpperCase();
      warnings.push({ code: 'import-image-placeholder', params: { type } });
      return { src: `${PLACEHOLDER_SRC}${type}` };
    }
    const sha256 = createHash('sha256').update(data).digest('hex');
    const fileName = `${sha256}.${info.ext}`;
    images.set(fileName, { media: { sha256, ext: info.ext, mime: info.mime, fileName, bytes: data }, width: info.width, height: info.height });
    return { src: MEDIA_SRC + fileName };
  });

  let html: string;
  let prepared: PreparedDocx;
  try {
    prepared = prepareDocx(bytes, warnings);
    const result = await mammoth.convertToHtml(
      { buffer: prepared.buffer },
      { styleMap: STYLE_MAP, convertImage, externalFileAccess: false, transformDocument: prepared.transformDocument },
    );
    html = drawingPlaceholders(numbersFromMarkers(result.value), prepared.drawings, PLACEHOLDER_SRC);
    for (const drawing of prepared.drawings) warnings.push({ code: 'import-drawing-placeholder', params: { kind: drawing.kind === 'diagram' ? 'SmartArt' : 'chart' } });
    warnings.push(...notesFromMammoth(result.messages));
  } catch (error) {
    throw new ImportError('import-not-docx', { name, reason: error instanceof Error ? error.message.slice(0, 200) : 'unreadable' });
  }

  const sanitized = sanitizeHtmlToArticle(html, {
    furniture: options.furniture,
    resolveImage(image) {
      if (image.src.startsWith(PLACEHOLDER_SRC)) return { src: null, width: null, height: null };
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
