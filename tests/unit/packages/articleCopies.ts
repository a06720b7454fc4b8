// Copies of one article on different laptops, edited the way the editor's binding writes
// Yjs (one XmlText per text block, marks as attributes, comments in the contract's maps),
// for the package and merge tests.
import * as Y from 'yjs';
import { simpleDiff } from 'lib0/diff';
import { ARTICLE_FRAGMENT } from '../../../electron/contract/article/articleNames';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';
import { writeJsonToFragment } from '../../../electron/services/article/writeContentToFragment';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { COMMENTS_MAP, COMMENT_MESSAGES_MAP, suggestionMarks, type CommentThread, type ReviewActor } from '../../../electron/contract/review';
import type { PmNode } from '../../../electron/contract/article/pmJson';

export const ARTICLE_ID = 'bai0packages01';
export const AT = '2026-11-27T09:00:00.000Z';

export interface ArticleShape {
  headline: string;
  sapo: string;
  body: string[];
  caption?: string;
  byline?: string;
}

const text = (value: string) => (value ? [{ type: 'text', text: value }] : []);

export function articleJson(shape: ArticleShape): PmNode {
  return {
    type: 'doc',
    content: [
      { type: 'headline', content: text(shape.headline) },
      { type: 'sapo', content: text(shape.sapo) },
      ...shape.body.map((p) => ({ type: 'paragraph', content: text(p) })),
      ...(shape.caption !== undefined
        ? [{ type: 'figure', attrs: { src: null, alt: 'Ảnh', credit: '' }, content: [{ type: 'figcaption', content: text(shape.caption) }] }]
        : []),
      ...(shape.byline !== undefined ? [{ type: 'byline', content: text(shape.byline) }] : []),
    ],
  };
}

/** The first copy of an article, written by `clientID`. */
export function firstCopy(shape: ArticleShape, clientID = 1, id = ARTICLE_ID): Y.Doc {
  const doc = createArticleDoc({ id, createdAt: AT, author: 'Nguyễn Thị Lan', headline: shape.headline });
  const fresh = new Y.Doc();
  fresh.clientID = clientID;
  Y.applyUpdate(fresh, Y.encodeStateAsUpdate(doc));
  writeJsonToFragment(articleJson(shape), fresh.getXmlFragment(ARTICLE_FRAGMENT));
  return fresh;
}

/** Another laptop's copy of `doc`, writing as `clientID`. */
export function copyOf(doc: Y.Doc, clientID: number): Y.Doc {
  const copy = new Y.Doc();
  copy.clientID = clientID;
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** The XmlText of a text block: `path` from the fragment (a caption is [figureIndex, 0]). */
export function textAt(doc: Y.Doc, path: number[]): Y.XmlText {
  let node: Y.XmlFragment | Y.XmlElement = doc.getXmlFragment(ARTICLE_FRAGMENT);
  for (const index of path) node = node.get(index) as Y.XmlElement;
  let run = node.toArray().find((c): c is Y.XmlText => c instanceof Y.XmlText);
  if (!run) {
    run = new Y.XmlText();
    node.insert(node.length, [run]);
  }
  return run;
}

export function plainOf(run: Y.XmlText): string {
  return run.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : '')).join('');
}

export function append(doc: Y.Doc, path: number[], words: string): void {
  const run = textAt(doc, path);
  run.insert(run.length, words);
}

/** Replace the first occurrence of `old` in the block with `replacement` (a rewrite). */
export function rewrite(doc: Y.Doc, path: number[], old: string, replacement: string): void {
  const run = textAt(doc, path);
  const at = plainOf(run).indexOf(old);
  if (at < 0) throw new Error(`"${old}" is not in block ${path}`);
  doc.transact(() => {
    run.delete(at, old.length);
    run.insert(at, replacement);
  });
}

/**
 * Replace the first occurrence of `old` with `replacement` the way the editor's binding writes
 * it: y-tiptap diffs the block's old and new text (lib0's simpleDiff) and keeps the letters they
 * share at either end, so a rewrite keeps some of the old word's letters.
 */
export function rewriteAsEditor(doc: Y.Doc, path: number[], old: string, replacement: string): void {
  const run = textAt(doc, path);
  const was = plainOf(run);
  const at = was.indexOf(old);
  if (at < 0) throw new Error(`"${old}" is not in block ${path}`);
  const { index, remove, insert } = simpleDiff(was, was.slice(0, at) + replacement + was.slice(at + old.length));
  doc.transact(() => {
    run.delete(index, remove);
    run.insert(index, insert);
  });
}

export function deleteBlock(doc: Y.Doc, index: number): void {
  doc.getXmlFragment(ARTICLE_FRAGMENT).delete(index, 1);
}

export function addParagraph(doc: Y.Doc, index: number, words: string): void {
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [new Y.XmlText(words)]);
  doc.getXmlFragment(ARTICLE_FRAGMENT).insert(index, [paragraph]);
}

/** A pending insertion suggested by `by` at the end of the block. */
export function suggest(doc: Y.Doc, path: number[], words: string, by: ReviewActor, id: string): void {
  const run = textAt(doc, path);
  run.insert(run.length, words, { [suggestionMarks.insertion]: { id, author: by.name, role: by.role, at: AT } });
}

/** A comment on `quote` in the block at `path`, anchored as the editor anchors it. */
export function comment(doc: Y.Doc, path: number[], quote: string, by: ReviewActor, id: string, words: string): void {
  const run = textAt(doc, path);
  const at = plainOf(run).indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in block ${path}`);
  const anchor = {
    from: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(run, at, 0)),
    to: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(run, at + quote.length, -1)),
  };
  doc.transact(() => {
    doc.getMap(COMMENTS_MAP).set(id, { id, anchor, quote, piece: 'body', by, at: AT, resolved: null } satisfies CommentThread);
    doc.getMap(COMMENT_MESSAGES_MAP).set(`${id}-m1`, { id: `${id}-m1`, threadId: id, by, at: AT, text: words });
  });
}

/** Everything a reader of the article can find: its text as stored, suggestions included. */
export function everyWord(doc: Y.Doc): string {
  const article = readArticle(doc);
  return JSON.stringify(article.stored);
}

export const reporter: ReviewActor = { name: 'Nguyễn Thị Lan', role: 'reporter' };
export const editor: ReviewActor = { name: 'Trần Văn Minh', role: 'editor' };
