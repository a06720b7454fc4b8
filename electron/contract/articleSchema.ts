// Names shared by the TipTap schema (renderer/editor) and the services that read the Yjs
// document on disk. The article is one ProseMirror document: headline sapo block+ byline?

/** The Y.XmlFragment that holds the ProseMirror document (TipTap Collaboration `field`). */
export const ARTICLE_FRAGMENT = 'article';
/** The Y.Map with the article's metadata. */
export const META_MAP = 'meta';

export const nodeNames = {
  doc: 'doc',
  headline: 'headline',
  sapo: 'sapo',
  paragraph: 'paragraph',
  heading: 'heading', // attrs.level: 2 | 3
  blockquote: 'blockquote',
  bulletList: 'bulletList',
  orderedList: 'orderedList',
  listItem: 'listItem',
  figure: 'figure', // attrs: src (media file name), alt, credit, width, height; content: figcaption
  figcaption: 'figcaption',
  byline: 'byline',
  hardBreak: 'hardBreak',
} as const;

/** Keys of the meta map. authors: string[] of profile names, in order of first edit. */
export const metaKeys = {
  id: 'id',
  createdAt: 'createdAt',
  status: 'status',
  authors: 'authors',
  language: 'language',
} as const;

export const articleStatuses = ['draft'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];
