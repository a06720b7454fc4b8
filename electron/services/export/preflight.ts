// The pre-flight list shown before an export. Blocking issues stop the export (no headline,
// no body text, open comments, pending suggestions) unless the desk overrides them with a
// reason; warnings are shown but the desk may go ahead. Each issue is a code plus parameters
// for the renderer to put in words; `figure` is the figure's 1-based number.
import { countCharacters } from '../../contract/text/wordCount';
import type { Params } from '../../contract/errors';
import type { ReviewCounts } from '../../contract/review';
import { articleParts, blockText, inlineLine } from './articleDocument';
import type { ArticleDoc } from './articleDocument';

export const preflightCodes = [
  'no-headline', // blocking
  'no-body', // blocking
  'open-comments', // blocking, params.count: comment threads not yet resolved
  'pending-suggestions', // blocking, params.count: suggestions not yet accepted or rejected
  'no-sapo',
  'no-byline',
  'headline-too-long', // params.length, params.limit (characters)
  'figure-no-image', // params.figure: a placeholder still waiting for its photo
  'figure-no-alt', // params.figure
  'figure-alt-repeats-headline', // params.figure: alt text should describe the photo
  'figure-no-caption', // params.figure
  'figure-no-credit', // params.figure
] as const;
export type PreflightCode = (typeof preflightCodes)[number];

export interface PreflightIssue {
  code: PreflightCode;
  params: Params;
}

export interface PreflightReport {
  blocking: PreflightIssue[];
  warnings: PreflightIssue[];
  /** True when nothing blocks the export. */
  ok: boolean;
}

export interface PreflightOptions {
  /** Newsroom limit for the headline, in characters as a reader counts them. */
  headlineMaxChars?: number;
  /** What is still open in review: an article is not finished while comments or suggestions wait. */
  review?: ReviewCounts;
}

export const DEFAULT_HEADLINE_MAX_CHARS = 120;

function sameText(a: string, b: string): boolean {
  const norm = (s: string) => s.toLocaleLowerCase('vi').replace(/\s+/g, ' ').replace(/[.!?…]+$/u, '').trim();
  return norm(a) === norm(b);
}

export function preflight(doc: ArticleDoc, options: PreflightOptions = {}): PreflightReport {
  const limit = options.headlineMaxChars ?? DEFAULT_HEADLINE_MAX_CHARS;
  const { headline, sapo, body, byline } = articleParts(doc);
  const blocking: PreflightIssue[] = [];
  const warnings: PreflightIssue[] = [];
  const headlineText = inlineLine(headline.content);

  if (!headlineText) blocking.push({ code: 'no-headline', params: {} });
  const hasBodyText = body.some((b) => b.type !== 'figure' && blockText(b).trim() !== '');
  if (!hasBodyText) blocking.push({ code: 'no-body', params: {} });
  const openComments = options.review?.openComments ?? 0;
  const pendingSuggestions = options.review?.pendingSuggestions ?? 0;
  if (openComments > 0) blocking.push({ code: 'open-comments', params: { count: openComments } });
  if (pendingSuggestions > 0) blocking.push({ code: 'pending-suggestions', params: { count: pendingSuggestions } });

  if (!inlineLine(sapo.content)) warnings.push({ code: 'no-sapo', params: {} });
  if (!byline || !inlineLine(byline.content)) warnings.push({ code: 'no-byline', params: {} });
  const length = countCharacters(headlineText);
  if (length > limit) warnings.push({ code: 'headline-too-long', params: { length, limit } });

  let figure = 0;
  for (const block of body) {
    if (block.type !== 'figure') continue;
    figure++;
    const { src, alt, credit } = block.attrs;
    if (src === null) warnings.push({ code: 'figure-no-image', params: { figure } });
    if (!alt.trim()) warnings.push({ code: 'figure-no-alt', params: { figure } });
    else if (headlineText && sameText(alt, headlineText)) warnings.push({ code: 'figure-alt-repeats-headline', params: { figure } });
    if (!inlineLine(block.content[0].content)) warnings.push({ code: 'figure-no-caption', params: { figure } });
    if (!credit.trim()) warnings.push({ code: 'figure-no-credit', params: { figure } });
  }
  return { blocking, warnings, ok: blocking.length === 0 };
}
