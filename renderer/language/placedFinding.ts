// A finding as the editor keeps it, in little memory: a long article of made-up or badly
// typed words can have thousands (8,398 in the bench's 20,000 words, 4 MB as reported). Only
// what the editor shows or acts on is kept, and kept compactly:
// - the few distinct rule names, severities and words are shared between findings (answers
//   come over IPC as fresh strings, one copy per finding);
// - a message that quotes the finding's words ("“ngọm” is not a word…") is kept as its shape
//   with the words left out, one string shared by every finding of that shape, and made
//   whole when shown;
// - its place is two numbers on the finding itself;
// - the suggestions are one string (shared too: a word misspelt twice has the same ones),
//   split when shown;
// - its rule, severity and message shape are one object shared by the findings that have
//   them all alike (one for most of an answer), and so is its id's prefix: an id
//   "<answer>-<n>" is kept as the number n (a string per finding was 0.17 MB at 20,000 words).
import type { LanguageFinding } from '../../electron/contract/types';

/** Stands for the finding's words in a message's shape, and between suggestions. */
const GAP = '\u0000';

export interface FindingPosition {
  from: number;
  to: number;
}

/** What the editor knows of a finding: the panel, the menu and the underlines read this. */
export interface PlacedFinding {
  /** A stable-enough id within one set of results. */
  readonly id: string;
  readonly rule: string;
  readonly severity: LanguageFinding['severity'];
  readonly text: string;
  /** Plain-words message in the UI language, as the services wrote it. */
  readonly message: string;
  readonly suggestions: readonly string[];
  /** Document positions of the finding, mapped through edits since it was reported. */
  readonly pos: FindingPosition;
}

/** What findings alike share: rule, severity, message shape and the prefix of their ids. */
interface FindingKind {
  readonly rule: string;
  readonly severity: LanguageFinding['severity'];
  /** The message with GAP where the finding's text goes; a message not quoting the words (or holding a GAP) is kept whole, in an array. */
  readonly messageShape: string | readonly [string];
  /** Ids are `${idPrefix}-${n}` for a numeric id part n. */
  readonly idPrefix: string;
}

class CompactFinding implements PlacedFinding {
  constructor(
    private readonly kind: FindingKind,
    /** n of an id `${kind.idPrefix}-${n}`, or the whole id when it is not of that form. */
    private readonly idPart: number | string,
    readonly text: string,
    /** The suggestions joined by GAP (kept as they came if one holds a GAP); undefined for none. */
    private readonly suggestionList: string | readonly string[] | undefined,
    readonly from: number,
    readonly to: number,
  ) {}

  get id(): string {
    return typeof this.idPart === 'number' ? `${this.kind.idPrefix}-${this.idPart}` : this.idPart;
  }

  get rule(): string {
    return this.kind.rule;
  }

  get severity(): LanguageFinding['severity'] {
    return this.kind.severity;
  }

  /** The finding is its own position: no second object per finding. */
  get pos(): FindingPosition {
    return this;
  }

  get message(): string {
    const shape = this.kind.messageShape;
    if (typeof shape !== 'string') return shape[0];
    const gap = shape.indexOf(GAP);
    return shape.slice(0, gap) + this.text + shape.slice(gap + 1);
  }

  get suggestions(): readonly string[] {
    if (this.suggestionList === undefined) return [];
    return typeof this.suggestionList === 'string' ? this.suggestionList.split(GAP) : this.suggestionList;
  }

  /** Same words, rule, severity, message and suggestions, compared as kept (nothing is made whole). */
  sameReportAs(other: CompactFinding): boolean {
    return (
      this.text === other.text &&
      this.rule === other.rule &&
      this.severity === other.severity &&
      sameKept(this.kind.messageShape, other.kind.messageShape) &&
      sameKept(this.suggestionList, other.suggestionList)
    );
  }

  movedTo(pos: FindingPosition): CompactFinding {
    return new CompactFinding(this.kind, this.idPart, this.text, this.suggestionList, pos.from, pos.to);
  }
}

function sameKept(a: string | readonly string[] | undefined, b: string | readonly string[] | undefined): boolean {
  if (typeof a !== 'object' || typeof b !== 'object') return a === b;
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/**
 * Whether two findings report the same (words, rule, severity, message, suggestions), wherever
 * they are. Compact findings are compared without making their messages and suggestion lists:
 * a check's answer is compared with thousands of findings shown.
 */
export function sameReport(a: PlacedFinding, b: PlacedFinding): boolean {
  if (a instanceof CompactFinding && b instanceof CompactFinding) return a.sameReportAs(b);
  if (a.text !== b.text || a.rule !== b.rule || a.severity !== b.severity || a.message !== b.message) return false;
  const aSuggestions = a.suggestions;
  const bSuggestions = b.suggestions;
  return aSuggestions.length === bSuggestions.length && aSuggestions.every((s, i) => s === bSuggestions[i]);
}

/** The same finding at another place in the document. */
export function movedFinding(finding: PlacedFinding, pos: FindingPosition): PlacedFinding {
  return finding instanceof CompactFinding ? finding.movedTo(pos) : { ...finding, pos };
}

/** Makes the findings of one answer, sharing equal strings between them. */
export class FindingPacker {
  private readonly known = new Map<string, string>();
  private readonly kinds = new Map<string, FindingKind>();

  private shared(value: string): string {
    const known = this.known.get(value);
    if (known !== undefined) return known;
    this.known.set(value, value);
    return value;
  }

  private kindOf(rule: string, severity: LanguageFinding['severity'], shape: string | readonly [string], idPrefix: string): FindingKind {
    const key = [rule, severity, typeof shape === 'string' ? `s${shape}` : `w${shape[0]}`, idPrefix].join(GAP);
    let kind = this.kinds.get(key);
    if (!kind) {
      kind = { rule: this.shared(rule), severity: this.shared(severity) as LanguageFinding['severity'], messageShape: shape, idPrefix: this.shared(idPrefix) };
      this.kinds.set(key, kind);
    }
    return kind;
  }

  pack(finding: LanguageFinding, id: string, pos: FindingPosition): PlacedFinding {
    const text = this.shared(finding.text);
    const message = finding.message ?? '';
    const quoted = text === '' || message.includes(GAP) ? -1 : message.indexOf(text);
    const shape = quoted < 0 ? ([message] as const) : this.shared(message.slice(0, quoted) + GAP + message.slice(quoted + text.length));
    const suggestions = finding.suggestions ?? [];
    const list = suggestions.length === 0 ? undefined : suggestions.some((s) => s.includes(GAP)) ? suggestions : this.shared(suggestions.join(GAP));
    // "<prefix>-<n>", n written as JavaScript writes the number (no leading zero), keeps n only.
    const dash = id.lastIndexOf('-');
    const n = Number(id.slice(dash + 1));
    const numbered = dash >= 0 && Number.isSafeInteger(n) && n >= 0 && String(n) === id.slice(dash + 1);
    const kind = this.kindOf(finding.rule, finding.severity, shape, numbered ? id.slice(0, dash) : '');
    return new CompactFinding(kind, numbered ? n : id, text, list, pos.from, pos.to);
  }
}
