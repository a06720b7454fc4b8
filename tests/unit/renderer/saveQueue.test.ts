// What a reporter relies on: every keystroke reaches the disk eventually, in any weather.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { SaveQueue, type SaveState } from '../../../renderer/editor/saveQueue';
import type { SaveReport } from '../../../electron/contract/types';

function typingDoc() {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => updates.push(u));
  return { doc, text: doc.getText('t'), updates };
}

const report = (): SaveReport => ({ savedAt: new Date().toISOString(), wordCount: 0 });

describe('SaveQueue', () => {
  test('merges a burst of typing and the disk copy ends equal to the editor', async () => {
    const { doc, text } = typingDoc();
    const disk = new Y.Doc();
    const sent: Uint8Array[] = [];
    const states: SaveState[] = [];
    const queue = new SaveQueue(
      async (update) => {
        sent.push(update);
        Y.applyUpdate(disk, update);
        return report();
      },
      { onState: (s) => states.push(s), onSaved: () => {} },
    );
    doc.on('update', (u: Uint8Array) => queue.push(u));
    for (const word of 'Đợt sinh hoạt chính trị sâu rộng'.split(' ')) text.insert(text.length, `${word} `);
    expect(queue.hasUnsaved).toBe(true);
    await expect(queue.flush()).resolves.toBe(true);
    expect(sent.length).toBeLessThan(6);
    expect(disk.getText('t').toString()).toBe(text.toString());
    expect(states.at(-1)).toBe('saved');
    expect(queue.hasUnsaved).toBe(false);
  });

  test('a failing save keeps everything typed, says so, and succeeds on retry', async () => {
    const { doc, text } = typingDoc();
    const disk = new Y.Doc();
    let failuresLeft = 2;
    const states: SaveState[] = [];
    const queue = new SaveQueue(
      async (update) => {
        if (failuresLeft-- > 0) throw new Error('disk unplugged');
        Y.applyUpdate(disk, update);
        return report();
      },
      { onState: (s) => states.push(s), onSaved: () => {} },
    );
    doc.on('update', (u: Uint8Array) => queue.push(u));
    text.insert(0, 'Tin khẩn: ');
    await expect(queue.flush()).resolves.toBe(false);
    expect(states).toContain('error');
    text.insert(text.length, 'mưa lớn ở Hà Tĩnh.');
    await expect(queue.flush()).resolves.toBe(false);
    await expect(queue.flush()).resolves.toBe(true);
    expect(disk.getText('t').toString()).toBe('Tin khẩn: mưa lớn ở Hà Tĩnh.');
    expect(states.at(-1)).toBe('saved');
    queue.dispose();
  });
});
