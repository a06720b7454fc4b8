// The elements of one name in WordprocessingML text, empty ones (`<w:altChunk r:id="x"/>`,
// `<w:pPr/>`) included, in one pass: a damaged or hostile file (thousands of opening tags
// never closed) costs one pass over the text, not one per tag. xmlElements.ts reads the same
// way but as the lazy pattern it replaced did, an empty tag taken as opening an element; the
// rewrites of document.xml need empty tags as what they are. Elements of one name are taken
// as not nested, which is how Word writes the ones read here.

export interface XmlElementOrEmpty {
  start: number;
  end: number;
  xml: string;
}

/** `<name …>…</name>` and `<name …/>`, in order; an opening tag never closed ends the search. */
export function elementsOrEmpty(xml: string, name: string): XmlElementOrEmpty[] {
  const found: XmlElementOrEmpty[] = [];
  const open = `<${name}`;
  const close = `</${name}>`;
  let from = 0;
  for (;;) {
    const start = xml.indexOf(open, from);
    if (start < 0) return found;
    const after = xml.charAt(start + open.length);
    if (after !== '>' && after !== '/' && !/\s/.test(after)) {
      from = start + open.length; // a longer name (<m:oMathPara> when looking for <m:oMath>)
      continue;
    }
    const tagEnd = xml.indexOf('>', start);
    if (tagEnd < 0) return found;
    if (xml.charAt(tagEnd - 1) === '/') {
      found.push({ start, end: tagEnd + 1, xml: xml.slice(start, tagEnd + 1) });
      from = tagEnd + 1;
      continue;
    }
    const closeAt = xml.indexOf(close, tagEnd);
    if (closeAt < 0) return found;
    const end = closeAt + close.length;
    found.push({ start, end, xml: xml.slice(start, end) });
    from = end;
  }
}

/** The text with each element of `name` replaced by what `replace` returns for it. */
export function replaceElementsOrEmpty(xml: string, name: string, replace: (element: string) => string): string {
  const elements = elementsOrEmpty(xml, name);
  if (!elements.length) return xml;
  let out = '';
  let at = 0;
  for (const element of elements) {
    out += xml.slice(at, element.start) + replace(element.xml);
    at = element.end;
  }
  return out + xml.slice(at);
}
