// Pasting into the headline or the byline, which hold one line of plain text. A paste of
// several paragraphs, or of one Word wrapped with Shift+Enter, does not fit there as blocks
// (ProseMirror would put in nothing, or glue the lines together), so it goes in as text:
// - the headline takes the first paragraph, its lines joined by a space; what came after it
//   (a sapo and body copied with the headline) goes into the sapo when that is empty, and
//   the rest at the start of the body, and the paste notes say so;
// - the byline takes every line, joined by ", " when each is a name ("Thu Hà, Thiên Vỹ", as
//   the Byline panel writes authors), else by a space; photos in such a paste go at the end of
//   the body, and the notes say so.
// The sapo and a caption take a paste as ProseMirror puts it (the first paragraph there, the
// rest in the body after them); the notes say where the rest went.
import type { Node as PmNode, Schema, Slice } from '@tiptap/pm/model';
import type { EditorState, Transaction } from '@tiptap/pm/state';
import { nodeNames } from '../../../electron/contract/article/articleNames';
import type { CodedMessage } from '../../../electron/contract/types';

export interface SlicePaste {
  tr: Transaction;
  notes: CodedMessage[];
}

type PlainField = typeof nodeNames.headline | typeof nodeNames.byline;

function plainFieldAt(state: EditorState): PlainField | null {
  const { $from, $to } = state.selection;
  const name = $from.parent.type.name;
  if ($from.parent !== $to.parent) return null;
  return name === nodeNames.headline || name === nodeNames.byline ? name : null;
}

/** A textblock's text, its line breaks as spaces (a space at its edges kept: " mới" pasted after a word). */
function lineOf(block: PmNode): string {
  let text = '';
  block.forEach((child) => (text += child.isText ? child.text : ' '));
  return text.replace(/\s+/g, ' ');
}

/** The textblocks of a paste in reading order (list items, quotes and captions included). */
function textblocksOf(nodes: PmNode[]): PmNode[] {
  const out: PmNode[] = [];
  for (const node of nodes) {
    if (node.isTextblock) out.push(node);
    else node.descendants((child) => (child.isTextblock ? (out.push(child), false) : true));
  }
  return out;
}

/** The pasted blocks; inline content copied from within one paragraph reads as one. */
function blocksOf(schema: Schema, slice: Slice): PmNode[] {
  const nodes: PmNode[] = [];
  slice.content.forEach((node) => nodes.push(node));
  if (nodes.some((n) => n.isInline)) return [schema.nodes[nodeNames.paragraph].create(null, slice.content)];
  return nodes;
}

/** A block that may stand in the body: copied furniture (headline, sapo, caption) as a paragraph. */
function asBodyBlock(schema: Schema, node: PmNode): PmNode {
  if (!node.isTextblock || node.type.name === nodeNames.paragraph || node.type.name === nodeNames.heading) return node;
  return schema.nodes[nodeNames.paragraph].create(null, node.content);
}

/**
 * The first paragraph of the paste taken out; what remains of its list or quote stays. A
 * list item's sublists, left without their item's paragraph, come out as lists of their own.
 */
function takeFirstLine(schema: Schema, blocks: PmNode[]): { line: string; rest: PmNode[] } {
  const index = blocks.findIndex((b) => b.type.name !== nodeNames.figure && lineOf(textblocksOf([b])[0] ?? b).trim() !== '');
  if (index < 0) return { line: '', rest: blocks };
  const block = blocks[index];
  const before = blocks.slice(0, index);
  const after = blocks.slice(index + 1);
  if (block.isTextblock) return { line: lineOf(block), rest: [...before, ...after] };
  return { line: lineOf(textblocksOf([block])[0]), rest: [...before, ...withoutFirstTextblock(schema, block), ...after] };
}

function withoutFirstTextblock(schema: Schema, block: PmNode): PmNode[] {
  const children: PmNode[] = [];
  block.forEach((child) => children.push(child));
  const [first, ...others] = children;
  if (!first) return [];
  if (block.type.name === nodeNames.blockquote) return others.length ? [block.copy(block.content.cut(first.nodeSize))] : [];
  if (block.type.name !== nodeNames.bulletList && block.type.name !== nodeNames.orderedList) return others;
  // A list: its first item loses its first paragraph.
  const itemChildren: PmNode[] = [];
  first.forEach((child, _offset, i) => i > 0 && itemChildren.push(child));
  const out: PmNode[] = [];
  const keptItems = [...others];
  if (itemChildren[0]?.type.name === nodeNames.paragraph) keptItems.unshift(first.type.create(first.attrs, itemChildren));
  else out.push(...itemChildren); // the sublists of an item whose only paragraph went up
  if (keptItems.length) {
    const start = (block.attrs.start as number | undefined) ?? 1;
    const attrs = block.type.name === nodeNames.orderedList && keptItems.length === others.length ? { ...block.attrs, start: start + 1 } : block.attrs;
    out.push(block.type.create(attrs, keptItems));
  }
  return out;
}

