// An HTML list (<ul>/<ol>, nested at any depth) read into list entries: each item's own text,
// its level and its number (the list's `start`, an item's `value`, else its position; counting
// down in a `reversed` list), and the label of a lettered or Roman-numbered list ("b.", "iv.").
// Nested lists come inside an <li> (HTML), or straight inside the outer list (LibreOffice,
// Google Docs); Google Docs and Word for the web may also give the level as aria-level.
import type { BodyBlock, Figure, Paragraph } from '../../contract/article/articleContent';
import { asParagraphs } from './htmlBlockSink';
import { FRAGMENT_NODE, isElement, tagOf, type DomElement, type DomNode } from './htmlDom';
import type { ListEntry } from './listEntries';
import { letteredLabel, numberingStyleOf } from './listNumberingStyle';
import type { HtmlWalker, WalkContext } from './htmlWalker';

function numberAttr(el: DomElement, name: string): number | null {
  const n = Number.parseInt(el.getAttribute(name) ?? '', 10);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

function ariaLevel(li: DomElement): number | null {
  const level = numberAttr(li, 'aria-level') ?? numberAttr(li, 'data-aria-level');
  return level !== null && level >= 1 && level <= 9 ? level : null;
}

/** Some of an element's children, to be read as if they were all it held. */
function parentOf(nodes: DomNode[]): DomNode {
  return { nodeType: FRAGMENT_NODE, nodeName: '#document-fragment', textContent: null, childNodes: nodes };
}

const isList = (node: DomNode): node is DomElement => isElement(node) && (tagOf(node) === 'ul' || tagOf(node) === 'ol');

export function collectListEntries(
  listEl: DomElement,
  walker: HtmlWalker,
  source: string,
  ctx: WalkContext,
): { entries: ListEntry[]; figures: Figure[] } {
  const entries: ListEntry[] = [];
  const figures: Figure[] = [];

  const addItem = (blocks: BodyBlock[], ordered: boolean, level: number, number: number | null, from = source, label: string | null = null) => {
    const paragraphs: Paragraph[] = [];
    for (const block of blocks) {
      // A photo in a list item goes after the list; the paragraph after the list is no caption of it.
      if (block.type === 'figure') walker.hints.bareImages.delete(block);
      if (block.type === 'figure') figures.push(block);
      else paragraphs.push(...asParagraphs(block));
    }
    if (paragraphs.length) entries.push({ paragraphs, ordered, level, number, source: from, ...(label ? { label } : {}) });
  };

  const readList = (el: DomElement, level: number) => {
    const ordered = tagOf(el) === 'ol';
    // <ol reversed> counts down from its number of items.
    const step = ordered && el.getAttribute('reversed') !== null ? -1 : 1;
    const items = Array.from(el.childNodes).filter((c) => isElement(c) && tagOf(c) === 'li').length;
    // The next number at each level: a flat list with aria-levels numbers each level apart.
    const nextAt = new Map<number, number>([[level, ordered ? (numberAttr(el, 'start') ?? (step < 0 ? items : 1)) : 1]]);
    for (const child of Array.from(el.childNodes)) {
      if (isList(child)) {
        readList(child, level + 1);
        continue;
      }
      if (!isElement(child) || tagOf(child) !== 'li') {
        // Text or stray elements straight inside the list are shown as items by browsers.
        addItem(walker.blocksOf(parentOf([child]), ctx), ordered, level, null);
        continue;
      }
      const itemLevel = ariaLevel(child) ?? level;
      const number = numberAttr(child, 'value') ?? nextAt.get(itemLevel) ?? 1;
      nextAt.set(itemLevel, number + step);
      for (const deeper of nextAt.keys()) if (deeper > itemLevel) nextAt.delete(deeper);
      // The item's own text first, then its sublists.
      const own = parentOf(Array.from(child.childNodes).filter((c) => !isList(c)));
      // A .docx item says which Word list it belongs to (docxNumbering).
      const itemSource = child.getAttribute('data-soan-list');
      const label = ordered ? letteredLabel(numberingStyleOf(child) ?? numberingStyleOf(el), number) : null;
      addItem(walker.blocksOf(own, ctx), ordered, itemLevel, ordered ? number : null, itemSource ? `docx-${itemSource}` : source, label);
      for (const sub of Array.from(child.childNodes).filter(isList)) readList(sub, level + 1);
    }
  };

  readList(listEl, 1);
  return { entries, figures };
}
