// The whole way in and out through the backend's one door, as the renderer (or a compromised
// one) calls it: article:import with hostile .txt and .docx files under hostile names, then
// article:exportPreview and article:export. The stored article holds nothing hostile, the
// exported page carries nothing that runs or loads, and nothing outside the library and the
// chosen export folder changes.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../importExport/docxFixture';
import type { DocxParagraph } from '../importExport/docxFixture';
import { projectFolderOf, setUpBackend } from '../services/support';
import { fitsInXml, REAL_PNG } from './support/hostileDocx';
import { markupPayloads, urlPayloads } from './support/payloads';
import { unsafeParts } from './support/safeDocument';
import { unsafeExportParts } from './support/safeExportHtml';
import { treeSnapshot } from './support/treeSnapshot';

/** One .docx holding every payload as text and every hostile URL as a hyperlink. */
function hostileDocx(): Uint8Array {
  const paragraphs: DocxParagraph[] = [
    { style: 'Title', runs: ['Tin thử nghiệm an toàn'] },
    { runs: ['Sapo của bài thử nghiệm.'] },
    ...markupPayloads.map((p) => ({ runs: [p.html] })),
    ...urlPayloads.filter((u) => fitsInXml(u.url)).map((u) => ({ runs: ['Xem: ', { text: u.id, link: u.url }] })),
    { runs: ['Đoạn thân bài cuối cùng.'] },
  ];
  return buildDocx(paragraphs, REAL_PNG);
}

const hostileText = () =>
  new TextEncoder().encode(['Tin thử nghiệm an toàn', '(Baohatinh.vn) - Sapo.', ...markupPayloads.map((p) => p.html), ...urlPayloads.filter((u) => fitsInXml(u.url)).map((u) => u.url), 'Trưởng ban Thử nghiệm'].join('\n'));

describe('hostile files through article:import and article:export', () => {
  it('store nothing hostile, export nothing that runs, write nowhere else', async () => {
    const t = await setUpBackend();
    const root = path.dirname(t.libraryPath);
    const exportDir = path.join(root, 'exports');
    await t.call('settings:update', { newsroom: { exportPath: exportDir } });
    const outsideBefore = await treeSnapshot(root, (rel) => rel.startsWith('Soan') || rel.startsWith('exports') || rel.startsWith('userData'));

    const files = [
      { fileName: '../../../outside/hostile.docx', bytes: hostileDocx() },
      { fileName: 'C:\\Users\\x\\hostile.txt', bytes: hostileText() },
      { fileName: '/etc/hostile.docx', bytes: hostileDocx() },
    ];
    for (const file of files) {
      const report = await t.call('article:import', file);
      const id = report.summary.id;
      const folder = await projectFolderOf(t.libraryPath, id);
      expect(path.dirname(folder)).toBe(t.libraryPath);
      const stored = JSON.parse(await fs.readFile(path.join(folder, 'article.json'), 'utf8'));
      expect(unsafeParts(stored.content, { textMayMentionPayload: true })).toEqual([]);

      const preview = await t.call('article:exportPreview', { id });
      // The preview's photos point at soan-media:<file> and it leaves out the CSP meta (by design).
      const previewProblems = unsafeExportParts(preview.html).filter((p) => !/CSP meta|soan-media:/.test(p));
      expect(previewProblems).toEqual([]);

      const exported = await t.call('article:export', { id, zip: true, overrideReason: 'thử nghiệm bảo mật' });
      expect(path.dirname(exported.folder)).toBe(exportDir);
      const page = await fs.readFile(path.join(exported.folder, 'index.html'), 'utf8');
      expect(unsafeExportParts(page)).toEqual([]);
    }
    expect(await treeSnapshot(root, (rel) => rel.startsWith('Soan') || rel.startsWith('exports') || rel.startsWith('userData'))).toEqual(outsideBefore);
  });
});
