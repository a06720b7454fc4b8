// A short read of an article (a sync round catching it up, a version being kept) that began
// before the editor opened it must not close it under the editor: the article would leave
// memory while shown, and with it the sync server's link and everyone's presence on it.
import { describe, expect, it } from 'vitest';
import { Library } from '../../../electron/services/library/libraryService';
import { defaultServiceContext } from '../../../electron/services/serviceContext';
import type { ArticleWatcher } from '../../../electron/services/article/articleStore';
import { tempFolder } from './support';

describe('an article read while the editor opens it', () => {
  it('stays open for the editor when the read ends, and is closed when the editor closes it', async () => {
    const events: string[] = [];
    const watcher: ArticleWatcher = { opened: (id) => events.push(`opened ${id}`), closing: (id) => events.push(`closing ${id}`) };
    const library = await Library.open({ libraryPath: await tempFolder(), create: true, context: defaultServiceContext(), watcher });
    try {
      const { id } = await library.create({ headline: 'Đọc trong lúc mở' });
      events.length = 0;
      let finishRead!: () => void;
      const reading = library.readDoc(id, () => new Promise<void>((resolve) => (finishRead = resolve)));
      await new Promise((resolve) => setTimeout(resolve, 20));
      const opened = await library.open(id); // the user clicks the article while the read goes on
      finishRead();
      await reading;
      expect(events).toEqual([`opened ${id}`]); // still in memory: not closed by the read

      await library.update(id, new Uint8Array([0, 0])); // an empty update: the editor's copy goes on being saved
      expect(events).toEqual([`opened ${id}`]);
      expect(opened.summary.headline).toBe('Đọc trong lúc mở');

      await library.closeArticle(id);
      expect(events).toEqual([`opened ${id}`, `closing ${id}`]);
      // A read after the editor closed it closes it again as before.
      await library.readDoc(id, async () => undefined);
      expect(events).toEqual([`opened ${id}`, `closing ${id}`, `opened ${id}`, `closing ${id}`]);
    } finally {
      await library.close();
    }
  });
});
