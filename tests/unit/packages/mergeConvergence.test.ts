// Randomized: two or three copies of an article, each edited at random — text typed and
// deleted, paragraphs added and removed, captions, suggestions, comments, meta values —
// exchanged as packages (whole, or only what the receiver lacks) in random orders. After
// everyone has received everyone's copy, all copies are the same article, and every word
// anyone typed is in it or in a report item, unless the person who deleted it had seen it.
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { ARTICLE_FRAGMENT, metaKeys } from '../../../electron/contract/article/articleNames';
import { addToMetaSet, writeMetaValue } from '../../../electron/contract/article/metaStore';
import { COMMENTS_MAP, suggestionMarks } from '../../../electron/contract/review';
import type { PackageSender } from '../../../electron/contract/packages';
import { mergeIncoming } from '../../../electron/services/package/mergeIncoming';
import { storedTexts } from '../../../electron/services/package/storedTexts';
import { comment, copyOf, firstCopy, plainOf } from './articleCopies';

const PEOPLE: PackageSender[] = [
  { name: 'Nguyễn Thị Lan', role: 'reporter' },
  { name: 'Trần Văn Minh', role: 'editor' },
  { name: 'Bàn biên tập', role: 'desk' },
];

type Edit =
  | { kind: 'type'; block: number; at: number; words: number }
  | { kind: 'delete'; block: number; at: number; length: number }
  | { kind: 'add-paragraph'; at: number; words: number }
  | { kind: 'delete-block'; block: number }
  | { kind: 'suggest'; block: number; words: number }
  | { kind: 'comment'; block: number }
  | { kind: 'section'; value: number }
  | { kind: 'tag'; value: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ kind: fc.constant('type' as const), block: fc.nat(20), at: fc.nat(60), words: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('delete' as const), block: fc.nat(20), at: fc.nat(60), length: fc.integer({ min: 1, max: 15 }) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('add-paragraph' as const), at: fc.nat(20), words: fc.integer({ min: 1, max: 3 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('delete-block' as const), block: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('suggest' as const), block: fc.nat(20), words: fc.integer({ min: 1, max: 2 }) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('comment' as const), block: fc.nat(20) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('section' as const), value: fc.nat(2) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('tag' as const), value: fc.nat(4) }) },
);

const scenario = fc.integer({ min: 2, max: 3 }).chain((copies) =>
  fc.record({
    copies: fc.constant(copies),
    steps: fc.array(
      fc.oneof(
        { weight: 3, arbitrary: fc.record({ kind: fc.constant('edit' as const), copy: fc.nat(copies - 1), edit }) },
        {
          weight: 1,
          arbitrary: fc
            .record({ kind: fc.constant('send' as const), from: fc.nat(copies - 1), to: fc.nat(copies - 1), delta: fc.boolean() })
            .filter((s) => s.from !== s.to),
        },
      ),
      { minLength: 4, maxLength: 14 },
    ),
  }),
);

/** Every text block's XmlText (captions included), in document order. */
function textBlocks(doc: Y.Doc): Array<{ text: Y.XmlText; topLevel: number; body: boolean }> {
  const blocks: Array<{ text: Y.XmlText; topLevel: number; body: boolean }> = [];
  doc.getXmlFragment(ARTICLE_FRAGMENT).toArray().forEach((node, topLevel) => {
    if (!(node instanceof Y.XmlElement)) return;
    const holder = node.nodeName === 'figure' ? (node.get(0) as Y.XmlElement) : node;
    if (!(holder instanceof Y.XmlElement)) return;
    let text = holder.toArray().find((c): c is Y.XmlText => c instanceof Y.XmlText);
    if (!text) {
      text = new Y.XmlText();
      holder.insert(0, [text]);
    }
    blocks.push({ text, topLevel, body: node.nodeName === 'paragraph' });
  });
  return blocks;
}

const TOKEN = /w\d+x/g;

class Run {
  private next = 0;
  readonly written = new Set<string>();
  /** Words deleted by someone who saw them: no one owes them a place. */
  readonly deletedOnPurpose = new Set<string>();
  flagged = '';

  words(count: number): string {
    const words = Array.from({ length: count }, () => `w${this.next++}x`);
    words.forEach((w) => this.written.add(w));
    return ` ${words.join(' ')}`;
  }

  /** Characters [from, to) of `text` deleted by someone who sees them: every word they touch. */
  deleted(text: string, from = 0, to = text.length): void {
    for (const match of text.matchAll(TOKEN)) {
      if (match.index < to && match.index + match[0].length > from) this.deletedOnPurpose.add(match[0]);
    }
  }
}

