// Which images the stored articles use, for pruning the server's media folder. A figure keeps
// its image as the `src` attribute of its Y.XmlElement (contract/article/articleContent.ts),
// the social image as a meta value; both are plain strings in the Yjs update. Rather than walk
// the document model — which shows only what stands now, not deleted figures, older values of
// an attribute, suggestions or comments — every stored document is read as bytes and searched
// for anything shaped like a media name. Yjs writes every string (inserted text, attribute and
// map values) as contiguous UTF-8, and the server keeps deleted items with their content (no
// GC), so a name anywhere in an article's past is found. A hex string that merely looks like a
// name keeps an image too: this errs only on the side of keeping.
import type { UpdateLog } from '../storage/updateLog';

/** A media name (`<sha256>.<ext>`, as MEDIA_FILE_NAME) anywhere in a longer text. */
const MEDIA_NAME_INSIDE = /[0-9a-f]{64}\.(?:jpg|png|gif|webp)/g;

/** The media names that occur anywhere in `bytes`. */
export function mediaNamesIn(bytes: Uint8Array): Set<string> {
  // latin1 maps each byte to one character, so the ASCII of a name reads back exactly.
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  return new Set(text.match(MEDIA_NAME_INSIDE) ?? []);
}

/** A stored document that could not be read: its references are unknown, so nothing may be pruned. */
export class UnreadableDocument extends Error {
  constructor(
    readonly document: string,
    readonly cause: unknown,
  ) {
    super(`the stored document ${document} cannot be read`);
  }
}

/** Every media name any stored document mentions, and how many documents were read. */
export async function referencedMedia(store: UpdateLog): Promise<{ names: Set<string>; documents: number }> {
  const names = new Set<string>();
  const documents = await store.documents();
  for (const document of documents) {
    let bytes: Uint8Array | null;
    try {
      bytes = await store.read(document);
    } catch (error) {
      throw new UnreadableDocument(document, error);
    }
    if (bytes) for (const name of mediaNamesIn(bytes)) names.add(name);
  }
  return { names, documents: documents.length };
}
