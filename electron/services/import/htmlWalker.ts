// The walk over pasted or converted HTML. Nothing of the HTML is copied: the tree is read and
// new article blocks are built from an allow-list (htmlElementRules). Word's list paragraphs,
// notes and comments, tables and images are read here and handed to their own modules.
import type { BodyBlock, Paragraph } from '../../contract/article/articleContent';
import { setCaption } from './captionAfterImage';
import { cleanLine } from './cleanText';
import { declared, parseDeclarations, type ClassMarks, type ClassRules, type Declarations } from './cssDeclarations';
import { asParagraphs, BlockSink, joinParagraphs } from './htmlBlockSink';
import { COMMENT_NODE, FRAGMENT_NODE, hasClass, isElement, tagOf, TEXT_NODE, type DomElement, type DomNode } from './htmlDom';
import { BLOCK_CONTAINERS, DROPPED_WITH_CONTENT, HEADINGS, REPORTED_WHEN_DROPPED } from './htmlElementRules';
import { isTrackedDeletion, RunStyles } from './htmlRunStyle';
import { collectListEntries } from './htmlListEntries';
import { tableBlocks } from './htmlTables';
import type { ImportWarning } from './importedArticle';
import { NO_MARKS, runsText, type ActiveMarks } from './inlineRuns';
import { listsFromEntries } from './listEntries';
import { noteAnchorOf, noteBlockOf, referenceTarget, type NoteAnchor, type NoteBlock } from './officeNotes';
import type { FurnitureMatchers } from './plainTextFurniture';
import { newHints } from './sanitizeHints';
import type { SanitizeOptions } from './sanitizeHtmlToArticle';
import { figureFor, firstImage } from './htmlFigures';
import { RunTexts } from './runText';
import { listLabelToKeep, readListMarker, wordListStyle } from './wordListParagraph';
import { groupWordParagraphs } from './wordParagraphRuns';

export interface WalkContext {
  marks: ActiveMarks;
  pre: boolean;
  /** Inside a <ul>/<ol>: Word's list styles on its items are not read again. */
  inList: boolean;
}

export const START: WalkContext = { marks: NO_MARKS, pre: false, inList: false };

const MAX_COMMENT_CHARS = 300;

export interface WalkerSource {
  /** Bold and italic set by the class rules of the document's stylesheet (Word). */
  classMarks: ClassMarks;
  /** Every declaration of those class rules (lists, superscript, strike set by a style). */
  classRules: ClassRules;
  /** LibreOffice writes its comments as HTML comments in the text. */
  commentsInHtmlComments: boolean;
}

export class HtmlWalker {
  private readonly warnings = new Map<string, ImportWarning>();
  readonly hints = newHints();
  /** Footnotes and endnotes, in order, for the end of the article. */
  readonly notes: Paragraph[] = [];
  noteCount = 0;
  /** The label a reference showed, by the id of the note it points to (mammoth's notes). */
  private readonly noteLabels = new Map<string, string>();
  /** The typed-out marker of the Word list paragraph being read; null outside one. */
  private marker: string | null = null;
  private inMarkerComment = false;
  /** In a numbered Word heading the number is part of the heading's text. */
  private markersAsText = false;
  private lists = 0;
  private readonly styles: RunStyles;
  private readonly runTexts = new RunTexts();

  constructor(
    private readonly options: SanitizeOptions,
    readonly matchers: FurnitureMatchers,
    private readonly source: WalkerSource,
  ) {
    this.styles = new RunStyles(source.classMarks, source.classRules, (w) => this.warn(w));
  }

  warn(warning: ImportWarning): void {
    this.warnings.set(`${warning.code} ${JSON.stringify(warning.params)}`, warning);
  }

  allWarnings(): ImportWarning[] {
    const small: ImportWarning[] = this.smallImages ? [{ code: 'import-small-images-left-out', params: { count: this.smallImages } }] : [];
    return [...this.warnings.values(), ...this.runTexts.warnings(), ...small];
  }

