// When the article's text is rebuilt — a version restored, article.json read back after
// article.ydoc was lost — every character is new, so the comments' anchors (tied to the old
// characters) no longer find their words. Each open comment whose quoted words are still in
// its piece of the article is anchored on them again; the others stay detached, with their
// quote, as before.
import * as Y from 'yjs';
import { COMMENTS_MAP, COMMENT_ANCHORS_MAP, pieceOfBlock, type ArticlePiece } from '../../contract/review';
import { articleFragment } from './articleYDoc';

interface TextRun {
  text: Y.XmlText;
  plain: string;
  piece: ArticlePiece;
}

function textRuns(fragment: Y.XmlFragment): TextRun[] {
  const runs: TextRun[] = [];
  const visit = (element: Y.XmlElement | Y.XmlFragment, piece: ArticlePiece | null) => {
    for (const child of element.toArray()) {
      if (child instanceof Y.XmlText) {
        const plain = child.toDelta().map((op: { insert?: unknown }) => (typeof op.insert === 'string' ? op.insert : '')).join('');
        runs.push({ text: child, plain, piece: piece ?? 'body' });
      } else if (child instanceof Y.XmlElement) {
        visit(child, piece ?? pieceOfBlock(child.nodeName));
      }
    }
  };
  visit(fragment, null);
  return runs;
}

/** Whether an anchor still spans live text in this document. */
export function anchorHolds(doc: Y.Doc, anchor: unknown): boolean {
  if (!anchor || typeof anchor !== 'object') return false;
  const { from, to } = anchor as { from?: unknown; to?: unknown };
  try {
    const start = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(from), doc);
    const end = Y.createAbsolutePositionFromRelativePosition(Y.createRelativePositionFromJSON(to), doc);
    return !!start && !!end && start.type === end.type && !start.type._item?.deleted && start.index < end.index;
  } catch {
    return false; // not an anchor at all
  }
}

/** Re-anchors the open comments whose words are findable; returns how many moved. Call inside the rebuilding transaction or after it. */
export function reanchorComments(doc: Y.Doc): number {
  const threads = doc.getMap(COMMENTS_MAP);
  const anchors = doc.getMap(COMMENT_ANCHORS_MAP);
  let runs: TextRun[] | null = null;
  let moved = 0;
  doc.transact(() => {
    for (const [key, value] of [...threads.entries()]) {
      if (!value || typeof value !== 'object') continue;
      const thread = value as Record<string, unknown>;
      const quote = thread.quote;
      // A shortened quote ("…") is not the words themselves.
      if (typeof quote !== 'string' || !quote.trim() || quote.endsWith('…')) continue;
      if (anchorHolds(doc, anchors.get(key) ?? thread.anchor)) continue;
      runs ??= textRuns(articleFragment(doc));
      const found = runs.find((run) => (!thread.piece || run.piece === thread.piece) && run.plain.includes(quote));
      if (!found) continue;
      const at = found.plain.indexOf(quote);
      const anchor = {
        // Like the editor's anchors: the start tied to the first quoted character, the end to the last.
        from: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(found.text, at, 0)),
        to: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(found.text, at + quote.length, -1)),
      };
      anchors.set(key, anchor); // apart from the thread's value, as the editor does (contract/review.ts)
      moved++;
    }
  });
  return moved;
}
