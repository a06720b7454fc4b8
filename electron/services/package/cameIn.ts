// What a merge brought into the article, read by the contract's reader on the copy before
// and after: words per piece, suggestions per author, meta values and workflow moves.
import type { Article } from '../../contract/article/readArticle';
import { metaKeys } from '../../contract/article/articleNames';
import type { MergeReport, PieceChange } from '../../contract/packages';
import { articlePieces, type ArticlePiece } from '../../contract/review';
import { countWords } from '../../contract/text/wordCount';
import { diffWords } from '../history/wordDiff';
import { pieceOfPart } from './keepLostText';

/** Meta keys that are the workflow's or bookkeeping: reported elsewhere, or not at all. */
const NOT_REPORTED = new Set<string>([metaKeys.id, metaKeys.createdAt, metaKeys.status, metaKeys.workflowLog, metaKeys.exports, metaKeys.language]);

function pieceText(article: Article, piece: ArticlePiece): string {
  return article.parts
    .filter((part) => pieceOfPart(part.kind) === piece)
    .map((part) => part.text.trim())
    .join('\n');
}

export function piecesCameIn(before: Article, after: Article): PieceChange[] {
  return articlePieces.flatMap((piece) => {
    let added = 0;
    let removed = 0;
    for (const run of diffWords(pieceText(before, piece), pieceText(after, piece))) {
      if (run.kind === 'added') added += countWords(run.text);
      if (run.kind === 'removed') removed += countWords(run.text);
    }
    return added || removed ? [{ piece, added, removed }] : [];
  });
}

export function suggestionsCameIn(before: Article, after: Article, madeHere: ReadonlySet<string>): MergeReport['cameIn']['suggestions'] {
  const known = new Set([...before.suggestions.map((s) => s.id), ...madeHere]);
  const counts = new Map<string, number>();
  for (const suggestion of after.suggestions) {
    if (known.has(suggestion.id)) continue;
    const by = suggestion.author ?? '';
    counts.set(by, (counts.get(by) ?? 0) + 1);
  }
  return [...counts].map(([by, count]) => ({ by, count }));
}

export function metaCameIn(before: Article, after: Article): string[] {
  const keys = new Set([...Object.keys(before.metaRecord), ...Object.keys(after.metaRecord)]);
  return [...keys].filter((key) => !NOT_REPORTED.has(key) && JSON.stringify(before.metaRecord[key]) !== JSON.stringify(after.metaRecord[key])).sort();
}

export function workflowCameIn(before: Article, after: Article): MergeReport['cameIn']['workflow'] {
  const known = new Set(before.meta.workflowLog.map((entry) => JSON.stringify(entry)));
  return after.meta.workflowLog.filter((entry) => !known.has(JSON.stringify(entry)));
}
