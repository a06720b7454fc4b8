// ProseMirror JSON → the article's Y.XmlFragment, without any editor schema: elements are
// nodes (attributes = attrs), XmlText deltas are text runs whose attributes are marks
// (mark name → attrs), exactly as @tiptap/y-tiptap stores them. Services use this to
// rebuild a document from article.json or an import; reading goes the other way through
// y-tiptap itself (contract/article/readArticle.ts: storedContent).
import * as Y from 'yjs';
import { overlappingMarkHash } from './markHash';
import type { PmMark, PmNode } from '../../contract/article/pmJson';

type Attributes = Record<string, unknown>;

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
