// The sapo (lead/standfirst): the paragraph under the headline, shown bold and larger.
import { Node, mergeAttributes } from '@tiptap/core';
import { nodeNames } from '../../electron/contract/article/articleNames';

export const Sapo = Node.create({
  name: nodeNames.sapo,
  content: 'inline*',
  defining: true,
  parseHTML: () => [{ tag: 'p.soan-sapo', priority: 60 }],
  renderHTML: ({ HTMLAttributes }) => [
    'p',
    mergeAttributes(HTMLAttributes, { class: 'sapo soan-sapo' }),
    0,
  ],
});
