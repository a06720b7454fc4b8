// Parts of a .docx that mammoth skips without a word, found in document.xml before it reads:
//   SmartArt diagrams and charts → a marker mammoth writes as text, which importDocx turns
//     into a photo frame holding the place (with the diagram's words as its description);
//   alternative-format chunks (<w:altChunk>, text pasted in as HTML or plain text by some
//     tools) → their text as paragraphs; other formats are reported as left out.
import { strFromU8 } from 'fflate';
import { replaceElementsOrEmpty } from './xmlElementsOrEmpty';

const MARK_OPEN = '\uE002soan-drawing:';
const MARK_CLOSE = '\uE003';

export type DrawingKind = 'diagram' | 'chart';

export interface EmbeddedParts {
  xml: string;
  drawings: Array<{ kind: DrawingKind; text: string }>;
  /** altChunk parts whose format could not be read. */
  leftOut: string[];
}

const attr = (xml: string, name: string) => new RegExp(`\\b${name}="([^"]*)"`).exec(xml)?.[1];
const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const unescapeXml = (text: string) =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n))).replace(/&amp;/g, '&');

/** Relationship id → the part's path in the zip. */
function readRelationships(files: Record<string, Uint8Array>): Map<string, string> {
  const rels = files['word/_rels/document.xml.rels'];
  const out = new Map<string, string>();
  if (!rels) return out;
  for (const [rel] of strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = attr(rel, 'Id');
    const target = attr(rel, 'Target');
    if (!id || !target || attr(rel, 'TargetMode') === 'External') continue;
    out.set(id, target.startsWith('/') ? target.slice(1) : `word/${target}`);
  }
  return out;
}

function textsOf(xml: string | undefined): string {
  const texts = [...(xml ?? '').matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unescapeXml(m[1]).trim()).filter(Boolean);
  return texts.join(' · ');
}

const DIAGRAM_OR_CHART = /<a:graphicData\b[^>]*\buri="[^"]*\/(diagram|chart|chartex)"/;
const MAX_DESCRIPTION = 300;

function drawingsToMarkers(xml: string, files: Record<string, Uint8Array>, rels: Map<string, string>, found: EmbeddedParts['drawings']): string {
  const part = (id: string | undefined) => (id && rels.has(id) && files[rels.get(id)!] ? strFromU8(files[rels.get(id)!]) : undefined);
  return replaceElementsOrEmpty(xml, 'w:drawing', (drawing) => {
    const uri = DIAGRAM_OR_CHART.exec(drawing);
    if (!uri) return drawing;
    const kind: DrawingKind = uri[1] === 'diagram' ? 'diagram' : 'chart';
    const source = kind === 'diagram' ? part(attr(drawing, 'r:dm')) : part(/<c(?:x)?:chart\b[^>]*>/.exec(drawing)?.[0].match(/r:id="([^"]*)"/)?.[1]);
    const text = textsOf(source).slice(0, MAX_DESCRIPTION);
    found.push({ kind, text });
    return `<w:t>${MARK_OPEN}${found.length - 1}${MARK_CLOSE}</w:t>`;
  });
}

/** HTML without its <script>, <style> and <head> elements (one pass; an unclosed one ends the text). */
function withoutNonText(html: string): string {
  const opening = /<(script|style|head)\b/gi;
  let out = '';
  let at = 0;
  for (let match = opening.exec(html); match; match = opening.exec(html)) {
    out += html.slice(at, match.index);
    const closing = new RegExp(`</${match[1]}[^>]*>`, 'gi');
    closing.lastIndex = opening.lastIndex;
    const close = closing.exec(html);
    if (!close) return out;
    at = closing.lastIndex;
    opening.lastIndex = at;
  }
  return out + html.slice(at);
}

/** The paragraphs of an HTML or plain-text chunk, as WordprocessingML. */
function chunkParagraphs(content: string, isHtml: boolean): string {
  const text = isHtml
    ? unescapeXml(
        withoutNonText(content)
          .replace(/<(?:br|\/p|\/div|\/h\d|\/li|\/tr|\/blockquote)\b[^>]*>/gi, '\n')
          .replace(/<[^>]*>/g, '')
          .replace(/&nbsp;/g, ' '),
      )
    : content;
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((line) => `<w:p><w:r><w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r></w:p>`)
    .join('');
}

export function rewriteEmbeddedParts(documentXml: string, files: Record<string, Uint8Array>): EmbeddedParts {
  const rels = readRelationships(files);
  const drawings: EmbeddedParts['drawings'] = [];
  const leftOut: string[] = [];
  // What Word offers newer readers (mc:Choice) is not what mammoth reads (the fallback).
  const choices: string[] = [];
  let xml = replaceElementsOrEmpty(documentXml, 'mc:Choice', (choice) => `\uE004${choices.push(choice) - 1}\uE005`);
  xml = drawingsToMarkers(xml, files, rels, drawings);
  xml = replaceElementsOrEmpty(xml, 'w:altChunk', (chunk) => {
    const path = rels.get(attr(chunk, 'r:id') ?? '') ?? '';
    const bytes = files[path];
    const isHtml = /\.(?:html?|xhtml)$/i.test(path);
    if (bytes && (isHtml || /\.txt$/i.test(path))) return chunkParagraphs(strFromU8(bytes), isHtml);
    leftOut.push(path.replace(/^word\//, '') || 'altChunk');
    return '';
  });
  xml = xml.replace(/\uE004(\d+)\uE005/g, (_m, i: string) => choices[Number(i)]);
  return { xml, drawings, leftOut };
}

const MARKER = new RegExp(`${MARK_OPEN}(\\d+)${MARK_CLOSE}`, 'g');

/** mammoth's HTML with each drawing marker as a placeholder image (`src` = prefix + kind). */
export function drawingPlaceholders(html: string, drawings: EmbeddedParts['drawings'], srcPrefix: string): string {
  return html.replace(MARKER, (_m, i: string) => {
    const drawing = drawings[Number(i)];
    const alt = (drawing?.text ?? '').replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    return `<img src="${srcPrefix}${drawing?.kind ?? 'diagram'}" alt="${alt}">`;
  });
}
