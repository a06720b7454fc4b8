// Who the article's authors are is decided here and nowhere else. A person becomes an author
// by changing the article as it stands: writing, deleting, formatting. Commenting, suggesting
// (until the suggestion is accepted), moving the workflow, restoring a version and merging a
// copy never make anyone an author; when a suggestion is accepted, its author becomes one.
import type * as Y from 'yjs';
import { metaKeys } from './articleNames';
import { addToMetaSet } from './metaStore';
import { readArticle, type Article, type ArticleContent } from './readArticle';
import type { PendingSuggestion } from './pendingSuggestions';
import { standingTextKey } from './textChange';

/** Transaction origin of the authors list's own change (never itself an edit of the article). */
export const AUTHORSHIP_ORIGIN = 'soan-authorship';

/** What the rule needs to remember of an article: a fingerprint of it as it stands, and its pending suggestions. */
export interface AuthorshipState {
  fingerprint: string;
  suggestions: readonly PendingSuggestion[];
}

/** 64-bit FNV-style hash of a string: two readings of one article compare by it, not by a copy of it. */
function hashOf(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return `${(h1 >>> 0).toString(36)}${(h2 >>> 0).toString(36)}:${text.length}`;
}

export function authorshipStateOf(article: Pick<Article, 'suggestions'> & { content: ArticleContent['content'] }): AuthorshipState {
  return { fingerprint: hashOf(standingTextKey(article.content)), suggestions: article.suggestions };
}

function sameContent(before: AuthorshipState, after: AuthorshipState): boolean {
  return before.fingerprint === after.fingerprint;
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
 * made an author, and returns the state to compare the next change with. Both copies that see
 * an edit — the editor's and the services' — apply it; the authors are a set, so crediting the
 * same person twice changes nothing.
 */
export function creditAuthors(
  doc: Y.Doc,
  before: AuthorshipState | Article,
  actor: string | undefined,
  origin: unknown = AUTHORSHIP_ORIGIN,
): AuthorshipState {
  const was = 'fingerprint' in before ? before : authorshipStateOf(before);
  const article = readArticle(doc);
  const now = authorshipStateOf(article);
  const credited = authorsCredited(was, now, actor).filter((name) => !article.meta.authors.includes(name));
  if (credited.length) doc.transact(() => credited.forEach((name) => addToMetaSet(doc, metaKeys.authors, name)), origin);
  return now;
}

/** Whether a change from this article could credit anyone: a suggestion is pending, or the actor is not an author yet. */
export function mayCreditSomeone(article: Pick<Article, 'suggestions' | 'meta'>, actor: string | undefined): boolean {
  const name = actor?.normalize('NFC').trim();
  return article.suggestions.length > 0 || (!!name && !article.meta.authors.includes(name));
}
