// Whether article.json says what a document holds. Recovery asks it of a backup or a version
// (which copy to rebuild article.ydoc from); opening asks it of article.ydoc, to find an
// article.json left one save behind by a crash between the two writes of a save.
import type * as Y from 'yjs';
import { readArticle } from '../../contract/article/readArticle';
import { slugForHeadline } from '../library/projectFolder';
import { readableReview } from '../review/readableReview';
import { readableCopyOf, type ReadableCopy } from './readableCopy';

/**
 * Equal as JSON would write them, whatever the order of keys (parsing article.json may reorder
 * them): a key set to undefined is absent, undefined and non-finite numbers are null. Compared
 * in place, not written out first: every open pays for it, on the whole article.
 */
function sameJson(a: unknown, b: unknown): boolean {
  const x = asJsonValue(a);
  const y = asJsonValue(b);
  if (x === y) return true;
  if (typeof x !== 'object' || typeof y !== 'object' || x === null || y === null) return false;
  if (Array.isArray(x) || Array.isArray(y)) {
    return Array.isArray(x) && Array.isArray(y) && x.length === y.length && x.every((item, i) => sameJson(item, y[i]));
  }
  const keys = definedKeys(x);
  return keys.length === definedKeys(y).length && keys.every((key) => Object.hasOwn(y, key) && valueAt(y, key) !== undefined && sameJson(valueAt(x, key), valueAt(y, key)));
}

const asJsonValue = (value: unknown) => (value === undefined || (typeof value === 'number' && !Number.isFinite(value)) ? null : value);
const valueAt = (value: object, key: string) => (value as Record<string, unknown>)[key];
const definedKeys = (value: object) => Object.keys(value).filter((key) => valueAt(value, key) !== undefined);

/** Whether a document holds exactly what its readable copy (article.json) says: content, metadata, and review (comments, pending suggestions). */
export function holdsReadableCopy(doc: Y.Doc, json: ReadableCopy): boolean {
  const article = readArticle(doc);
  return (
    sameJson(article.content, json.content) &&
    sameJson(article.metaRecord, json.meta) &&
    sameJson(readableReview(doc, article.stored), json.review)
  );
}

/**
 * How far article.json is behind the document: `none`; `rendition` when only what is derived
 * from the article differs (text, counts, slug: written by an older Soạn), or `content` when
 * the article itself does (a save cut short after article.ydoc). Its updatedAt is not compared:
 * the document does not know it.
 */
export function readableCopyLag(doc: Y.Doc, json: ReadableCopy): 'none' | 'rendition' | 'content' {
  const fresh = readableCopyOf(doc, { slug: slugForHeadline(readArticle(doc).headline), updatedAt: json.updatedAt });
  const { content, meta, review, ...rendition } = fresh;
  const { content: onDiskContent, meta: onDiskMeta, review: onDiskReview, ...onDiskRendition } = json;
  if (!sameJson({ content, meta, review }, { content: onDiskContent, meta: onDiskMeta, review: onDiskReview })) return 'content';
  return sameJson(rendition, onDiskRendition) ? 'none' : 'rendition';
}
