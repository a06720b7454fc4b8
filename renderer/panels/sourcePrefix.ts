// The sapo's source prefix ("(Baohatinh.vn) - ") is newsroom house style, put there by
// Soạn rather than typed each time.
import type { Editor } from '@tiptap/core';
import { nodeNames } from '../../electron/contract/articleSchema';

function sapoNode(editor: Editor) {
  const sapo = editor.state.doc.childCount > 1 ? editor.state.doc.child(1) : null;
  return sapo && sapo.type.name === nodeNames.sapo ? sapo : null;
}

export function sapoHasPrefix(editor: Editor, prefix: string): boolean {
  return !prefix || (sapoNode(editor)?.textContent.startsWith(prefix.trimEnd()) ?? true);
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
