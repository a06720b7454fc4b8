// The article's metadata (Y.Map "meta"), kept live: the authors list grows on the first edit.
import { useEffect, useState } from 'react';
import type * as Y from 'yjs';
import { META_MAP, metaKeys } from '../../electron/contract/articleSchema';
import { readAuthors } from './authorship';

export interface ArticleMeta {
  status: string;
  authors: string[];
  createdAt: string | null;
  /** BCP 47 language of the article text (for spelling and hyphenation); Vietnamese by default. */
  language: string;
}

function readMeta(doc: Y.Doc): ArticleMeta {
  const meta = doc.getMap(META_MAP);
  const status = meta.get(metaKeys.status);
  const createdAt = meta.get(metaKeys.createdAt);
  const language = meta.get(metaKeys.language);
  return {
    language: typeof language === 'string' && language ? language : 'vi',
    status: typeof status === 'string' ? status : 'draft',
    authors: readAuthors(doc),
    createdAt: typeof createdAt === 'string' ? createdAt : null,
  };
}

export function useArticleMeta(doc: Y.Doc): ArticleMeta {
  const [meta, setMeta] = useState(() => readMeta(doc));
  useEffect(() => {
    const map = doc.getMap(META_MAP);
    const refresh = () => setMeta(readMeta(doc));
    refresh();
    map.observe(refresh);
    return () => map.unobserve(refresh);
  }, [doc]);
  return meta;
}
