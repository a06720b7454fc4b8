// Benchmark: builds a search index over a generated library of 5,000 articles of 800 words
// and prints build time, memory, query latency and save/restore time.
// Run: npx tsx --expose-gc electron/services/language/bench/benchSearch.ts [articles] [words]

import { SearchIndex, type SearchDocument } from '../searchIndex';
import { generatedArticleWords, seededRandom } from './generatedText';

const articles = Number(process.argv[2] ?? 5000);
const wordsPerArticle = Number(process.argv[3] ?? 800);
const random = seededRandom(42);

function sentence(words: number): string {
  return generatedArticleWords(random, words).join(' ');
}

function makeDocument(i: number): SearchDocument {
  return {
    id: `article-${i}`,
    headline: sentence(12),
    sapo: sentence(40),
    body: sentence(wordsPerArticle - 12 - 40 - 20),
    captions: [sentence(10), sentence(10)],
    tags: ['Hà Tĩnh', i % 7 === 0 ? 'đảng viên' : 'kinh tế'],
    authors: [i % 3 === 0 ? 'Thu Trang' : 'Minh Đức'],
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const used = () => process.memoryUsage().heapUsed + process.memoryUsage().arrayBuffers;
const heapBefore = used();
const docs = Array.from({ length: articles }, (_, i) => makeDocument(i));
gc?.();
const heapDocs = used();

let started = performance.now();
const index = new SearchIndex();
for (const doc of docs) index.add(doc);
const buildMs = performance.now() - started;
gc?.();
const heapIndex = used();

const queries = ['ha tinh', 'Hà Tĩnh', 'dang vien', 'đảng viên', 'tu soi tu sua', 'sinh hoat chinh tri', 'phat trien kinh te xa hoi', 'nghiêng', 'khong co tu nay'];
console.log(`articles: ${articles} × ${wordsPerArticle} words`);
console.log(`build: ${buildMs.toFixed(0)} ms (${((buildMs * 1000) / articles).toFixed(0)} µs per article)`);
console.log(`memory: documents ${mb(heapDocs - heapBefore)} MB, index on top ${mb(heapIndex - heapDocs)} MB${gc ? '' : ' (run with --expose-gc for exact figures)'}`);
for (const query of queries) {
  index.search(query); // warm up
  const runs = 5;
  started = performance.now();
  let hits = 0;
  for (let r = 0; r < runs; r++) hits = index.search(query).length;
  const ms = (performance.now() - started) / runs;
  const total = index.search(query, { limit: 1_000_000 }).length;
  console.log(`query ${JSON.stringify(query).padEnd(30)} ${ms.toFixed(1).padStart(6)} ms  ${total} matching, top ${hits} with snippets`);
}
started = performance.now();
const json = JSON.stringify(index.toJSON());
const saveMs = performance.now() - started;
started = performance.now();
const restored = SearchIndex.fromJSON(JSON.parse(json));
const restoreMs = performance.now() - started;
console.log(`save: ${saveMs.toFixed(0)} ms (${mb(json.length)} MB JSON); restore: ${restoreMs.toFixed(0)} ms, ${restored.size} articles`);
started = performance.now();
index.update({ ...docs[0]!, headline: 'Tin mới cập nhật' });
index.remove('article-1');
console.log(`update + remove: ${(performance.now() - started).toFixed(2)} ms`);

function mb(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
