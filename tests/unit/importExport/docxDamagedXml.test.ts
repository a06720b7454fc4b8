// A damaged or hostile .docx (thousands of elements opened and never closed) gets a plain
// answer in reasonable time: the rewrites before mammoth make one pass over the text, not
// one per tag (with backtracking patterns this input took ~45 s).
import { describe, expect, it } from 'vitest';
import { ImportError } from '../../../electron/services/import/importError';
import { importDocx } from '../../../electron/services/import/importDocx';
import { elementsOrEmpty } from '../../../electron/services/import/xmlElementsOrEmpty';
import { para, rawDocx, run } from './support/rawDocx';

describe('.docx with damaged XML', () => {
  it.each(['<w:txbxContent>', '<w:drawing>', '<m:oMath>', '<mc:Choice>', '<w:r><w:rPr>', '<w:altChunk r:id="x">'])(
    'answers quickly and plainly when %s is opened 20,000 times and never closed',
    async (open) => {
      const docx = rawDocx(para(run('Tiêu đề')) + open.repeat(20_000) + 'x'.repeat(1_000_000));
      const started = Date.now();
      const outcome = await importDocx(docx, 'hong.docx').then(
        () => 'imported',
        (error: unknown) => (error instanceof ImportError ? error.code : String(error)),
      );
      expect(['imported', 'import-not-docx']).toContain(outcome);
      expect(Date.now() - started).toBeLessThan(15_000);
    },
    30_000,
  );

  it('finds elements in order, self-closing ones too, and not longer names', () => {
    const xml = '<m:oMathPara><m:oMath><m:t>a</m:t></m:oMath><m:oMath/></m:oMathPara><m:oMath>never closed';
    expect(elementsOrEmpty(xml, 'm:oMath').map((e) => e.xml)).toEqual(['<m:oMath><m:t>a</m:t></m:oMath>', '<m:oMath/>']);
  });
});
