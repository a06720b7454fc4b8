// Builds a small but real Word .docx in memory (the parts Word itself writes: content types,
// relationships, styles, numbering, document, one PNG; footnotes and comments when used), so
// the import test needs no binary fixture and shows exactly what it feeds in.
import { strToU8, zipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** `bold: false` writes `<w:b w:val="0"/>`; `style` is a character style id. */
export type Run =
  | string
  | { text: string; bold?: boolean; italic?: boolean; link?: string; style?: string }
  | { footnote: string }
  | { comment: string; author: string; on: string }
  /** A photo among the words of a paragraph. */
  | { inlineImage: { rel: string; alt: string; cx: number; cy: number } };
export type DocxParagraph =
  | { style?: string; runs: Run[]; list?: 'bullet' | 'number'; numId?: number; level?: number }
  | { image: { rel: string; alt: string; cx: number; cy: number } }
  | { table: Run[][][] };

export interface DocxExtras {
  /** More <w:style> elements for styles.xml. */
  styles?: string;
  /** More <w:abstractNum> and <w:num> elements for numbering.xml (ids above 2). */
  abstractNums?: string;
  nums?: string;
}

interface Notes {
  footnotes: string[];
  comments: Array<{ text: string; author: string }>;
}

function runXml(run: Run, linkIds: Map<string, string>, notes: Notes): string {
  if (typeof run !== 'string' && 'footnote' in run) {
    notes.footnotes.push(run.footnote);
    return `<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="${notes.footnotes.length}"/></w:r>`;
  }
  if (typeof run !== 'string' && 'comment' in run) {
    const id = notes.comments.push({ text: run.comment, author: run.author }) - 1;
    return (
      `<w:commentRangeStart w:id="${id}"/><w:r><w:t xml:space="preserve">${escapeXml(run.on)}</w:t></w:r><w:commentRangeEnd w:id="${id}"/>` +
      `<w:r><w:rPr><w:rStyle w:val="CommentReference"/></w:rPr><w:commentReference w:id="${id}"/></w:r>`
    );
  }
  if (typeof run !== 'string' && 'inlineImage' in run) return imageXml(run.inlineImage);
  const r = typeof run === 'string' ? { text: run } : run;
  const style = 'style' in r && r.style ? `<w:rStyle w:val="${r.style}"/>` : '';
  const bold = 'bold' in r && r.bold !== undefined ? (r.bold ? '<w:b/>' : '<w:b w:val="0"/>') : '';
  const props = `${style}${bold}${'italic' in r && r.italic ? '<w:i/>' : ''}`;
  const xml = `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ''}<w:t xml:space="preserve">${escapeXml(r.text)}</w:t></w:r>`;
  return 'link' in r && r.link ? `<w:hyperlink r:id="${linkIds.get(r.link)}">${xml}</w:hyperlink>` : xml;
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

function paragraphXml(p: Extract<DocxParagraph, { runs: Run[] }>, linkIds: Map<string, string>, notes: Notes): string {
  const style = p.style ? `<w:pStyle w:val="${p.style}"/>` : '';
  const numId = p.numId ?? (p.list ? (p.list === 'bullet' ? 1 : 2) : undefined);
  const numbering = numId !== undefined ? `<w:numPr><w:ilvl w:val="${p.level ?? 0}"/><w:numId w:val="${numId}"/></w:numPr>` : '';
  const props = style || numbering ? `<w:pPr>${style}${numbering}</w:pPr>` : '';
  return `<w:p>${props}${p.runs.map((r) => runXml(r, linkIds, notes)).join('')}</w:p>`;
}

export function buildDocx(paragraphs: DocxParagraph[], png: Uint8Array, extras: DocxExtras = {}): Uint8Array {
  const allRuns = paragraphs.flatMap((p) => ('runs' in p ? p.runs : 'table' in p ? p.table.flat(2) : []));
  const links = [...new Set(allRuns.flatMap((r) => (typeof r !== 'string' && 'link' in r && r.link ? [r.link] : [])))];
  const linkIds = new Map(links.map((href, i) => [href, `rIdLink${i + 1}`]));
  const notes: Notes = { footnotes: [], comments: [] };

  const body = paragraphs
    .map((p) => {
      if ('image' in p) return `<w:p>${imageXml(p.image)}</w:p>`;
      if ('table' in p) {
        const cell = (runs: Run[]) => `<w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/></w:tcPr>${paragraphXml({ runs }, linkIds, notes)}</w:tc>`;
        return `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>${p.table.map((row) => `<w:tr>${row.map(cell).join('')}</w:tr>`).join('')}</w:tbl>`;
      }
      return paragraphXml(p, linkIds, notes);
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
    `${style('Heading2', 'heading 2')}${style('Caption', 'caption')}${style('Quote', 'Quote')}${extras.styles ?? ''}</w:styles>`;

  const level = (format: string, text: string) =>
    `<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
  const numbering =
    `${XML}<w:numbering xmlns:w="${W}">` +
    `<w:abstractNum w:abstractNumId="0">${level('bullet', '•')}</w:abstractNum>` +
    `<w:abstractNum w:abstractNumId="1">${level('decimal', '%1.')}</w:abstractNum>${extras.abstractNums ?? ''}` +
    `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>${extras.nums ?? ''}` +
    '</w:numbering>';

  const rel = (id: string, type: string, target: string, external = false) =>
    `<Relationship Id="${id}" Type="${R}/${type}" Target="${escapeXml(target)}"${external ? ' TargetMode="External"' : ''}/>`;
  const documentRels =
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rel('rIdStyles', 'styles', 'styles.xml') +
    rel('rIdNumbering', 'numbering', 'numbering.xml') +
    rel('rIdImage1', 'image', 'media/image1.png') +
    (notes.footnotes.length ? rel('rIdFootnotes', 'footnotes', 'footnotes.xml') : '') +
    (notes.comments.length ? rel('rIdComments', 'comments', 'comments.xml') : '') +
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
    '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>' +
    '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>' +
    '</Types>';
  const packageRels =
    `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rel('rId1', 'officeDocument', 'word/document.xml') +
    '</Relationships>';

  const footnotes =
    `${XML}<w:footnotes xmlns:w="${W}">` +
    '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>' +
    '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>' +
    notes.footnotes
      .map((text, i) => `<w:footnote w:id="${i + 1}"><w:p><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> ${escapeXml(text)}</w:t></w:r></w:p></w:footnote>`)
      .join('') +
    '</w:footnotes>';
  const comments =
    `${XML}<w:comments xmlns:w="${W}">` +
    notes.comments
      .map((c, i) => `<w:comment w:id="${i}" w:author="${escapeXml(c.author)}" w:date="2024-05-01T08:00:00Z" w:initials="${escapeXml(c.author.split(' ').map((w) => w[0]).join(''))}"><w:p><w:r><w:t>${escapeXml(c.text)}</w:t></w:r></w:p></w:comment>`)
      .join('') +
    '</w:comments>';

  return zipSync(
    {
      '[Content_Types].xml': strToU8(contentTypes),
      '_rels/.rels': strToU8(packageRels),
      'word/document.xml': strToU8(document),
      'word/styles.xml': strToU8(styles),
      'word/numbering.xml': strToU8(numbering),
      'word/_rels/document.xml.rels': strToU8(documentRels),
      'word/media/image1.png': png,
      ...(notes.footnotes.length ? { 'word/footnotes.xml': strToU8(footnotes) } : {}),
      ...(notes.comments.length ? { 'word/comments.xml': strToU8(comments) } : {}),
    },
    { mtime: new Date(2020, 0, 1) },
  );
}
