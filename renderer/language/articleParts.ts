// The article as language:check wants it: one part per text block (headline, sapo, body
// paragraphs and list items, headings, captions, byline), read by the contract's article
// reader "as proposed" — text a suggestion proposes to delete and the suggestion engine's
// anchors left out, proposed text in: the checks read the article as it would be with the
// suggestions taken. Each character keeps its document position, so a finding's offsets
// become document positions.
import type { Node as PMNode } from '@tiptap/pm/model';
import { limits } from '../../electron/contract/schemas';
import type { PartKind } from '../../electron/contract/types';
import { textParts } from '../../electron/contract/article/articleText';
import { blockContentStart, editorJson } from '../editor/editorArticle';

export interface ArticlePart {
  kind: PartKind;
  text: string;
}

export interface ArticleParts {
  parts: ArticlePart[];
  /** For each part, the document position of each of its characters. */
  positions: number[][];
}

const cache = new WeakMap<PMNode, ArticleParts>();

export function articleParts(doc: PMNode): ArticleParts {
  const known = cache.get(doc);
  if (known) return known;
  const parts: ArticlePart[] = [];
  const positions: number[][] = [];
  for (const part of textParts(editorJson(doc), 'proposed')) {
    if (!part.text || parts.length >= limits.checkParts) continue;
    const start = blockContentStart(doc, part.path);
    parts.push({ kind: part.kind, text: part.text.slice(0, limits.checkPartChars) });
    positions.push(part.offsets.map((offset) => start + offset));
  }
  const result = { parts, positions };
  cache.set(doc, result);
  return result;
}
