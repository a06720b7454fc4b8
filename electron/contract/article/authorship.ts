// Who the article's authors are is decided here and nowhere else. A person becomes an author
// by changing the article as it stands: writing, deleting, formatting. Commenting, suggesting
// (until the suggestion is accepted), moving the workflow, restoring a version and merging a
// copy never make anyone an author; when a suggestion is accepted, its author becomes one.
import type * as Y from 'yjs';
import { metaKeys } from './articleNames';
import { addToMetaSet } from './metaStore';
import { readArticle, type Article, type ArticleContent } from './readArticle';
import type { PendingSuggestion } from './pendingSuggestions';
import { changesText } from './textChange';

/** Transaction origin of the authors list's own change (never itself an edit of the article). */
export const AUTHORSHIP_ORIGIN = 'soan-authorship';

export interface AuthorshipState {
  /** The article as it stands (readContent / readArticle). */
  content: ArticleContent['content'];
  suggestions: readonly PendingSuggestion[];
}

/** Review marks aside (a proposed deletion still stands), is the text as it stands the same? */
function sameContent(before: AuthorshipState, after: AuthorshipState): boolean {
  return !changesText(before, after);
}

/**
 * The names a change from `before` to `after`, made by `actor`, makes authors (maybe already
 * listed). Accepting suggestions credits their authors, not the person who accepted them.
 */
export function authorsCredited(before: AuthorshipState, after: AuthorshipState, actor: string | undefined): string[] {
  if (sameContent(before, after)) return [];
  const stillPending = new Set(after.suggestions.map((s) => s.id));
  const accepted = before.suggestions.filter((s) => !stillPending.has(s.id));
  const names = accepted.length ? accepted.map((s) => s.author) : [actor];
  return [...new Set(names.map((n) => n?.normalize('NFC').trim()).filter((n): n is string => !!n))];
}

/**
 * Adds to the article's authors whoever the change from `before` to the document as it is now
 * made an author. Both copies that see an edit — the editor's and the services' — apply it;
 * the authors are a set, so crediting the same person twice changes nothing.
 */
export function creditAuthors(doc: Y.Doc, before: Article, actor: string | undefined, origin: unknown = AUTHORSHIP_ORIGIN): Article {
  const after = readArticle(doc);
  const credited = authorsCredited(before, after, actor).filter((name) => !after.meta.authors.includes(name));
  if (credited.length) doc.transact(() => credited.forEach((name) => addToMetaSet(doc, metaKeys.authors, name)), origin);
  return after;
}