  private smallImages = 0;
  private readonly countSmallImage = () => void this.smallImages++;

  newSink(): BlockSink {
    return new BlockSink(this.hints, this.options.asPasted);
  }

  walkChildren(node: DomNode, sink: BlockSink, ctx: WalkContext): void {
    for (const child of Array.from(node.childNodes)) this.walk(child, sink, ctx);
  }

  /** An element's content as blocks of their own (a list item, a cell, a note, a quote). */
  blocksOf(node: DomNode, ctx: WalkContext): BodyBlock[] {
    const inner = this.newSink();
    this.walkChildren(node, inner, ctx);
    inner.flush();
    // Word's list paragraphs in a cell or a quote are a list there too (numbers kept).
    return groupWordParagraphs(inner.blocks, this.hints);
  }

  walk(node: DomNode, sink: BlockSink, ctx: WalkContext): void {
    if (node.nodeType === TEXT_NODE) return this.text(node.textContent ?? '', sink, ctx);
    if (node.nodeType === COMMENT_NODE) return this.comment(node.textContent ?? '');
    if (node.nodeType === FRAGMENT_NODE) return this.walkChildren(node, sink, ctx);
    if (!isElement(node)) return; // doctypes, processing instructions
    const el = node;
    const name = tagOf(el);
    const declarations = parseDeclarations(el.getAttribute('style'));
    if (this.isDropped(el, name, declarations)) return;
    if (isTrackedDeletion(el)) return this.runTexts.deleted(el.textContent ?? '');
    if (declarations.get('mso-list') === 'ignore') return this.listMarker(el, sink, ctx);
    const anchor = noteAnchorOf(el, declarations);
    if (anchor) return this.noteAnchor(el, anchor, sink, ctx);
    const noteBlock = noteBlockOf(el, declarations);
    if (noteBlock) return this.noteBlock(el, noteBlock);

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
    if (name === 'figure' && firstImage(el)) return this.figure(el, sink, ctx);
    if (name === 'ul' || name === 'ol') return this.list(el, sink, ctx);
    if (name === 'blockquote') return this.blockquote(el, sink, ctx);
    if (name === 'table') {
      sink.flush();
      const { blocks, flattened, mergedCells } = tableBlocks(el, this, { ...ctx, marks: this.styles.marksFor(el, name, declarations, ctx.marks) });
      if (flattened) this.warn({ code: 'import-table-flattened', params: flattened });
      if (mergedCells) this.warn({ code: 'import-table-merged-cells', params: { count: mergedCells } });
      return blocks.forEach((b) => sink.push(b));
    }
    if (name in HEADINGS) return this.heading(el, HEADINGS[name], declarations, sink, ctx);
    // Word's Title style is a paragraph, not an <h1>.
    if (name === 'p' && hasClass(el, /^MsoTitle$/i)) return this.heading(el, 2, declarations, sink, ctx);
    if (BLOCK_CONTAINERS.has(name) || name === 'li' || name === 'figcaption' || name === 'figure') {
      return this.block(el, name, declarations, sink, ctx);
    }
    const marks = this.styles.marksFor(el, name, declarations, ctx.marks);
    // An inline quotation is shown between quotation marks: they are part of the text.
    if (name === 'q') sink.runs.addText('“', marks);
    this.walkChildren(el, sink, { ...ctx, marks });
    if (name === 'q') sink.runs.addText('”', marks);
  }

  private text(text: string, sink: BlockSink, ctx: WalkContext): void {
    if (this.marker !== null && this.inMarkerComment) {
      this.marker += text;
      return;
    }
    const shown = this.runTexts.read(text, ctx.marks);
    if (ctx.pre) sink.runs.addPreformatted(shown, ctx.marks);
    else sink.runs.addText(shown, ctx.marks);
  }

