// "Bỏ qua" (ignore in this article): kept in the article's own meta map, so it travels with
// the article and merges like everything else in the Yjs document.
import type * as Y from 'yjs';
import { META_MAP } from '../../electron/contract/articleSchema';

/** Meta key: string[] of `${rule}:${text}` entries the checker must not report in this article. */
export const SPELL_IGNORE_KEY = 'spellIgnore';

export function ignoreKey(finding: { rule: string; text: string }): string {
  return `${finding.rule}:${finding.text}`;
}

export function readSpellIgnore(doc: Y.Doc): Set<string> {
  const value = doc.getMap(META_MAP).get(SPELL_IGNORE_KEY);
  return new Set(Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
}

export function addSpellIgnore(doc: Y.Doc, key: string): void {
  const current = readSpellIgnore(doc);
  if (current.has(key)) return;
  doc.getMap(META_MAP).set(SPELL_IGNORE_KEY, [...current, key]);
}
