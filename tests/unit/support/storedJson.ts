// A Y.XmlFragment as PM JSON, read by y-tiptap exactly as the editor's binding reads it.
import { yXmlFragmentToProsemirrorJSON } from '@tiptap/y-tiptap';
import type * as Y from 'yjs';
import type { PmNode } from '../../../electron/contract/article/pmJson';

export function storedJson(fragment: Y.XmlFragment): PmNode {
  return yXmlFragmentToProsemirrorJSON(fragment) as PmNode;
}
