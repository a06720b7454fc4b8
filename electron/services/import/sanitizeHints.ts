// What the HTML walk noticed about the blocks it made, for the decisions taken once the whole
// document has been read: captions go under photos, Word's list and quote paragraphs become
// lists and quotes.
import type { Figure, Paragraph } from '../../contract/article/articleContent';
import type { ListMarker, WordListStyle } from './wordListParagraph';

/** A Word list paragraph: which list and level, and what its typed-out marker says. */
export type WordListMark = WordListStyle & ListMarker;

export type ParagraphTag =
  | { kind: 'wordList'; mark: WordListMark }
  /** An indented "List Paragraph" with no marker: more text of the item above it. */
  | { kind: 'listContinuation' }
  /** A Word list paragraph whose label stays in its text ("a)", "Điều 1."): a paragraph, in the item above when deeper. */
  | { kind: 'labelledListItem'; level: number }
  /** Word's Quote and Intense Quote styles. */
  | { kind: 'quote' };

export interface SanitizeHints {
  captions: WeakSet<Paragraph>;
  tags: WeakMap<Paragraph, ParagraphTag>;
  bareImages: WeakSet<Figure>;
}

export function newHints(): SanitizeHints {
  return { captions: new WeakSet(), tags: new WeakMap(), bareImages: new WeakSet() };
}
