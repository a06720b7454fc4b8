// Reads an exported index.html the way a browser would (linkedom's HTML parser) and lists
// everything in it that could run code, load something from elsewhere or leave the package:
// the exporter's own markup passes, anything a hostile article smuggled in does not.
import { parseHTML } from 'linkedom';
import { isHarmlessHref } from './safeDocument';
import { PWN_MARKER } from './payloads';

const FORBIDDEN_ELEMENTS = new Set([
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'param', 'base', 'form', 'input',
  'button', 'select', 'textarea', 'svg', 'math', 'portal', 'template', 'noscript', 'noembed',
  'video', 'audio', 'source', 'picture', 'track', 'map', 'area', 'isindex', 'xmp', 'plaintext',
  'listing', 'marquee', 'dialog', 'canvas',
]);
const URL_ATTRIBUTES = ['href', 'src', 'srcset', 'action', 'formaction', 'data', 'poster', 'background', 'xlink:href', 'ping', 'lowsrc', 'dynsrc'];
const PACKAGE_IMAGE = /^images\/[0-9a-f]{64}(?:-web)?\.(?:jpg|png|gif|webp)$/;

type El = { localName: string; attributes: ArrayLike<{ name: string; value: string }>; textContent: string | null };

export function unsafeExportParts(html: string): string[] {
  const problems: string[] = [];
  const { document } = parseHTML(html);
  const elements = Array.from(document.querySelectorAll('*')) as unknown as El[];
  let cspMetas = 0;
  for (const el of elements) {
    const tag = el.localName.toLowerCase();
    const where = `<${tag}>`;
    if (FORBIDDEN_ELEMENTS.has(tag)) problems.push(`${where} element`);
    const attrs = new Map(Array.from(el.attributes).map((a) => [a.name.toLowerCase(), a.value]));
    for (const [name, value] of attrs) {
      if (name.startsWith('on')) problems.push(`${where} ${name}="${value}"`);
      if (name === 'style' || name === 'srcdoc') problems.push(`${where} ${name} attribute`);
      if (value.includes(PWN_MARKER) && !(tag === 'img' && name === 'alt') && !(tag === 'meta' && name === 'content')) {
        problems.push(`${where} ${name} mentions the payload`);
      }
    }
    for (const name of URL_ATTRIBUTES) {
      const value = attrs.get(name);
      if (value === undefined) continue;
      const ok =
        (tag === 'a' && name === 'href' && isHarmlessHref(value)) ||
        (tag === 'link' && name === 'href' && attrs.get('rel') === 'canonical' && /^https?:\/\//.test(value)) ||
        (tag === 'img' && name === 'src' && PACKAGE_IMAGE.test(value));
      if (!ok) problems.push(`${where} ${name}="${value}"`);
    }
    if (tag === 'script') {
      if (attrs.get('type') !== 'application/ld+json') problems.push(`${where} runnable script`);
      else {
        try {
          JSON.parse(el.textContent ?? '');
        } catch {
          problems.push(`${where} JSON-LD that is not JSON`);
        }
      }
    }
    if (tag === 'meta' && attrs.has('http-equiv')) {
      if (attrs.get('http-equiv')!.toLowerCase() !== 'content-security-policy') problems.push(`${where} http-equiv=${attrs.get('http-equiv')}`);
      else cspMetas++;
    }
    if (tag === 'link' && attrs.get('rel') !== 'canonical') problems.push(`${where} rel=${attrs.get('rel')}`);
  }
  if (cspMetas !== 1) problems.push(`${cspMetas} CSP meta elements (expected the exporter's one)`);
  return problems;
}
