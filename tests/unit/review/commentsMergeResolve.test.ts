// Two copies offline: the editor resolves a comment while the reporter's editor has to
// anchor it again (a paragraph split). After the merge the thread is both resolved and on
// its words — neither change undoes the other.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { COMMENTS_MAP, COMMENT_MESSAGES_MAP } from '../../../electron/contract/review';
import { moveAnchor, readThreads, resolveThread } from '../../../renderer/review/comments/commentStore';

const minh = { name: 'Minh', role: 'editor' as const };
const AT = '2026-11-28T08:00:00.000Z';

describe('resolving and re-anchoring on two copies', () => {
  it('both survive the merge', () => {
    const first = new Y.Doc();
    first.getXmlFragment('article').insert(0, [new Y.XmlText('Con đường dài 30 km.')]);
    const run = first.getXmlFragment('article').get(0) as Y.XmlText;
    const anchorAt = (from: number, to: number) => ({
      from: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(run, from, 0)),
      to: Y.relativePositionToJSON(Y.createRelativePositionFromTypeIndex(run, to, -1)),
    });
    first.getMap(COMMENTS_MAP).set('t1', { id: 't1', anchor: anchorAt(14, 19), quote: '30 km', piece: 'sapo', by: minh, at: AT, resolved: null });
    first.getMap(COMMENT_MESSAGES_MAP).set('m1', { id: 'm1', threadId: 't1', by: minh, at: AT, text: 'Nguồn?' });

    const second = new Y.Doc();
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));

    resolveThread(first, 't1', minh, () => '2026-11-28T09:00:00.000Z');
    const newAnchor = anchorAt(13, 19);
    moveAnchor(second, 't1', newAnchor);

    Y.applyUpdate(first, Y.encodeStateAsUpdate(second));
    Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
    for (const doc of [first, second]) {
      const [view] = readThreads(doc);
      expect(view.thread.resolved).toMatchObject({ by: minh });
      expect(view.thread.anchor).toEqual(newAnchor);
    }
  });
});
