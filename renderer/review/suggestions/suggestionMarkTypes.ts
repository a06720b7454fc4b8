// Which marks are suggestions, by name (electron/contract/review.ts).
import type { Mark, MarkType } from '@tiptap/pm/model';
import { suggestionMarks } from '../../../electron/contract/review';

const names = new Set<string>(Object.values(suggestionMarks));

export function isSuggestionMarkType(type: MarkType): boolean {
  return names.has(type.name);
}

export function isSuggestionMark(mark: Mark): boolean {
  return isSuggestionMarkType(mark.type);
}
