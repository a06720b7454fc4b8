// Every TipTap extension the article editor uses, in one list, configured for the
// article schema (articleSchema.ts) and a local Yjs document.
import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import Collaboration from '@tiptap/extension-collaboration';
import type * as Y from 'yjs';
import type { ReviewActor } from '../../electron/contract/review';
import { ARTICLE_FRAGMENT } from '../../electron/contract/articleSchema';
import { ArticleDocument } from './articleDocument';
import { Headline } from './headline';
import { Sapo } from './sapo';
import { Byline } from './byline';
import { Figure } from './figure';
import { Figcaption } from './figcaption';
import { BodyHeading } from './bodyHeading';
import { ArticleKeymap } from './articleKeymap';
import { ArticlePlaceholders, type PlaceholderPiece } from './articlePlaceholders';
import { NfcText } from './nfcText';
import { ImageDrop } from './imageDrop';
import { isAllowedLinkHref } from './linkTarget';
import { PasteCleaning } from './paste/pasteCleaning';
import { CommentHighlights } from '../review/comments/commentHighlights';
import { LanguageChecks } from '../language/languageChecks';
import { SuggestMode } from '../review/suggestions/suggestMode';

export interface ArticleExtensionOptions {
  doc: Y.Doc;
  mediaUrl: (file: string) => string;
  placeholder: (piece: PlaceholderPiece) => string;
  onImageFiles: (files: File[]) => void;
  /** The local profile at the moment of an edit: who a suggestion or comment belongs to. */
  actor: () => ReviewActor;
}

export function articleExtensions(options: ArticleExtensionOptions): AnyExtension[] {
  return [
    StarterKit.configure({
      document: false, // ArticleDocument: headline sapo block+ byline?
      undoRedo: false, // the Yjs undo manager (Collaboration) covers the whole article
      heading: false, // BodyHeading: h2/h3 only, and pasted h1 lands as h2
      codeBlock: false,
      code: false,
      strike: false,
      underline: false,
      horizontalRule: false,
      trailingNode: false, // the byline, not an empty paragraph, may end the article
      link: {
        openOnClick: false,
        autolink: true,
        linkOnPaste: true,
        defaultProtocol: 'https',
        isAllowedUri: (url) => isAllowedLinkHref(url),
        HTMLAttributes: { target: null, rel: 'noopener noreferrer nofollow' },
      },
    }),
    ArticleDocument,
    Headline,
    Sapo,
    BodyHeading,
    Figure.configure({ mediaUrl: options.mediaUrl }),
    Figcaption,
    Byline,
    ArticleKeymap,
    ArticlePlaceholders.configure({ label: options.placeholder }),
    NfcText,
    ImageDrop.configure({ onFiles: options.onImageFiles }),
    PasteCleaning,
    CommentHighlights,
    LanguageChecks.configure({ doc: options.doc }),
    SuggestMode.configure({ actor: options.actor }), // its marks come with Headline (headline.ts)
    Collaboration.configure({ document: options.doc, field: ARTICLE_FRAGMENT }),
  ];
}
