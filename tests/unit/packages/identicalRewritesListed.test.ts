// Both copies rewrote a passage "the same way" — as far as the words go. Settling that
// automatically (deleting the later copy) lost text that was not a duplicate: a passage across a
// hard line break where the sender kept letters this copy deleted, a link on one copy only, a
// no-break space, and a word gone for good when one machine settled while the other asked a
// person. Every such passage is listed for a person; nothing is removed without a choice.
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { simpleDiff } from 'lib0/diff';
import { ARTICLE_FRAGMENT } from '../../../electron/contract/article/articleNames';
import { readArticle } from '../../../electron/contract/article/readArticle';
import type { MergeFlag, MergeReport, PackageSender } from '../../../electron/contract/packages';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';
import { writeJsonToFragment } from '../../../electron/services/article/writeContentToFragment';
import { mergeIncoming } from '../../../electron/services/package/mergeIncoming';
import { resolveChoice } from '../../../electron/services/package/resolveChoice';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { syncMergeReport } from '../../../electron/services/sync/syncMergeReport';
import { ARTICLE_ID, articleJson, copyOf, editor, firstCopy, plainOf, reporter, rewriteAsEditor, textAt } from './articleCopies';

const LAN: PackageSender = { name: reporter.name, role: 'reporter' };
const MINH: PackageSender = { name: editor.name, role: 'editor' };
const AT = '2026-11-27T10:00:00.000Z';
const BODY = [2];
const shape = (sentence: string) => ({ headline: 'Làng ven biển', sapo: 'Người dân chuẩn bị.', body: [sentence, 'Năm nay được mùa.'] });
const orders = [
  [2, 3],
  [3, 2],
] as const;

type Way = 'a whole package' | 'a package of what was lacking' | 'a sync catch-up';
const ways: Way[] = ['a whole package', 'a package of what was lacking', 'a sync catch-up'];

/** `there`'s copy reaches `here` one of three ways; `base` is what the server had of `here`. */
function merge(way: Way, base: Y.Doc, here: Y.Doc, there: Y.Doc, sender = MINH, keeper = LAN): MergeReport {
  if (way === 'a sync catch-up') {
    const before = Y.encodeStateAsUpdate(here);
    const incoming = Y.encodeStateAsUpdate(there, Y.encodeStateVector(here));
    Y.applyUpdate(here, incoming);
    return syncMergeReport({ id: readArticle(here).meta.id, before, doc: here, incoming, serverVector: Y.encodeStateVector(base) }, keeper, AT, { text: true, move: () => true });
  }
  const whole = way === 'a whole package';
  const update = whole ? Y.encodeStateAsUpdate(there) : Y.encodeStateAsUpdate(there, Y.encodeStateVector(here));
  return mergeIncoming(here, { articleId: readArticle(there).meta.id, sender, sentAt: AT, update, stateVector: Y.encodeStateVector(there), doc: whole ? there : null }, keeper, AT).report;
}

const overlapsOf = (report: MergeReport) => report.flags.filter((f): f is Extract<MergeFlag, { kind: 'overlapping-edits' }> => f.kind === 'overlapping-edits');
/** The body paragraph as it stands (a hard break reads as a line break). */
const bodyOf = (doc: Y.Doc) => storedTexts(readArticle(doc)).find((t) => t.path.join('.') === BODY.join('.'))!.standing.text.normalize('NFC');

