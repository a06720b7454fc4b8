// Finding the elements of one name in WordprocessingML text without a regular expression
// that can backtrack: a damaged or hostile file (thousands of opening tags never closed)
// must cost one pass over the text, not one pass per tag. Elements of the same name are
// taken as not nested, which is how Word writes the ones read here.

export interface XmlElementAt {
  start: number;
  end: number;
  xml: string;
}

/** `<name …>…</name>` and `<name …/>`, in order; an opening tag never closed ends the search. */
export function findElements(xml: string, name: string): XmlElementAt[] {
  const found: XmlElementAt[] = [];
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
export function replaceElements(xml: string, name: string, replace: (element: string) => string): string {
  const elements = findElements(xml, name);
  if (!elements.length) return xml;
  let out = '';
  let at = 0;
  for (const element of elements) {
    out += xml.slice(at, element.start) + replace(element.xml);
    at = element.end;
  }
  return out + xml.slice(at);
}
