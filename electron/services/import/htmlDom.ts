// The little of the DOM the HTML walk uses, so the same code reads linkedom's tree in Node.
export interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

export interface DomElement extends DomNode {
  localName: string;
  getAttribute(name: string): string | null;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;
export const COMMENT_NODE = 8;
export const FRAGMENT_NODE = 11;

export function isElement(node: DomNode): node is DomElement {
  return node.nodeType === ELEMENT_NODE;
}

export function tagOf(el: DomElement): string {
  return el.localName.toLowerCase();
}

export function childElements(el: DomNode): DomElement[] {
  return Array.from(el.childNodes).filter(isElement);
}

export function hasClass(el: DomElement, pattern: RegExp): boolean {
  return (el.getAttribute('class') ?? '').split(/\s+/).some((name) => pattern.test(name));
}
