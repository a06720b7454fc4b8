// An open article is read again after every change; the reader must not keep an old reading
// (a whole copy of the article's text) alive for as long as the document is open.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

it('lets the first reading of an open article go once the article changed', async () => {
  const doc = createArticleDoc({ id: 'a1', createdAt: '2026-12-07T08:00:00Z', headline: 'Tin sáng' });
  const first = new WeakRef(readArticle(doc).content);
  const headline = doc.getXmlFragment('article').get(0) as Y.XmlElement;
  (headline.get(0) as Y.XmlText).insert(0, 'Bản mới: ');
  expect(readArticle(doc).headline).toBe('Bản mới: Tin sáng');
  // Collected only after this turn: the WeakRef keeps its target until the job ends.
  await new Promise((resolve) => setTimeout(resolve, 0));
  collectGarbage();
  expect(first.deref()).toBeUndefined();
  expect(readArticle(doc).headline).toBe('Bản mới: Tin sáng');
});
