// Struck-out, deleted and hidden text in a paste: a tracked deletion is left out, as
// the .docx import leaves it out, and the insertion next to it kept; text struck through for
// the reader comes in as ordinary text (the article has no strike-through) and the paste
// notes quote it, so the reporter can delete it; Word's hidden text is left out, and quoted.
import { describe, expect, it } from 'vitest';
import { convertPastedHtml } from '../../../electron/services/import/convertPastedHtml';
import { importDocx } from '../../../electron/services/import/importDocx';
import { outline } from './support/articleOutline';
import { para, rawDocx, run } from './support/rawDocx';

function paste(html: string) {
  const pasted = convertPastedHtml(html);
  return { text: outline(pasted.blocks).join('\n'), warnings: pasted.warnings };
}

/** Word 365's clipboard document around a fragment (styles in <head>, as Word writes them). */
function wordClipboard(body: string, css = ''): string {
  return (
    '<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word">' +
    `<head><meta name=Generator content="Microsoft Word 15"><style><!-- ${css} --></style></head>` +
    `<body lang=VI><!--StartFragment-->${body}<!--EndFragment--></body></html>`
  );
}

const TRACKED_CSS = 'span.msoIns {mso-style-type:export-only; text-decoration:underline;} span.msoDel {mso-style-type:export-only; text-decoration:line-through; color:red;}';

describe('tracked changes in a Word paste', () => {
  it('leaves out the deletion and keeps the insertion, and says what was left out', () => {
    const body =
      '<p class=MsoNormal>Giá <span class=msoDel><del cite="mailto:PV" datetime="2024-05-01T10:00">25.000</del></span>' +
      '<span class=msoIns><ins cite="mailto:PV" datetime="2024-05-01T10:00">30.000</ins></span> đồng/kg.</p>';
    const { text, warnings } = paste(wordClipboard(body, TRACKED_CSS));
    expect(text).toBe('Giá 30.000 đồng/kg.');
    expect(warnings).toEqual([{ code: 'import-tracked-deletion-left-out', params: { text: '“25.000”' } }]);
  });

  it('leaves out a deletion Word marked only with its msoDel style', () => {
    const { text } = paste(wordClipboard('<p class=MsoNormal>Cầu dài <span class=msoDel>1,5</span><span class=msoIns>1,2</span> km.</p>', TRACKED_CSS));
    expect(text).toBe('Cầu dài 1,2 km.');
  });
});

describe('struck-out text', () => {
  it('keeps struck text from a web page or Google Docs and quotes it in one notice', () => {
    const { text, warnings } = paste('<p>Giá <s>25.000</s> 30.000 đồng, <span style="text-decoration:line-through">hết hàng</span> còn hàng.</p>');
    expect(text).toBe('Giá 25.000 30.000 đồng, hết hàng còn hàng.');
    expect(warnings).toEqual([{ code: 'import-strike-kept', params: { text: '“25.000”, “hết hàng”' } }]);
  });

  it('reads a word Word split into several struck runs as one quote', () => {
    const { warnings } = paste('<p>Giá <strike>25.</strike><strike><b>000</b></strike> đồng.</p>');
    expect(warnings).toEqual([{ code: 'import-strike-kept', params: { text: '“25.000”' } }]);
  });

  it('treats a <del> without Word’s author and date as struck text, kept', () => {
    const { text, warnings } = paste('<p>Giá <del>25.000</del> 30.000 đồng.</p>');
    expect(text).toBe('Giá 25.000 30.000 đồng.');
    expect(warnings.map((w) => w.code)).toEqual(['import-strike-kept']);
  });

  it('says nothing when nothing was struck out', () => {
    expect(paste('<p>Giá <u>30.000</u> đồng.</p>').warnings).toEqual([]);
  });

  it('tells about struck text in a .docx too', async () => {
    const docx = rawDocx(para(run('Tít bài')) + para(run('Sapo bài.')) + para(run('Giá ') + run('25.000', '<w:strike/>') + run(' 30.000 đồng/kg.')));
    const imported = await importDocx(docx, 'gia.docx');
    expect(imported.warnings).toContainEqual({ code: 'import-strike-kept', params: { text: '“25.000”' } });
  });
});

describe('hidden text', () => {
  it('leaves out text Word hides (Font › Hidden) and quotes it', () => {
    const body = "<p class=MsoNormal>Cầu dài 1,2 km. <span style='display:none;mso-hide:all'>GHI CHÚ: chưa xác minh với Sở GTVT. </span>Vốn 300 tỷ đồng.</p>";
    const { text, warnings } = paste(wordClipboard(body));
    expect(text).toBe('Cầu dài 1,2 km. Vốn 300 tỷ đồng.');
    expect(warnings).toEqual([{ code: 'import-hidden-text-left-out', params: { text: '“GHI CHÚ: chưa xác minh với Sở GTVT.”' } }]);
  });

  it('leaves a web page’s hidden share bar out without a word', () => {
    expect(paste('<p>Tin chính.</p><div style="display:none">Chia sẻ Facebook</div>').warnings).toEqual([]);
  });
});
