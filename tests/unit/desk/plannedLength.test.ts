// Issue 16, item 4: the planned length against the actual one — one rule (over past the plan,
// under when more than a tenth short), the plan stored as a register that merges, the library
// kept up to date as the text grows, and export pre-flight warning either way.
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { metaKeys } from '../../../electron/contract/article/articleNames';
import { parseArticleMeta } from '../../../electron/contract/article/articleMeta';
import { lengthFit } from '../../../electron/contract/article/lengthFit';
import { metaConflicts, writeMetaValue } from '../../../electron/contract/article/metaStore';
import { readArticle } from '../../../electron/contract/article/readArticle';
import { createArticleDoc } from '../../../electron/services/article/articleYDoc';
import { preflight } from '../../../electron/services/export/preflight';
import { removeTempDirs, sampleProject } from '../importExport/sampleArticle';
import { deskBackend, writtenArticle } from './deskSupport';

afterAll(removeTempDirs);

describe('the copyfit rule', () => {
  it('fits from nine tenths of the plan up to the plan, is under below and over above', () => {
    const words = (n: number) => ({ words: n, characters: n * 5 });
    expect(lengthFit(words(500), { amount: 500, unit: 'words' })).toEqual({ unit: 'words', target: 500, actual: 500, difference: 0, status: 'fit' });
    expect(lengthFit(words(450), { amount: 500, unit: 'words' }).status).toBe('fit');
    expect(lengthFit(words(449), { amount: 500, unit: 'words' })).toMatchObject({ status: 'under', difference: -51 });
    expect(lengthFit(words(501), { amount: 500, unit: 'words' })).toMatchObject({ status: 'over', difference: 1 });
    // Print counts characters.
    expect(lengthFit(words(500), { amount: 2400, unit: 'characters' })).toMatchObject({ actual: 2500, status: 'over', difference: 100 });
  });

  it('reads a plan only when it is a whole number above 0 in a known unit', () => {
    expect(parseArticleMeta({ plannedLength: { amount: '800', unit: 'words' } }).plannedLength).toEqual({ amount: 800, unit: 'words' });
    for (const bad of [{ amount: 0, unit: 'words' }, { amount: 12.5, unit: 'words' }, { amount: 500, unit: 'lines' }, { amount: 'năm trăm', unit: 'words' }, 500, null]) {
      expect(parseArticleMeta({ plannedLength: bad }).plannedLength).toBeUndefined();
    }
  });

  it('planned differently on two offline copies keeps both plans visible', () => {
    const a = createArticleDoc({ id: 'a000000003', createdAt: '2026-12-07T00:00:00Z' });
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    writeMetaValue(a, metaKeys.plannedLength, { amount: 500, unit: 'words' });
    writeMetaValue(b, metaKeys.plannedLength, { amount: 2400, unit: 'characters' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(metaConflicts(a).map((c) => c.key)).toEqual(['plannedLength']);
    expect(readArticle(a).meta.plannedLength).toBeDefined();
  });
});

describe('pre-flight', () => {
  it('warns when the article is over or under its plan, and says nothing when it fits', async () => {
    const { articleJson } = await sampleProject();
    const doc = (articleJson as { content: never }).content;
    const words = preflight(doc).warnings.length;
    const over = preflight(doc, { meta: parseArticleMeta({ plannedLength: { amount: 100, unit: 'words' } }) });
    expect(over.warnings.find((w) => w.code === 'length-over')).toMatchObject({ params: { target: 100, unit: 'words' } });
    expect(over.ok).toBe(true);
    const under = preflight(doc, { meta: parseArticleMeta({ plannedLength: { amount: 100_000, unit: 'characters' } }) });
    expect(under.warnings.find((w) => w.code === 'length-under')).toMatchObject({ params: { target: 100_000, unit: 'characters' } });
    const actual = over.warnings.find((w) => w.code === 'length-over')!.params.actual as number;
    const fits = preflight(doc, { meta: parseArticleMeta({ plannedLength: { amount: actual, unit: 'words' } }) });
    expect(fits.warnings.length).toBe(words);
  });
});

describe('the library', () => {
  it('shows the plan against the text as it grows, on every save', async () => {
    const { t } = await deskBackend();
    const article = await writtenArticle(t);
    await article.send((doc) => writeMetaValue(doc, metaKeys.plannedLength, { amount: 30, unit: 'words' }));
    const first = (await t.call('library:list', {})).articles[0].desk?.length;
    expect(first).toMatchObject({ unit: 'words', target: 30, status: 'under' });
    await t.call('article:update', { id: article.id, update: article.editor.type(2, ' Công trình có vốn đầu tư 300 tỷ đồng và được xây dựng trong 18 tháng.') });
    const second = (await t.call('library:list', {})).articles[0].desk?.length;
    expect(second).toMatchObject({ status: 'over' });
    expect(second!.actual).toBeGreaterThan(first!.actual);
  });
});
