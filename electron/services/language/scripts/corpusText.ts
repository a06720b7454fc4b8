// Plain Vietnamese sentences out of the files the language model is trained on: HTML pages
// (LibreOffice's help, the UDHR, a newsroom's saved pages), Mozilla's strings (Fluent,
// .properties and DTD files of Firefox's and Thunderbird's translations) and plain text. Lines that are not Vietnamese (the help's untranslated English,
// code, menus) are dropped, so English words that happen to be syllables (to, in, the) do
// not teach the model English.

import type { SyllableLexicon } from '../syllableLexicon';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function htmlToText(html: string): string {
  return html
    .replace(/<(script|style|head)\b[\s\S]*?<\/\1>/giu, ' ')
    .replace(/<\/?(p|div|br|li|h[1-6]|td|th|tr|title|pre|table|ul|ol|section|article)\b[^>]*>/giu, '\n')
    .replace(/<[^>]*>/gu, ' ')
    .replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/giu, (whole, name: string) => {
      if (name[0] === '#') {
        const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
        return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : ' ';
      }
      return ENTITIES[name.toLowerCase()] ?? whole;
    });
}

/** The translated values of a Fluent (.ftl) file, placeables and markup removed. */
export function fluentToText(ftl: string): string {
  const values: string[] = [];
  for (const line of ftl.split('\n')) {
    if (/^\s*#/u.test(line)) continue;
    const match = /^\s*(?:[A-Za-z][\w-]*|\.[\w-]+)\s*=\s*(.*)$/u.exec(line) ?? /^\s{4,}([^*[\]{}].*)$/u.exec(line);
    if (match?.[1]) values.push(match[1]);
  }
  return values.join('\n').replace(/\{[^{}]*\}/gu, ' ').replace(/<[^>]*>/gu, ' ');
}

/** The values of a Java-style .properties file (Mozilla's older strings), placeholders removed. */
export function propertiesToText(source: string): string {
  return source
    .split('\n')
    .filter((line) => !/^\s*[#!]/u.test(line))
    .map((line) => /^\s*[^=:\s]+\s*[=:]\s*(.*)$/u.exec(line)?.[1] ?? '')
    .join('\n')
    .replace(/\\u([0-9a-fA-F]{4})/gu, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    .replace(/%(\d+\$)?[A-Za-z]|%[\w.]+%|\\n/gu, ' ')
    .replace(/<[^>]*>/gu, ' ');
}

/** The values of a DTD's entities (<!ENTITY name "value">), Mozilla's oldest strings. */
export function dtdToText(source: string): string {
  return [...source.matchAll(/<!ENTITY\s+\S+\s+(["'])([\s\S]*?)\1\s*>/gu)].map((m) => htmlToText(m[2]!)).join('\n');
}

const LETTER_RUN = /[\p{L}\p{M}]+/gu;
const NON_ASCII_LETTER = /[^\x00-\x7f]/u;

/**
 * Keeps the lines that read as Vietnamese: at least `minSyllables` letter runs, nearly all of
 * them syllables of the lexicon, and enough of them with diacritics (English has none).
 */
export function vietnameseLines(text: string, lexicon: SyllableLexicon, minSyllables = 3): string[] {
  const kept: string[] = [];
  for (const raw of text.normalize('NFC').split(/\n+/u)) {
    const line = raw.replace(/\s+/gu, ' ').trim();
    const runs = line.match(LETTER_RUN) ?? [];
    if (runs.length < minSyllables) continue;
    const syllables = runs.filter((run) => lexicon.has(run)).length;
    const marked = runs.filter((run) => NON_ASCII_LETTER.test(run)).length;
    if (syllables >= 0.8 * runs.length && marked >= 0.3 * runs.length) kept.push(line);
  }
  return kept;
}
