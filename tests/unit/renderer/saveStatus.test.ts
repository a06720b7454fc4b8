// The save status the status bar, the "Bài viết" panel and the send/export dialogs read: it
// follows the real save queue through saving, a failure and the retry, and tells its readers
// only when something they could show changed.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { SaveQueue } from '../../../renderer/editor/saveQueue';
import { SaveStatusStore, type SaveStatus } from '../../../renderer/editor/saveStatus';
import type { SaveReport } from '../../../electron/contract/types';

function queueWithStatus(send: (update: Uint8Array) => Promise<SaveReport>) {
  const status = new SaveStatusStore();
  const seen: SaveStatus[] = [];
  status.subscribe(() => seen.push(status.current()));
  const queue = new SaveQueue(send, { onState: (state, error) => status.setState(state, error), onSaved: (r) => status.setSaved(r) });
  const doc = new Y.Doc();
  doc.on('update', (u: Uint8Array) => queue.push(u));
  return { status, seen, queue, text: doc.getText('t') };
}

describe('SaveStatusStore', () => {
  test('starts saved, says saving once for a burst of typing, then saved with the report', async () => {
    const savedAt = '2026-12-07T14:00:00.000Z';
    const { status, seen, queue, text } = queueWithStatus(async () => ({ savedAt, wordCount: 6 }));
    expect(status.current()).toEqual({ state: 'saved', error: null, lastSaved: null });
    for (const word of 'Đợt sinh hoạt chính trị sâu'.split(' ')) text.insert(text.length, `${word} `);
    // Six keystrokes, one change for the readers: the state they show did not change after the first.
    expect(seen.map((s) => s.state)).toEqual(['saving']);
    await expect(queue.flush()).resolves.toBe(true);
    expect(status.current()).toEqual({ state: 'saved', error: null, lastSaved: { savedAt, wordCount: 6 } });
  });

  test('a failed save shows why; the reason goes once the retry succeeds, and each snapshot stays as it was', async () => {
    let fail = true;
    const { status, queue, text } = queueWithStatus(async () => {
      if (fail) throw new Error('ổ đĩa bị rút ra');
      return { savedAt: '2026-12-07T14:01:00.000Z', wordCount: 1 };
    });
    text.insert(0, 'Hà Tĩnh');
    await expect(queue.flush()).resolves.toBe(false);
    const failed = status.current();
    expect(failed.state).toBe('error');
    expect(String(failed.error)).toContain('ổ đĩa bị rút ra');
    fail = false;
    await expect(queue.flush()).resolves.toBe(true);
    expect(status.current()).toMatchObject({ state: 'saved', error: null });
    // What a reader drew from stays as it was: a new status is a new object.
    expect(failed.state).toBe('error');
    queue.dispose();
  });

  test('a reader that stops listening hears nothing more', () => {
    const status = new SaveStatusStore();
    let heard = 0;
    const stop = status.subscribe(() => heard++);
    status.setState('saving');
    stop();
    status.setState('saved');
    expect(heard).toBe(1);
    expect(status.current().state).toBe('saved');
  });
});
