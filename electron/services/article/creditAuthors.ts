// Applies an editor's change and adds whoever it makes an author to the article's authors
// (a set, so the renderer crediting the same person on its own copy changes nothing).
// The rule itself is the contract's: contract/article/authorship.ts.
import type * as Y from 'yjs';
import { metaKeys } from '../../contract/articleSchema';
import { authorsCredited } from '../../contract/article/authorship';
import { addToMetaSet } from '../../contract/article/metaStore';
import { readArticle } from '../../contract/article/readArticle';

/** Transaction origin of the authors list's own change. */
export const AUTHORSHIP_ORIGIN = 'soan-authorship';

export function creditAuthors(doc: Y.Doc, change: () => void, actor: string | undefined): void {
  const before = readArticle(doc);
  change();
  const after = readArticle(doc);
  const credited = authorsCredited(before, after, actor).filter((name) => !after.meta.authors.includes(name));
  if (!credited.length) return;
  doc.transact(() => credited.forEach((name) => addToMetaSet(doc, metaKeys.authors, name)), AUTHORSHIP_ORIGIN);
}
