// Two versions side by side: a word-level diff of headline, sapo, body and captions, and the
// furniture (byline, tags, section, topic) that changed.
import type * as Y from 'yjs';
import { comparedParts } from '../../contract/history';
import type { ComparedPart, MetaChange, VersionComparison, VersionEntry } from '../../contract/history';
import { digestOf } from '../article/articleDigest';
import type { ArticleFurniture } from '../article/articleDigest';
import { readArticle } from '../../contract/article/readArticle';
import { diffWords } from './wordDiff';

interface ComparableText {
  parts: Record<ComparedPart, string>;
  furniture: ArticleFurniture;
}

export function comparableText(doc: Y.Doc): ComparableText {
  const article = readArticle(doc);
  const { search, furniture } = digestOf({
    id: article.meta.id,
    headline: article.headline,
    authors: [],
    meta: article.metaRecord,
    content: article.content,
  });
  return {
    parts: { headline: search.headline ?? '', sapo: search.sapo ?? '', body: search.body ?? '', captions: (search.captions ?? []).join('\n') },
    furniture,
  };
}

function furnitureText(furniture: ArticleFurniture, key: MetaChange['key']): string {
  if (key === 'byline') return furniture.byline.map((a) => [a.name, a.role].filter(Boolean).join(' — ')).join('; ');
  if (key === 'tags') return furniture.tags.join(', ');
  return furniture[key] ?? '';
}

export function compareDocs(from: { entry: VersionEntry; doc: Y.Doc }, to: { entry: VersionEntry; doc: Y.Doc }): VersionComparison {
  const before = comparableText(from.doc);
  const after = comparableText(to.doc);
  const parts = comparedParts.map((part) => {
    const runs = diffWords(before.parts[part], after.parts[part]);
    return { part, runs, changed: runs.some((r) => r.kind !== 'same') };
  });
  const meta = (['byline', 'tags', 'section', 'topic'] as const).flatMap((key): MetaChange[] => {
    const was = furnitureText(before.furniture, key);
    const now = furnitureText(after.furniture, key);
    return was === now ? [] : [{ key, before: was, after: now }];
  });
  return { from: from.entry, to: to.entry, parts, meta };
}
