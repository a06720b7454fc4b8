// The structured byline (meta "byline") and the line it becomes at the end of the article.
// House style: authors joined by ", "; a role follows its name after " - ", or stands alone
// ("Trưởng ban Tuyên giáo Thành ủy Hà Tĩnh").
import type { Editor } from '@tiptap/core';
import type { BylineAuthor } from '../../electron/contract/article/articleNames';
import { nodeNames } from '../../electron/contract/article/articleNames';

export function parseByline(raw: unknown): BylineAuthor[] {
  if (!Array.isArray(raw)) return [];
  return raw
    .filter((a): a is Record<string, unknown> => typeof a === 'object' && a !== null)
    .map((a) => ({
      ...(typeof a.name === 'string' ? { name: a.name } : {}),
      ...(typeof a.role === 'string' ? { role: a.role } : {}),
    }));
}

export function authorLine(author: BylineAuthor): string {
  const name = author.name?.trim() ?? '';
  const role = author.role?.trim() ?? '';
  return name && role ? `${name} - ${role}` : name || role;
}

export function bylineLine(authors: BylineAuthor[]): string {
  return authors.map(authorLine).filter(Boolean).join(', ');
}

/** What is stored: empty fields dropped, so `{role}` alone stays a role-only author. */
export function cleanAuthors(authors: BylineAuthor[]): BylineAuthor[] {
  return authors.map((a) => ({
    ...(a.name?.trim() ? { name: a.name.trim() } : {}),
    ...(a.role?.trim() ? { role: a.role.trim() } : {}),
  }));
}

/** Makes the byline node say `text`, adding the node at the end when there is none. */
export function writeBylineNode(editor: Editor, text: string): void {
  const { state } = editor;
  const doc = state.doc;
  const last = doc.lastChild;
  const tr = state.tr;
  const content = text ? state.schema.text(text) : null;
  if (last && last.type.name === nodeNames.byline) {
    if (last.textContent === text) return;
    const start = doc.content.size - last.nodeSize + 1;
    tr.replaceWith(start, start + last.content.size, content ?? []);
  } else {
    if (!text) return;
    tr.insert(doc.content.size, state.schema.nodes[nodeNames.byline].create(null, content));
  }
  editor.view.dispatch(tr);
}
