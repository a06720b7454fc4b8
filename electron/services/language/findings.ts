// The shape every language check reports, for the editor's underlines, the Checks panel and
// `soan check --json`. Offsets are UTF-16 indexes into the NFC text that was checked (for an
// article: into that part's text; see houseStyle/articleParts.ts).

import { formatMessage, type MessageKey, type MessageParams, type Locale } from './messages';

export type Severity = 'error' | 'warning' | 'info';

export interface Finding {
  rule: string;
  severity: Severity;
  /** Plain-language message in the requested locale (Vietnamese by default). */
  message: string;
  /** The checked text between from and to. */
  text: string;
  from: number;
  to: number;
  /** Replacements for `text`, best first; empty when there is no one-click fix. */
  suggestions: string[];
  /** For UIs that translate themselves: message = formatMessage(messageKey, params, locale). */
  messageKey: MessageKey;
  params: MessageParams;
}

export interface FindingInput {
  rule: string;
  severity: Severity;
  messageKey: MessageKey;
  params?: MessageParams;
  text: string;
  from: number;
  to: number;
  suggestions?: string[];
}

export function makeFinding(input: FindingInput, locale: Locale = 'vi'): Finding {
  const params = input.params ?? {};
  return {
    rule: input.rule,
    severity: input.severity,
    message: formatMessage(input.messageKey, params, locale),
    text: input.text,
    from: input.from,
    to: input.to,
    suggestions: input.suggestions ?? [],
    messageKey: input.messageKey,
    params,
  };
}

export function byPosition(a: { from: number; to: number }, b: { from: number; to: number }): number {
  return a.from - b.from || a.to - b.to;
}
