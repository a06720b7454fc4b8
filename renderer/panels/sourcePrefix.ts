// The sapo's source prefix ("(Baohatinh.vn) - ") is newsroom house style, put there by
// Soạn rather than typed each time.
import type { Editor } from '@tiptap/core';
import { nodeNames } from '../../electron/contract/articleSchema';
import { sapoHasPrefix as hasPrefix } from '../../electron/contract/article/sapoPrefix';

function sapoNode(editor: Editor) {
  const sapo = editor.state.doc.childCount > 1 ? editor.state.doc.child(1) : null;
  return sapo && sapo.type.name === nodeNames.sapo ? sapo : null;
}

/** Whether the sapo (as the editor shows it) starts with the prefix; no sapo: nothing to add. */
export function sapoHasPrefix(editor: Editor, prefix: string): boolean {
  const sapo = sapoNode(editor);
  return !sapo || hasPrefix(sapo.textContent, prefix);
}

/**
 * Inserts the prefix at the start of the sapo; the writer's cursor stays where it was.
 * `automatic`: put there by Soạn, so the writer's first Ctrl+Z does not take it away.
 */
export function addSourcePrefix(editor: Editor, prefix: string, automatic = false): void {
  if (!prefix || sapoHasPrefix(editor, prefix)) return;
  const sapoStart = editor.state.doc.child(0).nodeSize + 1;
  const tr = editor.state.tr.insertText(prefix, sapoStart);
  if (automatic) tr.setMeta('addToHistory', false);
  editor.view.dispatch(tr);
}

/** A brand-new article: nothing written yet, so the prefix can go in without asking. */
export function isBlankArticle(editor: Editor): boolean {
  const doc = editor.state.doc;
  return doc.textContent.trim() === '' && !doc.content.content.some((n) => n.type.name === nodeNames.figure);
}
