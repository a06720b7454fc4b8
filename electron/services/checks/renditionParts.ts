// An article's text blocks as language-check parts, in reading order, from its ProseMirror
// JSON (article.json's content) — the same blocks, trimmed and joined by blank lines, as
// article.json's `text`, so `soan check <id>` can give offsets into that text.
import type { PartKind } from '../../contract/types';
import type { PmNode } from '../article/yjsJson';

const KIND_OF: Record<string, PartKind> = {
  headline: 'headline',
  sapo: 'sapo',
  heading: 'heading',
  figcaption: 'caption',
  byline: 'byline',
};

function isTextBlock(node: PmNode): boolean {
  const children = node.content ?? [];
  return children.length === 0 || children.some((c) => c.type === 'text' || c.type === 'hardBreak');
}

function inlineText(node: PmNode): string {
  return (node.content ?? []).map((c) => (c.type === 'text' ? (c.text ?? '') : c.type === 'hardBreak' ? '\n' : '')).join('');
}

export interface PartsWithOffsets {
  parts: Array<{ kind: PartKind; text: string }>;
  /** Where each part starts in `text`. */
  offsets: number[];
  text: string;
}

export function renditionParts(content: PmNode): PartsWithOffsets {
  const parts: PartsWithOffsets['parts'] = [];
  const visit = (node: PmNode) => {
    for (const child of node.content ?? []) {
      if (child.type === 'text' || child.type === 'hardBreak') continue;
      if (!isTextBlock(child)) {
        visit(child);
        continue;
      }
      const text = inlineText(child).normalize('NFC').trim();
      if (text) parts.push({ kind: KIND_OF[child.type] ?? 'body', text });
    }
  };
  visit(content);
  const offsets: number[] = [];
  let at = 0;
  for (const part of parts) {
    offsets.push(at);
    at += part.text.length + 2;
  }
  return { parts, offsets, text: parts.map((p) => p.text).join('\n\n') };
}
