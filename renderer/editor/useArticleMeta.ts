// The article's metadata, kept live (the authors list grows on the first edit), read by the
// contract's one meta reader.
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { metaKeys } from '../../electron/contract/articleSchema';
import { parseArticleMeta } from '../../electron/contract/article/articleMeta';
import { metaTypesOf, readMetaRecord } from '../../electron/contract/article/metaStore';

export interface ArticleMeta {
  status: string;
  authors: string[];
  createdAt: string | null;
  /** BCP 47 language of the article text (for spelling and hyphenation); Vietnamese by default. */
  language: string;
}

function readMeta(doc: Y.Doc): ArticleMeta {
  const meta = parseArticleMeta(readMetaRecord(doc));
  return { status: meta.status, authors: meta.authors, createdAt: meta.createdAt || null, language: meta.language };
}

export function useArticleMeta(doc: Y.Doc): ArticleMeta {
  const [meta, setMeta] = useState(() => readMeta(doc));
  useEffect(() => {
    const types = [...new Set([metaKeys.status, metaKeys.authors].flatMap((key) => metaTypesOf(doc, key)))];
    const refresh = () => setMeta(readMeta(doc));
    refresh();
    types.forEach((type) => type.observe(refresh));
    return () => types.forEach((type) => type.unobserve(refresh));
  }, [doc]);
  return meta;
}
