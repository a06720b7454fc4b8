// Keeps the article's authors right on the editor's copy, by the contract's one rule
// (contract/article/authorship.ts): writing makes you an author, commenting or suggesting
// does not. The check runs shortly after typing stops, and only while the profile is not an
// author yet; the services apply the same rule to every change they receive (an accepted
// suggestion credits its author there), and the authors are a set, so the two agree.
import type * as Y from 'yjs';
import { metaKeys } from '../../electron/contract/article/articleNames';
import { AUTHORSHIP_ORIGIN, authorshipStateOf, creditAuthors } from '../../electron/contract/article/authorship';
import { readMetaValue } from '../../electron/contract/article/metaStore';
import { readArticle } from '../../electron/contract/article/readArticle';

export { AUTHORSHIP_ORIGIN };
/** Transaction origin of comment changes (they never touch the article's text). */
export const COMMENT_ORIGIN = 'soan-comment';
/** Transaction origin of changes pushed from the services' copy (the sync server's): not typed here. */
export const PUSH_ORIGIN = 'soan-push';

const CHECK_DELAY_MS = 300;

/** Watches `doc` and credits authors; returns the function that stops watching. */
export function watchAuthorship(doc: Y.Doc, actor: () => string, ignoredOrigins: readonly unknown[]): () => void {
  let before = authorshipStateOf(readArticle(doc));
  let timer: ReturnType<typeof setTimeout> | undefined;
  const check = () => {
    timer = undefined;
    before = creditAuthors(doc, before, actor());
  };
  const isAuthor = () => {
    const authors = readMetaValue(doc, metaKeys.authors);
    return Array.isArray(authors) && authors.includes(actor().normalize('NFC').trim());
  };
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === AUTHORSHIP_ORIGIN) return;
    if (ignoredOrigins.includes(origin)) {
      // Someone else's change (loaded, pushed): the next check starts from after it, so it is never credited here.
      if (!timer && !isAuthor()) before = authorshipStateOf(readArticle(doc));
      return;
    }
    if (timer || isAuthor()) return;
    timer = setTimeout(check, CHECK_DELAY_MS);
  };
  doc.on('update', onUpdate);
  return () => {
    doc.off('update', onUpdate);
    if (timer) {
      clearTimeout(timer);
      check(); // credit what was typed just before leaving
    }
  };
}
