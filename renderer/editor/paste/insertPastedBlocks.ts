// Article blocks made from a paste (paste:convert) as a ProseMirror slice, open at both ends
// the way a browser paste is, so one pasted paragraph joins the paragraph it lands in.
import { Fragment, Slice, type Node as PmNode, type Schema } from '@tiptap/pm/model';
import type { BodyBlock } from '../../../electron/contract/article/articleContent';
import { isAllowedLinkHref } from '../linkTarget';

type JsonNode = { marks?: Array<{ type: string; attrs?: { href?: unknown } }>; content?: JsonNode[] };

/** The editor's own rule for links applies to pasted ones too ("http:evil" is no site). */
function withAllowedLinks<T extends JsonNode>(node: T): T {
  const marks = node.marks?.filter((m) => m.type !== 'link' || (typeof m.attrs?.href === 'string' && isAllowedLinkHref(m.attrs.href)));
  return {
    ...node,
    ...(node.marks ? { marks } : {}),
    ...(node.content ? { content: node.content.map(withAllowedLinks) } : {}),
  };
}

export function pastedSlice(schema: Schema, blocks: BodyBlock[]): Slice | null {
  const nodes: PmNode[] = [];
  for (const block of blocks) {
    try {
      const node = schema.nodeFromJSON(withAllowedLinks(block as JsonNode));
      node.check();
      nodes.push(node);
    } catch {
      // A block this editor's schema cannot hold is left out rather than breaking the paste.
    }
  }
  return nodes.length ? Slice.maxOpen(Fragment.fromArray(nodes)) : null;
}

/** Visible text in clipboard HTML (not just an <img>): then it is a text paste, not a picture. */
export function htmlHasText(html: string): boolean {
  return /\S/.test(
    html
      .replace(/<(style|script|head|title)\b[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/<[^>]*>/g, ' ')
      .replace(/&nbsp;|&#160;|\u00a0/g, ' '),
  );
}
