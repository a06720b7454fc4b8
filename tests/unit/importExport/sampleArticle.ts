// Shared test material: the reference sample imported, a real photo made with sharp, and the
// sample as the article store writes it (article.json) with that photo in one figure.
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import type { Figure } from '../../../electron/contract/article/articleContent';
import { importPlainTextFile } from '../../../electron/services/import/importPlainText';
import type { ImportedArticle } from '../../../electron/services/import/importedArticle';

export const SAMPLE_PATH = fileURLToPath(new URL('../../fixtures/baohatinh-tu-soi-tu-sua.txt', import.meta.url));
export const SAMPLE_HEADLINE = 'Đợt sinh hoạt chính trị sâu rộng về “tự soi, tự sửa” tại thành phố Hà Tĩnh';
export const SAMPLE_BYLINE = 'Trưởng ban Tuyên giáo Thành ủy Hà Tĩnh';
export const SAMPLE_TOPIC = 'BẢO VỆ NỀN TẢNG TƯ TƯỞNG CỦA ĐẢNG';
export const SAMPLE_CAPTIONS = [
  'Tại các buổi sinh hoạt, các đảng viên đã thẳng thắn, nghiêm túc “tự soi, tự sửa”.',
  'Đảng viên Chi bộ Công an phường Nam Hà tham gia buổi sinh hoạt chuyên đề.',
  'Đến thời điểm này, thành phố đã có 49 tổ chức cơ sở đảng trực thuộc; 246 chi bộ trực thuộc đảng ủy cơ sở và 8.431 đảng viên đăng ký tham gia đợt sinh hoạt chuyên đề “tự soi, tự sửa”.',
  'Lãnh đạo thành phố Hà Tĩnh trao bằng khen cho 16 tập thể và 23 cá nhân đạt thành tích cao trong thực hiện hoạt động kỷ niệm 65 năm Ngày Bác Hồ về thăm Hà Tĩnh và 15 năm thành lập thành phố Hà Tĩnh.',
];

export function importSample(): ImportedArticle {
  return importPlainTextFile(readFileSync(SAMPLE_PATH), 'baohatinh-tu-soi-tu-sua.txt');
}

const tempDirs: string[] = [];

export function tempDir(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `soan-${prefix}-`));
  tempDirs.push(dir);
  return dir;
}

/** For afterAll: removes every folder tempDir made in this test file. */
export function removeTempDirs(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** A real photo: a soft gradient with a shape, so JPEG encoding has work to do. */
export async function makePhoto(width: number, height: number, format: 'jpeg' | 'png' = 'jpeg'): Promise<Buffer> {
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">` +
    '<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="#7a1f1f"/><stop offset="1" stop-color="#e8c07a"/></linearGradient></defs>' +
    `<rect width="${width}" height="${height}" fill="url(#g)"/>` +
    `<circle cx="${width * 0.35}" cy="${height * 0.45}" r="${height * 0.25}" fill="#fdf6e3" opacity="0.8"/></svg>`;
  const image = sharp(Buffer.from(svg));
  return format === 'jpeg' ? image.jpeg({ quality: 90 }).toBuffer() : image.png().toBuffer();
}

/** Stores bytes as media/<sha256>.<ext>, as the media service does; returns the file name. */
export function storeMedia(mediaDir: string, bytes: Buffer, ext: string): string {
  const name = `${createHash('sha256').update(bytes).digest('hex')}.${ext}`;
  writeFileSync(join(mediaDir, name), bytes);
  return name;
}

export interface SampleProject {
  mediaDir: string;
  photo: string;
  /** article.json as the article store writes it. */
  articleJson: Record<string, unknown>;
}

/** The imported sample with a 2400×1600 photo (credit Thu Hà) in its second figure. */
export async function sampleProject(): Promise<SampleProject> {
  const imported = importSample();
  const mediaDir = tempDir('media');
  const photo = storeMedia(mediaDir, await makePhoto(2400, 1600), 'jpg');
  const figures = imported.doc.content.filter((n): n is Figure => n.type === 'figure');
  figures[1].attrs = { ...figures[1].attrs, src: photo, credit: 'Thu Hà', width: 2400, height: 1600 };
  const articleJson = {
    format: 'soan-article',
    version: 1,
    id: 'k3x9q2m7p4w8',
    slug: imported.meta.slug,
    headline: imported.meta.headline,
    status: 'draft',
    authors: ['Thu Hà'],
    wordCount: 0,
    createdAt: '2022-06-01T01:30:00.000Z',
    updatedAt: '2022-06-02T03:45:00.000Z',
    meta: { id: 'k3x9q2m7p4w8', language: 'vi', topic: imported.meta.topic, tags: ['sinh hoạt chính trị', 'Hà Tĩnh'] },
    content: imported.doc,
    text: '',
  };
  return { mediaDir, photo, articleJson };
}
