// Footnotes, endnotes and comments as Word's clipboard, mammoth (.docx) and LibreOffice write
// them in HTML. Footnote references stay in the text as "[1]" and the notes go to the end of
// the article, each opening with its "[1]"; comments are editors' remarks, not article text:
// they are left out, and the user is told what each one said.
import type { Declarations } from './cssDeclarations';
import { childElements, hasClass, tagOf, type DomElement } from './htmlDom';

export type NoteAnchor =
  /** A reference to a note, or a note's own number: shown as "[label]". */
  | { kind: 'label'; label: string; opensNote: boolean }
  /** mammoth's "↑" link from a note back to its reference. */
  | { kind: 'backLink' }
  /** A comment's mark in the text ("[PV1]"). */
  | { kind: 'commentMark' };

const BACK_LINK = /^#(?:footnote|endnote|comment)-ref-/;
const MAMMOTH_COMMENT = /^#comment-\d+$/;
const NOTE_REFERENCE = /^#(?:_ftn|_edn|footnote-|endnote-)\d+$|^#sd(?:foot|end)note\d+sym$/;
const NOTE_OWN_NUMBER = /^#(?:_ftnref|_ednref)\d+$|^#sd(?:foot|end)note\d+anc$/;

function labelOf(el: DomElement): string {
  return (el.textContent ?? '').replace(/[[\]\s\u00a0]+/g, '');
}

export function noteAnchorOf(el: DomElement, declarations: Declarations): NoteAnchor | null {
  const tag = tagOf(el);
  if (tag === 'span' && hasClass(el, /^MsoCommentReference$/i)) return { kind: 'commentMark' };
  if (tag !== 'a') return null;
  const href = (el.getAttribute('href') ?? '').trim();
  if (BACK_LINK.test(href)) return { kind: 'backLink' };
  if (MAMMOTH_COMMENT.test(href) || hasClass(el, /^msocomanchor$/i) || href.startsWith('#_msocom_')) return { kind: 'commentMark' };
  const label = labelOf(el);
  if (!label) return null;
  if (NOTE_OWN_NUMBER.test(href) || hasClass(el, /^sd(?:foot|end)notesym$/i)) return { kind: 'label', label, opensNote: true };
  if (NOTE_REFERENCE.test(href) || declarations.has('mso-footnote-id') || declarations.has('mso-endnote-id') || hasClass(el, /^sd(?:foot|end)noteanc$/i)) {
    return { kind: 'label', label, opensNote: false };
  }
  return null;
}

/** The target id of a reference (`#footnote-2` → `footnote-2`), to label mammoth's notes. */
export function referenceTarget(el: DomElement): string | null {
  const href = el.getAttribute('href') ?? '';
  return href.startsWith('#') ? href.slice(1) : null;
}

export type NoteBlock =
  /** One footnote or endnote. `label` when the note itself does not show its number. */
  | { kind: 'note'; id: string | null }
  /** mammoth's <ol> of notes: each <li id="footnote-2"> is one. */
  | { kind: 'noteList' }
  /** Word's comment list or one comment, mammoth's <dl> of comments. */
  | { kind: 'comments' };

const NOTE_ID = /^(?:footnote|endnote)-\d+$/;

export function noteBlockOf(el: DomElement, declarations: Declarations): NoteBlock | null {
  const tag = tagOf(el);
  const element = declarations.get('mso-element');
  if (element === 'footnote' || element === 'endnote') return { kind: 'note', id: null };
  if (element === 'comment-list' || element === 'comment') return { kind: 'comments' };
  const id = el.getAttribute('id') ?? '';
  if (tag === 'div' && /^sd(?:foot|end)note\d+$/.test(id)) return { kind: 'note', id: null };
  if (tag === 'ol') {
    const items = childElements(el);
    if (items.length && items.every((li) => tagOf(li) === 'li' && NOTE_ID.test(li.getAttribute('id') ?? ''))) return { kind: 'noteList' };
  }
  if (tag === 'dl') {
    const terms = childElements(el).filter((c) => tagOf(c) === 'dt');
    if (terms.length && terms.every((dt) => /^comment-\d+$/.test(dt.getAttribute('id') ?? ''))) return { kind: 'comments' };
  }
  return null;
}
