// A small HTML tree and its serializer. Exported pages are built as trees from the article
// JSON and serialized here with escaping, never by concatenating user text into markup.
// The output is laid out one block per line so that two exports diff readably.

export type AttrValue = string | number | boolean | null | undefined;
export interface HtmlElement {
  kind: 'element';
  tag: string;
  attrs: Array<[string, string | true]>;
  children: HtmlChild[];
}
/** Text that must not be escaped: only the contents of `style` and `script` (data) elements. */
export interface RawText {
  kind: 'raw';
  text: string;
}
export type HtmlChild = HtmlElement | RawText | string;
type ChildInput = HtmlChild | ChildInput[] | null | undefined | false;

const TAG_NAME = /^[a-z][a-z0-9]*$/;
const ATTR_NAME = /^[a-z][a-z0-9:-]*$/;
const VOID = new Set(['meta', 'link', 'img', 'br', 'hr', 'source', 'wbr']);
const BLOCK = new Set([
  'html', 'head', 'body', 'main', 'article', 'header', 'footer', 'aside', 'section', 'nav',
  'figure', 'figcaption', 'p', 'h1', 'h2', 'h3', 'h4', 'ul', 'ol', 'li', 'blockquote',
  'meta', 'link', 'title', 'style', 'script',
]);

export function h(tag: string, attrs: Record<string, AttrValue> = {}, ...children: ChildInput[]): HtmlElement {
  if (!TAG_NAME.test(tag)) throw new Error(`bad tag name ${tag}`);
  const list: Array<[string, string | true]> = [];
  for (const [name, value] of Object.entries(attrs)) {
    if (!ATTR_NAME.test(name)) throw new Error(`bad attribute name ${name}`);
    if (value === null || value === undefined || value === false) continue;
    list.push([name, value === true ? true : String(value)]);
  }
  return { kind: 'element', tag, attrs: list, children: flatten(children) };
}

function flatten(children: ChildInput[]): HtmlChild[] {
  const out: HtmlChild[] = [];
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) out.push(...flatten(child));
    else if (child !== '') out.push(child);
  }
  return out;
}

/** Contents of `<style>` or a JSON `<script>`; refuses anything that could close the element. */
export function rawText(text: string): RawText {
  if (/<\/(style|script)/i.test(text) || text.includes('<!--')) throw new Error('raw text would end its element early');
  return { kind: 'raw', text };
}

export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function openTag(el: HtmlElement): string {
  const attrs = el.attrs.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  return `<${el.tag}${attrs}>`;
}

function isBlock(child: HtmlChild): boolean {
  return typeof child !== 'string' && child.kind === 'element' && BLOCK.has(child.tag);
}

function serialize(node: HtmlChild, depth: number): string {
  if (typeof node === 'string') return escapeText(node);
  if (node.kind === 'raw') return node.text;
  if (VOID.has(node.tag)) return openTag(node);
  const blockChildren = node.children.some(isBlock);
  if (!blockChildren) return `${openTag(node)}${node.children.map((c) => serialize(c, depth + 1)).join('')}</${node.tag}>`;
  const indent = '  '.repeat(depth + 1);
  const inner = node.children.map((c) => `\n${indent}${serialize(c, depth + 1)}`).join('');
  return `${openTag(node)}${inner}\n${'  '.repeat(depth)}</${node.tag}>`;
}

/** A whole document: doctype, then the tree, ending with a newline. */
export function serializeDocument(root: HtmlElement): string {
  return `<!DOCTYPE html>\n${serialize(root, 0)}\n`;
}

/** A fragment (e.g. the body for ninjs), children one per line. */
export function serializeFragment(children: HtmlChild[]): string {
  return children.map((c) => serialize(c, 0)).join('\n');
}
