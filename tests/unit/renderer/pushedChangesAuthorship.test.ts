// The editor's copy credits only what was typed in it: a change pushed from the server (someone
// else accepting a suggestion, say) is the starting point of the next check, never part of it.
import { describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';
import { PUSH_ORIGIN, watchAuthorship } from '../../../renderer/editor/authorship';

const headline = (doc: Y.Doc) => (doc.getXmlFragment('article').get(0) as Y.XmlElement).get(0) as Y.XmlText;

describe('pushed changes and authorship', () => {
  it('a suggestion accepted elsewhere credits its author there; typing here afterwards credits the one typing', () => {
    vi.useFakeTimers();
    try {
      const server = createArticleDoc({ id: 'a000000010', createdAt: '2026-12-07T08:00:00Z', author: 'Thu Hà', headline: 'Tin sáng' });
      headline(server).insert(8, ' nay', { insertion: { id: 's1', author: 'Lan Góp Ý', role: 'editor', at: '2026-12-07T09:00:00Z' } });
      const here = new Y.Doc();
      Y.applyUpdate(here, Y.encodeStateAsUpdate(server));
      const stop = watchAuthorship(here, () => 'Minh Biên', [PUSH_ORIGIN]);

      // Thu Hà accepts the suggestion on her copy; it arrives here as a push.
      const before = Y.encodeStateVector(server);
      headline(server).format(8, 4, { insertion: null });
      Y.applyUpdate(here, Y.encodeStateAsUpdate(server, before), PUSH_ORIGIN);
      vi.advanceTimersByTime(1000);
      headline(here).insert(0, 'Mới: ');
      vi.advanceTimersByTime(1000);
      stop();
      expect(readArticle(here).meta.authors).toEqual(['Thu Hà', 'Minh Biên']);
    } finally {
      vi.useRealTimers();
    }
  });
});
