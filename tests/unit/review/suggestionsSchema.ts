// The article schema for the suggestion tests: the editor's own schema extensions
// (articleSchemaExtensions.ts), with the SuggestMode extension.
import { getSchema } from '@tiptap/core';
import { articleSchemaExtensions } from '../../../renderer/editor/articleSchemaExtensions';
import { SuggestMode } from '../../../renderer/review/suggestions/suggestMode';

export const schema = getSchema([...articleSchemaExtensions({ mediaUrl: (file: string) => file }), SuggestMode]);
