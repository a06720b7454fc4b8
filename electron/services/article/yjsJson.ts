// The article's Y.XmlFragment ↔ ProseMirror JSON, without any editor schema: elements are
// nodes (attributes = attrs), XmlText deltas are text runs whose attributes are marks
// (mark name → attrs), exactly as @tiptap/y-tiptap stores them. Services use this to write
// article.json and to rebuild a document from it.
import * as Y from 'yjs';
import { z } from 'zod';
import { overlappingMarkHash } from './markHash';

export interface PmMark {
  type: string;
  attrs?: Record<string, unknown>;
}

export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  marks?: PmMark[];
  text?: string;
}

/** Shape check for PM JSON read from disk (article.json), before it becomes a Yjs document. */
export const PmNodeSchema: z.ZodType<PmNode> = z.lazy(() =>
  z.object({
    type: z.string().min(1).max(100),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(PmNodeSchema).optional(),
    marks: z
      .array(z.object({ type: z.string().min(1).max(100), attrs: z.record(z.string(), z.unknown()).optional() }))
      .optional(),
    text: z.string().optional(),
  }),
);

/** y-tiptap suffixes marks that may overlap themselves (e.g. two comments) with `--<8 chars>`. */
const HASHED_MARK_NAME = /(.*)(--[a-zA-Z0-9+/=]{8})$/;

export function markNameOfAttribute(attributeName: string): string {
  return HASHED_MARK_NAME.exec(attributeName)?.[1] ?? attributeName;
}

type Attributes = Record<string, unknown>;

// ---------------------------------------------------------------- Yjs → JSON

function textRuns(text: Y.XmlText): PmNode[] {
  const delta = text.toDelta() as Array<{ insert: unknown; attributes?: Attributes }>;
  return delta
    .filter((op) => typeof op.insert === 'string')
    .map((op) => {
      const node: PmNode = { type: 'text', text: op.insert as string };
      if (op.attributes) {
        node.marks = Object.keys(op.attributes).map((name) => ({
          type: markNameOfAttribute(name),
          attrs: op.attributes![name] as Attributes,
        }));
      }
      return node;
    });
}

function elementToJson(element: Y.XmlElement): PmNode {
  const node: PmNode = { type: element.nodeName };
  const attrs = element.getAttributes() as Attributes;
  if (Object.keys(attrs).length) node.attrs = attrs;
  const children = element.toArray();
  if (children.length) node.content = children.flatMap(childToJson);
  return node;
}

function childToJson(child: Y.XmlElement | Y.XmlText | Y.XmlHook): PmNode[] {
  if (child instanceof Y.XmlText) return textRuns(child);
  if (child instanceof Y.XmlElement) return [elementToJson(child)];
  return []; // hooks are not used by ProseMirror documents
}

export function fragmentToJson(fragment: Y.XmlFragment): PmNode {
  return { type: 'doc', content: fragment.toArray().flatMap(childToJson) };
}

// ---------------------------------------------------------------- JSON → Yjs

function markAttributeName(mark: PmMark, repeated: boolean): string {
  if (!repeated) return mark.type;
  // ProseMirror's Mark.toJSON(): attrs only when there are any.
  const json = mark.attrs && Object.keys(mark.attrs).length ? { type: mark.type, attrs: mark.attrs } : { type: mark.type };
  return `${mark.type}--${overlappingMarkHash(json)}`;
}

function marksToAttributes(marks: PmMark[] = []): Attributes {
  const attributes: Attributes = {};
  for (const mark of marks) {
    const repeated = marks.filter((m) => m.type === mark.type).length > 1;
    attributes[markAttributeName(mark, repeated)] = mark.attrs ?? {};
  }
  return attributes;
}

function textRunsToYText(runs: PmNode[]): Y.XmlText {
  const text = new Y.XmlText();
  text.applyDelta(
    runs.map((run) => ({ insert: (run.text ?? '').normalize('NFC'), attributes: marksToAttributes(run.marks) })),
  );
  return text;
}

/** Consecutive text nodes share one XmlText, as in y-tiptap. */
function contentToYTypes(content: PmNode[] = []): Array<Y.XmlElement | Y.XmlText> {
  const out: Array<Y.XmlElement | Y.XmlText> = [];
  let runs: PmNode[] = [];
  const flushRuns = () => {
    if (runs.length) out.push(textRunsToYText(runs));
    runs = [];
  };
  for (const node of content) {
    if (node.type === 'text') {
      if (node.text) runs.push(node);
    } else {
      flushRuns();
      out.push(nodeToYElement(node));
    }
  }
  flushRuns();
  return out;
}

function nodeToYElement(node: PmNode): Y.XmlElement {
  const element = new Y.XmlElement(node.type);
  for (const [key, value] of Object.entries(node.attrs ?? {})) {
    if (value === null || value === undefined || key === 'ychange') continue;
    const stored = typeof value === 'string' ? value.normalize('NFC') : value;
    // Attributes hold any JSON value (heading level is a number), as y-tiptap stores them.
    (element as unknown as { setAttribute(name: string, value: unknown): void }).setAttribute(key, stored);
  }
  const children = contentToYTypes(node.content);
  if (children.length) element.insert(0, children);
  return element;
}

/** Replace the fragment's content with the document `doc` (a PM JSON node of type doc). */
export function writeJsonToFragment(doc: PmNode, fragment: Y.XmlFragment): void {
  const apply = () => {
    if (fragment.length) fragment.delete(0, fragment.length);
    fragment.insert(0, contentToYTypes(doc.content));
  };
  if (fragment.doc) fragment.doc.transact(apply);
  else apply();
}
