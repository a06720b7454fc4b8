// The hostile content fixture (tests/fixtures/xss/payloads.json), typed.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface MarkupPayload {
  id: string;
  html: string;
  /** The hostile part is plain text (entity-encoded, or in a raw-text element): it may stay as text. */
  inertText?: boolean;
}

export interface UrlPayload {
  id: string;
  url: string;
}

const FIXTURE = fileURLToPath(new URL('../../../fixtures/xss/payloads.json', import.meta.url));
const parsed = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { markup: MarkupPayload[]; urls: UrlPayload[] };

export const markupPayloads: MarkupPayload[] = parsed.markup;
export const urlPayloads: UrlPayload[] = parsed.urls;

/** What every payload that runs would call; a page hook records it. */
export const PWN_MARKER = '__pwn';

/** Safe text around a payload, so the article has a headline, a sapo and a body to export. */
export function wrapInArticle(html: string): string {
  return `<h1>Tin thử nghiệm an toàn</h1><p>Sapo của bài thử nghiệm.</p>${html}<p>Đoạn thân bài cuối cùng.</p>`;
}
