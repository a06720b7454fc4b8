// The article's names, shared by the TipTap schema (renderer/editor) and the services that read the Yjs
// document on disk. The article is one ProseMirror document: headline sapo block+ byline?

/** The Y.XmlFragment that holds the ProseMirror document (TipTap Collaboration `field`). */
import { workflowStates } from '../workflow';

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
  figure: 'figure', // attrs: src (media file name), alt, credit, width, height, focalX, focalY; content: figcaption
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
  // Article furniture edited in the side panels (issue: captions, byline, tags):
  topic: 'topic', // string: the topic/series ("Chủ đề"), from the newsroom's controlled list
  section: 'section', // string: the newsroom section
  tags: 'tags', // string[]: free keywords
  related: 'related', // RelatedLink[]: "Đọc thêm"
  byline: 'byline', // BylineAuthor[]: the structured byline; the byline node's text follows it
  dateline: 'dateline', // string: place, optional
  slug: 'slug', // string: chosen slug; empty means derived from the headline
  description: 'description', // string: meta description; empty means the sapo
  workflowLog: 'workflowLog', // WorkflowLogEntry[]: every state change, who, when, note
  exports: 'exports', // ExportLogEntry[]: exports made despite blocking pre-flight items, and why
  // The newsroom desk (issue 16; rules in contract/article/desk*.ts):
  embargoUntil: 'embargoUntil', // ISO 8601 instant: not to be published before it; export refuses unless the desk overrides
  publishAt: 'publishAt', // ISO 8601 instant: when the desk plans to publish it
  corrections: 'corrections', // Correction[]: notices published with the article after it went out
  plannedLength: 'plannedLength', // PlannedLength: the length the desk planned (words, or characters for print)
  legal: 'legal', // LegalFlag: the article waits for a legal check (blocks export until the desk clears it)
  legalLog: 'legalLog', // LegalLogEntry[]: every flag and clearance, who, when, why
  assignee: 'assignee', // string: who the desk assigned the article to (a name of the newsroom's people)
  budgetLine: 'budgetLine', // string: the article's line in the desk's budget (what it is, in a sentence)
  deadline: 'deadline', // ISO 8601 instant: when the assigned article is due
  mentions: 'mentions', // CommentMention[]: people @mentioned in comment threads
  commentAssignments: 'commentAssignments', // CommentAssignment[]: a thread given to someone as a task (latest wins)
  // Alternative headlines (the SEO description is `description`); empty means the headline:
  seoTitle: 'seoTitle', // string: the page's <title> for search engines
  socialHeadline: 'socialHeadline', // string: og:title when the article is shared
  socialImage: 'socialImage', // string: media file name of the figure shown when shared (og:image)
  printHeadline: 'printHeadline', // string: the headline for the printed paper (ninjs role "print")
} as const;

/** One export the desk made although the pre-flight list blocked it (article:export overrideReason). */
export interface ExportLogEntry {
  at: string; // ISO 8601
  by: string; // profile name
  folder: string; // the package folder's name
  overrideReason?: string;
}

/** What a notice published after the article went out says it is. */
export const correctionKinds = ['correction', 'clarification', 'update'] as const;
export type CorrectionKind = (typeof correctionKinds)[number];

/** A correction, clarification or update notice: shown at the end of the exported page. */
export interface Correction {
  id: string;
  kind: CorrectionKind;
  at: string; // ISO 8601: when it was added (its date)
  text: string;
  by: string; // profile name
}

/** The length the desk planned for the article: words for the web, characters for print. */
export const lengthUnits = ['words', 'characters'] as const;
export type LengthUnit = (typeof lengthUnits)[number];
export interface PlannedLength {
  amount: number;
  unit: LengthUnit;
}

/** Who raised or cleared a legal flag: the profile as it was then. */
export interface DeskActor {
  name: string;
  role: 'reporter' | 'editor' | 'desk';
}

/** The article's legal flag as it stands: held (with why) or cleared. */
export interface LegalFlag {
  hold: boolean;
  note: string;
  by: DeskActor;
  at: string; // ISO 8601
}

/** One flag or clearance, kept in the article's legal log. */
export interface LegalLogEntry {
  action: 'flag' | 'clear';
  note: string;
  by: DeskActor;
  at: string; // ISO 8601
}

/** Someone @mentioned in a comment thread. */
export interface CommentMention {
  thread: string;
  name: string;
  by: string;
  at: string; // ISO 8601
}

/** A comment thread given to someone (or, with `to` empty, taken back): the latest per thread counts. */
export interface CommentAssignment {
  thread: string;
  to: string;
  by: string;
  at: string; // ISO 8601
}

/** One person in the byline: a name, a role, or both ("Trưởng ban Tuyên giáo Thành ủy Hà Tĩnh" alone is valid). */
export interface BylineAuthor {
  name?: string;
  role?: string;
}

/** A "Đọc thêm" link: another article of the library, or an outside URL with its title. */
export interface RelatedLink {
  title: string;
  url?: string;
  articleId?: string;
}

// The workflow states; contract/workflow.ts holds who may move between them.
export const articleStatuses = workflowStates;
export type ArticleStatus = (typeof articleStatuses)[number];
