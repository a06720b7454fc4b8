// The extensions that make the article's schema (contract/article/articleNames.ts): its nodes and
// marks, nothing that needs a window or the services. The editor adds its behaviour on
// top (articleExtensions.ts); tests build the same schema from this list.
import type { AnyExtension } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { ListItem } from '@tiptap/extension-list';
import { ArticleDocument } from './articleDocument';
import { Headline } from './headline';
import { Sapo } from './sapo';
import { Byline } from './byline';
import { Figure } from './figure';
import { Figcaption } from './figcaption';
import { BodyHeading } from './bodyHeading';
import { isAllowedLinkHref } from './linkTarget';

export function articleSchemaExtensions(options: { mediaUrl: (file: string) => string }): AnyExtension[] {
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
      listItem: false, // added below: paragraphs and nested lists only
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
    // Tab nests a list in an item; headings and figures stay out (contract: articleContent ListItem).
    ListItem.extend({ content: 'paragraph (paragraph | bulletList | orderedList)*' }),
    Headline, // brings the suggestion marks (insertion, deletion, modification)
    Sapo,
    BodyHeading,
    Figure.configure({ mediaUrl: options.mediaUrl }),
    Figcaption,
    Byline,
  ];
}
