// HTML (from a .docx conversion, or pasted from Word, Google Docs, LibreOffice, Outlook or a
// web page) → article body blocks: the one HTML-to-article conversion that import and paste
// share. Nothing of the HTML is copied: the tree is read, and new article nodes are built
// from an allow-list (paragraph, heading 2|3, blockquote, lists, figure; bold, italic,
// http/https/mailto links). Scripts, styles, event handlers, foreign attributes and
// javascript:/data:/vbscript: URLs therefore cannot reach a document.
import { parseHTML } from 'linkedom';
import type { BodyBlock } from '../../contract/article/articleContent';
import { applyCaptionsAfterImages } from './captionAfterImage';
import { classMarksFromCss, classRulesFromCss } from './cssDeclarations';
import type { DomNode } from './htmlDom';
import { HtmlWalker, START } from './htmlWalker';
import type { ImportWarning } from './importedArticle';
import { furnitureMatchers, loadFurniture } from './plainTextFurniture';
import { groupWordParagraphs } from './wordParagraphRuns';

export interface HtmlImage {
  /** The `src` exactly as written (the resolver decides what it means). */
  src: string;
  alt: string;
  width: number | null;
  height: number | null;
  /** Where a lazily loading page keeps the real photo (`data-src`), if anywhere. */
  lazySrc: string | null;
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
  /** Keep every character of the text (no invisible-character cleanup), only NFC. */
  asPasted?: boolean;
}

export interface SanitizedHtml {
  /** The body, footnotes and endnotes last (each opening with its "[n]"). */
  blocks: BodyBlock[];
  /** How many of the last blocks are those notes (an article's byline goes before them). */
  noteBlocks: number;
  warnings: ImportWarning[];
}

interface ParsedHtml {
  root: DomNode;
  /** The text of the document's <style> elements (Word's styles live there). */
  css: string;
  generator: string;
}

type QueryRoot = { querySelectorAll(selector: string): ArrayLike<{ textContent: string | null; getAttribute(name: string): string | null }> };

function readHead(root: QueryRoot): Pick<ParsedHtml, 'css' | 'generator'> {
  const css = Array.from(root.querySelectorAll('style')).map((s) => s.textContent ?? '').join('\n');
  const generator = Array.from(root.querySelectorAll('meta'))
    .filter((m) => (m.getAttribute('name') ?? '').toLowerCase() === 'generator')
    .map((m) => m.getAttribute('content') ?? '')
    .join(' ');
  return { css, generator };
}

/** Clipboards carry whole documents (Word's has its styles in <head>); converters give fragments. */
function parse(html: string): ParsedHtml {
  if (/<(?:html|head|body)[\s>]/i.test(html)) {
    const { document } = parseHTML(html);
    const root = (document.body ?? document.documentElement) as unknown as DomNode;
    return { root, ...readHead(document as unknown as QueryRoot) };
  }
  const { document } = parseHTML('<!doctype html><html><head></head><body></body></html>');
  // A template's content is inert: nothing in it loads or runs while we read it.
  const template = document.createElement('template');
  template.innerHTML = html;
  return { root: template.content as unknown as DomNode, ...readHead(template.content as unknown as QueryRoot) };
}

export function sanitizeHtmlToArticle(html: string, options: SanitizeOptions = {}): SanitizedHtml {
  const { root, css, generator } = parse(html);
  const walker = new HtmlWalker(options, furnitureMatchers(loadFurniture(options.furniture)), {
    classMarks: classMarksFromCss(css),
    classRules: classRulesFromCss(css),
    commentsInHtmlComments: /\b(?:LibreOffice|OpenOffice)\b/i.test(generator),
  });
  const sink = walker.newSink();
  walker.walkChildren(root, sink, START);
  sink.flush();
  const grouped = groupWordParagraphs(sink.blocks, walker.hints);
  const blocks = applyCaptionsAfterImages(grouped, walker.hints, walker.matchers);
  if (walker.notes.length) {
    blocks.push(...walker.notes);
    walker.warn({ code: 'import-notes-at-end', params: { count: walker.noteCount } });
  }
  return { blocks, noteBlocks: walker.notes.length, warnings: walker.allWarnings() };
}
