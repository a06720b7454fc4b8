// The article's content as a typed, checked ProseMirror document (headline sapo block+
// byline?): what import produces and export renders — the `content` of article.json. Node names come from the contract.
// Parsing is lenient where the editor is (missing/null attrs, comment marks), strict on
// structure: an unknown node type is an error, an unknown mark is dropped.
import { z } from 'zod';
import { readContent, type ArticleContent } from './readArticle';
import { focalPointOf } from './focalCrop';
import { MEDIA_FILE_NAME } from './mediaFileName';
import type { PmNode } from './pmJson';

export type Mark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };
export interface TextNode {
  type: 'text';
  text: string;
  marks?: Mark[];
}
export interface HardBreak {
  type: 'hardBreak';
}
export type Inline = TextNode | HardBreak;

export interface Headline {
  type: 'headline';
  content?: Inline[];
}
export interface Sapo {
  type: 'sapo';
  content?: Inline[];
}
export interface Paragraph {
  type: 'paragraph';
  content?: Inline[];
}
export interface Heading {
  type: 'heading';
  attrs: { level: 2 | 3 };
  content?: Inline[];
}
export interface Blockquote {
  type: 'blockquote';
  content: Paragraph[];
}
/** A paragraph first, then more paragraphs and the lists nested in the item. */
export interface ListItem {
  type: 'listItem';
  content: [Paragraph, ...ListItemBlock[]];
}
export type ListItemBlock = Paragraph | BulletList | OrderedList;
export interface BulletList {
  type: 'bulletList';
  content: ListItem[];
}
export interface OrderedList {
  type: 'orderedList';
  attrs?: { start: number };
  content: ListItem[];
}
export interface FigureAttrs {
  /** `<sha256>.<ext>` in the project's media/ folder; null = a placeholder waiting for a photo. */
  src: string | null;
  alt: string;
  credit: string;
  width: number | null;
  height: number | null;
  /** The focal point (contract/article/focalCrop.ts), as shares of width and height; both or neither. */
  focalX?: number;
  focalY?: number;
}
export interface Figcaption {
  type: 'figcaption';
  content?: Inline[];
}
export interface Figure {
  type: 'figure';
  attrs: FigureAttrs;
  content: [Figcaption];
}
export interface Byline {
  type: 'byline';
  content?: Inline[];
}
export type BodyBlock = Paragraph | Heading | Blockquote | BulletList | OrderedList | Figure;
export type ArticleDocNode = Headline | Sapo | BodyBlock | Byline;
export interface ArticleDoc {
  type: 'doc';
  content: ArticleDocNode[];
}

/** Media file names are content addressed; nothing else may reach an export path or `src`. */
export { MEDIA_FILE_NAME };

// ---------------------------------------------------------------- zod schemas

const KnownMark = z.union([
  z.object({ type: z.literal('bold') }).transform(() => ({ type: 'bold' as const })),
  z.object({ type: z.literal('italic') }).transform(() => ({ type: 'italic' as const })),
  z
    .object({ type: z.literal('link'), attrs: z.object({ href: z.string() }) })
    .transform((m) => ({ type: 'link' as const, attrs: { href: m.attrs.href } })),
]);

// Comments, suggestions and future marks are editor business, not article text: dropped.
const Marks = z
  .array(z.object({ type: z.string() }).passthrough())
  .transform((marks) => {
    const known: Mark[] = [];
    for (const mark of marks) {
      const parsed = KnownMark.safeParse(mark);
      if (parsed.success) known.push(parsed.data);
    }
    return known;
  });

const TextSchema = z
  .object({ type: z.literal('text'), text: z.string(), marks: Marks.optional() })
  .transform((t): TextNode => (t.marks?.length ? { type: 'text', text: t.text, marks: t.marks } : { type: 'text', text: t.text }));
const HardBreakSchema = z.object({ type: z.literal('hardBreak') }).transform((): HardBreak => ({ type: 'hardBreak' }));
const InlineSchema = z.union([TextSchema, HardBreakSchema]);
const inlineContent = z.array(InlineSchema).optional();

const textBlock = <T extends string>(type: T) => z.object({ type: z.literal(type), content: inlineContent });

const ParagraphSchema = textBlock('paragraph');
const nullableText = z
  .string()
  .nullish()
  .transform((v) => v ?? '');
const nullableSize = z.coerce
  .number()
  .int()
  .positive()
  .nullish()
  .catch(null)
  .transform((v) => v ?? null);

const FigureSchema = z.object({
  type: z.literal('figure'),
  attrs: z
    .object({
      src: z.string().regex(MEDIA_FILE_NAME, 'not a media file name').nullish(),
      alt: nullableText,
      credit: nullableText,
      width: nullableSize,
      height: nullableSize,
      focalX: z.unknown(),
      focalY: z.unknown(),
    })
    .partial()
    .optional()
    .transform((a): FigureAttrs => {
      // A focal point out of range or half given is no focal point: the photo is not cropped.
      const focal = focalPointOf(a);
      return {
        src: a?.src ?? null,
        alt: a?.alt ?? '',
        credit: a?.credit ?? '',
        width: a?.width ?? null,
        height: a?.height ?? null,
        ...(focal ? { focalX: focal.x, focalY: focal.y } : {}),
      };
    }),
  content: z
    .array(textBlock('figcaption'))
    .max(1)
    .optional()
    .transform((c): [Figcaption] => [c?.[0] ?? { type: 'figcaption' }]),
});

/** How deep lists may nest (Word offers nine levels; no article needs more than a few). */
export const MAX_LIST_DEPTH = 6;

