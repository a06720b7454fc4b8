// Builds a small but real Word .docx in memory (the parts Word itself writes: content types,
// relationships, styles, numbering, document, one PNG), so the import test needs no binary
// fixture and shows exactly what it feeds in.
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export type Run = string | { text: string; bold?: boolean; italic?: boolean; link?: string };
export type DocxParagraph =
  | { style?: string; runs: Run[]; list?: 'bullet' | 'number' }
  | { image: { rel: string; alt: string; cx: number; cy: number } };

function runXml(run: Run, linkIds: Map<string, string>): string {
  const r = typeof run === 'string' ? { text: run } : run;
  const props = `${r.bold ? '<w:b/>' : ''}${r.italic ? '<w:i/>' : ''}`;
  const xml = `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(r.text)}</w:t></w:r>`;
  return r.link ? `<w:hyperlink r:id="${linkIds.get(r.link)}">${xml}</w:hyperlink>` : xml;
}

function imageXml(image: { rel: string; alt: string; cx: number; cy: number }): string {
  return (
    `<w:r><w:drawing><wp:inline><wp:extent cx="${image.cx}" cy="${image.cy}"/>` +
    `<wp:docPr id="1" name="Picture 1" descr="${escapeXml(image.alt)}"/>` +
    '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic>' +
    `<pic:nvPicPr><pic:cNvPr id="1" name="photo.png" descr="${escapeXml(image.alt)}"/><pic:cNvPicPr/></pic:nvPicPr>` +
    `<pic:blipFill><a:blip r:embed="${image.rel}"/></pic:blipFill>` +
    `<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${image.cx}" cy="${image.cy}"/></a:xfrm><a:prstGeom prst="rect"/></pic:spPr>` +
    '</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>'
  );
}

export function buildDocx(paragraphs: DocxParagraph[], png: Uint8Array): Uint8Array {
  const links = [...new Set(paragraphs.flatMap((p) => ('runs' in p ? p.runs : [])).flatMap((r) => (typeof r !== 'string' && r.link ? [r.link] : [])))];
  const linkIds = new Map(links.map((href, i) => [href, `rIdLink${i + 1}`]));

  const body = paragraphs
    .map((p) => {
      if ('image' in p) return `<w:p>${imageXml(p.image)}</w:p>`;
      const style = p.style ? `<w:pStyle w:val="${p.style}"/>` : '';
      const numbering = p.list ? `<w:numPr><w:ilvl w:val="0"/><w:numId w:val="${p.list === 'bullet' ? 1 : 2}"/></w:numPr>` : '';
      const props = style || numbering ? `<w:pPr>${style}${numbering}</w:pPr>` : '';
      return `<w:p>${props}${p.runs.map((r) => runXml(r, linkIds)).join('')}</w:p>`;
    })
    .join('');

  const document =
    `${XML}<w:document xmlns:w="${W}" xmlns:r="${R}" ` +
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" ' +
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ' +
    'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture">' +
    `<w:body>${body}<w:sectPr/></w:body></w:document>`;

  const style = (id: string, name: string) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/></w:style>`;
  const styles =
    `${XML}<w:styles xmlns:w="${W}">${style('Normal', 'Normal')}${style('Title', 'Title')}` +
    `${style('Heading2', 'heading 2')}${style('Caption', 'caption')}${style('Quote', 'Quote')}</w:styles>`;

  const level = (format: string, text: string) =>
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering =
    `${XML}<w:numbering xmlns:w="${W}">` +
    `<w:abstractNum w:abstractNumId="0">${level('bullet', '•')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${level('decimal', '%1.')}</w:abstractNum>` +
    '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>' +
    '</w:numbering>';

  const rel = (id: string, type: string, target: string, external = false) =>
    `<Relationship Id="${id}" Type="${R}/${type}" Target="${escapeXml(target)}"${external ? ' TargetMode="External"' : ''}/>`;
  const documentRels =
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rel('rIdStyles', 'styles', 'styles.xml') +
    rel('rIdNumbering', 'numbering', 'numbering.xml') +
    rel('rIdImage1', 'image', 'media/image1.png') +
    links.map((href) => rel(linkIds.get(href)!, 'hyperlink', href, true)).join('') +
    '</Relationships>';

  const contentTypes =
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    '<Default Extension="png" ContentType="image/png"/>' +
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
    '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
    '</Types>';
  const packageRels =
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rel('rId1', 'officeDocument', 'word/document.xml') +
    '</Relationships>';

  return zipSync(
    {
      '[Content_Types].xml': strToU8(contentTypes),
      '_rels/.rels': strToU8(packageRels),
      'word/document.xml': strToU8(document),
      'word/styles.xml': strToU8(styles),
      'word/numbering.xml': strToU8(numbering),
      'word/_rels/document.xml.rels': strToU8(documentRels),
      'word/media/image1.png': png,
    },
    { mtime: new Date(2020, 0, 1) },
  );
}