const PERSONAL_NAME_WORD = /^\p{Lu}\p{Ll}*$/u;

/** Two to five capitalised words: `Thu Hà`, `Nguyễn Thị Thu Hà`. */
function isPersonalName(line: string): boolean {
  const words = line.split(' ');
  return words.length >= 2 && words.length <= 5 && words.every((w) => PERSONAL_NAME_WORD.test(w));
}

function bylineText(lines: string[]): string {
  return lines.join(lines.length > 1 && lines.every(isPersonalName) ? ', ' : ' ');
}

/** Where body blocks go in: at the start of the body, or over its one empty paragraph. */
function bodyStart(doc: PmNode): { from: number; to: number } {
  const from = doc.child(0).nodeSize + doc.child(1).nodeSize;
  const first = doc.childCount > 2 ? doc.child(2) : null;
  const onlyEmpty = first?.type.name === nodeNames.paragraph && first.content.size === 0 && (doc.childCount === 3 || doc.child(3).type.name === nodeNames.byline);
  return { from, to: onlyEmpty ? from + first.nodeSize : from };
}

function intoHeadline(state: EditorState, blocks: PmNode[]): SlicePaste {
  const { schema } = state;
  const { line, rest } = takeFirstLine(schema, blocks);
  const tr = state.tr;
  const notes: CodedMessage[] = [];
  const headlineEmpty = state.doc.firstChild!.content.size === 0;
  const text = headlineEmpty ? line.trim() : line;
  if (text) tr.insertText(text, tr.selection.from, tr.selection.to);
  let body = rest.map((node) => asBodyBlock(schema, node));
  const sapo = tr.doc.child(1);
  let inSapo = false;
  if (body[0]?.type.name === nodeNames.paragraph && sapo.type.name === nodeNames.sapo && sapo.content.size === 0) {
    tr.insert(tr.doc.child(0).nodeSize + 1, body[0].content);
    inSapo = true;
    body = body.slice(1);
  }
  if (body.length) {
    const { from, to } = bodyStart(tr.doc);
    tr.replaceWith(from, to, body);
  }
  if (inSapo || body.length) {
    const code = !body.length ? 'paste-headline-rest-in-sapo' : inSapo ? 'paste-headline-rest-in-sapo-and-body' : 'paste-headline-rest-in-body';
    notes.push({ code, params: body.length ? { count: body.length } : {} });
  }
  return { tr, notes };
}

function intoByline(state: EditorState, blocks: PmNode[]): SlicePaste {
  const figures = blocks.filter((b) => b.type.name === nodeNames.figure);
  const lines = textblocksOf(blocks.filter((b) => !figures.includes(b))).flatMap((block) => {
    const parts: string[] = [];
    let current = '';
    block.forEach((child) => {
      if (child.isText) current += child.text;
      else (parts.push(current), (current = ''));
    });
    return [...parts, current].map((part) => part.replace(/\s+/g, ' ').trim()).filter(Boolean);
  });
  const tr = state.tr;
  const notes: CodedMessage[] = [];
  if (lines.length) tr.insertText(bylineText(lines), tr.selection.from, tr.selection.to);
  if (figures.length) {
    const bylineStart = tr.doc.content.size - tr.doc.lastChild!.nodeSize;
    tr.insert(bylineStart, figures);
    notes.push({ code: 'paste-byline-photos-in-body', params: { count: figures.length } });
  }
  return { tr, notes };
}

/**
 * The sapo and a caption are one paragraph: ProseMirror puts a paste's later blocks into the
 * body after them (nothing lost); the notes say so.
 */
function restAfterOneParagraph(state: EditorState, slice: Slice): CodedMessage[] {
  const name = state.selection.$from.parent.type.name;
  if (name !== nodeNames.sapo && name !== nodeNames.figcaption) return [];
  let blocks = 0;
  slice.content.forEach((node) => (blocks += node.isBlock ? 1 : 0));
  if (blocks <= 1) return [];
  return [{ code: name === nodeNames.sapo ? 'paste-sapo-rest-in-body' : 'paste-caption-rest-in-body', params: { count: blocks - 1 } }];
}

export function isInPlainField(state: EditorState): boolean {
  return plainFieldAt(state) !== null;
}

/** The transaction that puts a paste in where the selection is, and what to tell about it. */
export function pasteSlice(state: EditorState, slice: Slice): SlicePaste {
  const field = plainFieldAt(state);
  if (!field) return { tr: state.tr.replaceSelection(slice), notes: restAfterOneParagraph(state, slice) };
  const blocks = blocksOf(state.schema, slice);
  return field === nodeNames.headline ? intoHeadline(state, blocks) : intoByline(state, blocks);
}
