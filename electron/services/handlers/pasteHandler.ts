// paste:convert — clipboard HTML → article blocks for an open article, through the same
// conversion as a .docx import. Photos the clipboard carries are stored in the article's
// media first, so the figures the editor inserts point at files that exist.
import { SoanError } from '../../contract/errors';
import type { PastedBlocks } from '../../contract/types';
import type { BodyBlock } from '../../contract/article/articleContent';
import { convertPastedHtml } from '../import/convertPastedHtml';
import type { Library } from '../library/libraryService';

export async function convertPaste(library: Library, request: { articleId: string; html: string; asPasted?: boolean }): Promise<PastedBlocks> {
  library.mediaFolder(request.articleId); // an article that does not exist is refused first
  const pasted = convertPastedHtml(request.html, { asPasted: request.asPasted });
  const notes: PastedBlocks['notes'] = pasted.warnings.map((w) => ({ code: w.code, params: { ...w.params } }));
  const stored = new Map<string, string | null>();
  for (const media of pasted.media) {
    try {
      stored.set(media.fileName, (await library.importMedia(request.articleId, `paste.${media.ext}`, media.bytes)).file);
    } catch (error) {
      stored.set(media.fileName, null);
      notes.push({ code: 'import-image-dropped', params: { reason: error instanceof SoanError ? error.code : 'unreadable' } });
    }
  }
  const blocks: BodyBlock[] = pasted.blocks.map((block) =>
    block.type === 'figure' && block.attrs.src && stored.has(block.attrs.src) ? { ...block, attrs: { ...block.attrs, src: stored.get(block.attrs.src) ?? null } } : block,
  );
  return { blocks, notes };
}
