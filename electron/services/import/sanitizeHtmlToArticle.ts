// HTML (from a .docx conversion, or pasted from Word, Google Docs or a web page) → article
// body blocks. Nothing of the HTML is copied: the tree is read, and new article nodes are
// built from an allow-list (paragraph, heading 2|3, blockquote, lists, figure; bold, italic,
// http/https/mailto links). Scripts, styles, event handlers, foreign attributes and
// javascript:/data:/vbscript: URLs therefore cannot reach a document.
import { parseHTML } from 'linkedom';
import type { BodyBlock, Figure, ListItem, Paragraph } from '../../contract/article/articleContent';
import { applyCaptionsAfterImages, setCaption } from './captionAfterImage';
import { cleanLine } from './cleanText';
import type { SanitizeHints } from './captionAfterImage';
import { BLOCK_CONTAINERS, BOLD_ELEMENTS, DROPPED_WITH_CONTENT, HEADINGS, ITALIC_ELEMENTS, REPORTED_WHEN_DROPPED } from './htmlElementRules';
import type { ImportWarning } from './importedArticle';
import { asParagraphs, BlockSink, groupWordListItems, joinParagraphs } from './htmlBlockSink';
import { NO_MARKS } from './inlineRuns';
import type { ActiveMarks } from './inlineRuns';
import { furnitureMatchers, loadFurniture } from './plainTextFurniture';
import type { FurnitureMatchers } from './plainTextFurniture';
import { safeLinkHref } from './safeUrl';

export interface HtmlImage {
  /** The `src` exactly as written (the resolver decides what it means). */
  src: string;
  alt: string;
  width: number | null;
  height: number | null;
}

/** What a figure's image becomes: a media file name, or null for a placeholder. */
export interface ResolvedImage {
  src: string | null;
  width: number | null;
  height: number | null;
}

export interface SanitizeOptions {
  /** Maps an image to stored media; by default images become placeholders (nothing is fetched). */
  resolveImage?: (image: HtmlImage) => ResolvedImage | null;
  /** The newsroom's word lists (photo credit labels). */
  furniture?: unknown;
}

export interface SanitizedHtml {
  blocks: BodyBlock[];
  warnings: ImportWarning[];
}

/** Icons, spacers and tracking pixels are not photos. */
const MIN_FIGURE_PIXELS = 48;

interface Context {
  marks: ActiveMarks;
  pre: boolean;
}

type DomNode = { nodeType: number; nodeName: string; textContent: string | null; childNodes: ArrayLike<DomNode> };
type DomElement = DomNode & { localName: string; getAttribute(name: string): string | null };

class Sanitizer {
  private readonly warnings = new Map<string, ImportWarning>();
  readonly hints: SanitizeHints = { captions: new WeakSet(), wordListItems: new WeakSet(), bareImages: new WeakSet() };

  constructor(
    private readonly options: SanitizeOptions,
    readonly matchers: FurnitureMatchers,
  ) {}

  warn(warning: ImportWarning): void {
    this.warnings.set(`${warning.code} ${JSON.stringify(warning.params)}`, warning);
  }

  allWarnings(): ImportWarning[] {
    return [...this.warnings.values()];
  }

  walkChildren(node: DomNode, sink: BlockSink, ctx: Context): void {
    for (const child of Array.from(node.childNodes)) this.walk(child, sink, ctx);
  }

