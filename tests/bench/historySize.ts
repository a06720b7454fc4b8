// How big the history of a long article gets: a 2,000-word article written and revised over a
// nine-hour day, a version every ten minutes. Prints the figure (the issue asks for < 5 MB).
// Run: npx tsx tests/bench/historySize.ts
import { readArticle } from '../../electron/contract/article/readArticle';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { ARTICLE_FRAGMENT } from '../../electron/contract/article/articleNames';
import { VersionStore } from '../../electron/services/history/versionStore';
import { defaultServiceContext } from '../../electron/services/serviceContext';

const WORDS = 'phát triển kinh tế biển Hà Tĩnh đường ven cầu người dân tỉnh huyện xã năm nay dự án vốn đầu tư công trình giao thông thành phố'.split(' ');
let seed = 7;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const word = () => WORDS[Math.floor(random() * WORDS.length)];

async function main(): Promise<void> {
  const folder = await fs.mkdtemp(path.join(os.tmpdir(), 'soan-history-bench-'));
  const store = new VersionStore(folder, { context: defaultServiceContext() });
  const doc = new Y.Doc();
  const fragment = doc.getXmlFragment(ARTICLE_FRAGMENT);
  const paragraphs: Y.XmlText[] = [];
  const versions = 9 * 6; // nine hours, a version every ten minutes
  const start = Date.parse('2026-11-27T08:00:00Z');
  for (let v = 0; v < versions; v++) {
    // Ten minutes of work: about 52 new words typed a few letters at a time, some rewording.
    for (let w = 0; w < 52; w++) {
      if (paragraphs.length === 0 || random() < 0.04) {
        const paragraph = new Y.XmlElement('paragraph');
        const text = new Y.XmlText();
        paragraph.insert(0, [text]);
        fragment.insert(fragment.length, [paragraph]);
        paragraphs.push(text);
      }
      const text = paragraphs[Math.floor(random() * paragraphs.length)];
      const typed = `${word()} `;
      const at = Math.floor(random() * (text.length + 1));
      for (let i = 0; i < typed.length; i += 2) text.insert(Math.min(at + i, text.length), typed.slice(i, i + 2));
    }
    for (let d = 0; d < 6; d++) {
      const text = paragraphs[Math.floor(random() * paragraphs.length)];
      if (text.length > 20) text.delete(Math.floor(random() * (text.length - 10)), 6);
    }
    await store.save(doc, {
      at: new Date(start + v * 600_000).toISOString(),
      author: { name: 'Phóng viên', role: 'reporter' },
      label: '',
      reason: 'autosave',
      wordCount: readArticle(doc).counts.words,
      status: 'draft',
    });
  }
  const bytes = await store.sizeOnDisk();
  console.log(
    `history of a ${readArticle(doc).counts.words}-word article, ${versions} versions: ${(bytes / 1024).toFixed(0)} KB ` +
      `(${(bytes / 1024 / 1024).toFixed(2)} MB; the limit is 5 MB)`,
  );
  await fs.rm(folder, { recursive: true, force: true });
}

void main();