  private comment(data: string): void {
    const text = data.trim();
    // Word for Mac and Outlook put a list item's marker between these two comments.
    if (text === '[if !supportLists]') this.inMarkerComment = true;
    else if (text === '[endif]') this.inMarkerComment = false;
    else if (this.source.commentsInHtmlComments && text && !text.startsWith('[')) this.commentLeftOut(text);
  }

  private isDropped(el: DomElement, name: string, declarations: Declarations): boolean {
    if (DROPPED_WITH_CONTENT.has(name)) {
      // A charset or generator <meta> in a clipboard is no content worth a word.
      const quietMeta = name === 'meta' && !(el.getAttribute('http-equiv') ?? '').trim().toLowerCase().startsWith('refresh');
      if (REPORTED_WHEN_DROPPED.has(name) && !quietMeta) this.warn({ code: 'import-content-dropped', params: { element: name } });
      return true;
    }
    // Word's hidden text (Font › Hidden) is left out and told; a web page's hidden parts (share bars, menus) just go.
    if (declarations.get('mso-hide') === 'all') this.runTexts.hidden(el.textContent ?? '');
    return declarations.get('display') === 'none' || declarations.get('mso-hide') === 'all';
  }

  private listMarker(el: DomElement, sink: BlockSink, ctx: WalkContext): void {
    if (this.marker !== null) this.marker += el.textContent ?? '';
    else if (this.markersAsText) this.walkChildren(el, sink, ctx);
  }

  private noteAnchor(el: DomElement, anchor: NoteAnchor, sink: BlockSink, ctx: WalkContext): void {
    if (anchor.kind !== 'label') return; // back links and comment marks are not text
    const target = referenceTarget(el);
    if (!anchor.opensNote && target) this.noteLabels.set(target, anchor.label);
    sink.runs.addText(`[${anchor.label}]${anchor.opensNote ? ' ' : ''}`, { ...ctx.marks, href: null });
  }

  private noteBlock(el: DomElement, block: NoteBlock): void {
    if (block.kind === 'comments') return this.comments(el);
    if (block.kind === 'note') {
      const paragraphs = this.blocksOf(el, START).flatMap(asParagraphs);
      if (paragraphs.length) this.noteCount++;
      this.notes.push(...paragraphs);
      return;
    }
    // mammoth: <ol><li id="footnote-2"><p>text <a href="#footnote-ref-2">↑</a></p></li></ol>
    Array.from(el.childNodes)
      .filter(isElement)
      .forEach((li, index) => {
        const paragraphs = this.blocksOf(li, START).flatMap(asParagraphs);
        if (!paragraphs.length) return;
        const label = this.noteLabels.get(li.getAttribute('id') ?? '') ?? String(index + 1);
        const [first, ...rest] = paragraphs;
        this.noteCount++;
        this.notes.push({ type: 'paragraph', content: [{ type: 'text', text: `[${label}] ` }, ...(first.content ?? [])] }, ...rest);
      });
  }

  /** Each comment (Word's `mso-element:comment`, mammoth's <dd>) becomes a notice of its words. */
  private comments(el: DomElement): void {
    const isOne = parseDeclarations(el.getAttribute('style')).get('mso-element') === 'comment' || tagOf(el) === 'dd';
    if (!isOne) {
      for (const child of Array.from(el.childNodes).filter(isElement)) if (tagOf(child) !== 'dt') this.comments(child);
      return;
    }
    this.commentLeftOut(runsText(joinParagraphs(this.blocksOf(el, START))));
  }

  private commentLeftOut(raw: string): void {
    const text = cleanLine(raw);
    if (text) this.warn({ code: 'import-comment-left-out', params: { text: text.slice(0, MAX_COMMENT_CHARS) } });
  }

