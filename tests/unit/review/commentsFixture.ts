// A ProseMirror document of the article schema bound to a Y.Doc the way the editor binds
// it (y-tiptap), without a view: edits go through ProseMirror transactions and are written
// to the Y fragment by the same function the editor's sync plugin uses.
import { getSchema } from '@tiptap/core';
import { articleSchemaExtensions } from '../../../renderer/editor/articleSchemaExtensions';
import type { Node as PMNode, Schema } from '@tiptap/pm/model';
import type { Plugin, Transaction } from '@tiptap/pm/state';
import { EditorState } from '@tiptap/pm/state';
import { initProseMirrorDoc, prosemirrorJSONToYXmlFragment, updateYFragment } from '@tiptap/y-tiptap';
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../../electron/contract/article/articleNames';
import type { AnchorContext } from '../../../renderer/review/comments/commentAnchors';

export const schema: Schema = getSchema([...articleSchemaExtensions({ mediaUrl: (file: string) => file })]);

const text = (value: string) => (value ? [{ type: 'text', text: value }] : []);

/** headline, sapo, one paragraph per body string, an optional figure with caption, byline. */
export function articleJSON(parts: { headline: string; sapo: string; body: string[]; caption?: string; byline?: string }) {
  return {
    type: 'doc',
    content: [
      { type: 'headline', content: text(parts.headline) },
      { type: 'sapo', content: text(parts.sapo) },
      ...parts.body.map((p) => ({ type: 'paragraph', content: text(p) })),
      ...(parts.caption !== undefined
        ? [{ type: 'figure', attrs: { src: 'a.jpg' }, content: [{ type: 'figcaption', content: text(parts.caption) }] }]
        : []),
      ...(parts.byline !== undefined ? [{ type: 'byline', content: text(parts.byline) }] : []),
    ],
  };
}

/** One copy of the article: a Y.Doc and the ProseMirror document bound to it. */
export class ArticleCopy {
  readonly ydoc: Y.Doc;
  readonly fragment: Y.XmlFragment;
  state: EditorState;
  private meta: ReturnType<typeof initProseMirrorDoc>['meta'];

  constructor(ydoc: Y.Doc) {
    this.ydoc = ydoc;
    this.fragment = ydoc.getXmlFragment(ARTICLE_FRAGMENT);
    const init = initProseMirrorDoc(this.fragment, schema);
    this.meta = init.meta;
    this.state = EditorState.create({ schema, doc: init.doc });
  }

  static fromJSON(json: unknown, clientID?: number): ArticleCopy {
    const ydoc = new Y.Doc();
    if (clientID !== undefined) ydoc.clientID = clientID;
    prosemirrorJSONToYXmlFragment(schema, json, ydoc.getXmlFragment(ARTICLE_FRAGMENT));
    return new ArticleCopy(ydoc);
  }

  /** Gives the ProseMirror state these plugins; `mapping` is y-tiptap's, for its sync plugin. */
  usePlugins(plugins: (mapping: ReturnType<typeof initProseMirrorDoc>['mapping']) => Plugin[]): void {
    this.state = EditorState.create({ schema, doc: this.state.doc, plugins: plugins(this.meta.mapping) });
  }

  /** Applies a transaction that changes no text (selection, plugin meta). */
  apply(tr: Transaction): void {
    this.state = this.state.apply(tr);
  }

  get doc(): PMNode {
    return this.state.doc;
  }

  get ctx(): AnchorContext {
    return { ydoc: this.ydoc, fragment: this.fragment, mapping: this.meta.mapping };
  }

  /** A local edit, written to the Y fragment as the editor's sync plugin writes it. */
  edit(change: (tr: Transaction) => void): void {
    const tr = this.state.tr;
    change(tr);
    this.state = this.state.apply(tr);
    this.ydoc.transact(() => updateYFragment(this.ydoc, this.fragment, this.state.doc, this.meta));
  }

  /** Rebuilds the ProseMirror side from Y, as the editor does after a merged (remote) change. */
  reload(): void {
    const init = initProseMirrorDoc(this.fragment, schema);
    this.meta = init.meta;
    this.state = EditorState.create({ schema, doc: init.doc });
  }

  /** Position of the n-th occurrence (0-based) of `needle` in the document text. */
  find(needle: string, occurrence = 0): { from: number; to: number } {
    let seen = 0;
    let found: { from: number; to: number } | null = null;
    this.doc.descendants((node, pos) => {
      if (found || !node.isText || !node.text) return !found;
      let index = node.text.indexOf(needle);
      while (index >= 0) {
        if (seen === occurrence) {
          found = { from: pos + index, to: pos + index + needle.length };
          return false;
        }
        seen += 1;
        index = node.text.indexOf(needle, index + 1);
      }
      return true;
    });
    if (!found) throw new Error(`"${needle}" is not in the article`);
    return found;
  }
}
