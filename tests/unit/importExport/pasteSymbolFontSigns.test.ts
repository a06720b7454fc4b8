// Signs typed in Word's Symbol and Wingdings fonts: Word's clipboard writes the font's own
// 8-bit code (≥ is "³", → is "®", ✓ is "ü"), so read as text they are other letters. The
// paste shows the sign the reporter saw; a code with no known sign stays, and is told.
import { describe, expect, it } from 'vitest';
import { convertPastedHtml } from '../../../electron/services/import/convertPastedHtml';
import { outline } from './support/articleOutline';

function paste(html: string) {
  const pasted = convertPastedHtml(html);
  return { text: outline(pasted.blocks).join('\n'), warnings: pasted.warnings };
}

function wordClipboard(body: string): string {
  return `<html><head><meta name=Generator content="Microsoft Word 15"></head><body lang=VI><!--StartFragment-->${body}<!--EndFragment--></body></html>`;
}

/** A sign inserted with Word's Insert › Symbol, as Word's clipboard writes it. */
const symbol = (code: number, font = 'Symbol') =>
  `<span style='font-family:${font};mso-ascii-font-family:Arial;mso-hansi-font-family:Arial;mso-char-type:symbol;mso-symbol-font-family:${font}'>` +
  `<span style='mso-char-type:symbol;mso-symbol-font-family:${font}'>&#${code};</span></span>`;

describe('signs set in Symbol and Wingdings', () => {
  it('reads Word’s Symbol and Wingdings codes as the signs Word shows', () => {
    const { text, warnings } = paste(wordClipboard(`<p class=MsoNormal>Tăng trưởng ${symbol(179)} 5% ${symbol(174)} đạt kế hoạch ${symbol(252, 'Wingdings')}</p>`));
    expect(text).toBe('Tăng trưởng ≥ 5% → đạt kế hoạch ✓');
    expect(warnings).toEqual([]);
  });

  it('reads Greek letters typed in the Symbol font (a → α, D → Δ)', () => {
    expect(paste(wordClipboard(`<p class=MsoNormal>Hệ số <span style='font-family:Symbol'>a</span> và <span style='font-family:Symbol'>D</span>t.</p>`)).text).toBe(
      'Hệ số α và Δt.',
    );
  });

  it('reads a private-use character a .docx kept for a Symbol sign', () => {
    expect(paste(`<p>Nhiệt độ <span style="font-family:Symbol">\uF0B3</span> 40°C.</p>`).text).toBe('Nhiệt độ ≥ 40°C.');
  });

  it('leaves text in another font inside a Symbol span as it is', () => {
    expect(paste(`<p><span style="font-family:Symbol"><span style="font-family:Arial">Giá ³ 5</span></span></p>`).text).toBe('Giá ³ 5');
  });

  it('keeps a Wingdings code with no known sign, and tells the reporter', () => {
    const { text, warnings } = paste(wordClipboard(`<p class=MsoNormal>Xem ${symbol(56, 'Wingdings')} trang sau</p>`));
    expect(text).toBe('Xem 8 trang sau');
    expect(warnings).toEqual([{ code: 'import-symbol-unknown', params: { text: '“8”' } }]);
  });

  it('keeps Word’s Symbol-font list bullets as list items', () => {
    const item = (t: string) =>
      `<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]><span style='font-family:Symbol'><span style='mso-list:Ignore'>·<span>&nbsp;&nbsp; </span></span></span><![endif]>${t}</p>`;
    const { text, warnings } = paste(wordClipboard(item('Một') + item('Hai')));
    expect(text).toBe('• Một\n• Hai');
    expect(warnings).toEqual([]);
  });
});
