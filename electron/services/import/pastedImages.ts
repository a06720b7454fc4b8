// The images of a paste. A photo carried in the clipboard itself (a data: URI: LibreOffice,
// web pages) becomes media of the article. One that is not there — Word puts only a path on
// its own computer (file://), Outlook a cid:, a web page or Google Docs a web address — keeps
// its place as a figure placeholder, with alt text and caption, and a notice that says why.
// Nothing is ever fetched; a source that names no picture (relative, scripted) is dropped.
import { createHash } from 'node:crypto';
import { inspectImage } from '../media/imageFormat';
import type { ImportedMedia, ImportWarning } from './importedArticle';
import { importLimits } from './importLimits';
import type { HtmlImage, ResolvedImage } from './sanitizeHtmlToArticle';

const MIN_PHOTO_PIXELS = 48;
const MAX_NAME_CHARS = 200;
const DATA_URI = /^data:([^,;]*)((?:;[^,;]*)*),/i;

function decodeDataUri(src: string): { mime: string; bytes: Uint8Array } | null {
  const head = DATA_URI.exec(src);
  if (!head) return null;
  const payload = src.slice(head[0].length);
  // base64 grows bytes by a third: refuse before decoding what could never be kept.
  if (payload.length > (importLimits.imageBytes * 4) / 3 + 4) return null;
  try {
    const bytes = /;base64/i.test(head[2]) ? Buffer.from(payload, 'base64') : Buffer.from(decodeURIComponent(payload), 'utf8');
    return { mime: head[1].toLowerCase() || 'text/plain', bytes: new Uint8Array(bytes) };
  } catch {
    return null;
  }
}

/** `file:///C:/…/clip_image002.jpg` → `clip_image002.jpg`; `cid:image001.png@01DA…` → `image001.png`. */
function fileNameOf(src: string): string {
  const path = src.replace(/^cid:/i, '').split(/[?#@]/)[0];
  let name = path.split(/[\\/]/).filter(Boolean).pop() ?? '';
  try {
    name = decodeURIComponent(name);
  } catch {
    // a name with a stray % stays as written
  }
  return name.normalize('NFC').slice(0, MAX_NAME_CHARS) || src.slice(0, MAX_NAME_CHARS);
}

export class PastedImages {
  readonly media = new Map<string, ImportedMedia>();
  readonly warnings: ImportWarning[] = [];
  /** Pictures carried in the clipboard too small to be photos (icons), left out. */
  smallImages = 0;

  resolve = (image: HtmlImage): ResolvedImage | null => {
    const src = image.src.trim();
    if (/^data:/i.test(src)) return this.fromDataUri(src, image);
    return this.placeholder(src, image);
  };

  private fromDataUri(src: string, image: HtmlImage): ResolvedImage | null {
    const decoded = decodeDataUri(src);
    const info = decoded && decoded.bytes.length <= importLimits.imageBytes ? inspectImage(decoded.bytes) : undefined;
    if (decoded && info && info.width >= MIN_PHOTO_PIXELS && info.height >= MIN_PHOTO_PIXELS) {
      const sha256 = createHash('sha256').update(decoded.bytes).digest('hex');
      const fileName = `${sha256}.${info.ext}`;
      this.media.set(fileName, { sha256, ext: info.ext, mime: info.mime, fileName, bytes: decoded.bytes });
      return { src: fileName, width: info.width, height: info.height };
    }
    // A spacer standing in for a lazily loaded photo: the photo is at its real address.
    if (info && image.lazySrc) return this.placeholder(image.lazySrc.trim(), image);
    if (info) {
      // A tracking pixel or a spacer is nothing; an icon or a signature is worth a word.
      if (info.width > 2 && info.height > 2) this.smallImages++;
      return null;
    }
    this.warnings.push({ code: 'import-image-dropped', params: { reason: 'unsupported-format', type: decoded?.mime.slice(0, 100) ?? 'unknown' } });
    return { src: null, width: null, height: null };
  }

  private placeholder(src: string, image: HtmlImage): ResolvedImage | null {
    // A relative or scripted source names no picture anyone could fetch: not a photo.
    if (!/^(?:https?|file|cid|blob):/i.test(src)) {
      this.warnings.push({ code: 'import-image-dropped', params: { reason: 'no-source' } });
      return null;
    }
    if (/^https?:/i.test(src)) {
      this.warnings.push({ code: 'import-image-not-fetched', params: { url: src.slice(0, 300), alt: image.alt.slice(0, 200) } });
    } else if (/^blob:/i.test(src)) {
      this.warnings.push({ code: 'import-image-browser-only', params: { alt: image.alt.slice(0, 200) } });
    } else {
      this.warnings.push({ code: 'import-image-local-file', params: { name: fileNameOf(src), alt: image.alt.slice(0, 200) } });
    }
    return { src: null, width: null, height: null };
  }
}
