// Quotes nested inside each other at the end of an article, in one change: what a hostile copy
// sends to overflow every reader of the article (20,000 levels in about 400 KB).
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../../../electron/contract/article/articleNames';

export function nestQuotes(doc: Y.Doc, depth: number): void {
  let parent: Y.XmlElement | Y.XmlFragment = doc.getXmlFragment(ARTICLE_FRAGMENT);
  doc.transact(() => {
    for (let i = 0; i < depth; i++) {
      const quote = new Y.XmlElement('blockquote');
      parent.insert(parent.length, [quote]);
      parent = quote;
    }
  });
}
