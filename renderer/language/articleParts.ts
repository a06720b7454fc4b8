// The article as language:check wants it: one part per text block (headline, sapo, body
// paragraphs and list items, headings, captions, byline), plus where each part's text
// starts in the document, so a finding's offsets become document positions.
import type { Node as PMNode } from '@tiptap/pm/model';
import { limits } from '../../electron/contract/schemas';
import { nodeNames } from '../../electron/contract/articleSchema';
import type { PartKind } from '../../electron/contract/types';

export interface ArticlePart {
  kind: PartKind;
  text: string;
}

export interface ArticleParts {
  parts: ArticlePart[];
  /** Document position of the first character of each part. */
  starts: number[];
}

const kindOfBlock: Record<string, PartKind> = {
  [nodeNames.headline]: 'headline',
  [nodeNames.sapo]: 'sapo',
  [nodeNames.paragraph]: 'body',
  [nodeNames.heading]: 'heading',
  [nodeNames.figcaption]: 'caption',
  [nodeNames.byline]: 'byline',
};

/** Text of a text block where every inline leaf (a line break) is one character, so offset n is position start + n. */
function blockText(block: PMNode): string {
  let text = '';
  block.forEach((child) => {
    text += child.isText ? (child.text ?? '') : '\n';
  });
  return text;
}

const cache = new WeakMap<PMNode, ArticleParts>();

export function articleParts(doc: PMNode): ArticleParts {
  const known = cache.get(doc);
  if (known) return known;
  const parts: ArticlePart[] = [];
  const starts: number[] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const kind = kindOfBlock[node.type.name];
    if (kind && node.content.size > 0 && parts.length < limits.checkParts) {
      parts.push({ kind, text: blockText(node).slice(0, limits.checkPartChars) });
      starts.push(pos + 1);
    }
    return false;
  });
  const result = { parts, starts };
  cache.set(doc, result);
  return result;
}
