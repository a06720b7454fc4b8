// Issue 16: an article with every desk piece set — focal-point crops, a past embargo and a
// publish time, notices, alternative headlines and a social photo — exports a page the Nu Html
// Checker and axe-core still pass, and ninjs the IPTC 3.1 schema accepts.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PmNode } from '../../../electron/contract/article/pmJson';
import { exportHtml, type ExportResult } from '../../../electron/services/export/exportHtml';
import { checkHtmlFiles, hasJava, warnLoudly } from '../importExport/nuHtmlChecker';
import { removeTempDirs, sampleProject, tempDir } from '../importExport/sampleArticle';

const CHROMIUM = process.env.SOAN_CHROMIUM ?? '/usr/bin/chromium';
const NINJS_SCHEMA = JSON.parse(readFileSync(new URL('../../fixtures/importExport/ninjs-schema_3.1.json', import.meta.url), 'utf8'));

/** The sample with every piece of issue 16 the export carries. */
async function deskArticle(): Promise<{ json: Record<string, unknown>; mediaDir: string }> {
  const project = await sampleProject();
  const json = structuredClone(project.articleJson) as { meta: Record<string, unknown>; content: { content: PmNode[] } };
  const figure = json.content.content.filter((n) => n.type === 'figure')[1];
  figure.attrs = { ...figure.attrs, focalX: 0.35, focalY: 0.45 };
  Object.assign(json.meta, {
    seoTitle: 'Hà Tĩnh: 8.431 đảng viên “tự soi, tự sửa”',
    socialHeadline: 'Thành phố Hà Tĩnh sinh hoạt chính trị “tự soi, tự sửa”',
    socialImage: figure.attrs!.src,
    printHeadline: 'Tự soi, tự sửa ở thành phố Hà Tĩnh',
    plannedLength: { amount: 900, unit: 'words' },
    assignee: 'Thu Hà',
    embargoUntil: '2022-06-02T01:00:00.000Z',
    publishAt: '2022-06-02T02:00:00.000Z',
    corrections: [
      { id: 'n1', kind: 'correction', at: '2022-06-03T01:00:00.000Z', text: 'Bài trước ghi nhầm số đảng viên là 8.341.', by: 'Lê Thư Ký' },
      { id: 'n2', kind: 'update', at: '2022-06-04T01:00:00.000Z', text: 'Thêm kết quả đợt sinh hoạt.', by: 'Lê Thư Ký' },
    ],
  });
  return { json, mediaDir: project.mediaDir };
}

let exported: ExportResult;
let withAddress: ExportResult;

beforeAll(async () => {
  const { json, mediaDir } = await deskArticle();
  exported = await exportHtml(json, { mediaDir, outDir: tempDir('desk-valid'), now: '2022-06-05T00:00:00.000Z' });
  withAddress = await exportHtml(json, { mediaDir, outDir: tempDir('desk-valid-url'), baseUrl: 'https://baohatinh.vn/bai/tu-soi/', now: '2022-06-05T00:00:00.000Z' });
}, 60_000);

afterAll(removeTempDirs);

describe('the desk’s export', () => {
  it('is valid IPTC ninjs 3.1, with and without a public address', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats(ajv);
    ajv.addSchema({ $id: 'https://geojson.org/schema/GeoJSON.json', type: 'object' });
    const validate = ajv.compile(NINJS_SCHEMA);
    for (const result of [exported, withAddress]) {
      const ninjs = JSON.parse(readFileSync(join(result.folder, 'article.ninjs.json'), 'utf8'));
      validate(ninjs);
      expect(validate.errors ?? []).toEqual([]);
      expect(ninjs.embargoedUntil).toBe('2022-06-02T01:00:00.000Z');
      expect(ninjs.headlines.map((h: { role: string }) => h.role)).toEqual(['main', 'seo', 'social', 'print']);
    }
  });

  const java = hasJava();
  if (!java) warnLoudly('desk export validation with vnu-jar: `java` is not installed');
  it.skipIf(!java)('passes the Nu Html Checker with no errors', () => {
    const messages = checkHtmlFiles([join(exported.folder, 'index.html'), join(withAddress.folder, 'index.html')]);
    expect(messages.filter((m) => m.type !== 'info')).toEqual([]);
  }, 60_000);

  const hasChromium = existsSync(CHROMIUM);
  if (!hasChromium) warnLoudly(`desk export in Chromium: no browser at ${CHROMIUM}`);
  it.skipIf(!hasChromium)('has no accessibility violations (axe-core) and shows the notices', async () => {
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      await page.goto(pathToFileURL(join(exported.folder, 'index.html')).href, { waitUntil: 'load' });
      expect(await page.locator('.corrections li').allInnerTexts()).toEqual([
        'Đính chính 08:00 03/06/2022: Bài trước ghi nhầm số đảng viên là 8.341.',
        'Cập nhật 08:00 04/06/2022: Thêm kết quả đợt sinh hoạt.',
      ]);
      await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
      const result = (await page.evaluate(() =>
        (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<unknown> } }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
        }),
      )) as { violations: Array<{ id: string; nodes: Array<{ target: string[] }> }> };
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    } finally {
      await browser.close();
    }
  }, 60_000);
});
