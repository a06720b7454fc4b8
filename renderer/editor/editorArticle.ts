// The editor's document read by the one article reader (contract/article/readArticle). A
// ProseMirror document shares every unchanged block with the version before it, so each
// top-level block is turned into JSON once and the reader's per-block readings are reused:
// a keystroke re-reads one paragraph, not the article.
import type { Node as PMNode } from '@tiptap/pm/model';
import type { PmNode } from '../../electron/contract/article/pmJson';
import { readContent, type ArticleContent } from '../../electron/contract/article/readArticle';

const blockJson = new WeakMap<PMNode, PmNode>();
const docJson = new WeakMap<PMNode, PmNode>();

/** The document as PM JSON, top-level blocks shared with earlier versions where unchanged. */
export function editorJson(doc: PMNode): PmNode {
  const known = docJson.get(doc);
  if (known) return known;
  const content: PmNode[] = [];
  doc.forEach((block) => {
    let json = blockJson.get(block);
    if (!json) {
      json = block.toJSON() as PmNode;
      blockJson.set(block, json);
    }
    content.push(json);
  });
  const json: PmNode = { type: doc.type.name, content };
  docJson.set(doc, json);
  return json;
}

/** The article as it stands in this version of the editor's document. */
export function editorArticle(doc: PMNode): ArticleContent {
  return readContent(editorJson(doc));
}

// Where each top-level block starts, once per document version (parts ask block by block).
const topLevelStarts = new WeakMap<PMNode, number[]>();

function topLevelStart(doc: PMNode, index: number): number {
  let starts = topLevelStarts.get(doc);
  if (!starts) {
    starts = [];
    let pos = 0;
    doc.forEach((block) => {
      starts!.push(pos);
      pos += block.nodeSize;
    });
    topLevelStarts.set(doc, starts);
  }
  return starts[index] ?? doc.content.size;
}

/** Document position where the content of the block at `path` (child indices from the doc) starts. */
export function blockContentStart(doc: PMNode, path: readonly number[]): number {
  if (path.length === 0) return 0;
  let node = doc.child(path[0]!);
  let contentStart = topLevelStart(doc, path[0]!) + 1;
  for (const index of path.slice(1)) {
    let childStart = contentStart;
    for (let i = 0; i < index; i++) childStart += node.child(i).nodeSize;
    node = node.child(index);
    contentStart = childStart + 1;
  }
  return contentStart;
}
