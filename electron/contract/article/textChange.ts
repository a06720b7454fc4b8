// Whether a change touched the article's text as it stands — its words, their formatting,
// its blocks and figures — or only its review. Comments live outside the content, and a
// suggestion is not text: a proposed insertion is not in the article yet (asItStands leaves
// it out) and a proposed deletion still stands, so its mark is not a change either.
// Authorship (who is an author) and the sync server (what a review-only token may send)
// both decide by this rule.
import { suggestionMarks } from '../review';
import { markNameOfAttribute, type PmMark, type PmNode } from './pmJson';

const reviewMarkNames = new Set<string>(Object.values(suggestionMarks));

function isReviewMark(mark: PmMark): boolean {
  return reviewMarkNames.has(markNameOfAttribute(mark.type));
}

function withoutReviewAttrs(attrs: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  if (!attrs) return undefined;
  const kept = Object.entries(attrs).filter(([name]) => !reviewMarkNames.has(markNameOfAttribute(name)));
  return kept.length ? Object.fromEntries(kept) : undefined;
}

/** The node without review marks, with neighbouring text runs of equal formatting joined. */
function textOnly(node: PmNode): unknown {
  if (node.type === 'text') {
    const marks = (node.marks ?? []).filter((m) => !isReviewMark(m));
    return { text: node.text ?? '', marks: marks.length ? marks : undefined };
  }
  const children: unknown[] = [];
  for (const child of node.content ?? []) {
    const next = textOnly(child) as { text?: string; marks?: PmMark[] };
    const last = children.at(-1) as { text?: string; marks?: PmMark[] } | undefined;
    if (next.text !== undefined && last?.text !== undefined && JSON.stringify(last.marks) === JSON.stringify(next.marks)) {
      children[children.length - 1] = { ...last, text: last.text + next.text };
    } else if (next.text !== '') {
      children.push(next);
    }
  }
  return { type: node.type, attrs: withoutReviewAttrs(node.attrs), content: children };
}

const canonical = new WeakMap<PmNode, string>();

/** The text of content that already stands (readArticle's `content`), as one comparable string. */
export function standingTextKey(content: PmNode): string {
  let key = canonical.get(content);
  if (key === undefined) {
    key = JSON.stringify(textOnly(content));
    canonical.set(content, key);
  }
  return key;
}

/** True when the article as it stands reads differently after the change (review marks aside). */
export function changesText(before: { content: PmNode }, after: { content: PmNode }): boolean {
  return before.content !== after.content && standingTextKey(before.content) !== standingTextKey(after.content);
}
