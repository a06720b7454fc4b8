// The suggestions still waiting in an article, read from its stored content: each text run's
// `insertion` / `deletion` mark (y-tiptap keeps no marks on nodes, so runs are enough).
import { countedSuggestionMarks, type SuggestionAttrs } from '../review';
import { markNameOfAttribute, type PmMark, type PmNode } from './pmJson';

export interface PendingSuggestion extends SuggestionAttrs {
  kind: 'insertion' | 'deletion';
}

const counted = new Set<string>(countedSuggestionMarks);

/** The suggestion a mark stands for, if it is one that counts as pending. */
export function suggestionOfMark(mark: PmMark): PendingSuggestion | undefined {
  const kind = markNameOfAttribute(mark.type);
  if (!counted.has(kind)) return undefined;
  const attrs = mark.attrs;
  if (typeof attrs !== 'object' || attrs === null) return undefined;
  return {
    kind: kind as PendingSuggestion['kind'],
    // Keyed as the Review panel keys it (String(id), the mark's default id being null), so a
    // mark without a usable id is one suggestion in every count.
    id: String(attrs.id ?? null),
    author: typeof attrs.author === 'string' ? attrs.author : null,
    role: typeof attrs.role === 'string' ? (attrs.role as SuggestionAttrs['role']) : null,
    at: typeof attrs.at === 'string' ? attrs.at : null,
  };
}

/** Every pending suggestion, one per id, in document order. */
export function pendingSuggestions(stored: PmNode): PendingSuggestion[] {
  const found = new Map<string, PendingSuggestion>();
  const visit = (node: PmNode) => {
    for (const mark of node.marks ?? []) {
      const suggestion = suggestionOfMark(mark);
      if (suggestion && !found.has(suggestion.id)) found.set(suggestion.id, suggestion);
    }
    node.content?.forEach(visit);
  };
  visit(stored);
  return [...found.values()];
}
