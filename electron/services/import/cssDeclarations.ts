// Bold and italic as Word, Google Docs, LibreOffice and web pages say them in CSS: inline
// `style` attributes and, in Word's clipboard, the class rules of its <style> element (a
// character or paragraph style that is bold). Styles are only read here, never copied.
import { cssRules, withoutCssComments } from './cssRules';

export type Declarations = Map<string, string>;

/** `a:b; c:d` → {a: b, c: d}, property names lower-cased; later declarations win. */
export function parseDeclarations(style: string | null | undefined): Declarations {
  const out: Declarations = new Map();
  if (!style) return out;
  for (const part of style.split(';')) {
    const colon = part.indexOf(':');
    if (colon <= 0) continue;
    const name = part.slice(0, colon).trim().toLowerCase();
    const value = part.slice(colon + 1).trim().toLowerCase().replace(/\s*!important$/, '');
    if (name) out.set(name, value);
  }
  return out;
}

export interface FontMarks {
  bold?: boolean;
  italic?: boolean;
}

function weightIsBold(value: string): boolean {
  if (value === 'bold' || value === 'bolder') return true;
  const n = Number.parseInt(value, 10);
  return Number.isFinite(n) && n >= 600;
}

/**
 * Only `font-weight` and `font-style` themselves count. Word's `mso-bidi-font-weight` and
 * `mso-bidi-font-style` speak of right-to-left scripts: `<b style="mso-bidi-font-weight:
 * normal">` is bold text.
 */
export function fontMarks(declarations: Declarations): FontMarks {
  const marks: FontMarks = {};
  const weight = declarations.get('font-weight');
  if (weight) marks.bold = weightIsBold(weight);
  const style = declarations.get('font-style');
  if (style) marks.italic = style === 'italic' || style === 'oblique';
  // The `font` shorthand (`font: italic bold 12pt Arial`).
  const font = declarations.get('font');
  if (font) {
    const words = font.split(/\s+/);
    if (marks.bold === undefined && words.some(weightIsBold)) marks.bold = true;
    if (marks.italic === undefined && words.some((w) => w === 'italic' || w === 'oblique')) marks.italic = true;
  }
  return marks;
}

/** Class name → the bold/italic its rule sets, from a stylesheet's simple class selectors. */
export type ClassMarks = Map<string, FontMarks>;

// A pasted sheet's rules: its comments (Word's Style Definitions note, `<!-- -->` wrappers) are not rules.
const sheetRules = (css: string) => cssRules(withoutCssComments(css).replace(/<!--|-->/g, ''));
const CLASS_SELECTOR = /^(?:[a-z][a-z0-9]*)?\.([\w-]+)$/i;

/** Word writes `span.Nhnmnh {mso-style-name:"Nhấn mạnh"; font-weight:bold}` for a bold style. */
export function classMarksFromCss(css: string): ClassMarks {
  const out: ClassMarks = new Map();
  for (const { selectors, body } of sheetRules(css)) {
    if (selectors.trim().startsWith('@')) continue;
    const marks = fontMarks(parseDeclarations(body));
    if (marks.bold === undefined && marks.italic === undefined) continue;
    for (const selector of selectors.split(',')) {
      const match = CLASS_SELECTOR.exec(selector.trim());
      if (match) out.set(match[1], { ...out.get(match[1]), ...marks });
    }
  }
  return out;
}

/** Class name → the declarations of its rules in a stylesheet, later rules winning (Word's styles). */
export type ClassRules = Map<string, Declarations>;

/** `p.MsoNormal, li.MsoNormal {font-family:".VnTime"}` → MsoNormal: {font-family: ".vntime"}. */
export function classRulesFromCss(css: string): ClassRules {
  const out: ClassRules = new Map();
  for (const { selectors, body } of sheetRules(css)) {
    if (selectors.trim().startsWith('@')) continue;
    const declarations = parseDeclarations(body);
    for (const selector of selectors.split(',')) {
      const match = CLASS_SELECTOR.exec(selector.trim());
      if (match) out.set(match[1], new Map([...(out.get(match[1]) ?? []), ...declarations]));
    }
  }
  return out;
}

/** A declaration as an element's classes set it, its own `style` winning. */
export function declared(declarations: Declarations, classes: Declarations[], name: string): string | undefined {
  return declarations.get(name) ?? classes.findLast((c) => c.has(name))?.get(name);
}

/** `vertical-align: super|sub` (Word, Google Docs); `baseline` puts text back on the line. */
export function scriptOf(value: string | undefined): 'super' | 'sub' | 'baseline' | undefined {
  if (!value) return undefined;
  if (value === 'super' || value === 'sub') return value;
  return value === 'baseline' ? 'baseline' : undefined;
}

/** `text-decoration: line-through` (or its -line longhand). */
export function isLineThrough(declarations: Declarations): boolean {
  return /\bline-through\b/.test(`${declarations.get('text-decoration') ?? ''} ${declarations.get('text-decoration-line') ?? ''}`);
}

/**
 * Classes whose bold is the look of a kind of block the article has anyway (titles,
 * headings, captions): their paragraphs are not marked bold on top.
 */
export const STRUCTURAL_CLASS = /^(?:Mso(?:Title|Subtitle|Heading\d|Caption|Quote|IntenseQuote|Toc\d)|western|cjk|ctl)$/i;
