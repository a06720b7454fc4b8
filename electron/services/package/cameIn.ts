// What a merge brought into the article, read by the contract's reader on the copy before
// and after: words per piece (counted, not aligned: a count is all the report shows),
// suggestions per author, meta values and workflow moves.
import type { Article } from '../../contract/article/readArticle';
import { metaKeys } from '../../contract/article/articleNames';
import type { MergeReport, PieceChange } from '../../contract/packages';
import { articlePieces, type ArticlePiece } from '../../contract/review';
import { pieceOfPart } from './storedTexts';

/** Words as the word count counts them: space-separated. */
const spaceSeparatedWords = (text: string) => text.split(/\s+/).filter(Boolean);

/** Meta keys that are the workflow's or bookkeeping: reported elsewhere, or not at all. */
const NOT_REPORTED = new Set<string>([metaKeys.id, metaKeys.createdAt, metaKeys.status, metaKeys.workflowLog, metaKeys.exports, metaKeys.language]);

function pieceText(article: Article, piece: ArticlePiece): string {
  return article.parts
    .filter((part) => pieceOfPart(part.kind) === piece)
    .map((part) => part.text.trim())
    .join('\n');
}

/** Words in `after` not matched in `before` (as a multiset): what was added; and the other way round. */
function wordChanges(before: string, after: string): { added: number; removed: number } {
  const held = new Map<string, number>();
  for (const word of spaceSeparatedWords(before)) held.set(word, (held.get(word) ?? 0) + 1);
  let added = 0;
  for (const word of spaceSeparatedWords(after)) {
    const left = held.get(word) ?? 0;
    if (left > 0) held.set(word, left - 1);
    else added++;
  }
  let removed = 0;
  for (const left of held.values()) removed += left;
  return { added, removed };
}

export function piecesCameIn(before: Article, after: Article): PieceChange[] {
  return articlePieces.flatMap((piece) => {
    const { added, removed } = wordChanges(pieceText(before, piece), pieceText(after, piece));
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
