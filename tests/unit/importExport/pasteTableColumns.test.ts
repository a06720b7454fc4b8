// A table of data flattened into one paragraph per row keeps every cell in its column: an
// empty cell keeps its place between two "|", and a merged cell is written once with the
// places it covers left empty — and the notes say the table had merged cells.
import { describe, expect, it } from 'vitest';
import { convertPastedHtml } from '../../../electron/services/import/convertPastedHtml';
import { outline } from './support/articleOutline';

const paste = (html: string) => {
  const pasted = convertPastedHtml(html);
  return { rows: outline(pasted.blocks), codes: pasted.warnings.map((w) => w.code), warnings: pasted.warnings };
};

describe('tables flattened into rows', () => {
  it('keeps every cell in its column, empty ones included', () => {
    const { rows, warnings } = paste(
      '<table><tr><th>Tỉnh</th><th>Huyện</th><th>Số xã</th></tr>' +
        '<tr><td>Hà Tĩnh</td><td></td><td>15</td></tr>' +
        '<tr><td></td><td>Nghi Xuân</td><td>17</td></tr>' +
        '<tr><td>Nghệ An</td><td>Vinh</td><td>&nbsp;</td></tr></table>',
    );
    expect(rows).toEqual(['Tỉnh | Huyện | Số xã', 'Hà Tĩnh | | 15', '| Nghi Xuân | 17', 'Nghệ An | Vinh |']);
    for (const row of rows) expect(row.split('|').length, `row “${row}”`).toBe(3);
    expect(warnings).toEqual([{ code: 'import-table-flattened', params: { rows: 4, columns: 3 } }]);
  });

  it('writes a merged cell once, keeps the columns after it in place, and says the table had merged cells', () => {
    const { rows, warnings } = paste(
      '<table><tr><td rowspan="2">Hà Tĩnh</td><td>Nghi Xuân</td><td>17</td></tr>' +
        '<tr><td>Can Lộc</td><td>19</td></tr>' +
        '<tr><td colspan="2">Tổng</td><td>36</td></tr></table>',
    );
    expect(rows).toEqual(['Hà Tĩnh | Nghi Xuân | 17', '| Can Lộc | 19', 'Tổng | | 36']);
    expect(warnings).toEqual([
      { code: 'import-table-flattened', params: { rows: 3, columns: 3 } },
      { code: 'import-table-merged-cells', params: { count: 2 } },
    ]);
  });

  it('leaves a row with no text out, as before', () => {
    expect(paste('<table><tr><td>A</td><td>B</td></tr><tr><td></td><td></td></tr></table>').rows).toEqual(['A | B']);
  });
});
