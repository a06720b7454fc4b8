// Rewrite conflicts next to hard line breaks, swept: a word alone on its line, at a line's start
// or end, after an empty line; both sides' words differing, one a prefix of the other, the same
// word, NFC against NFD; both client orders; merged from a whole package, a delta package and a
// sync catch-up. Each case lists one conflict, shows each side as written (or says what the
// sender's side lacks), and keeping either side reads exactly as that side wrote the paragraph.
import { expect, test } from 'vitest';
import * as Y from 'yjs';
import { simpleDiff } from 'lib0/diff';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { ARTICLE_FRAGMENT } from '../../../electron/contract/article/articleNames';
import type { MergeFlag, MergeReport, PackageSender } from '../../../electron/contract/packages';
import { mergeIncoming } from '../../../electron/services/package/mergeIncoming';
import { resolveChoice } from '../../../electron/services/package/resolveChoice';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { syncMergeReport } from '../../../electron/services/sync/syncMergeReport';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';
import { writeJsonToFragment } from '../../../electron/services/article/writeContentToFragment';
import { articleJson, copyOf, plainOf } from './articleCopies';

const S: PackageSender = { name: 'Trần Văn Minh', role: 'editor' };
const AT = '2026-11-27T10:00:00.000Z';
type RF = Extract<MergeFlag, { kind: 'overlapping-edits' }>;
const overlaps = (r: MergeReport) => r.flags.filter((f): f is RF => f.kind === 'overlapping-edits');
const body = (doc: Y.Doc) => storedTexts(readArticle(doc)).find((t) => t.path.join('.') === '2')!.standing.text.normalize('NFC');
const nfd = (w: string) => w.normalize('NFD');
const conflicts = [['nhỏ', 'nhà', 'to'], ['nhỏ', 'nhà', 'nhanh'], ['đỏ', 'nhỏ', 'to'], ['Hải', 'Hà', 'Hội'], ['anh', 'xa', 'xanh'], ['xám', 'xa', 'xanh'], ['đỏ', 'xanh', 'xanh'], ['nhỏ', 'nhà', 'nhà'], ['Hải', 'Hội', nfd('Hội')]];
// Paragraph contents around W (runs split by hard breaks); the word sits in run `wr`.
const places: Array<[string[], number]> = [[['', 'W nằm'], 1], [['Căn nhà', 'W'], 1], [['W', 'nằm'], 0], [['Căn W', ''], 0], [['a', '', 'W'], 2], [['W', '', 'b'], 0]];
const modes = ['full', 'delta', 'sync'] as const;

function baseOf(runs: string[]): Y.Doc {
  const json = articleJson({ headline: 'Làng', sapo: 'Người dân.', body: ['x', 'Năm nay.'] }) as { content: unknown[] };
  const content: unknown[] = [];
  runs.forEach((r, i) => { if (i) content.push({ type: 'hardBreak' }); if (r) content.push({ type: 'text', text: r }); });
  json.content[2] = { type: 'paragraph', content };
  const doc = createArticleDoc({ id: 'bai0packages01', createdAt: AT, author: 'Nguyễn Thị Lan', headline: 'Làng' });
  const base = new Y.Doc(); base.clientID = 1; Y.applyUpdate(base, Y.encodeStateAsUpdate(doc));
  writeJsonToFragment(json as Parameters<typeof writeJsonToFragment>[0], base.getXmlFragment(ARTICLE_FRAGMENT));
  return base;
}
function edit(d: Y.Doc, old: string, rep: string) {
  const t = (d.getXmlFragment(ARTICLE_FRAGMENT).get(2) as Y.XmlElement).toArray().filter((c): c is Y.XmlText => c instanceof Y.XmlText).find((c) => plainOf(c).includes(old))!;
  const was = plainOf(t); const at = was.indexOf(old);
  const { index, remove, insert } = simpleDiff(was, was.slice(0, at) + rep + was.slice(at + old.length));
  d.transact(() => { t.delete(index, remove); t.insert(index, insert); });
}
function merge(m: string, base: Y.Doc, here: Y.Doc, there: Y.Doc) {
  if (m === 'sync') {
    const before = Y.encodeStateAsUpdate(here);
    const incoming = Y.encodeStateAsUpdate(there, Y.encodeStateVector(here));
    Y.applyUpdate(here, incoming);
    return syncMergeReport({ id: readArticle(here).meta.id, before, doc: here, incoming, serverVector: Y.encodeStateVector(base) }, S, AT, { text: true, move: () => true });
  }
  return mergeIncoming(here, { articleId: readArticle(there).meta.id, sender: S, sentAt: AT, update: m === 'full' ? Y.encodeStateAsUpdate(there) : Y.encodeStateAsUpdate(there, Y.encodeStateVector(here)), stateVector: Y.encodeStateVector(there), doc: m === 'full' ? there : null }, S, AT).report;
}

