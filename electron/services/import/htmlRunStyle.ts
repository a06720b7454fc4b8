// The formatting an element gives the text inside it: bold, italic and links become marks;
// superscript, subscript, strike-through, All Caps and symbol fonts change how its text is read
// (runText). Read from the tag, the element's `style` and, in Word's clipboard, the class
// rules of its stylesheet. Styles are only read here, never copied.
import { declared, fontMarks, isLineThrough, scriptOf, STRUCTURAL_CLASS, type ClassMarks, type ClassRules, type Declarations } from './cssDeclarations';
import { hasClass, tagOf, type DomElement } from './htmlDom';
import { BOLD_ELEMENTS, ITALIC_ELEMENTS } from './htmlElementRules';
import type { ImportWarning } from './importedArticle';
import type { ActiveMarks } from './inlineRuns';
import { importedLinkHref } from './safeUrl';
import { symbolFontOf } from './symbolFonts';

const STRUCK_ELEMENTS = new Set(['s', 'strike', 'del']);

/**
 * Text Word shows as deleted with Track Changes on (`<del cite datetime>`, inside
 * `span.msoDel`): the .docx import leaves it out, and so does a paste.
 */
export function isTrackedDeletion(el: DomElement): boolean {
  if (tagOf(el) === 'del' && (el.getAttribute('cite') !== null || el.getAttribute('datetime') !== null)) return true;
  return hasClass(el, /^msoDel$/i);
}

export class RunStyles {
  constructor(
    private readonly classMarks: ClassMarks,
    private readonly classRules: ClassRules,
    private readonly warn: (warning: ImportWarning) => void,
  ) {}

  /** The declarations of the element's classes' rules, in class order. */
  classDeclarations(el: DomElement): Declarations[] {
    const classes = (el.getAttribute('class') ?? '').split(/\s+/).filter(Boolean);
    return classes.flatMap((name) => this.classRules.get(name) ?? []);
  }

  marksFor(el: DomElement, name: string, declarations: Declarations, marks: ActiveMarks): ActiveMarks {
    const next = { ...marks };
    if (BOLD_ELEMENTS.has(name)) next.bold = true;
    if (ITALIC_ELEMENTS.has(name)) next.italic = true;
    for (const className of (el.getAttribute('class') ?? '').split(/\s+/)) {
      const fromClass = className && !STRUCTURAL_CLASS.test(className) ? this.classMarks.get(className) : undefined;
      if (fromClass?.bold !== undefined) next.bold = fromClass.bold;
      if (fromClass?.italic !== undefined) next.italic = fromClass.italic;
    }
    // Google Docs wraps whole pastes in <b style="font-weight:normal">; Docs, Word and web
    // pages mark formatting with inline styles.
    const fromStyle = fontMarks(declarations);
    if (fromStyle.bold !== undefined) next.bold = fromStyle.bold;
    if (fromStyle.italic !== undefined) next.italic = fromStyle.italic;
    this.readShape(el, name, declarations, next);
    if (name === 'a') next.href = this.linkOf(el.getAttribute('href'));
    return next;
  }

  /** A link's target, or null with a notice saying why it was dropped (a link within the page is no link to keep). */
  private linkOf(raw: string | null): string | null {
    if (!raw?.trim() || raw.trim().startsWith('#')) return null;
    const link = importedLinkHref(raw);
    if (link.href !== null) return link.href;
    const href = raw.trim().slice(0, 200);
    const code = link.reason === 'relative' ? 'import-link-relative-dropped' : link.reason === 'local-file' ? 'import-link-local-file-dropped' : 'import-link-dropped';
    this.warn({ code, params: { href } });
    return null;
  }

  /** Superscript, subscript, strike-through, capitals and symbol fonts. */
  private readShape(el: DomElement, name: string, declarations: Declarations, next: ActiveMarks): void {
    const classes = this.classDeclarations(el);
    if (name === 'sup') next.script = 'super';
    if (name === 'sub') next.script = 'sub';
    const script = scriptOf(declared(declarations, classes, 'vertical-align'));
    if (script) next.script = script === 'baseline' ? null : script;
    if (STRUCK_ELEMENTS.has(name) || isLineThrough(declarations) || classes.some(isLineThrough)) next.struck = true;
    const transform = declared(declarations, classes, 'text-transform');
    if (transform === 'uppercase') next.caps = true;
    else if (transform === 'none' || transform === 'lowercase' || transform === 'capitalize') next.caps = false;
    const family = declared(declarations, classes, 'mso-symbol-font-family') ?? declared(declarations, classes, 'font-family');
    if (family) next.symbolFont = symbolFontOf(family);
  }
}
