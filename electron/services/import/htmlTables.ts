// Tables. The article has no table node, so a table of data becomes one paragraph per row,
// its cells' text in order between " | " — an empty cell, or a slot a merged cell covers,
// keeping its place so every cell stays in its column — and the user is told so; a one-column
// table is page layout (a boxed note, a photo above its caption) and its cells are read as blocks.
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
  /** How many of its cells spanned several columns or rows (0 when none). */
  mergedCells: number;
}

function span(cell: DomElement, name: string): number {
  const n = Number.parseInt(cell.getAttribute(name) ?? '', 10);
  return Number.isFinite(n) && n > 1 ? Math.min(n, MAX_SPAN) : 1;
}

const MAX_SPAN = 50;

/**
 * The table as a grid: each row's slots, a cell at the slot where it starts and null where a
 * slot is empty or covered by a merged cell above or to the left, so every cell keeps its column.
 */
function gridOf(rows: DomElement[]): { grid: Array<Array<DomElement | null>>; merged: number } {
  const grid: Array<Array<DomElement | null | undefined>> = rows.map(() => []);
  let merged = 0;
  rows.forEach((row, r) => {
    let col = 0;
    for (const cell of cellsOf(row)) {
      while (grid[r][col] !== undefined) col++;
      const cols = span(cell, 'colspan');
      const rowsDown = Math.min(span(cell, 'rowspan'), rows.length - r);
      if (cols > 1 || rowsDown > 1) merged++;
      for (let i = 0; i < rowsDown; i++) for (let j = 0; j < cols; j++) grid[r + i][col + j] = i === 0 && j === 0 ? cell : null;
      col += cols;
    }
  });
  const width = Math.max(0, ...grid.map((row) => row.length));
  return { grid: grid.map((row) => Array.from({ length: width }, (_, i) => row[i] ?? null)), merged };
}

export function tableBlocks(table: DomElement, walker: HtmlWalker, ctx: WalkContext): TableResult {
  const blocks: BodyBlock[] = [];
  const caption = Array.from(table.childNodes).filter(isElement).find((c) => tagOf(c) === 'caption');
  if (caption) blocks.push(...walker.blocksOf(caption, ctx));
  const rows = rowsOf(table);
  const columns = Math.max(0, ...rows.map((row) => cellsOf(row).length));
  if (columns <= 1 || (table.getAttribute('role') ?? '').toLowerCase() === 'presentation') {
    for (const cell of rows.flatMap(cellsOf)) blocks.push(...walker.blocksOf(cell, ctx));
    return { blocks, flattened: null, mergedCells: 0 };
  }
  const { grid, merged } = gridOf(rows);
  let kept = 0;
  for (const slots of grid) {
    const texts: Inline[][] = [];
    const figures: BodyBlock[] = [];
    for (const cell of slots) {
      const cellBlocks = cell ? walker.blocksOf(cell, ctx) : [];
      figures.push(...cellBlocks.filter((b) => b.type === 'figure'));
      texts.push(joinParagraphs(cellBlocks.filter((b) => asParagraphs(b).length)));
    }
    if (texts.some((t) => t.length)) {
      blocks.push({ type: 'paragraph', content: rowContent(texts) });
      kept++;
    }
    blocks.push(...figures);
  }
  return { blocks, flattened: kept ? { rows: kept, columns: grid[0]?.length ?? columns } : null, mergedCells: kept ? merged : 0 };
}

/** A row's cells between " | ", an empty cell keeping its place: "Hà Tĩnh | | 15", "| Nghi Xuân | 17". */
function rowContent(texts: Inline[][]): Inline[] {
  const content: Inline[] = [];
  texts.forEach((text, i) => {
    if (i > 0) content.push({ type: 'text', text: texts[i - 1].length ? CELL_SEPARATOR : CELL_SEPARATOR.trimStart() });
    content.push(...text);
  });
  const last = content.at(-1);
  if (last?.type === 'text' && !texts.at(-1)!.length) content[content.length - 1] = { ...last, text: last.text.trimEnd() };
  return content;
}
