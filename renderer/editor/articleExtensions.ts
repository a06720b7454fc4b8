// Every TipTap extension the article editor uses, in one list, configured for the
// article schema (contract/article/articleNames.ts) and a local Yjs document.
import type { AnyExtension } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import type * as Y from 'yjs';
import type { ReviewActor } from '../../electron/contract/review';
import { ARTICLE_FRAGMENT } from '../../electron/contract/article/articleNames';
import { articleSchemaExtensions } from './articleSchemaExtensions';
import { ArticleKeymap } from './articleKeymap';
import { ArticlePlaceholders, type PlaceholderPiece } from './articlePlaceholders';
import { NfcText } from './nfcText';
import { ImageDrop } from './imageDrop';
import { PasteCleaning } from './paste/pasteCleaning';
import { CommentHighlights } from '../review/comments/commentHighlights';
import { LanguageChecks } from '../language/languageChecks';
import { SuggestMode } from '../review/suggestions/suggestMode';
import { RemoteCarets } from '../sync/remoteCarets';

export interface ArticleExtensionOptions {
  doc: Y.Doc;
  /** The open article (pasted photos are stored in its media). */
  articleId: string;
  mediaUrl: (file: string) => string;
  placeholder: (piece: PlaceholderPiece) => string;
  onImageFiles: (files: File[]) => void;
  /** The local profile at the moment of an edit: who a suggestion or comment belongs to. */
  actor: () => ReviewActor;
}

export function articleExtensions(options: ArticleExtensionOptions): AnyExtension[] {
  return [
    ...articleSchemaExtensions({ mediaUrl: options.mediaUrl }),
    ArticleKeymap,
    ArticlePlaceholders.configure({ label: options.placeholder }),
    NfcText,
    ImageDrop.configure({ onFiles: options.onImageFiles }),
    PasteCleaning.configure({ articleId: options.articleId }),
    CommentHighlights,
    LanguageChecks.configure({ doc: options.doc }),
    SuggestMode.configure({ actor: options.actor }), // its marks come with Headline (headline.ts)
    Collaboration.configure({ document: options.doc, field: ARTICLE_FRAGMENT }),
    RemoteCarets.configure({ doc: options.doc, articleId: options.articleId }), // after Collaboration: reads its binding
  ];
}
