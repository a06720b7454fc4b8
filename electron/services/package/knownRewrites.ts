// The rewrite conflicts the services listed in their own merge reports, so that a choice made
// in the window says only which side to keep: what to put back (the kept side's letters the
// merge dropped) is taken from the report the services made, never from the request — text
// sent by the window would otherwise go into the article as ordinary text. A package's report
// is kept here in memory for this run of the services; a sync catch-up's report is kept on disk
// by MergeReportStore and looked up there too.
import type { MergeChoice, MergeFlag, MergeReport } from '../../contract/packages';

type RewriteFlag = Extract<MergeFlag, { kind: 'overlapping-edits' }>;
type RewriteChoice = Extract<MergeChoice, { kind: 'overlapping-edits' }>;

/** Rewrite conflicts kept per article: a newer report's come last and win. */
const KEPT_PER_ARTICLE = 200;

export const rewriteFlagsOf = (reports: readonly MergeReport[]): RewriteFlag[] =>
  reports.flatMap((report) => report.flags.filter((flag): flag is RewriteFlag => flag.kind === 'overlapping-edits'));

export class KnownRewrites {
  private readonly byArticle = new Map<string, RewriteFlag[]>();

  remember(report: MergeReport): void {
    const flags = rewriteFlagsOf([report]);
    if (!flags.length) return;
    const held = this.byArticle.get(report.articleId) ?? [];
    this.byArticle.set(report.articleId, [...held, ...flags].slice(-KEPT_PER_ARTICLE));
  }

  flagsOf(articleId: string): RewriteFlag[] {
    return this.byArticle.get(articleId) ?? [];
  }
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** A listed side to keep: what keeping it puts back, and the words around it once kept. */
export interface ListedSide {
  restore: Array<[number, string]>;
  /** The report's words before the passage (none: the block's start), the side's text, the words after (none: its end). */
  reads: { before: string; side: string; after: string };
}

/**
 * The side `choice` keeps, from the newest listed conflict it fits (same passage, dropping
 * exactly the other side's ranges); null when no report listed it.
 */
export function listedSide(flags: readonly RewriteFlag[], choice: RewriteChoice): ListedSide | null {
  for (const flag of [...flags].reverse()) {
    if (flag.passage !== choice.passage) continue;
    const side = same(flag.dropIncoming, choice.drop) ? 'local' : same(flag.dropLocal, choice.drop) ? 'incoming' : null;
    if (!side) continue;
    // The context is cut at a word and marked "…" where more of the block goes on.
    const reads = { before: flag.before.replace(/^…/, ''), side: side === 'local' ? flag.local : flag.incoming, after: flag.after.replace(/…$/, '') };
    return { restore: (side === 'local' ? flag.restoreLocal : flag.restoreIncoming) ?? [], reads };
  }
  return null;
}
