// The pre-flight list shown before an export. Blocking issues stop the export (no headline,
// no body text, open comments, pending suggestions) unless the desk overrides them with a
// reason; warnings are shown but the desk may go ahead. Each issue is a code plus parameters
// for the renderer to put in words; `figure` is the figure's 1-based number.
import type { Params } from '../../contract/errors';
import type { ReviewCounts } from '../../contract/review';
import { readArticleDoc } from '../../contract/article/articleContent';
import { bodyTextOf } from '../../contract/article/articleText';
import { figureWarnings, type FigureWarning } from '../../contract/article/figureChecks';
import { DEFAULT_HEADLINE_MAX_CHARS, lengthAgainst } from '../../contract/article/lengths';
import type { ArticleDoc } from '../../contract/article/articleContent';
import type { ArticleMeta } from '../../contract/article/articleMeta';
import { isUnderEmbargo, publishBeforeEmbargo } from '../../contract/article/deskEmbargo';
import { lengthFit } from '../../contract/article/lengthFit';
import { legalHold } from '../../contract/article/legalHold';
import { altHeadlinesOverLimit } from '../../contract/article/altHeadlines';

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
  'embargoed', // blocking, params.until: the embargo has not ended (the desk may override with a reason)
  'publish-before-embargo', // params.publishAt, params.until: the planned publish time breaks the embargo
  'length-over', // params.actual, params.target, params.difference, params.unit (words | characters): longer than planned
  'length-under', // same params: more than a tenth shorter than planned
  'legal-hold', // blocking, params.note: flagged for a legal check; no override passes it, the desk must clear it
  'alt-headline-too-long', // params.which (seoTitle | description | socialHeadline | printHeadline), params.length, params.limit
  'social-image-not-in-article', // the photo chosen for sharing is no longer one of the article's figures
] as const;
/** Blocking items no override reason passes: the export is refused until they are resolved. */
export const hardBlockingCodes: readonly PreflightCode[] = ['legal-hold'];
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
  /** The article's meta, for the desk's checks (embargo…); none: those checks are skipped. */
  meta?: ArticleMeta;
  /** Now, for the embargo (ISO 8601); the system clock when not given. */
  now?: string;
}

export { DEFAULT_HEADLINE_MAX_CHARS };

/** The contract's figure warnings pre-flight lists, in its order and under its names. */
const FIGURE_CODES: Array<[FigureWarning['code'], PreflightCode]> = [
  ['no-image', 'figure-no-image'],
  ['no-alt', 'figure-no-alt'],
  ['alt-repeats-headline', 'figure-alt-repeats-headline'],
  ['no-caption', 'figure-no-caption'],
  ['no-credit', 'figure-no-credit'],
];

export function preflight(doc: ArticleDoc, options: PreflightOptions = {}): PreflightReport {
  const limit = options.headlineMaxChars ?? DEFAULT_HEADLINE_MAX_CHARS;
  const article = readArticleDoc(doc);
  const blocking: PreflightIssue[] = [];
  const warnings: PreflightIssue[] = [];

  if (!article.headline) blocking.push({ code: 'no-headline', params: {} });
  if (!bodyTextOf(article.parts)) blocking.push({ code: 'no-body', params: {} });
  const openComments = options.review?.openComments ?? 0;
  const pendingSuggestions = options.review?.pendingSuggestions ?? 0;
  if (openComments > 0) blocking.push({ code: 'open-comments', params: { count: openComments } });
  if (pendingSuggestions > 0) blocking.push({ code: 'pending-suggestions', params: { count: pendingSuggestions } });

  if (!article.sapo.trim()) warnings.push({ code: 'no-sapo', params: {} });
  if (!article.byline.trim()) warnings.push({ code: 'no-byline', params: {} });
  const { length, over } = lengthAgainst(article.headline, limit);
  if (over) warnings.push({ code: 'headline-too-long', params: { length, limit } });

  const meta = options.meta;
  const legal = legalHold(meta?.legal);
  if (legal.held) blocking.push({ code: 'legal-hold', params: { note: legal.note } });
  if (meta && isUnderEmbargo(meta, options.now ?? new Date())) blocking.push({ code: 'embargoed', params: { until: meta.embargoUntil! } });
  if (meta && publishBeforeEmbargo(meta)) warnings.push({ code: 'publish-before-embargo', params: { publishAt: meta.publishAt!, until: meta.embargoUntil! } });

  if (meta?.plannedLength) {
    const fit = lengthFit(article.counts, meta.plannedLength);
    const params = { actual: fit.actual, target: fit.target, difference: Math.abs(fit.difference), unit: fit.unit };
    if (fit.status !== 'fit') warnings.push({ code: fit.status === 'over' ? 'length-over' : 'length-under', params });
  }

  if (meta) {
    for (const over of altHeadlinesOverLimit(meta)) {
      warnings.push({ code: 'alt-headline-too-long', params: { which: over.key, length: over.length, limit: over.limit } });
    }
    if (meta.socialImage && !article.figures.some((f) => f.src === meta.socialImage)) warnings.push({ code: 'social-image-not-in-article', params: {} });
  }

  const paragraphs = article.parts.filter((p) => p.kind === 'body').map((p) => p.text);
  article.figures.forEach((figure, index) => {
    const found = new Set(figureWarnings(figure, article.headline, paragraphs).map((w) => w.code));
    for (const [warning, code] of FIGURE_CODES) if (found.has(warning)) warnings.push({ code, params: { figure: index + 1 } });
  });
  return { blocking, warnings, ok: blocking.length === 0 };
}