const startAttrs = z
  .object({ start: z.coerce.number().int().min(0).catch(1) })
  .partial()
  .optional()
  .transform((a) => ({ start: a?.start ?? 1 }));

// Past the deepest level a nested list is refused in words (and the recursion is bounded).
const TooDeepListSchema = z
  .object({ type: z.enum(['bulletList', 'orderedList']) })
  .passthrough()
  .superRefine((_list, ctx) => {
    ctx.addIssue({ code: 'custom', message: `a list is nested more than ${MAX_LIST_DEPTH} levels deep` });
  });

/** The bullet and numbered list schemas for lists `depth` levels deep (1 = a body block). */
function listSchemas(depth: number): readonly [z.ZodType<BulletList>, z.ZodType<OrderedList>] {
  const nested = depth < MAX_LIST_DEPTH ? listSchemas(depth + 1) : ([TooDeepListSchema, TooDeepListSchema] as unknown as ReturnType<typeof listSchemas>);
  const item = z.object({
    type: z.literal('listItem'),
    content: z
      .array(z.union([ParagraphSchema, ...nested]))
      .min(1)
      .refine((c) => c[0].type === 'paragraph', 'a list item does not start with a paragraph')
      .transform((c) => c as ListItem['content']),
  });
  return [
    z.object({ type: z.literal('bulletList'), content: z.array(item).min(1) }),
    z.object({ type: z.literal('orderedList'), attrs: startAttrs, content: z.array(item).min(1) }),
  ] as const;
}

const [BulletListSchema, OrderedListSchema] = listSchemas(1);

const BodyBlockSchema = z.union([
  ParagraphSchema,
  z.object({
    type: z.literal('heading'),
    attrs: z.object({ level: z.coerce.number().pipe(z.union([z.literal(2), z.literal(3)])) }),
    content: inlineContent,
  }),
  z.object({ type: z.literal('blockquote'), content: z.array(ParagraphSchema).min(1) }),
  BulletListSchema,
  OrderedListSchema,
  FigureSchema,
]);

const DocNodeSchema = z.union([textBlock('headline'), textBlock('sapo'), textBlock('byline'), BodyBlockSchema]);

/** How deep the lists in some JSON nest; counting stops past the limit, so hostile input costs nothing. */
function listDepthOf(node: unknown, depth = 0): number {
  if (depth > MAX_LIST_DEPTH || typeof node !== 'object' || node === null) return depth;
  const { type, content } = node as { type?: unknown; content?: unknown };
  if (!Array.isArray(content) || !['doc', 'bulletList', 'orderedList', 'listItem'].includes(type as string)) return depth;
  const here = type === 'bulletList' || type === 'orderedList' ? depth + 1 : depth;
  return content.reduce((deepest: number, child) => Math.max(deepest, listDepthOf(child, here)), here);
}

const DocShapeSchema = z
  .object({ type: z.literal('doc'), content: z.array(DocNodeSchema) })
  .superRefine((doc, ctx) => {
    const types = doc.content.map((n) => n.type);
    if (types[0] !== 'headline') ctx.addIssue({ code: 'custom', message: 'the document does not start with a headline' });
    if (types[1] !== 'sapo') ctx.addIssue({ code: 'custom', message: 'the headline is not followed by a sapo' });
    types.forEach((type, i) => {
      if (type === 'headline' && i !== 0) ctx.addIssue({ code: 'custom', message: `a second headline at ${i}` });
      if (type === 'sapo' && i !== 1) ctx.addIssue({ code: 'custom', message: `a second sapo at ${i}` });
      if (type === 'byline' && i !== types.length - 1) ctx.addIssue({ code: 'custom', message: 'the byline is not last' });
    });
  })
  .transform((doc) => doc as ArticleDoc);

/** headline sapo block+ byline? — in that order; lists nested at most MAX_LIST_DEPTH deep. */
export const ArticleDocSchema = z
  .unknown()
  .superRefine((doc, ctx) => {
    if (listDepthOf(doc) > MAX_LIST_DEPTH) ctx.addIssue({ code: 'custom', message: `a list is nested more than ${MAX_LIST_DEPTH} levels deep` });
  })
  .pipe(DocShapeSchema);

// ---------------------------------------------------------------- reading helpers

export function isBodyBlock(node: ArticleDocNode): node is BodyBlock {
  return node.type !== 'headline' && node.type !== 'sapo' && node.type !== 'byline';
}

export interface ArticleBlocks {
  headline: Headline;
  sapo: Sapo;
  body: BodyBlock[];
  byline: Byline | null;
}

/** The document split into its furniture and body blocks, for rendering it. */
export function articleBlocks(doc: ArticleDoc): ArticleBlocks {
  const headline = doc.content.find((n): n is Headline => n.type === 'headline') ?? { type: 'headline' };
  const sapo = doc.content.find((n): n is Sapo => n.type === 'sapo') ?? { type: 'sapo' };
  const byline = doc.content.find((n): n is Byline => n.type === 'byline') ?? null;
  return { headline, sapo, body: doc.content.filter(isBodyBlock), byline };
}

/** Inline content as a reader sees it; hard breaks become line breaks. */
export function inlineText(content: Inline[] | undefined): string {
  return (content ?? []).map((n) => (n.type === 'text' ? n.text : '\n')).join('');
}

/** The text the article reader finds in a checked document (contract/article/readArticle). */
export function readArticleDoc(doc: ArticleDoc): ArticleContent {
  return readContent(doc as unknown as PmNode);
}
