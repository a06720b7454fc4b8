// The article as language:check wants it: one part per text block (headline, sapo, body
// paragraphs and list items, headings, captions, byline), plus the document position of
// each character, so a finding's offsets become document positions. Text a suggestion
// proposes to delete and the suggestion engine's zero-width anchors are left out: the
// checks read the article as it would be with the suggestions taken.
import type { Node as PMNode } from '@tiptap/pm/model';
import { limits } from '../../electron/contract/schemas';
import { nodeNames } from '../../electron/contract/articleSchema';
import type { PartKind } from '../../electron/contract/types';
import { SUGGESTION_ANCHOR_CHAR, suggestionMarks } from '../../electron/contract/review';

export interface ArticlePart {
  kind: PartKind;
  text: string;
}

export interface ArticleParts {
  parts: ArticlePart[];
  /** For each part, the document position of each of its characters. */
  positions: number[][];
}

const kindOfBlock: Record<string, PartKind> = {
  [nodeNames.headline]: 'headline',
  [nodeNames.sapo]: 'sapo',
  [nodeNames.paragraph]: 'body',
  [nodeNames.heading]: 'heading',
  [nodeNames.figcaption]: 'caption',
  [nodeNames.byline]: 'byline',
};

function isProposedDeletion(node: PMNode): boolean {
  return node.marks.some((mark) => mark.type.name === suggestionMarks.deletion);
}

/** Text of a text block (an inline leaf such as a line break reads as "\n") and where each character sits. */
function blockText(block: PMNode, start: number): { text: string; positions: number[] } {
  let text = '';
  const positions: number[] = [];
  block.forEach((child, offset) => {
    if (isProposedDeletion(child)) return;
    const chars = child.isText ? (child.text ?? '') : '\n';
    for (let i = 0; i < chars.length; i++) {
      if (chars[i] === SUGGESTION_ANCHOR_CHAR) continue;
      text += chars[i];
      positions.push(start + offset + i);
    }
  });
  return { text, positions };
}

const cache = new WeakMap<PMNode, ArticleParts>();

export function articleParts(doc: PMNode): ArticleParts {
  const known = cache.get(doc);
  if (known) return known;
  const parts: ArticlePart[] = [];
  const positions: number[][] = [];
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true;
    const kind = kindOfBlock[node.type.name];
    if (kind && node.content.size > 0 && parts.length < limits.checkParts) {
      const block = blockText(node, pos + 1);
      parts.push({ kind, text: block.text.slice(0, limits.checkPartChars) });
      positions.push(block.positions);
    }
    return false;
  });
  const result = { parts, positions };
  cache.set(doc, result);
  return result;
}