  private heading(el: DomElement, level: 2 | 3, declarations: Declarations, sink: BlockSink, ctx: WalkContext): void {
    sink.flush();
    const outer = { level: sink.headingLevel, markersAsText: this.markersAsText };
    sink.headingLevel = level;
    // A heading's number (Word numbers headings through their style too) is part of its text.
    this.markersAsText = true;
    this.walkChildren(el, sink, { ...ctx, marks: this.styles.marksFor(el, tagOf(el), declarations, ctx.marks) });
    sink.flush();
    sink.headingLevel = outer.level;
    this.markersAsText = outer.markersAsText;
  }

  private block(el: DomElement, name: string, declarations: Declarations, sink: BlockSink, ctx: WalkContext): void {
    const className = el.getAttribute('class') ?? '';
    const isCaption = /caption/i.test(className);
    // Word's List Number and List Bullet styles set the list in their stylesheet rule.
    const msoList = declared(declarations, this.styles.classDeclarations(el), 'mso-list');
    const listStyle = !ctx.inList && name !== 'li' ? wordListStyle(msoList) : null;
    sink.flush();
    if (isCaption) sink.captionDepth++;
    const outerTag = sink.tag;
    if (/\bMso(?:Intense)?Quote\b/i.test(className)) sink.tag = { kind: 'quote' };
    else if (/\bMsoListParagraph/i.test(className) && !listStyle && !ctx.inList) sink.tag = { kind: 'listContinuation' };
    else if (!listStyle) sink.tag = null;
    const outerMarker = this.marker;
    if (listStyle) this.marker = '';
    const marks = this.styles.marksFor(el, name, declarations, ctx.marks);
    this.walkChildren(el, sink, { ...ctx, marks, pre: ctx.pre || name === 'pre' });
    const label = listStyle ? listLabelToKeep(this.marker ?? '') : null;
    if (label) {
      // "Điều 1.", "a)", "II.": an article list would show 1, 2, 3; the paragraph keeps its label.
      sink.runs.prependText(label);
      sink.tag = { kind: 'labelledListItem', level: listStyle!.level };
    } else if (listStyle) sink.tag = { kind: 'wordList', mark: { ...listStyle, ...readListMarker(this.marker ?? '') } };
    sink.flush();
    this.marker = outerMarker;
    this.inMarkerComment = false;
    sink.tag = outerTag;
    if (isCaption) sink.captionDepth--;
  }

  private image(img: DomElement, sink: BlockSink): void {
    const figure = figureFor(img, this.options.resolveImage, this.countSmallImage);
    if (!figure) return;
    // A photo after words of its paragraph sits inside a sentence: the sentence stays whole,
    // the photo goes after it, and the paragraph after that is not its caption.
    if (sink.runs.hasText()) return sink.pushAfterParagraph(figure);
    this.hints.bareImages.add(figure);
    sink.push(figure);
  }

  private figure(el: DomElement, sink: BlockSink, ctx: WalkContext): void {
    const figure = figureFor(firstImage(el)!, this.options.resolveImage, this.countSmallImage);
    if (!figure) return;
    const captionEl = Array.from(el.childNodes).find((c) => isElement(c) && tagOf(c) === 'figcaption');
    if (captionEl) setCaption(figure, joinParagraphs(this.blocksOf(captionEl, { ...ctx, marks: NO_MARKS })), this.matchers);
    sink.push(figure);
  }

  private list(el: DomElement, sink: BlockSink, ctx: WalkContext): void {
    sink.flush();
    const { entries, figures } = collectListEntries(el, this, `list-${++this.lists}`, { ...ctx, inList: true });
    listsFromEntries(entries).forEach((b) => sink.push(b));
    figures.forEach((b) => sink.push(b));
  }

  private blockquote(el: DomElement, sink: BlockSink, ctx: WalkContext): void {
    sink.flush();
    const blocks = this.blocksOf(el, ctx);
    const paragraphs = blocks.flatMap((b) => (b.type === 'figure' ? [] : asParagraphs(b)));
    if (paragraphs.length) sink.push({ type: 'blockquote', content: paragraphs });
    blocks.filter((b) => b.type === 'figure').forEach((b) => sink.push(b));
  }
}
