// The changes the services make to an article's Y.Doc: a new article, a copy under a new id,
// a new headline (rename). Reading it is contract/article/readArticle's job.
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT, META_MAP, metaKeys, nodeNames } from '../../contract/articleSchema';
import { writeMetaValue } from '../../contract/article/metaStore';

export function articleFragment(doc: Y.Doc): Y.XmlFragment {
  return doc.getXmlFragment(ARTICLE_FRAGMENT);
}

export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(META_MAP);
}

function textElement(name: string, text = ''): Y.XmlElement {
  const element = new Y.XmlElement(name);
  if (text) element.insert(0, [new Y.XmlText(text.normalize('NFC'))]);
  return element;
}

export function createArticleDoc(options: {
  id: string;
  createdAt: string;
  author?: string;
  headline?: string;
}): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set(metaKeys.id, options.id);
    meta.set(metaKeys.createdAt, options.createdAt);
    meta.set(metaKeys.language, 'vi');
    writeMetaValue(doc, metaKeys.status, 'draft');
    writeMetaValue(doc, metaKeys.authors, options.author ? [options.author.normalize('NFC')] : []);
    articleFragment(doc).insert(0, [
      textElement(nodeNames.headline, options.headline ?? ''),
      textElement(nodeNames.sapo),
      textElement(nodeNames.paragraph),
    ]);
  });
  return doc;
}

function headlineElement(doc: Y.Doc): Y.XmlElement | undefined {
  return articleFragment(doc)
    .toArray()
    .find((c): c is Y.XmlElement => c instanceof Y.XmlElement && c.nodeName === nodeNames.headline);
}

/** Replace the headline's text (rename). Adds a headline first if the document lacks one. */
export function setHeadline(doc: Y.Doc, text: string): void {
  const value = text.replace(/\s+/g, ' ').trim().normalize('NFC');
  doc.transact(() => {
    let headline = headlineElement(doc);
    if (!headline) {
      headline = new Y.XmlElement(nodeNames.headline);
      articleFragment(doc).insert(0, [headline]);
    }
    if (headline.length) headline.delete(0, headline.length);
    if (value) headline.insert(0, [new Y.XmlText(value)]);
  });
}

/**
 * A new article holding everything the source holds — content, metadata, comments and
 * pending suggestions — under its own id (duplicate; an article restored from the trash
 * whose id is taken). The whole Yjs state is copied so comment anchors still find their words.
 */
export function copyArticleDoc(source: Y.Doc, options: { id: string; createdAt: string }): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(source));
  copy.transact(() => {
    const meta = metaMap(copy);
    meta.set(metaKeys.id, options.id);
    meta.set(metaKeys.createdAt, options.createdAt);
  });
  return copy;
}
