// The label Word shows before a numbered paragraph, from its level's format and text
// ("%1." decimal → "1.", "Điều %1." → "Điều 3.", "%1.%2." → "1.2.", upperRoman "%1." → "II.").

export interface LabelLevel {
  start: number;
  /** w:numFmt: decimal, upperRoman, lowerLetter, bullet… */
  format: string;
  /** w:lvlText: "%1.", "Điều %1.", "%1.%2." */
  text: string;
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const parts: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of parts) while (n >= value) (out += letters), (n -= value);
  return out;
}

/** Word's letters: a…z, then aa…zz, aaa… */
function letters(n: number): string {
  if (n <= 0) return String(n);
  return String.fromCharCode(97 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
}

export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'upperRoman': return roman(n);
    case 'lowerRoman': return roman(n).toLowerCase();
    case 'upperLetter': return letters(n).toUpperCase();
    case 'lowerLetter': return letters(n);
    case 'decimalZero': return n < 10 ? `0${n}` : String(n);
    default: return String(n);
  }
}

/** The label for a paragraph at `level`, given the current number of each level up to it. */
export function listLabel(levels: Map<number, LabelLevel>, numbers: Map<number, number>, level: number): string {
  const own = levels.get(level);
  if (!own) return '';
  return own.text.replace(/%(\d)/g, (_m, digit: string) => {
    const at = Number(digit) - 1;
    const def = levels.get(at);
    return formatNumber(numbers.get(at) ?? def?.start ?? 1, def?.format ?? 'decimal');
  }).trim();
}

/**
 * The article's numbered list shows a number at each level ("1.", "a)" as "1."); a label with
 * words ("Điều %1.", "Bước %1:") or several numbers ("%1.%2.") says more than that.
 */
export function articleListShowsIt(levels: Map<number, LabelLevel>, level: number): boolean {
  const own = levels.get(level);
  if (!own) return true;
  const references = own.text.match(/%\d/g)?.length ?? 0;
  const words = /\p{L}/u.test(own.text.replace(/%\d/g, ''));
  return references <= 1 && !words;
}
