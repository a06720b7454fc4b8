// Every text block of an imported article, one line each (headline, sapo, body, byline), as
// a reporter reads it top to bottom.
import type { ArticleDoc } from '../../../../electron/contract/article/articleContent';
import { runsText } from '../../../../electron/services/import/inlineRuns';

const TEXT_BLOCKS = ['headline', 'sapo', 'paragraph', 'heading', 'byline', 'figcaption'];

export function articleLines(doc: ArticleDoc): string[] {
  const out: string[] = [];
  const visit = (node: { type: string; content?: unknown[] }) => {
    if (TEXT_BLOCKS.includes(node.type)) {
      out.push(runsText(node.content as never));
      return;
    }
    (node.content as Array<{ type: string; content?: unknown[] }> | undefined)?.forEach(visit);
  };
  doc.content.forEach((n) => visit(n as never));
  return out;
}
