// The article's text as it stands: a pending suggested insertion is not part of it yet, a
// suggested deletion still is, and the suggestion engine's zero-width anchors are never text.
// Word counts and the headline shown in the title bar read this, like the services do.
import type { Node as PMNode } from '@tiptap/pm/model';
import { suggestionMarks, withoutAnchors } from '../../electron/contract/review';

function isPendingInsertion(node: PMNode): boolean {
  return node.marks.some((mark) => mark.type.name === suggestionMarks.insertion);
}

/** Text of `node` as it stands; textblocks are separated by `blockSeparator`. */
export function standingText(node: PMNode, blockSeparator = '\n'): string {
  if (node.isText) return isPendingInsertion(node) ? '' : withoutAnchors(node.text ?? '');
  if (isPendingInsertion(node)) return '';
  if (node.type.name === 'hardBreak') return '\n';
  const parts: string[] = [];
  node.forEach((child) => parts.push(standingText(child, blockSeparator)));
  return parts.join(node.isTextblock || node.inlineContent ? '' : blockSeparator);
}
