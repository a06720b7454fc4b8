// The article as language:check wants it: one part per text block (headline, sapo, body
// paragraphs and list items, headings, captions, byline), read by the contract's article
// reader "as proposed" — text a suggestion proposes to delete and the suggestion engine's
// anchors left out, proposed text in: the checks read the article as it would be with the
// suggestions taken. Each character keeps its document position, so a finding's offsets
// become document positions.
import type { Node as PMNode } from '@tiptap/pm/model';
import { limits } from '../../electron/contract/ipc/schemas';
import type { PartKind } from '../../electron/contract/types';
import { textParts } from '../../electron/contract/article/articleText';
import { blockContentStart, editorJson } from '../editor/editorArticle';

export interface ArticlePart {
  kind: PartKind;
  text: string;
}

export interface ArticleParts {
  parts: ArticlePart[];
  /** The document position of character `offset` of part `part` (undefined past its end). */
  positionOf(part: number, offset: number): number | undefined;
}

const cache = new WeakMap<PMNode, ArticleParts>();

export function articleParts(doc: PMNode): ArticleParts {
  const known = cache.get(doc);
  if (known) return known;
  const parts: ArticlePart[] = [];
  // Each part's characters are at its block's start plus their offset in the block: the
  // offsets are the reader's (kept per block), only the starts are worked out here.
  const starts: number[] = [];
  const offsets: number[][] = [];
  for (const part of textParts(editorJson(doc), 'proposed')) {
    if (!part.text || parts.length >= limits.checkParts) continue;
    starts.push(blockContentStart(doc, part.path));
    offsets.push(part.offsets);
    parts.push({ kind: part.kind, text: part.text.slice(0, limits.checkPartChars) });
  }
  const positionOf = (part: number, offset: number) => {
    const at = offsets[part]?.[offset];
    return at === undefined ? undefined : starts[part]! + at;
  };
  const result = { parts, positionOf };
  cache.set(doc, result);
  return result;
}
