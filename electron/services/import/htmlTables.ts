// Tables. The article has no table node, so a table of data becomes one paragraph per row,
// its cells' text in order between " | ", and the user is told so; a one-column table is
// page layout (a boxed note, a photo above its caption) and its cells are read as blocks.
import type { BodyBlock, Inline } from '../../contract/article/articleContent';
import { asParagraphs, joinParagraphs } from './htmlBlockSink';
import { isElement, tagOf, type DomElement } from './htmlDom';
import type { HtmlWalker, WalkContext } from './htmlWalker';

const CELL_SEPARATOR = ' | ';

/** The table's own rows (those of tables nested in its cells belong to them). */
function rowsOf(table: DomElement): DomElement[] {
  const rows: DomElement[] = [];
  for (const child of Array.from(table.childNodes).filter(isElement)) {
    const tag = tagOf(child);
    if (tag === 'tr') rows.push(child);
    else if (tag === 'thead' || tag === 'tbody' || tag === 'tfoot') rows.push(...Array.from(child.childNodes).filter(isElement).filter((c) => tagOf(c) === 'tr'));
  }
  return rows;
}

function cellsOf(row: DomElement): DomElement[] {
  return Array.from(row.childNodes).filter(isElement).filter((c) => tagOf(c) === 'td' || tagOf(c) === 'th');
}

export interface TableResult {
  blocks: BodyBlock[];
  /** Set when a table of data was turned into paragraphs. */
  flattened: { rows: number; columns: number } | null;
}

export function tableBlocks(table: DomElement, walker: HtmlWalker, ctx: WalkContext): TableResult {
  const blocks: BodyBlock[] = [];
  const caption = Array.from(table.childNodes).filter(isElement).find((c) => tagOf(c) === 'caption');
  if (caption) blocks.push(...walker.blocksOf(caption, ctx));
  const rows = rowsOf(table);
  const columns = Math.max(0, ...rows.map((row) => cellsOf(row).length));
  if (columns <= 1 || (table.getAttribute('role') ?? '').toLowerCase() === 'presentation') {
    for (const cell of rows.flatMap(cellsOf)) blocks.push(...walker.blocksOf(cell, ctx));
    return { blocks, flattened: null };
  }
  let kept = 0;
  for (const row of rows) {
    const content: Inline[] = [];
    const figures: BodyBlock[] = [];
    for (const cell of cellsOf(row)) {
      const cellBlocks = walker.blocksOf(cell, ctx);
      figures.push(...cellBlocks.filter((b) => b.type === 'figure'));
      const text = joinParagraphs(cellBlocks.filter((b) => asParagraphs(b).length));
      if (!text.length) continue;
      if (content.length) content.push({ type: 'text', text: CELL_SEPARATOR });
      content.push(...text);
    }
    if (content.length) {
      blocks.push({ type: 'paragraph', content });
      kept++;
    }
    blocks.push(...figures);
  }
  return { blocks, flattened: kept ? { rows: kept, columns } : null };
}
