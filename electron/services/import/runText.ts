// What a run of text shows the reader, as letters: signs typed in a symbol font as their
// Unicode characters, superscript and subscript as raised and lowered characters, All Caps
// as capitals. What could
// not be shown as it was — struck-out text that comes in as ordinary text, a superscript
// with letters, a sign of an unknown symbol — and tracked deletions and Word's hidden text
// left out, each make one notice quoting what they concern.
import type { ImportWarning } from './importedArticle';
import type { ActiveMarks } from './inlineRuns';
import { readSymbolText } from './symbolFonts';
import { toScriptCharacters } from './scriptCharacters';

const MAX_QUOTED = 3;
const MAX_QUOTE_CHARS = 60;

/** Up to three snippets, each in quotation marks: “25.000”, “hết hàng”. */
function quoted(snippets: string[]): string {
  const shown = snippets.slice(0, MAX_QUOTED).map((raw) => raw.replace(/\s+/g, ' ').trim()).map((s) => `“${s.length > MAX_QUOTE_CHARS ? `${s.slice(0, MAX_QUOTE_CHARS)}…` : s}”`);
  return snippets.length > MAX_QUOTED ? `${shown.join(', ')}…` : shown.join(', ');
}

export class RunTexts {
  private readonly struck: string[] = [];
  private readonly flatScripts: string[] = [];
  private readonly unknownSigns: string[] = [];
  private readonly deletions: string[] = [];
  private readonly hiddenTexts: string[] = [];
  private inStruck = false;

  read(raw: string, marks: ActiveMarks): string {
    let text = raw;
    if (marks.symbolFont) {
      const read = readSymbolText(text, marks.symbolFont);
      text = read.text;
      if (read.unknown) this.unknownSigns.push(read.unknown);
    }
    if (marks.caps) text = text.toLocaleUpperCase('vi');
    if (marks.script && text.trim()) {
      const raised = toScriptCharacters(text, marks.script);
      if (raised === null) this.flatScripts.push(text.trim());
      else text = raised;
    }
    if (text.trim()) {
      // A word Word split into several struck runs is one snippet.
      if (marks.struck && this.inStruck) this.struck[this.struck.length - 1] += text;
      else if (marks.struck) this.struck.push(text);
      this.inStruck = marks.struck;
    }
    return text;
  }

  /** Text of a tracked deletion, left out. */
  deleted(text: string): void {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (trimmed) this.deletions.push(trimmed);
  }

  /** Text Word's Font › Hidden hides, left out. */
  hidden(text: string): void {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (trimmed) this.hiddenTexts.push(trimmed);
  }

  warnings(): ImportWarning[] {
    const out: ImportWarning[] = [];
    if (this.deletions.length) out.push({ code: 'import-tracked-deletion-left-out', params: { text: quoted(this.deletions) } });
    if (this.hiddenTexts.length) out.push({ code: 'import-hidden-text-left-out', params: { text: quoted(this.hiddenTexts) } });
    if (this.struck.length) out.push({ code: 'import-strike-kept', params: { text: quoted(this.struck) } });
    if (this.flatScripts.length) out.push({ code: 'import-script-kept-on-line', params: { text: quoted(this.flatScripts) } });
    if (this.unknownSigns.length) out.push({ code: 'import-symbol-unknown', params: { text: quoted(this.unknownSigns) } });
    return out;
  }
}
