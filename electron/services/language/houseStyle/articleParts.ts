// An article as the checks see it: an ordered list of parts, each of a known kind, so a rule
// knows whether it is looking at a headline, a caption or the body. Offsets in findings are
// into the part's NFC text; `part` is the index in this list.

import type { Finding } from '../findings';

export type PartKind = 'headline' | 'sapo' | 'body' | 'heading' | 'caption' | 'byline';

export interface ArticlePart {
  kind: PartKind;
  text: string;
}

export interface ArticleFinding extends Finding {
  part: number;
  partKind: PartKind;
}

/** Parts with NFC text: every check works on (and reports offsets into) NFC. */
export function normaliseParts(parts: readonly ArticlePart[]): ArticlePart[] {
  return parts.map((p) => ({ kind: p.kind, text: p.text.normalize('NFC') }));
}
