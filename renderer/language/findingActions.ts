// What the user can do with a finding: take a suggestion, add the word to the newsroom
// dictionary, ignore it in this article, or go to it.
import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type * as Y from 'yjs';
import { call } from '../platform/soanClient';
import { findingsKey } from './languageChecks';
import type { PlacedFinding } from './languageDeskStore';
import { addSpellIgnore, ignoreKey } from './spellIgnore';

/** The finding's current place, or null when its text has changed since. */
function currentRange(editor: Editor, finding: PlacedFinding): { from: number; to: number } | null {
  const live = findingsKey.getState(editor.state)?.findings.find((f) => f.id === finding.id);
  const { from, to } = (live ?? finding).pos;
  if (to > editor.state.doc.content.size) return null;
  return editor.state.doc.textBetween(from, to, '\n', '\n') === finding.text ? { from, to } : null;
}

export function applySuggestion(editor: Editor, finding: PlacedFinding, suggestion: string): boolean {
  const range = currentRange(editor, finding);
  if (!range) return false;
  editor.view.dispatch(editor.state.tr.insertText(suggestion, range.from, range.to));
  editor.view.focus();
  return true;
}

export function selectFinding(editor: Editor, finding: PlacedFinding): void {
  const range = currentRange(editor, finding);
  if (!range) return;
  const { state } = editor;
  const tr = state.tr.setSelection(TextSelection.create(state.doc, range.from, range.to)).scrollIntoView();
  editor.view.dispatch(tr);
  editor.view.focus();
}

export function ignoreFinding(editor: Editor, doc: Y.Doc, finding: PlacedFinding): void {
  const key = ignoreKey(finding);
  addSpellIgnore(doc, key);
  const findings = findingsKey.getState(editor.state)?.findings ?? [];
  editor.view.dispatch(editor.state.tr.setMeta(findingsKey, findings.filter((f) => ignoreKey(f) !== key)));
}

/** Appends the word to newsroom.dictionary (read fresh, so another window's words stay). */
export async function addToDictionary(word: string): Promise<void> {
  const settings = await call('settings:get', {});
  const dictionary = settings.newsroom.dictionary;
  if (dictionary.includes(word)) return;
  await call('settings:update', { newsroom: { dictionary: [...dictionary, word] } });
}