test('a rewritten word at every place around a hard line break: one conflict, each side exact, either kept exactly', () => {
  const problems: string[] = [];
  let n = 0;
  for (const [runs] of places) for (const [old, mine, theirs] of conflicts) for (const [a, b] of [[2, 3], [3, 2]]) for (const m of modes) {
    n++;
    const base = baseOf(runs.map((r) => r.replace('W', old)));
    const want = (w: string) => runs.map((r) => r.replace('W', w)).join('\n').normalize('NFC');
    const here = copyOf(base, a), there = copyOf(base, b);
    edit(here, old, mine); edit(there, old, theirs);
    const fl = overlaps(merge(m, base, here, there));
    const tag = `${JSON.stringify(runs)} ${old}/${mine}/${theirs} ${a}${b} ${m}`;
    if (fl.length !== 1) { problems.push(`${tag}: ${fl.length} flags, body ${JSON.stringify(body(here))}`); continue; }
    const f = fl[0];
    if (f.local !== mine.normalize('NFC')) problems.push(`${tag}: local shown ${f.local}`);
    if (!f.incomingUnread && f.incoming !== theirs.normalize('NFC')) problems.push(`${tag}: incoming shown ${f.incoming} (no note)`);
    const other = copyOf(here, 9);
    const ok1 = resolveChoice(here, { kind: 'overlapping-edits', flagId: f.id, passage: f.passage, drop: f.dropIncoming }, 't', f.restoreLocal ?? []);
    if (!ok1 || body(here) !== want(mine)) problems.push(`${tag}: keep local ${ok1} -> ${JSON.stringify(body(here))}`);
    const ok2 = resolveChoice(other, { kind: 'overlapping-edits', flagId: f.id, passage: f.passage, drop: f.dropLocal }, 't', f.restoreIncoming ?? []);
    if (!f.incomingUnread && (!ok2 || body(other) !== want(theirs))) problems.push(`${tag}: keep incoming ${ok2} -> ${JSON.stringify(body(other))}`);
  }
  expect(n).toBe(places.length * conflicts.length * 2 * modes.length);
  expect(problems).toEqual([]);
});

test('two rewrites on either side of a hard line break: one conflict, either side kept exactly', () => {
  const out: string[] = [];
  const cases: Array<[string[], Array<[string, string, string]>]> = [
    [['Căn nhà nhỏ', 'nhé đẹp lắm.'], [['nhỏ', 'to', 'to'], ['nhé', 'a', 'nha']]],
    [['Căn nhà nhỏ', 'nhé đẹp lắm.'], [['nhỏ', 'nhà', 'to'], ['nhé', 'nha', 'xa']]],
    [['nhỏ', 'nhé'], [['nhỏ', 'nhà', 'to'], ['nhé', 'nha', 'xa']]],
  ];
  for (const [runs, eds] of cases) for (const [a, b] of [[2, 3], [3, 2]]) for (const m of modes) {
    const base = baseOf(runs);
    const here = copyOf(base, a), there = copyOf(base, b);
    let mineT = runs.join('\n'), theirsT = runs.join('\n');
    for (const [old, mi, th] of eds) { edit(here, old, mi); edit(there, old, th); mineT = mineT.replace(old, mi); theirsT = theirsT.replace(old, th); }
    const fl = overlaps(merge(m, base, here, there));
    const tag = `${JSON.stringify(runs)} ${a}${b} ${m}`;
    if (fl.length !== 1) { out.push(`${tag}: ${fl.length} flags ${JSON.stringify(fl.map((f) => f.passage))} ${JSON.stringify(body(here))}`); continue; }
    const f = fl[0];
    const other = copyOf(here, 9);
    const ok1 = resolveChoice(here, { kind: 'overlapping-edits', flagId: f.id, passage: f.passage, drop: f.dropIncoming }, 't', f.restoreLocal ?? []);
    const ok2 = resolveChoice(other, { kind: 'overlapping-edits', flagId: f.id, passage: f.passage, drop: f.dropLocal }, 't', f.restoreIncoming ?? []);
    const bad1 = body(here) !== mineT, bad2 = !f.incomingUnread && body(other) !== theirsT;
    if (bad1 || bad2 || !ok1 || !ok2) out.push(`${tag}: flag ${JSON.stringify([f.passage, f.local, f.incoming, f.restoreLocal, f.restoreIncoming, f.incomingUnread])} keepL ${ok1} ${JSON.stringify(body(here))} keepI ${ok2} ${JSON.stringify(body(other))}`);
  }
  expect(out).toEqual([]);
});
