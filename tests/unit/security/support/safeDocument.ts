// Independent checks that an article document holds nothing hostile: only the schema's node
// types and marks, links only to http/https/mailto with a host, figures only pointing at
// content-addressed media. Written apart from the sanitizer so a bug there is not repeated here.
import type { ArticleDoc } from '../../../../electron/contract/article/articleContent';
import { PWN_MARKER } from './payloads';

const NODE_TYPES = new Set([
  'doc', 'headline', 'sapo', 'paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList',
  'listItem', 'figure', 'figcaption', 'byline', 'text', 'hardBreak',
]);
const MARK_TYPES = new Set(['bold', 'italic', 'link']);
const MEDIA_NAME = /^[0-9a-f]{64}\.(?:jpg|png|gif|webp)$/;

/** True when a browser would treat this href as a harmless outside link. */
export function isHarmlessHref(href: string): boolean {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') return true;
  return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '' && href === url.href;
}

interface AnyNode {
  type: string;
  text?: string;
  attrs?: Record<string, unknown>;
  marks?: Array<{ type: string; attrs?: Record<string, unknown> }>;
  content?: AnyNode[];
}

/** Every reason the document is not safe; empty when it is. */
export function unsafeParts(doc: ArticleDoc, options: { textMayMentionPayload?: boolean } = {}): string[] {
  const problems: string[] = [];
  const visit = (node: AnyNode, where: string) => {
    if (!NODE_TYPES.has(node.type)) problems.push(`${where}: node type ${node.type}`);
    for (const key of Object.keys(node)) {
      if (!['type', 'text', 'attrs', 'marks', 'content'].includes(key)) problems.push(`${where}: key ${key}`);
    }
    for (const mark of node.marks ?? []) {
      if (!MARK_TYPES.has(mark.type)) problems.push(`${where}: mark ${mark.type}`);
      if (mark.type === 'link' && !isHarmlessHref(String(mark.attrs?.href))) problems.push(`${where}: link ${String(mark.attrs?.href)}`);
    }
    if (node.type === 'figure') {
      const src = node.attrs?.src;
      // No src at all (null, or left out as the editor's copy does) is a placeholder waiting for a photo.
      if (src !== null && src !== undefined && !(typeof src === 'string' && MEDIA_NAME.test(src))) problems.push(`${where}: figure src ${String(src)}`);
      for (const [key, value] of Object.entries(node.attrs ?? {})) {
        if (!['src', 'alt', 'credit', 'width', 'height'].includes(key)) problems.push(`${where}: figure attr ${key}`);
        if (!options.textMayMentionPayload && typeof value === 'string' && value.includes(PWN_MARKER)) problems.push(`${where}: figure ${key} ${value}`);
      }
    }
    if (node.text !== undefined && !options.textMayMentionPayload && node.text.includes(PWN_MARKER)) {
      problems.push(`${where}: text ${JSON.stringify(node.text.slice(0, 120))}`);
    }
    (node.content ?? []).forEach((child, i) => visit(child, `${where}/${i}:${child.type}`));
  };
  visit(doc as unknown as AnyNode, 'doc');
  return problems;
}
