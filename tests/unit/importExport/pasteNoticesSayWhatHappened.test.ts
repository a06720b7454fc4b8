// The paste notes tell the reporter what really happened: footnotes land right after the
// pasted text (not "at the end of the article", as after an import); a picture that only
// lived in the copying page's memory (blob:) is not blamed on Word; small images left out
// are counted, not dropped unsaid. Checked in the words the app shows (its i18n resources).
import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { convertPastedHtml } from '../../../electron/services/import/convertPastedHtml';
import en from '../../../resources/locales/furniture.en.json';
import vi from '../../../resources/locales/furniture.vi.json';
import { outline } from './support/articleOutline';

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ lng: 'vi', resources: { vi: { translation: vi }, en: { translation: en } }, interpolation: { escapeValue: false } });
});

/** A note as the paste banner words it (PasteNotes: `import.warning.<code>` with its params). */
const worded = (note: { code: string; params: Record<string, string | number> }, lng = 'vi') => t.t(`import.warning.${note.code}`, { ...note.params, lng });

describe('footnotes in a paste', () => {
  it('says the footnotes are right after the pasted text, where they are', () => {
    const html =
      '<p>Cầu dài 1,2 km<a href="#_ftn1" name="_ftnref1" style="mso-footnote-id:ftn1">[1]</a>.</p>' +
      '<div style="mso-element:footnote-list"><div style="mso-element:footnote" id=ftn1><p class=MsoFootnoteText><a href="#_ftnref1" name="_ftn1">[1]</a> Theo Sở GTVT.</p></div></div>';
    const pasted = convertPastedHtml(html);
    expect(outline(pasted.blocks)).toEqual(['Cầu dài 1,2 km[1].', '[1] Theo Sở GTVT.']);
    const note = pasted.warnings.find((w) => w.code === 'import-notes-at-end')!;
    expect(worded(note)).toContain('ngay sau phần vừa dán');
    expect(worded(note, 'en')).toContain('right after the pasted text');
    expect(worded(note)).not.toContain('cuối bài,');
  });
});

describe('pictures', () => {
  it('says a blob: picture was only in the copying page’s memory, not that Word kept it', () => {
    const pasted = convertPastedHtml('<p><img src="blob:https://zalo.me/1b2c-3d4e" width="800" height="600" alt="Cầu Cửa Sót"></p>');
    expect(outline(pasted.blocks)).toEqual(['[figure placeholder alt="Cầu Cửa Sót" caption="" credit=""]']);
    expect(pasted.warnings).toEqual([{ code: 'import-image-browser-only', params: { alt: 'Cầu Cửa Sót' } }]);
    expect(worded(pasted.warnings[0])).not.toContain('Word');
  });

  it('counts small images left out (by size, or carried in the clipboard) in one notice', () => {
    const icon = 'iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAAFklEQVR42mP8z8DAwMDAxMDAwMAAAAoAAQHz4zV2AAAAAElFTkSuQmCC'; // 16×16 PNG
    const html = `<p>Logo <img src="file:///C:/logo.png" width="32" height="32"> và <img src="data:image/png;base64,${icon}"> chữ.</p>`;
    const pasted = convertPastedHtml(html);
    expect(outline(pasted.blocks)).toEqual(['Logo và chữ.']);
    expect(pasted.warnings).toEqual([{ code: 'import-small-images-left-out', params: { count: 2 } }]);
  });

  it('says nothing of a 1×1 tracking pixel', () => {
    expect(convertPastedHtml('<p>Tin <img src="https://t.co/p.gif" width="1" height="1"> nóng.</p>').warnings).toEqual([]);
  });
});
