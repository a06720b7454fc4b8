// The article schema for the suggestion tests: the schema-relevant extensions as
// renderer/editor/articleExtensions.ts configures them (that list itself also pulls in the
// preload client, which needs a window), with the SuggestMode extension.
import { getSchema } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { ArticleDocument } from '../../../renderer/editor/articleDocument';
import { Headline } from '../../../renderer/editor/headline';
import { Sapo } from '../../../renderer/editor/sapo';
import { BodyHeading } from '../../../renderer/editor/bodyHeading';
import { Figure } from '../../../renderer/editor/figure';
import { Figcaption } from '../../../renderer/editor/figcaption';
import { Byline } from '../../../renderer/editor/byline';
import { SuggestMode } from '../../../renderer/review/suggestions/suggestMode';

export const schema = getSchema([
  StarterKit.configure({
    document: false,
    undoRedo: false,
    heading: false,
    codeBlock: false,
    code: false,
    strike: false,
    underline: false,
    horizontalRule: false,
    trailingNode: false,
  }),
  ArticleDocument,
  Headline, // brings the suggestion marks
  Sapo,
  BodyHeading,
  Figure.configure({ mediaUrl: (file: string) => file }),
  Figcaption,
  Byline,
  SuggestMode,
]);
