// Word's XML parts read in one pass. A pattern like /<w:num\b[^>]*>[\s\S]*?<\/w:num>/g scans
// to the end of the text from every opening that never closes, so a small .docx whose
// numbering.xml or styles.xml unpacks to a few MB of such openings kept the services (and
// every save with them) busy for minutes. Here each opening is followed by one search for its
// closing, and the first opening without one ends the search: no later one can close either.

export interface ElementSpan {
  /** Where the element's opening `<` is. */
  start: number;
  /** Just after its closing tag. */
  end: number;
  text: string;
}

const isNameChar = (char: string | undefined) => char !== undefined && /\w/.test(char);

/**
 * Every `<name …>…</name>` of `xml` in order, the first closing tag after an opening ending it
 * (as the lazy pattern does; Word does not nest these elements in themselves).
 */
export function elementSpans(xml: string, name: string): ElementSpan[] {
  const opening = `<${name}`;
  const closing = `</${name}>`;
  const spans: ElementSpan[] = [];
  let from = 0;
  for (;;) {
    const start = xml.indexOf(opening, from);
    if (start < 0) return spans;
    if (isNameChar(xml[start + opening.length])) {
      // `<w:numbering` is not `<w:num`.
      from = start + opening.length;
      continue;
    }
    const tagEnd = xml.indexOf('>', start + opening.length);
    if (tagEnd < 0) return spans;
    const close = xml.indexOf(closing, tagEnd + 1);
    if (close < 0) return spans;
    const end = close + closing.length;
    spans.push({ start, end, text: xml.slice(start, end) });
    from = end;
  }
}

/** The text of every `<name …>…</name>` of `xml`. */
export function elementsNamed(xml: string, name: string): string[] {
  return elementSpans(xml, name).map((span) => span.text);
}

/** `xml` with every `<name …>…</name>` replaced by what `replace` makes of it. */
export function replaceElements(xml: string, name: string, replace: (element: string) => string): string {
  let out = '';
  let at = 0;
  for (const span of elementSpans(xml, name)) {
    out += xml.slice(at, span.start) + replace(span.text);
    at = span.end;
  }
  return out + xml.slice(at);
}
