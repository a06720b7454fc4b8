// The two changes a merge report makes to the article's Y.Doc, written the way y-tiptap
// stores the document (elements are nodes, an XmlText holds a block's consecutive text with
// marks as attributes, a hard break is an element of length one): a paragraph put back as a
// pending suggestion, and a span of a text block removed. Where a block is comes from the
// contract's reader (a TextPart's path and offsets into the stored document).
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../contract/article/articleNames';
import { blockAt } from './blockMarks';
import { SUGGESTION_ANCHOR_CHAR, suggestionMarks, type SuggestionAttrs } from '../../contract/review';

/**
 * Inserts, at top-level index `index`, a paragraph holding `text` proposed for insertion by
 * `attrs.author` (the suggestion engine's shape for a suggested paragraph: its anchor
 * character first, all of it marked).
 */
export function insertSuggestedParagraph(doc: Y.Doc, index: number, text: string, attrs: SuggestionAttrs): void {
  const fragment = doc.getXmlFragment(ARTICLE_FRAGMENT);
  const paragraph = new Y.XmlElement('paragraph');
  const run = new Y.XmlText();
  run.applyDelta([{ insert: `${SUGGESTION_ANCHOR_CHAR}${text.normalize('NFC')}`, attributes: { [suggestionMarks.insertion]: { ...attrs } } }]);
  paragraph.insert(0, [run]);
  fragment.insert(Math.max(0, Math.min(index, fragment.length)), [paragraph]);
}

/**
 * Removes the inline content [from, to) of the text block at `path` (offsets as the
 * contract's TextPart gives them). Returns false when the block is not there.
 */
export function deleteInBlock(doc: Y.Doc, path: readonly number[], from: number, to: number): boolean {
  const block = blockAt(doc, path);
  if (!block || to <= from) return false;
  doc.transact(() => {
    const children = block.toArray();
    let at = 0;
    const spans: Array<{ child: Y.XmlText | Y.XmlElement; index: number; start: number; end: number }> = [];
    children.forEach((child, index) => {
      const length = child instanceof Y.XmlText ? child.length : 1;
      const start = Math.max(from, at);
      const end = Math.min(to, at + length);
      if (start < end) spans.push({ child: child as Y.XmlText | Y.XmlElement, index, start: start - at, end: end - at });
      at += length;
    });
    // Last first, so earlier indices still hold.
    for (const span of spans.reverse()) {
      if (span.child instanceof Y.XmlText) span.child.delete(span.start, span.end - span.start);
      else block.delete(span.index, 1);
    }
  });
  return true;
}

/**
 * Inserts `text` with exactly `marks` (restoredMarks.ts: Yjs clears every mark not named) at
 * inline offset `at` of the text block at `path` (offsets as the contract's TextPart gives
 * them), into the text run that holds or ends at that offset. Returns false when there is no
 * text run there (the block is gone, or only a hard break is at `at`).
 */
export function insertInBlock(doc: Y.Doc, path: readonly number[], at: number, text: string, marks: Record<string, unknown>): boolean {
  const block = blockAt(doc, path);
  if (!block || !text) return false;
  let start = 0;
  for (const child of block.toArray()) {
    const length = child instanceof Y.XmlText ? child.length : 1;
    if (child instanceof Y.XmlText && at >= start && at <= start + length) {
      child.insert(at - start, text, { ...marks });
      return true;
    }
    start += length;
  }
  return false;
}
