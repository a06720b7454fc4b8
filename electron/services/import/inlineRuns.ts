// Inline content gathered from HTML: text runs with the active marks and hard breaks,
// tidied the way a browser renders them (whitespace collapsed, trimmed at block edges) and
// merged so that equal neighbours become one text node.
import type { Inline, Mark } from '../../contract/article/articleContent';
import { cleanText, cleanTextAsPasted } from './cleanText';
import type { SymbolFont } from './symbolFonts';

export interface ActiveMarks {
  bold: boolean;
  italic: boolean;
  href: string | null;
  /** How the text is read rather than marked (runText): raised, lowered, struck, a symbol font, capitals. */
  script: 'super' | 'sub' | null;
  struck: boolean;
  symbolFont: SymbolFont | null;
  /** Word's All Caps (`text-transform: uppercase`): the reader saw capitals. */
  caps: boolean;
}

export const NO_MARKS: ActiveMarks = { bold: false, italic: false, href: null, script: null, struck: false, symbolFont: null, caps: false };

/** Marks in a fixed order (bold, italic, link) so equal formatting compares equal. */
function marksOf(active: ActiveMarks): Mark[] {
  const marks: Mark[] = [];
  if (active.bold) marks.push({ type: 'bold' });
  if (active.italic) marks.push({ type: 'italic' });
  if (active.href) marks.push({ type: 'link', attrs: { href: active.href } });
  return marks;
}

function sameMarks(a: Mark[] | undefined, b: Mark[] | undefined): boolean {
  return JSON.stringify(a ?? []) === JSON.stringify(b ?? []);
}

export class InlineRuns {
  private nodes: Inline[] = [];

  /** `asPasted`: see cleanTextAsPasted; only ASCII whitespace collapses. */
  constructor(private readonly asPasted = false) {}

  addText(raw: string, active: ActiveMarks): void {
    const text = this.asPasted ? cleanTextAsPasted(raw).replace(/[ \t\n\r\f]+/g, ' ') : cleanText(raw).replace(/\s+/g, ' ');
    if (!text) return;
    const marks = marksOf(active);
    this.nodes.push(marks.length ? { type: 'text', text, marks } : { type: 'text', text });
  }

  /** Text before everything gathered so far (a list label read after its paragraph). */
  prependText(text: string): void {
    this.nodes.unshift({ type: 'text', text: `${text} ` });
  }

  /** Text kept as written, line breaks becoming hard breaks (for `pre`). */
  addPreformatted(raw: string, active: ActiveMarks): void {
    cleanText(raw)
      .split('\n')
      .forEach((line, i) => {
        if (i > 0) this.addBreak();
        this.addText(line, active);
      });
  }

  addBreak(): void {
    this.nodes.push({ type: 'hardBreak' });
  }

  /** Whether text was gathered (more than spaces and line breaks). */
  hasText(): boolean {
    return this.nodes.some((n) => n.type === 'text' && n.text.trim() !== '');
  }

  endsWithBreak(): boolean {
    return this.nodes.at(-1)?.type === 'hardBreak';
  }

  dropTrailingBreak(): void {
    if (this.endsWithBreak()) this.nodes.pop();
  }

  /** The tidied content (possibly empty); the buffer starts over. */
  take(): Inline[] {
    const nodes = tidy(this.nodes);
    this.nodes = [];
    return nodes;
  }
}

function tidy(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const prev = out.at(-1);
    if (node.type === 'hardBreak') {
      if (prev?.type === 'text') prev.text = prev.text.replace(/ +$/, '');
      out.push(node);
      continue;
    }
    let text = node.text;
    // One space between runs, none after a line break.
    if (prev === undefined || prev.type === 'hardBreak' || prev.text.endsWith(' ')) text = text.replace(/^ +/, '');
    if (!text) continue;
    if (prev?.type === 'text' && sameMarks(prev.marks, node.marks)) prev.text += text;
    else out.push({ ...node, text });
  }
  // Trim the edges: no leading/trailing breaks or spaces.
  while (out[0]?.type === 'hardBreak') out.shift();
  for (let last = out.at(-1); last; last = out.at(-1)) {
    if (last.type === 'text') last.text = last.text.replace(/ +$/, '');
    if (last.type === 'text' && last.text) break;
    out.pop();
  }
  return composeAcrossRuns(out).map((n) => (n.type === 'text' ? { ...n, text: n.text.normalize('NFC') } : n));
}

const LEADING_MARKS = /^\p{M}+/u;

/**
 * An accent typed as its own code point can land in a run of other formatting than its
 * letter (Word does this): it goes with its letter, so NFC makes one character of the two.
 */
function composeAcrossRuns(nodes: Inline[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    const prev = out.at(-1);
    const marks = node.type === 'text' ? LEADING_MARKS.exec(node.text)?.[0] : undefined;
    if (node.type === 'text' && marks && prev?.type === 'text') {
      prev.text += marks;
      const rest = node.text.slice(marks.length);
      if (rest) out.push({ ...node, text: rest });
      continue;
    }
    out.push(node.type === 'text' ? { ...node } : node);
  }
  return out;
}

/** Plain text of inline content. */
export function runsText(content: Inline[] | undefined): string {
  return (content ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('');
}
