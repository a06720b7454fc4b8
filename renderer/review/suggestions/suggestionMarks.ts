// The suggestion marks (track changes). Names, attributes and exclusions follow the
// suggestion engine's schema (@handlewithcare/prosemirror-suggest-changes) plus who made
// the suggestion and when (electron/contract/review.ts), which travel in the Y.Doc with
// the text. Colours come from classes in suggestions.css: the app's CSP forbids inline styles.
import { Mark, mergeAttributes } from '@tiptap/core';
import type { Mark as PMMark } from '@tiptap/pm/model';
import { suggestionMarks } from '../../../electron/contract/review';
import { authorColour } from './authorColour';

const reviewAttributes = {
  // The engine compares ids with ===, so they stay strings (see suggestionIds.ts).
  id: { default: null, rendered: false },
  author: { default: null, rendered: false },
  role: { default: null, rendered: false },
  at: { default: null, rendered: false },
};

function markDomAttributes(mark: PMMark, kind: string): Record<string, string> {
  const attrs = mark.attrs as { id: unknown; author: unknown };
  return {
    class: `suggestion suggestion-${kind}`,
    'data-suggestion-id': String(attrs.id ?? ''),
    'data-author': typeof attrs.author === 'string' ? attrs.author : '',
    'data-author-colour': String(authorColour(attrs.author)),
  };
}

// Never parsed from HTML (parseHTML: []): a suggestion is made by editing in suggest mode,
// not pasted, or a paste could carry someone else's name and id.

export const Insertion = Mark.create({
  name: suggestionMarks.insertion,
  inclusive: false,
  excludes: 'deletion modification insertion',
  addAttributes: () => reviewAttributes,
  parseHTML: () => [],
  renderHTML: ({ mark, HTMLAttributes }) => ['ins', mergeAttributes(HTMLAttributes, markDomAttributes(mark, 'insert')), 0],
});

export const Deletion = Mark.create({
  name: suggestionMarks.deletion,
  inclusive: false,
  excludes: 'insertion modification deletion',
  addAttributes: () => reviewAttributes,
  parseHTML: () => [],
  renderHTML: ({ mark, HTMLAttributes }) => ['del', mergeAttributes(HTMLAttributes, markDomAttributes(mark, 'delete')), 0],
});

/** A change of formatting or of a node's attributes; the engine reverts it from these attrs. */
export const Modification = Mark.create({
  name: suggestionMarks.modification,
  inclusive: false,
  excludes: 'deletion insertion',
  addAttributes: () => ({
    ...reviewAttributes,
    type: { default: null, rendered: false },
    attrName: { default: null, rendered: false },
    previousValue: { default: null, rendered: false },
    newValue: { default: null, rendered: false },
  }),
  parseHTML: () => [],
  renderHTML: ({ mark, HTMLAttributes }) => ['span', mergeAttributes(HTMLAttributes, markDomAttributes(mark, 'modify')), 0],
});

export const SuggestionMarks = [Insertion, Deletion, Modification];
