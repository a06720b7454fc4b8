// Superscript and subscript without a mark for them: the article has no superscript, so
// 10<sup>6</sup>, m<sup>2</sup> and CO<sub>2</sub> become 10⁶, m² and CO₂ — Unicode has
// raised and lowered digits, signs and brackets (and a raised n and i). Text with other
// letters stays on the line, and the reporter is told.
const SUPERSCRIPT: Record<string, string> = {
  '0': '⁰', '1': '¹', '2': '²', '3': '³', '4': '⁴', '5': '⁵', '6': '⁶', '7': '⁷', '8': '⁸', '9': '⁹',
  '+': '⁺', '-': '⁻', '−': '⁻', '=': '⁼', '(': '⁽', ')': '⁾', n: 'ⁿ', i: 'ⁱ',
};
const SUBSCRIPT: Record<string, string> = {
  '0': '₀', '1': '₁', '2': '₂', '3': '₃', '4': '₄', '5': '₅', '6': '₆', '7': '₇', '8': '₈', '9': '₉',
  '+': '₊', '-': '₋', '−': '₋', '=': '₌', '(': '₍', ')': '₎',
};

/** The text raised or lowered, or null when one of its characters has no such form. */
export function toScriptCharacters(text: string, script: 'super' | 'sub'): string | null {
  const table = script === 'super' ? SUPERSCRIPT : SUBSCRIPT;
  let out = '';
  for (const char of text) {
    if (/\s/.test(char)) out += char;
    else if (table[char]) out += table[char];
    else if (Object.values(table).includes(char)) out += char; // already raised or lowered
    else return null;
  }
  return out;
}
