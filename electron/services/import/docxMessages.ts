// mammoth's messages about a .docx, in English and about its own workings, as import notes a
// reporter can act on: each names the part of the file left out ("w:ruby", "oMath"), once.
import type { ImportWarning } from './importedArticle';

const MAX_NOTES = 10;

/**
 * mammoth's notes about styles it has no rule for are about our style map, not the user's
 * file; those about pictures are told by convertImage, in the reporter's words.
 */
const QUIET_NOTE =
  /^(?:Unrecognised (?:paragraph|run|table|numbering) style|(?:Paragraph|Run|Table|Numbering) style with ID \S+ was referenced but not defined|An unrecognised element was ignored: (?:v:|w14:|o:|wp14:|w:proofErr|w:lastRenderedPageBreak)|Image of type .* is unlikely to display|.*external file access is disabled|Unsupported break type|Ignoring complex field)/;
/** mammoth's messages as the part of the file each is about (the notes name parts, not mammoth's English). */
const PARTS: Array<[RegExp, (m: RegExpExecArray) => string]> = [
  [/^An unrecognised element was ignored: (?:\{[^}]*\})?(.+)$/, (m) => m[1]],
  [/^A w:sym element with an unsupported character was ignored: char (\S+) in font (.+)$/, (m) => `w:sym ${m[2]} ${m[1]}`],
  [/cell merging may be incorrect/, () => 'w:tbl'],
  [/^Could not find image file for a:blip/, () => 'a:blip'],
  [/^A v:imagedata element without a relationship ID/, () => 'v:imagedata'],
];

function partOf(message: string): string {
  for (const [pattern, name] of PARTS) {
    const match = pattern.exec(message);
    if (match) return name(match).slice(0, 120);
  }
  return message.slice(0, 120);
}

export function notesFromMammoth(messages: Array<{ message: string }>): ImportWarning[] {
  const parts = new Set(messages.filter((m) => !QUIET_NOTE.test(m.message)).map((m) => partOf(m.message)));
  return [...parts].slice(0, MAX_NOTES).map((part) => ({ code: 'import-docx-part-left-out', params: { part } }));
}
