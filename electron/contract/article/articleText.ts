// The article's text, read once from its content (PM JSON): one part per text block in
// reading order — headline, sapo, body paragraphs (lists and quotes: their paragraphs),
// subheads, captions, byline — each with where its characters sit in the block, plus the
// plain text and the counts. Everything that needs the article's words asks here.
import { nodeNames } from './articleNames';
import { countCharacters, countWords } from '../text/wordCount';
import type { PartKind } from '../types';
import { nodeCounts, runCounts, withoutAnchors, type ArticleView } from './asItStands';
import type { PmNode } from './pmJson';
import type { TextPart } from './articleSchema';

export type { TextPart };

const KIND_OF_BLOCK: Record<string, PartKind> = {
  [nodeNames.headline]: 'headline',
  [nodeNames.sapo]: 'sapo',
  [nodeNames.heading]: 'heading',
  [nodeNames.figcaption]: 'caption',
  [nodeNames.byline]: 'byline',
};

/** The kind of part a text block is (any other text block is body text). */
export function partKindOf(blockType: string): PartKind {
  return KIND_OF_BLOCK[blockType] ?? 'body';
}

/** A text block holds inline content (or nothing); a container holds only other blocks. */
export function isTextBlock(node: PmNode): boolean {
  const children = node.content ?? [];
  return children.length === 0 || children.some((c) => c.type === 'text' || c.type === nodeNames.hardBreak);
}

function inlineLength(node: PmNode): number {
  return node.type === 'text' ? (node.text ?? '').length : 1;
}

/** A text block's text and character offsets in one view. */
export function blockText(block: PmNode, view: ArticleView, withOffsets = true): { text: string; offsets: number[] } {
  let text = '';
  const offsets: number[] = [];
  const note = withOffsets ? (offset: number) => offsets.push(offset) : () => 0;
  let at = 0;
  for (const child of block.content ?? []) {
    const length = inlineLength(child);
    if (child.type === 'text') {
      if (runCounts(child.marks, view)) {
        const raw = child.text ?? '';
        const kept = withoutAnchors(raw);
        if (kept.length === raw.length) {
          text += raw;
          for (let i = 0; withOffsets && i < raw.length; i++) note(at + i);
        } else {
          for (let i = 0; i < raw.length; i++) {
            if (withoutAnchors(raw[i]) === '') continue;
            text += raw[i];
            note(at + i);
          }
        }
      }
    } else if (child.type === nodeNames.hardBreak && runCounts(child.marks, view)) {
      text += '\n';
      note(at);
    }
    at += length;
  }
  return { text, offsets };
}

// Blocks are immutable JSON objects; the editor reuses unchanged ones between versions, so a
// block read once is not read again (a keystroke re-reads one paragraph, not the article).
// Each entry remembers the block's index too: the parts carry their path from the document.
type BlockReading = { index: number; parts: ReadPart[] };
const readBlocks = { standing: new WeakMap<PmNode, BlockReading>(), proposed: new WeakMap<PmNode, BlockReading>() };

// Where each part's characters sit is asked only by the editor's language checks and the
// merge report, each once per reading, so the offsets are worked out when asked and not kept:
// one number per character, kept for every block of an open article, was 0.5 MB at 20,000
// words (the editor keeps them compactly, renderer/language/articleParts.ts). A part is an
// instance of this class, the getter on its prototype: a getter of its own (a closure, and a
// shape of its own for every part) cost ~0.3 kB a part, 0.15 MB for a 20,000-word article.
class ReadPart implements TextPart {
  readonly #block: PmNode;
  readonly #view: ArticleView;

  constructor(
    block: PmNode,
    view: ArticleView,
    readonly text: string,
    readonly path: number[],
    readonly kind: PartKind = partKindOf(block.type),
  ) {
    this.#block = block;
    this.#view = view;
  }

  get offsets(): number[] {
    return blockText(this.#block, this.#view).offsets;
  }

  /** The same part of a block that moved to another place in the document. */
  at(path: number[]): ReadPart {
    return new ReadPart(this.#block, this.#view, this.text, path, this.kind);
  }
}

function partsOfBlock(block: PmNode, path: number[], view: ArticleView, out: ReadPart[]): void {
  if (!nodeCounts(block, view)) return;
  if (isTextBlock(block)) {
    out.push(new ReadPart(block, view, blockText(block, view, false).text, path));
    return;
  }
  (block.content ?? []).forEach((child, index) => partsOfBlock(child, [...path, index], view, out));
}

/** One top-level block's parts, with paths from the document. */
function topLevelParts(block: PmNode, index: number, view: ArticleView): TextPart[] {
  const cache = readBlocks[view];
  const known = cache.get(block);
  if (known?.index === index) return known.parts;
  // Read once; a block that only moved (a paragraph inserted above it) keeps its text and offsets.
  let parts: ReadPart[];
  if (known) parts = known.parts.map((part) => part.at([index, ...part.path.slice(1)]));
  else {
    parts = [];
    partsOfBlock(block, [index], view, parts);
  }
  cache.set(block, { index, parts });
  return parts;
}

/** Every text block of the document (empty ones included), in reading order. */
export function textParts(doc: PmNode, view: ArticleView = 'standing'): TextPart[] {
  return (doc.content ?? []).flatMap((block, index) => topLevelParts(block, index, view));
}

/** The article as plain text: blocks trimmed, empty ones left out, blank lines between. */
export function plainTextOf(parts: readonly TextPart[]): string {
  return parts
    .map((part) => part.text.trim())
    .filter(Boolean)
    .join('\n\n');
}

export interface ArticleCounts {
  /** Space-separated syllables, as newsrooms and Word count them. */
  words: number;
  /** Characters as a reader counts them. */
  characters: number;
}

export function countsOf(text: string): ArticleCounts {
  return { words: countWords(text), characters: countCharacters(text) };
}

const partCounts = new WeakMap<TextPart, ArticleCounts>();

/** Words and characters of the parts, each part counted once and remembered (blocks are immutable). */
export function countsOfParts(parts: readonly TextPart[]): ArticleCounts {
  let words = 0;
  let characters = 0;
  for (const part of parts) {
    let counts = partCounts.get(part);
    if (!counts) {
      counts = countsOf(part.text);
      partCounts.set(part, counts);
    }
    words += counts.words;
    characters += counts.characters;
  }
  return { words, characters };
}

/** A line of text as titles and metadata show it: spaces tidied, one line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The non-empty parts, trimmed, with where each starts in the plain text (plainTextOf). */
export function partsInPlainText(parts: readonly TextPart[]): {
  parts: Array<{ kind: PartKind; text: string }>;
  offsets: number[];
  text: string;
} {
  const kept = parts.map((p) => ({ kind: p.kind, text: p.text.normalize('NFC').trim() })).filter((p) => p.text);
  const offsets: number[] = [];
  let at = 0;
  for (const part of kept) {
    offsets.push(at);
    at += part.text.length + 2;
  }
  return { parts: kept, offsets, text: kept.map((p) => p.text).join('\n\n') };
}

/** The body as plain text: paragraphs and subheads, without headline, sapo, captions or byline. */
export function bodyTextOf(parts: readonly TextPart[]): string {
  return plainTextOf(parts.filter((part) => part.kind === 'body' || part.kind === 'heading'));
}