describe('a passage across a hard line break', () => {
  /** "Căn nhà nhỏ⏎nhé đẹp lắm.": two text runs with a hard break between them. */
  function lines(): Y.Doc {
    const json = articleJson(shape('x')) as { content: unknown[] };
    json.content[2] = { type: 'paragraph', content: [{ type: 'text', text: 'Căn nhà nhỏ' }, { type: 'hardBreak' }, { type: 'text', text: 'nhé đẹp lắm.' }] };
    const doc = createArticleDoc({ id: ARTICLE_ID, createdAt: AT, author: LAN.name, headline: 'Làng ven biển' });
    const base = new Y.Doc();
    base.clientID = 1;
    Y.applyUpdate(base, Y.encodeStateAsUpdate(doc));
    writeJsonToFragment(json as Parameters<typeof writeJsonToFragment>[0], base.getXmlFragment(ARTICLE_FRAGMENT));
    return base;
  }
  const runOf = (doc: Y.Doc, line: number) => (doc.getXmlFragment(ARTICLE_FRAGMENT).get(2) as Y.XmlElement).toArray().filter((c): c is Y.XmlText => c instanceof Y.XmlText)[line];
  /** The editor's way: the letters old and new share at either end are kept. */
  function asEditor(doc: Y.Doc, line: number, old: string, replacement: string) {
    const run = runOf(doc, line);
    const was = plainOf(run);
    const at = was.indexOf(old);
    const { index, remove, insert } = simpleDiff(was, was.slice(0, at) + replacement + was.slice(at + old.length));
    doc.transact(() => {
      run.delete(index, remove);
      run.insert(index, insert);
    });
  }
  /** Selecting the word and typing another: every old letter deleted. */
  function retyped(doc: Y.Doc, line: number, old: string, replacement: string) {
    const run = runOf(doc, line);
    const at = plainOf(run).indexOf(old);
    doc.transact(() => {
      run.delete(at, old.length);
      run.insert(at, replacement);
    });
  }

  for (const way of ways) {
    for (const [mine, theirs] of orders) {
      test(`"nhỏ" → "to" on both, "nhé" retyped "a" here and "nha" by the sender: listed, the sender's letters not lost unsaid (${way}, clients ${mine}/${theirs})`, () => {
        const base = lines();
        const here = copyOf(base, mine);
        const there = copyOf(base, theirs);
        asEditor(here, 0, 'nhỏ', 'to');
        asEditor(there, 0, 'nhỏ', 'to');
        retyped(here, 1, 'nhé', 'a');
        asEditor(there, 1, 'nhé', 'nha');
        const report = merge(way, base, here, there);
        const flags = overlapsOf(report);
        expect(flags.length).toBeGreaterThan(0);
        // Nothing was removed: both copies' "to" and "a" still stand.
        expect(bodyOf(here).match(/to/g)).toHaveLength(2);
        expect(bodyOf(here)).toMatch(/aa đẹp lắm\.$/);
        const second = flags.find((f) => f.passage.includes('aa'))!;
        expect(second.local).toMatch(/(^|\s)a$/);
        // The sender's side reads "nha", or, where its "nh" is in neither copy here, says so.
        if (way === 'a whole package') expect(second.incoming).toMatch(/(^|\s)nha$/);
        else expect(second.incomingUnread).toBe(true);
      });
    }
  }
  for (const way of ways) {
    for (const [mine, theirs] of orders) {
      test(`only "nhé", just after the break: retyped "a" here, "nha" by the sender — the sender's side reads "nha" or says what it lacks (${way}, clients ${mine}/${theirs})`, () => {
        const base = lines();
        const here = copyOf(base, mine);
        const there = copyOf(base, theirs);
        retyped(here, 1, 'nhé', 'a');
        asEditor(there, 1, 'nhé', 'nha');
        const [flag, ...more] = overlapsOf(merge(way, base, here, there));
        expect(more).toEqual([]);
        expect(flag.local).toBe('a');
        if (way === 'a whole package') {
          expect(flag.incoming).toBe('nha');
          expect(flag.restoreIncoming?.map(([, text]) => text)).toEqual(['nh']);
          // Kept, it reads as the sender wrote it.
          expect(resolveChoice(here, { kind: 'overlapping-edits', flagId: flag.id, passage: flag.passage, drop: flag.dropLocal }, 'test', flag.restoreIncoming)).toBe(true);
          expect(bodyOf(here)).toBe('Căn nhà nhỏ\nnha đẹp lắm.');
        }
        else expect(flag.incomingUnread).toBe(true);
      });
    }
  }
  for (const way of ways) {
    for (const [mine, theirs] of orders) {
      test(`only "nhỏ", just before the break: retyped "to" here, "nhà" by the sender — the sender's side reads "nhà" or says what it lacks (${way}, clients ${mine}/${theirs})`, () => {
        const base = lines();
        const here = copyOf(base, mine);
        const there = copyOf(base, theirs);
        retyped(here, 0, 'nhỏ', 'to');
        asEditor(there, 0, 'nhỏ', 'nhà');
        const [flag, ...more] = overlapsOf(merge(way, base, here, there));
        expect(more).toEqual([]);
        expect(flag.local).toBe('to');
        if (way === 'a whole package') expect(flag.incoming).toBe('nhà');
        else expect(flag.incomingUnread).toBe(true);
      });
    }
  }
});