  walk(node: DomNode, sink: BlockSink, ctx: Context): void {
    if (node.nodeType === 3) {
      const text = node.textContent ?? '';
      if (ctx.pre) sink.runs.addPreformatted(text, ctx.marks);
      else sink.runs.addText(text, ctx.marks);
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return; // comments, doctypes, instructions
    if (node.nodeType === 11) return this.walkChildren(node, sink, ctx);
    const el = node as DomElement;
    const name = el.localName.toLowerCase();
    const style = (el.getAttribute('style') ?? '').toLowerCase();
    const className = el.getAttribute('class') ?? '';

    if (DROPPED_WITH_CONTENT.has(name) || /mso-list\s*:\s*ignore/.test(style) || /display\s*:\s*none/.test(style)) {
      if (REPORTED_WHEN_DROPPED.has(name)) this.warn({ code: 'import-content-dropped', params: { element: name } });
      return;
    }
    if (name === 'br') {
      // Two line breaks in a row are how some editors separate paragraphs.
      if (sink.runs.endsWithBreak()) {
        sink.runs.dropTrailingBreak();
        sink.flush();
      } else sink.runs.addBreak();
      return;
    }
    if (name === 'hr') return sink.flush();
    if (name === 'img') return this.image(el, sink);
    if (name === 'figure' && this.firstImage(el)) return this.figure(el, sink, ctx);
    if (name === 'ul' || name === 'ol') return this.list(el, name === 'ol', sink, ctx);
    if (name === 'blockquote') return this.blockquote(el, sink, ctx);
    if (name in HEADINGS) {
      sink.flush();
      const outer = sink.headingLevel;
      sink.headingLevel = HEADINGS[name];
      this.walkChildren(el, sink, ctx);
      sink.flush();
      sink.headingLevel = outer;
      return;
    }
    if (BLOCK_CONTAINERS.has(name) || name === 'li' || name === 'figcaption' || name === 'figure') {
      const isCaption = /caption/i.test(className);
      const isWordListItem = /MsoListParagraph/.test(className);
      sink.flush();
      if (isCaption) sink.captionDepth++;
      const outerList = sink.listParagraph;
      sink.listParagraph = isWordListItem;
      this.walkChildren(el, sink, { ...ctx, pre: ctx.pre || name === 'pre' });
      sink.flush();
      sink.listParagraph = outerList;
      if (isCaption) sink.captionDepth--;
      return;
    }
    this.walkChildren(el, sink, { ...ctx, marks: this.marksFor(el, name, style, ctx.marks) });
  }

  private marksFor(el: DomElement, name: string, style: string, marks: ActiveMarks): ActiveMarks {
    const next = { ...marks };
    const weight = /font-weight\s*:\s*([a-z0-9]+)/.exec(style)?.[1];
    const fontStyle = /font-style\s*:\s*([a-z]+)/.exec(style)?.[1];
    if (BOLD_ELEMENTS.has(name)) next.bold = true;
    if (ITALIC_ELEMENTS.has(name)) next.italic = true;
    // Google Docs wraps whole pastes in <b style="font-weight:normal">; Docs and Word mark
    // formatting on spans with inline styles. Styles are read here, never copied.
    if (weight) next.bold = weight === 'bold' || weight === 'bolder' || Number(weight) >= 600;
    if (fontStyle) next.italic = fontStyle === 'italic' || fontStyle === 'oblique';
    if (name === 'a') {
      const raw = el.getAttribute('href');
      const href = safeLinkHref(raw);
      if (raw && !href && !raw.trim().startsWith('#')) {
        this.warn({ code: 'import-link-dropped', params: { href: raw.trim().slice(0, 200) } });
      }
      next.href = href;
    }
    return next;
  }

  private firstImage(el: DomElement): DomElement | null {
    for (const child of Array.from(el.childNodes)) {
      if (child.nodeType !== 1) continue;
      const c = child as DomElement;
      if (c.localName.toLowerCase() === 'img') return c;
      if (DROPPED_WITH_CONTENT.has(c.localName.toLowerCase())) continue;
      const found = this.firstImage(c);
      if (found) return found;
    }
    return null;
  }

  private figureFor(img: DomElement): Figure | null {
    const size = (attr: string) => {
      const n = Number.parseInt(img.getAttribute(attr) ?? '', 10);
      return Number.isFinite(n) && n > 0 ? n : null;
    };
    const image: HtmlImage = {
      src: img.getAttribute('src') ?? '',
      alt: cleanLine(img.getAttribute('alt') ?? ''),
      width: size('width'),
      height: size('height'),
    };
    if ((image.width !== null && image.width < MIN_FIGURE_PIXELS) || (image.height !== null && image.height < MIN_FIGURE_PIXELS)) {
      return null;
    }
    const resolved = this.options.resolveImage ? this.options.resolveImage(image) : { src: null, width: null, height: null };
    if (!resolved) return null;
    return {
      type: 'figure',
      attrs: { src: resolved.src, alt: image.alt, credit: '', width: resolved.width, height: resolved.height },
      content: [{ type: 'figcaption' }],
    };
  }

  private image(img: DomElement, sink: BlockSink): void {
    const figure = this.figureFor(img);
    if (!figure) return;
    this.hints.bareImages.add(figure);
    sink.push(figure);
  }

  private figure(el: DomElement, sink: BlockSink, ctx: Context): void {
    const figure = this.figureFor(this.firstImage(el)!);
    if (!figure) return;
    const captionEl = Array.from(el.childNodes).find((c) => c.nodeType === 1 && (c as DomElement).localName.toLowerCase() === 'figcaption');
    if (captionEl) {
      const inner = new BlockSink(this.hints);
      this.walkChildren(captionEl, inner, { ...ctx, marks: NO_MARKS });
      inner.flush();
      setCaption(figure, joinParagraphs(inner.blocks), this.matchers);
    }
    sink.push(figure);
  }

  private list(el: DomElement, ordered: boolean, sink: BlockSink, ctx: Context): void {
    sink.flush();
    const items: ListItem[] = [];
    const hoisted: BodyBlock[] = [];
    this.collectItems(el, items, hoisted, ctx);
    if (items.length) {
      const start = Number.parseInt(el.getAttribute('start') ?? '1', 10);
      sink.push(
        ordered
          ? { type: 'orderedList', attrs: { start: Number.isFinite(start) && start >= 0 ? start : 1 }, content: items }
          : { type: 'bulletList', content: items },
      );
    }
    hoisted.forEach((b) => sink.push(b));
  }

  /** Nested lists are flattened into the outer one: the article schema has one level. */
  private collectItems(listEl: DomElement, items: ListItem[], hoisted: BodyBlock[], ctx: Context): void {
    for (const child of Array.from(listEl.childNodes)) {
      const inner = new BlockSink(this.hints);
      this.walk(child, inner, ctx);
      inner.flush();
      const paragraphs: Paragraph[] = [];
      const nested: ListItem[] = [];
      for (const block of inner.blocks) {
        if (block.type === 'bulletList' || block.type === 'orderedList') nested.push(...block.content);
        else if (block.type === 'figure') hoisted.push(block);
        else paragraphs.push(...asParagraphs(block));
      }
      if (paragraphs.length) items.push({ type: 'listItem', content: paragraphs });
      items.push(...nested);
    }
  }

  private blockquote(el: DomElement, sink: BlockSink, ctx: Context): void {
    sink.flush();
    const inner = new BlockSink(this.hints);
    this.walkChildren(el, inner, ctx);
    inner.flush();
    const paragraphs = inner.blocks.flatMap((b) => (b.type === 'figure' ? [] : asParagraphs(b)));
    if (paragraphs.length) sink.push({ type: 'blockquote', content: paragraphs });
    inner.blocks.filter((b) => b.type === 'figure').forEach((b) => sink.push(b));
  }
}

export function sanitizeHtmlToArticle(html: string, options: SanitizeOptions = {}): SanitizedHtml {
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  // A template's content is inert: nothing in it loads or runs while we read it.
  const template = document.createElement('template');
  template.innerHTML = html;
  const sanitizer = new Sanitizer(options, furnitureMatchers(loadFurniture(options.furniture)));
  const sink = new BlockSink(sanitizer.hints);
  sanitizer.walkChildren(template.content as unknown as DomNode, sink, { marks: NO_MARKS, pre: false });
  sink.flush();
  const grouped = groupWordListItems(sink.blocks, sanitizer.hints);
  const blocks = applyCaptionsAfterImages(grouped, sanitizer.hints, sanitizer.matchers);
  return { blocks, warnings: sanitizer.allWarnings() };
}
