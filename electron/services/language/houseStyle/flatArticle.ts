// Reads an article flattened to plain text (the reference sample, `soan check file.txt`) into
// parts: headline = first paragraph; sapo = the paragraph with the house dateline prefix;
// a paragraph that repeats the headline is a photo's alt text and the paragraph after it is
// its caption; site furniture lines (rules file) are dropped; a short last paragraph with
// no closing punctuation is the byline. Offsets let findings point back into the file.

import type { ArticlePart, ArticleFinding } from './articleParts';
import type { HouseStyleRules } from './houseStyleRules';

export interface FlatArticle {
  parts: ArticlePart[];
  /** Where each part's text starts in the NFC flat text. */
  offsets: number[];
  /** The NFC text the offsets refer to. */
  text: string;
}

const BYLINE_MAX_WORDS = 12;

export function readFlatArticle(raw: string, layout: HouseStyleRules['flatArticle']): FlatArticle {
  const text = raw.normalize('NFC').replace(/\r\n?/g, '\n');
  const skip = layout.skipLines.map((source) => new RegExp(source, 'u'));
  const paragraphs: Array<{ text: string; at: number }> = [];
  for (const m of text.matchAll(/[^\n]+/gu)) {
    const trimmed = m[0].trim();
    if (!trimmed || skip.some((re) => re.test(trimmed))) continue;
    paragraphs.push({ text: trimmed, at: m.index! + m[0].indexOf(trimmed) });
  }
  const parts: ArticlePart[] = [];
  const offsets: number[] = [];
  const push = (kind: ArticlePart['kind'], p: { text: string; at: number }) => {
    parts.push({ kind, text: p.text });
    offsets.push(p.at);
  };
  const headline = paragraphs[0];
  if (!headline) return { parts, offsets, text };
  push('headline', headline);
  let captionNext = false;
  paragraphs.slice(1).forEach((p, i, rest) => {
    if (p.text === headline.text) {
      captionNext = true; // alt text that repeats the headline: the caption follows
      return;
    }
    if (captionNext) {
      captionNext = false;
      push('caption', p);
      return;
    }
    if (layout.sapoPrefix && p.text.startsWith(layout.sapoPrefix) && !parts.some((x) => x.kind === 'sapo')) {
      push('sapo', p);
      return;
    }
    const isLast = i === rest.length - 1;
    const looksLikeByline = !/[.!?…:;”"]$/u.test(p.text) && p.text.split(/\s+/u).length <= BYLINE_MAX_WORDS;
    push(isLast && looksLikeByline ? 'byline' : 'body', p);
  });
  return { parts, offsets, text };
}

/** Moves a finding's offsets from its part into the flat text. */
export function toFlatOffsets(finding: ArticleFinding, article: FlatArticle): ArticleFinding {
  const base = article.offsets[finding.part] ?? 0;
  return { ...finding, from: finding.from + base, to: finding.to + base };
}
