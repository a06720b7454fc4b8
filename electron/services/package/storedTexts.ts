// An article's text blocks as stored — pending suggestions included — read through the
// contract's reader, for the merge report's questions: is this run of text still somewhere
// in the article, which block holds it, what text does a top-level block hold.
import type { Article } from '../../contract/article/readArticle';
import { textParts, type TextPart } from '../../contract/article/articleText';
import type { PartKind } from '../../contract/types';
import type { ArticlePiece } from '../../contract/review';

export interface StoredText {
  kind: PartKind;
  /** Child indices from the stored document down to the text block. */
  path: number[];
  /** As it stands (proposed deletions in, proposed insertions out). */
  standing: TextPart;
  /** As proposed (insertions in, deletions out); the same block as `standing`. */
  proposed: TextPart;
  /** Everything stored: proposed insertions and deletions both in. */
  all: { text: string; offsets: number[] };
}

/** Both readings' characters, each once, in the order of their offsets in the block. */
function everything(standing: TextPart, proposed: TextPart): StoredText['all'] {
  const chars = new Map<number, string>();
  standing.offsets.forEach((offset, i) => chars.set(offset, standing.text[i]));
  proposed.offsets.forEach((offset, i) => chars.set(offset, proposed.text[i]));
  const offsets = [...chars.keys()].sort((a, b) => a - b);
  return { text: offsets.map((offset) => chars.get(offset)).join(''), offsets };
}

const key = (path: number[]) => path.join('.');

/** The piece of the article a text block belongs to (a subhead is body). */
export function pieceOfPart(kind: PartKind): ArticlePiece {
  return kind === 'heading' ? 'body' : kind;
}

/** Every text block of the stored document in reading order, in both readings. */
export function storedTexts(article: Article): StoredText[] {
  const proposed = new Map(textParts(article.stored, 'proposed').map((part) => [key(part.path), part]));
  const standing = new Map(textParts(article.stored, 'standing').map((part) => [key(part.path), part]));
  // A block proposed whole is only in the proposed reading: it reads empty as it stands.
  return [...proposed.values()].map((part) => {
    const stands = standing.get(key(part.path)) ?? { ...part, text: '', offsets: [] };
    return { kind: part.kind, path: part.path, proposed: part, standing: stands, all: everything(stands, part) };
  });
}

/** The block at `path`, if the document has a text block there. */
export function blockAt(texts: readonly StoredText[], path: readonly number[]): StoredText | undefined {
  return texts.find((t) => key(t.path) === key(path as number[]));
}

/** The first block holding `run` in either reading. */
export function blockHolding(texts: readonly StoredText[], run: string): StoredText | undefined {
  return texts.find((t) => t.standing.text.includes(run) || t.proposed.text.includes(run));
}

/** The text of a top-level block (its text blocks joined), as proposed. */
export function topLevelText(texts: readonly StoredText[], index: number): string {
  return texts
    .filter((t) => t.path[0] === index)
    .map((t) => t.proposed.text.trim())
    .filter(Boolean)
    .join(' ');
}
