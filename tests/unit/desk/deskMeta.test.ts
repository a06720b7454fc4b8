// Issue 16 across its eight pieces: every new meta key merges as its kind says (sets keep both
// sides' items, registers keep both concurrent values visible), reads a hostile or damaged
// value as nothing without throwing, and every pre-flight code reaches the desk in plain
// words in both languages.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaKeys } from '../../../electron/contract/article/articleNames';
import { parseArticleMeta } from '../../../electron/contract/article/articleMeta';
import { isRegisterKey, isSetKey, metaConflicts, writeMetaValue } from '../../../electron/contract/article/metaStore';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { deskSummaryOf } from '../../../electron/contract/article/deskSummary';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';
import { preflightCodes } from '../../../electron/services/export/preflight';

const DESK_SETS = [metaKeys.corrections, metaKeys.legalLog, metaKeys.mentions, metaKeys.commentAssignments];
const DESK_REGISTERS = [
  metaKeys.embargoUntil,
  metaKeys.publishAt,
  metaKeys.plannedLength,
  metaKeys.legal,
  metaKeys.assignee,
  metaKeys.budgetLine,
  metaKeys.deadline,
  metaKeys.seoTitle,
  metaKeys.socialHeadline,
  metaKeys.socialImage,
  metaKeys.printHeadline,
];

const HOSTILE: unknown[] = [null, 0, -1, Number.NaN, true, 'x'.repeat(100_000), [], [null, 7, 'rác'], {}, { __proto__: { hold: true } }, { v: 1, o: 'x' }];

describe('the desk’s meta keys', () => {
  it('are stored as the merge rules say: lists as sets, single values as registers', () => {
    for (const key of DESK_SETS) expect(isSetKey(key), key).toBe(true);
    for (const key of DESK_REGISTERS) expect(isRegisterKey(key), key).toBe(true);
  });

  it('read any hostile value as nothing, through the meta reader and the library summary, never throwing', () => {
    const empty = parseArticleMeta({});
    for (const key of [...DESK_SETS, ...DESK_REGISTERS]) {
      for (const value of HOSTILE) {
        const doc = createArticleDoc({ id: 'a000000009', createdAt: '2026-12-07T00:00:00Z' });
        writeMetaValue(doc, key, value);
        const article = readArticle(doc);
        const read = (article.meta as Record<string, unknown>)[key];
        const expected = (empty as Record<string, unknown>)[key];
        // A long string is a legal (cut) text for the free-text fields; anything else reads as empty.
        if (typeof value === 'string' && typeof read === 'string') expect(read.length, key).toBeLessThanOrEqual(2000);
        else expect(read, `${key} ← ${JSON.stringify(value)?.slice(0, 40)}`).toEqual(expected);
        expect(() => deskSummaryOf(article)).not.toThrow();
      }
    }
  });

  it('keep every register set differently on two offline copies visible', () => {
    const values: Record<string, [unknown, unknown]> = {
      embargoUntil: ['2026-12-07T03:00:00.000Z', '2026-12-08T03:00:00.000Z'],
      publishAt: ['2026-12-07T04:00:00.000Z', '2026-12-08T04:00:00.000Z'],
      plannedLength: [{ amount: 500, unit: 'words' }, { amount: 2400, unit: 'characters' }],
      legal: [
        { hold: true, note: 'A', by: { name: 'A', role: 'reporter' }, at: '2026-12-07T01:00:00.000Z' },
        { hold: false, note: '', by: { name: 'B', role: 'desk' }, at: '2026-12-07T01:00:00.000Z' },
      ],
      assignee: ['Thu Hà', 'Minh Biên'],
      budgetLine: ['Cầu, 600 chữ', 'Cầu, 400 chữ'],
      deadline: ['2026-12-07T05:00:00.000Z', '2026-12-07T06:00:00.000Z'],
      seoTitle: ['Tít A', 'Tít B'],
      socialHeadline: ['Chia sẻ A', 'Chia sẻ B'],
      socialImage: [`${'a'.repeat(64)}.jpg`, `${'b'.repeat(64)}.jpg`],
      printHeadline: ['In A', 'In B'],
    };
    const a = createArticleDoc({ id: 'a000000010', createdAt: '2026-12-07T00:00:00Z' });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const [key, [one, two]] of Object.entries(values)) {
      writeMetaValue(a, key, one);
      writeMetaValue(b, key, two);
    }
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(metaConflicts(a).map((c) => c.key).sort()).toEqual(Object.keys(values).sort());
  });
});

describe('pre-flight words', () => {
  it('every pre-flight code has a message in Vietnamese and English', () => {
    const dir = path.resolve('resources/locales');
    for (const language of ['vi', 'en']) {
      const merged: Record<string, unknown> = {};
      for (const file of readdirSync(dir).filter((f) => f === `${language}.json` || f.endsWith(`.${language}.json`))) {
        const json = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as { export?: { preflight?: Record<string, string> } };
        Object.assign(merged, json.export?.preflight ?? {});
      }
      const missing = preflightCodes.filter((code) => !Object.keys(merged).some((k) => k === code || k.startsWith(`${code}_`)));
      expect(missing, language).toEqual([]);
    }
  });
});
