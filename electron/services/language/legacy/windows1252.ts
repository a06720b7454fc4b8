// Word pastes legacy-font text as Windows-1252 characters, but text that went through a
// Latin-1 step shows bytes 80–9F as C1 controls instead. Both mean the same bytes; this puts
// the Windows-1252 punctuation (“ ” ‘ ’ – — … •) back so cleanup does not delete it.

const WINDOWS_1252_80_9F =
  '\u20AC\u0081\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u008D\u017D\u008F' +
  '\u0090\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u009D\u017E\u0178';

export function c1ControlsAsWindows1252(text: string): string {
  return text.replace(/[\u0080-\u009F]/gu, (c) => WINDOWS_1252_80_9F[c.charCodeAt(0) - 0x80]!);
}