function apply(doc: Y.Doc, change: Edit, run: Run, person: PackageSender): void {
  const blocks = textBlocks(doc);
  const pick = (n: number) => blocks[n % blocks.length];
  doc.transact(() => {
    switch (change.kind) {
      case 'type': {
        const { text } = pick(change.block);
        // Between words, as a writer adds to a sentence (typing inside a token would change it, not lose it).
        const plain = plainOf(text);
        const gaps = [0, plain.length, ...[...plain.matchAll(/ /g)].map((m) => m.index)];
        text.insert(gaps[change.at % gaps.length], run.words(change.words));
        break;
      }
      case 'delete': {
        const { text } = pick(change.block);
        if (!text.length) return;
        const at = change.at % text.length;
        const length = Math.min(change.length, text.length - at);
        run.deleted(plainOf(text), at, at + length);
        text.delete(at, length);
        break;
      }
      case 'add-paragraph': {
        const fragment = doc.getXmlFragment(ARTICLE_FRAGMENT);
        const paragraph = new Y.XmlElement('paragraph');
        paragraph.insert(0, [new Y.XmlText(run.words(change.words).trim())]);
        fragment.insert(2 + (change.at % Math.max(1, fragment.length - 2)), [paragraph]);
        break;
      }
      case 'delete-block': {
        const body = blocks.filter((b) => b.body);
        if (body.length < 2) return;
        const { text, topLevel } = body[change.block % body.length];
        run.deleted(plainOf(text));
        doc.getXmlFragment(ARTICLE_FRAGMENT).delete(topLevel, 1);
        break;
      }
      case 'suggest': {
        const { text } = pick(change.block);
        const id = `s-${person.name.length}-${text.length}-${Math.random().toString(36).slice(2, 8)}`;
        text.insert(text.length, run.words(change.words), { [suggestionMarks.insertion]: { id, author: person.name, role: person.role, at: '2026-11-27T10:00:00.000Z' } });
        break;
      }
      case 'comment': {
        const { text, topLevel } = pick(change.block);
        const word = plainOf(text).match(/\S+/)?.[0];
        if (!word) return;
        const path = doc.getXmlFragment(ARTICLE_FRAGMENT).get(topLevel) instanceof Y.XmlElement && (doc.getXmlFragment(ARTICLE_FRAGMENT).get(topLevel) as Y.XmlElement).nodeName === 'figure' ? [topLevel, 0] : [topLevel];
        comment(doc, path, word, person, `t-${doc.getMap(COMMENTS_MAP).size}-${doc.clientID}`, 'Xem lại');
        break;
      }
      case 'section':
        writeMetaValue(doc, metaKeys.section, ['Thời sự', 'Kinh tế', 'Xã hội'][change.value]);
        break;
      case 'tag':
        addToMetaSet(doc, metaKeys.tags, `từ khoá ${change.value}`);
        break;
    }
  });
}

function send(from: Y.Doc, to: Y.Doc, delta: boolean, sender: PackageSender, keeper: PackageSender, run: Run): void {
  const update = delta ? Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)) : Y.encodeStateAsUpdate(from);
  const { report } = mergeIncoming(
    to,
    { articleId: readArticle(from).meta.id, sender, sentAt: '2026-11-27T10:00:00.000Z', update, stateVector: Y.encodeStateVector(from), doc: delta ? null : from },
    keeper,
    '2026-11-27T10:00:00.000Z',
  );
  run.flagged += JSON.stringify(report.flags);
}

/** The article as a reader and the review see it: text, suggestions, meta, comments. */
function articleOf(doc: Y.Doc) {
  const article = readArticle(doc);
  return { stored: article.stored, meta: article.metaRecord, comments: doc.getMap(COMMENTS_MAP).toJSON() };
}

describe('random concurrent edits exchanged as packages', () => {
  test('always converge, and no typed word is lost unless its deleter saw it', () => {
    fc.assert(
      fc.property(scenario, ({ copies: count, steps }) => {
        const base = firstCopy({ headline: 'Tít bài', sapo: 'Sapo của bài.', body: ['Đoạn một.', 'Đoạn hai.', 'Đoạn ba.'], caption: 'Chú thích.', byline: 'Thu Hà' }, 100);
        const copies = Array.from({ length: count }, (_, i) => copyOf(base, 200 + i));
        const run = new Run();
        for (const step of steps) {
          if (step.kind === 'edit') apply(copies[step.copy], step.edit, run, PEOPLE[step.copy]);
          else send(copies[step.from], copies[step.to], step.delta, PEOPLE[step.from], PEOPLE[step.to], run);
        }
        // Everyone receives everyone's copy (twice round: what a merge put back travels too).
        for (let round = 0; round < 2; round++) {
          for (let from = 0; from < count; from++) {
            for (let to = 0; to < count; to++) if (from !== to) send(copies[from], copies[to], round === 1, PEOPLE[from], PEOPLE[to], run);
          }
        }
        const first = articleOf(copies[0]);
        for (const copy of copies.slice(1)) expect(articleOf(copy)).toEqual(first);
        const text = storedTexts(readArticle(copies[0])).map((t) => t.all.text).join('\n');
        const lost = [...run.written].filter((word) => !run.deletedOnPurpose.has(word) && !text.includes(word) && !run.flagged.includes(word));
        expect(lost).toEqual([]);
      }),
      { numRuns: 200, interruptAfterTimeLimit: 18_000 },
    );
  }, 30_000);
});