describe('rewrites whose words match but not their letters or formatting', () => {
  for (const way of ways) {
    for (const [mine, theirs] of orders) {
      test(`a linked "xanh" here, a plain "xanh" from the sender: listed, the link still in the article (${way}, clients ${mine}/${theirs})`, () => {
        const base = firstCopy(shape('Căn nhà đỏ nằm ở đầu làng.'), 1);
        const here = copyOf(base, mine);
        const there = copyOf(base, theirs);
        rewriteAsEditor(here, BODY, 'đỏ', 'xanh');
        textAt(here, BODY).format(8, 4, { link: { href: 'https://example.org/xanh' } });
        rewriteAsEditor(there, BODY, 'đỏ', 'xanh');
        const [flag, ...more] = overlapsOf(merge(way, base, here, there));
        expect(more).toEqual([]);
        expect(flag).toMatchObject({ local: 'xanh', incoming: 'xanh' });
        expect(bodyOf(here)).toBe('Căn nhà xanhxanh nằm ở đầu làng.');
        const linked = (textAt(here, BODY).toDelta() as Array<{ insert: string; attributes?: { link?: { href: string } } }>).filter((op) => op.attributes?.link);
        expect(linked.map((op) => [op.insert, op.attributes!.link!.href])).toEqual([['xanh', 'https://example.org/xanh']]);
      });

      test(`"cao 10 m" with a no-break space here, a plain space from the sender: listed, both kept until a choice (${way}, clients ${mine}/${theirs})`, () => {
        const base = firstCopy(shape('Căn nhà đỏ nằm ở đầu làng.'), 1);
        const here = copyOf(base, mine);
        const there = copyOf(base, theirs);
        rewriteAsEditor(here, BODY, 'đỏ', 'cao 10\u00a0m');
        rewriteAsEditor(there, BODY, 'đỏ', 'cao 10 m');
        const flags = overlapsOf(merge(way, base, here, there));
        expect(flags.length).toBeGreaterThan(0);
        expect(bodyOf(here)).toContain('\u00a0');
        expect(bodyOf(here)).toContain('10 m');
      });
    }
  }
});

describe('two machines merging the same two copies', () => {
  /** Lan's laptop rewrote "nhỏ" the editor's way, Minh's typed "nhà" over it. */
  function twoLaptops(lanClient: number, minhClient: number) {
    const base = firstCopy(shape('Căn nhà nhỏ nằm ở đầu làng.'), 1);
    const lan = copyOf(base, lanClient);
    const minh = copyOf(base, minhClient);
    rewriteAsEditor(lan, BODY, 'nhỏ', 'nhà');
    const run = textAt(minh, BODY);
    minh.transact(() => {
      run.delete(8, 3);
      run.insert(8, 'nhà');
    });
    return { base, lan, minh };
  }

  for (const lanWay of ways) {
    for (const minhWay of ways) {
      for (const [lanClient, minhClient] of orders) {
        test(`both list the passage, and Minh keeping Lan's side leaves the word once (Lan: ${lanWay}, Minh: ${minhWay}, clients ${lanClient}/${minhClient})`, () => {
          const { base, lan, minh } = twoLaptops(lanClient, minhClient);
          const lanSent = copyOf(lan, 50);
          const minhSent = copyOf(minh, 51);
          const onLan = overlapsOf(merge(lanWay, base, lan, minhSent, MINH, LAN));
          const onMinh = overlapsOf(merge(minhWay, base, minh, lanSent, LAN, MINH));
          expect(onLan).toHaveLength(1);
          expect(onMinh).toHaveLength(1);
          // Lan's own side reads as she wrote it; the merged passage lacks her "nh" (Minh deleted it).
          expect(onLan[0].local).toBe('nhà');
          const [flag] = onMinh;
          expect(resolveChoice(minh, { kind: 'overlapping-edits', flagId: flag.id, passage: flag.passage, drop: flag.dropLocal }, 'test', flag.restoreIncoming ?? [])).toBe(true);
          Y.applyUpdate(lan, Y.encodeStateAsUpdate(minh));
          Y.applyUpdate(minh, Y.encodeStateAsUpdate(lan));
          // Without Lan's copy, her "nh" (deleted by Minh) is in neither copy at Minh's: the
          // report said so, and the word stands as the report showed it — never gone.
          if (minhWay === 'a whole package') expect(flag.incoming).toBe('nhà');
          else expect(flag).toMatchObject({ incoming: 'à', incomingUnread: true });
          expect(bodyOf(lan)).toBe(`Căn nhà ${flag.incoming} nằm ở đầu làng.`);
          expect(bodyOf(minh)).toBe(bodyOf(lan));
        });
      }
    }
  }
});
