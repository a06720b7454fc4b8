// Warnings from an import, kept until the new article is open and the user has read them.
// The library hands them over here because it unmounts as the editor opens.
import type { CodedMessage } from '../../electron/contract/types';

const pending = new Map<string, CodedMessage[]>();

export function keepImportNotes(articleId: string, warnings: CodedMessage[]): void {
  if (warnings.length) pending.set(articleId, warnings);
}

export function importNotesFor(articleId: string): CodedMessage[] {
  return pending.get(articleId) ?? [];
}

export function dropImportNotes(articleId: string): void {
  pending.delete(articleId);
}
