// "Bỏ qua" (ignore in this article): kept in the article's own metadata as a set, so it
// travels with the article and two offline copies' ignores are both kept after a merge.
import type * as Y from 'yjs';
import { SPELL_IGNORE_KEY, addToMetaSet, readMetaValue } from '../../electron/contract/article/metaStore';

export { SPELL_IGNORE_KEY };

export function ignoreKey(finding: { rule: string; text: string }): string {
  return `${finding.rule}:${finding.text}`;
}

export function readSpellIgnore(doc: Y.Doc): Set<string> {
  const value = readMetaValue(doc, SPELL_IGNORE_KEY);
  return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
}

export function addSpellIgnore(doc: Y.Doc, key: string): void {
  addToMetaSet(doc, SPELL_IGNORE_KEY, key);
}
