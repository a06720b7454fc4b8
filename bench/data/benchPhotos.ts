// Camera-like JPEG photos made on the spot with sharp: smooth light, shapes and sensor noise,
// so they compress like real photos (a 4000×3000 one is a few megabytes). Each seed gives a
// different image, hence a different content-addressed media file.
import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { seededRandom } from './vietnameseText';

export interface BenchPhoto {
  /** `<sha256>.jpg`, the name the media store gives it. */
  file: string;
  bytes: Uint8Array;
  width: number;
  height: number;
}

export async function benchPhoto(width: number, height: number, seed: number): Promise<BenchPhoto> {
  const random = seededRandom(seed);
  const pixels = Buffer.alloc(width * height * 3);
  const base = [60 + random() * 150, 60 + random() * 150, 60 + random() * 150];
  const waves = Array.from({ length: 3 }, () => ({ fx: (random() * 12) / width, fy: (random() * 12) / height, phase: random() * 6.3 }));
  let noise = seed >>> 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 3;
      for (let c = 0; c < 3; c++) {
        const wave = waves[c]!;
        noise = (noise * 1664525 + 1013904223) >>> 0;
        const grain = ((noise >>> 24) - 128) / 10; // sensor noise, ±13
        const light = 70 * Math.sin(x * wave.fx + y * wave.fy + wave.phase) + (40 * y) / height;
        pixels[i + c] = Math.max(0, Math.min(255, base[c]! + light + grain));
      }
    }
  }
  const bytes = await sharp(pixels, { raw: { width, height, channels: 3 } }).jpeg({ quality: 88 }).toBuffer();
  const file = `${createHash('sha256').update(bytes).digest('hex')}.jpg`;
  return { file, bytes: new Uint8Array(bytes), width, height };
}
