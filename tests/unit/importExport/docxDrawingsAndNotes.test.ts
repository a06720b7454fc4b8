// What the article cannot show from a .docx still leaves a trace the reporter can act on: a
// SmartArt diagram, a chart, an EMF drawing or a linked picture leaves a photo frame where
// it was and one plain note; text inserted as an HTML chunk comes in; and no note is
// mammoth's raw English ("Image of type image/x-emf…", "{http://…}oMath").
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { ArticleDoc, Figure } from '../../../electron/contract/article/articleContent';
import { importDocx } from '../../../electron/services/import/importDocx';
import { articleLines } from './support/articleLines';
import { withDocxParts } from './support/docxParts';
import { para, rawDocx, run } from './support/rawDocx';

const HEAD = para(run('Hà Tĩnh khánh thành cầu Cửa Sót')) + para(run('Sáng 1/5, cây cầu dài nhất tỉnh chính thức thông xe.'));
const DGM = 'http://schemas.openxmlformats.org/drawingml/2006/diagram';
const CHART = 'http://schemas.openxmlformats.org/drawingml/2006/chart';
const drawing = (graphicData: string) =>
  `<w:r><w:drawing><wp:inline><wp:extent cx="5486400" cy="3200400"/><wp:docPr id="1" name="Diagram 1"/><a:graphic>${graphicData}</a:graphic></wp:inline></w:drawing></w:r>`;
const figures = (doc: ArticleDoc) => doc.content.filter((n): n is Figure => n.type === 'figure');
const RAW_ENGLISH = /unlikely to display|unrecognised element|external file access|\{http/i;

describe('.docx drawings the article cannot show', () => {
  it('leaves a frame for a SmartArt diagram, its words as the description, and says so once', async () => {
    const smartArt = drawing(`<a:graphicData uri="${DGM}"><dgm:relIds xmlns:dgm="${DGM}" r:dm="rId9" r:lo="rId10" r:qs="rId11" r:cs="rId12"/></a:graphicData>`);
    const data = `<dgm:dataModel xmlns:dgm="${DGM}" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst><dgm:pt><dgm:t><a:p><a:r><a:t>Ban quản lý</a:t></a:r></a:p></dgm:t></dgm:pt><dgm:pt><dgm:t><a:p><a:r><a:t>Phòng kỹ thuật</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>`;
    const docx = withDocxParts(rawDocx(HEAD + para(run('Bộ máy gồm:')) + para(smartArt) + para(run('Các phòng ban phối hợp chặt chẽ.'))), {
      files: { 'word/diagrams/data1.xml': strToU8(data) },
      relationships: [{ id: 'rId9', type: 'diagramData', target: 'diagrams/data1.xml' }],
    });
    const imported = await importDocx(docx, 'so-do.docx');
    expect(figures(imported.doc)).toHaveLength(1);
    expect(figures(imported.doc)[0].attrs).toMatchObject({ src: null, alt: 'Ban quản lý · Phòng kỹ thuật' });
    expect(imported.warnings).toEqual([{ code: 'import-drawing-placeholder', params: { kind: 'SmartArt' } }]);
    expect(articleLines(imported.doc)).toContain('Các phòng ban phối hợp chặt chẽ.');
  });

  it('leaves a frame for a chart and says so', async () => {
    const chart = drawing(`<a:graphicData uri="${CHART}"><c:chart xmlns:c="${CHART}" r:id="rId7"/></a:graphicData>`);
    const imported = await importDocx(rawDocx(HEAD + para(chart) + para(run('Thân bài.'))), 'bieu-do.docx');
    expect(figures(imported.doc)).toHaveLength(1);
    expect(imported.warnings.map((w) => w.code)).toEqual(['import-drawing-placeholder']);
  });

  it('leaves one frame and one plain note for an EMF picture', async () => {
    const emf = new Uint8Array([0x01, 0, 0, 0, 0x6c, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0x20, 0x45, 0x4d, 0x46]);
    const picture =
      '<w:r><w:drawing><wp:inline><wp:extent cx="3000000" cy="2000000"/><wp:docPr id="2" name="Picture 2" descr="Sơ đồ tuyến"/><a:graphic>' +
      '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="2" name="image1.emf" descr="Sơ đồ tuyến"/><pic:cNvPicPr/></pic:nvPicPr>' +
      '<pic:blipFill><a:blip r:embed="rIdEmf"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
    const docx = withDocxParts(rawDocx(HEAD + para(picture) + para(run('Thân bài.'))), {
      files: { 'word/media/image1.emf': emf },
      relationships: [{ id: 'rIdEmf', type: 'image', target: 'media/image1.emf' }],
    });
    const imported = await importDocx(docx, 'emf.docx');
    expect(figures(imported.doc)).toHaveLength(1);
    expect(figures(imported.doc)[0].attrs).toMatchObject({ src: null, alt: 'Sơ đồ tuyến' });
    expect(imported.warnings).toEqual([{ code: 'import-image-placeholder', params: { type: 'EMF' } }]);
  });

  it('leaves a frame for a picture only linked from the file, in plain words', async () => {
    const linked =
      '<w:r><w:drawing><wp:inline><wp:extent cx="3000000" cy="2000000"/><wp:docPr id="3" name="Picture 3" descr="Cầu"/><a:graphic>' +
      '<a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="3" name="cau.jpg"/><pic:cNvPicPr/></pic:nvPicPr>' +
      '<pic:blipFill><a:blip r:link="rIdLinked"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>';
    const docx = withDocxParts(rawDocx(HEAD + para(linked) + para(run('Thân bài.'))), {
      relationships: [{ id: 'rIdLinked', type: 'image', target: 'file:///C:/Anh/cau.jpg', external: true }],
    });
    const imported = await importDocx(docx, 'lien-ket.docx');
    expect(figures(imported.doc)).toHaveLength(1);
    expect(imported.warnings.map((w) => w.code)).toEqual(['import-image-linked']);
    expect(JSON.stringify(imported.warnings)).not.toMatch(RAW_ENGLISH);
  });
});

describe('.docx chunks and unknown parts', () => {
  it('brings in the text of an HTML chunk (w:altChunk)', async () => {
    const docx = withDocxParts(rawDocx(HEAD + '<w:altChunk r:id="rIdChunk"/>' + para(run('Đoạn cuối.'))), {
      files: { 'word/chunk1.htm': strToU8('<html><head><style>p{color:red}</style><title>Không phải chữ bài</title></head><body><p>Đoạn chèn thứ nhất &amp; thứ hai.</p><script>alert(1)</script><p>Đoạn chèn <b>tiếp</b>.</p></body></html>') },
      relationships: [{ id: 'rIdChunk', type: 'aFChunk', target: 'chunk1.htm' }],
    });
    const imported = await importDocx(docx, 'chunk.docx');
    expect(articleLines(imported.doc)).toEqual(expect.arrayContaining(['Đoạn chèn thứ nhất & thứ hai.', 'Đoạn chèn tiếp.', 'Đoạn cuối.']));
    expect(articleLines(imported.doc).join('\n')).not.toMatch(/alert|color|Không phải chữ bài/);
    expect(JSON.stringify(imported.warnings)).not.toMatch(RAW_ENGLISH);
  });

  it('names a part it could not read in a plain note, not in mammoth\'s English', async () => {
    const imported = await importDocx(rawDocx(HEAD + para(run('Có ') + '<w:r><w:ruby><w:rt>x</w:rt></w:ruby></w:r>' + run('chữ.'))), 'la.docx');
    expect(imported.warnings).toEqual([{ code: 'import-docx-part-left-out', params: { part: 'w:ruby' } }]);
  });
});
