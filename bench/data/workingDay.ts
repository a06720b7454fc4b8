// A reporter's working day on one article, through the real library: nine hours of writing
// and rewording, a few letters per Yjs update as the editor sends them, saved every
// ~100 seconds of typing (merged, as the editor's save queue does), versions kept by the
// library's own rule (at most every ten minutes of writing) on a simulated clock, a labelled
// version at noon and when handing in. Ends with a little over 2,000 words. What it leaves on disk
// is the point: article.ydoc keeps every edit's history, history/ keeps the versions.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../electron/contract/article/articleNames';
import { openBenchLibrary } from './benchLibrary';
import { generatedArticleWordsFor, seededRandom } from './vietnameseText';

export interface DaySizes {
  articleJsonBytes: number;
  articleYdocBytes: number;
  historyBytes: number;
  /** Everything in the project folder except media/ (photos are the reporter's, not ours). */
  projectBytes: number;
  versions: number;
  words: number;
}

const SAVES_PER_TEN_MINUTES = 6;

async function folderBytes(folder: string, skip: (name: string) => boolean = () => false): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (skip(entry.name)) continue;
    const full = path.join(folder, entry.name);
    total += entry.isDirectory() ? await folderBytes(full) : (await stat(full)).size;
  }
  return total;
}

export async function simulateWorkingDay(libraryPath: string, hours = 9, seed = 7): Promise<DaySizes> {
  const random = seededRandom(seed);
  const words = generatedArticleWordsFor(random);
  let clock = Date.parse('2026-11-27T08:00:00+07:00');
  const library = await openBenchLibrary(libraryPath, { now: () => new Date(clock), saveDelayMs: 0 });
  let id = '';
  try {
    id = (await library.create({ headline: '' })).id;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, (await library.open(id)).state);
    const pending: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => pending.push(update));
    const save = async () => {
      if (pending.length) await library.update(id, Y.mergeUpdates(pending.splice(0)));
    };

    const fragment = doc.getXmlFragment(ARTICLE_FRAGMENT);
    // An empty element has no text yet: the first keystroke gives it one, as y-tiptap does.
    const textOf = (index: number) => {
      const element = fragment.get(index) as Y.XmlElement;
      if (element.length === 0) element.insert(0, [new Y.XmlText()]);
      return element.get(0) as Y.XmlText;
    };
    const type = (text: Y.XmlText, at: number, typed: string) => {
      // A few letters per update, as keystrokes arrive between the editor's transactions.
      for (let i = 0; i < typed.length; i += 3) doc.transact(() => text.insert(Math.min(at + i, text.length), typed.slice(i, i + 3)));
    };
    type(textOf(0), 0, words(14).join(' '));
    type(textOf(1), 0, `(Baohatinh.vn) - ${words(40).join(' ')}.`);
    const bodyTexts = [textOf(2)];

    for (let tenMinutes = 0; tenMinutes < hours * 6; tenMinutes++) {
      for (let s = 0; s < SAVES_PER_TEN_MINUTES; s++) {
        // ~100 seconds: about seven words, now and then a new paragraph, a word or two taken out.
        for (let w = 0; w < 7; w++) {
          if (random() < 0.05) {
            const paragraph = new Y.XmlElement('paragraph');
            paragraph.insert(0, [new Y.XmlText()]);
            fragment.insert(fragment.length, [paragraph]);
            bodyTexts.push(paragraph.get(0) as Y.XmlText);
          }
          const text = random() < 0.7 ? bodyTexts.at(-1)! : bodyTexts[Math.floor(random() * bodyTexts.length)]!;
          type(text, random() < 0.8 ? text.length : Math.floor(random() * text.length), `${words(1)[0]} `);
        }
        const revised = bodyTexts[Math.floor(random() * bodyTexts.length)]!;
        if (revised.length > 30) revised.delete(Math.floor(random() * (revised.length - 12)), 4 + Math.floor(random() * 8));
        clock += 100_000;
        await save();
      }
      if (tenMinutes === 24) await library.history.save(id, 'manual', 'Bản buổi sáng');
    }
    await library.history.save(id, 'manual', 'Nộp bài');
    doc.destroy();
  } finally {
    await library.close();
  }
  const folder = path.join(libraryPath, (await readdir(libraryPath)).find((name) => name.endsWith(`-${id}`))!);
  const readJson = async (file: string) => JSON.parse(await readFile(path.join(folder, file), 'utf8')) as Record<string, unknown>;
  const rendition = await readJson('article.json');
  const history = await readJson(path.join('history', 'index.json'));
  return {
    articleJsonBytes: (await stat(path.join(folder, 'article.json'))).size,
    articleYdocBytes: (await stat(path.join(folder, 'article.ydoc'))).size,
    historyBytes: await folderBytes(path.join(folder, 'history')),
    projectBytes: await folderBytes(folder, (name) => name === 'media'),
    versions: Array.isArray(history.versions) ? history.versions.length : 0,
    words: typeof rendition.wordCount === 'number' ? rendition.wordCount : 0,
  };
}
