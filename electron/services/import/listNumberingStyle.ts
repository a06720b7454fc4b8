// How an HTML list numbers its items when not with 1, 2, 3: letters or Roman numerals, from
// the <ol type> attribute or CSS `list-style-type` (Google Docs writes it on each <li>). The
// article's lists number 1, 2, 3 only, so such items keep their label as text ("b.", "iv.").
import { parseDeclarations } from './cssDeclarations';
import type { DomElement } from './htmlDom';

export type NumberingStyle = 'lower-alpha' | 'upper-alpha' | 'lower-roman' | 'upper-roman';

const TYPE_ATTRIBUTE: Record<string, NumberingStyle> = { a: 'lower-alpha', A: 'upper-alpha', i: 'lower-roman', I: 'upper-roman' };
const CSS_STYLE: Record<string, NumberingStyle> = {
  'lower-alpha': 'lower-alpha', 'lower-latin': 'lower-alpha', 'upper-alpha': 'upper-alpha', 'upper-latin': 'upper-alpha',
  'lower-roman': 'lower-roman', 'upper-roman': 'upper-roman',
};

/** The numbering an <ol> or <li> asks for, when it is letters or Roman numerals. */
export function numberingStyleOf(el: DomElement): NumberingStyle | null {
  const declarations = parseDeclarations(el.getAttribute('style'));
  const css = (declarations.get('list-style-type') ?? declarations.get('list-style') ?? '').split(/\s+/).find((w) => w in CSS_STYLE);
  if (css) return CSS_STYLE[css];
  return TYPE_ATTRIBUTE[(el.getAttribute('type') ?? '').trim()] ?? null;
}

function letters(n: number): string {
  let out = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

const ROMAN: Array<[number, string]> = [[1000, 'm'], [900, 'cm'], [500, 'd'], [400, 'cd'], [100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];

function roman(n: number): string {
  let out = '';
  let rest = n;
  for (const [value, digits] of ROMAN) for (; rest >= value; rest -= value) out += digits;
  return out;
}

/** "b." for item 2 of a lower-alpha list; null for a decimal list or a number with no such form. */
export function letteredLabel(style: NumberingStyle | null, n: number): string | null {
  if (!style || n < 1 || n > 3999) return null;
  const text = style.endsWith('alpha') ? letters(n) : roman(n);
  return `${style.startsWith('upper') ? text.toUpperCase() : text}.`;
}
