// Which image a file really is, from its first bytes (never from its name), and whether it
// is complete. Only formats every browser shows are accepted: PNG, JPEG, GIF, WebP.
import { imageSize } from 'image-size';

export interface ImageFormat {
  ext: 'png' | 'jpg' | 'gif' | 'webp';
  mime: string;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

function startsWith(bytes: Uint8Array, signature: number[], offset = 0): boolean {
  return signature.every((b, i) => bytes[offset + i] === b);
}

function ascii(text: string): number[] {
  return [...text].map((c) => c.charCodeAt(0));
}

export function sniffImageFormat(bytes: Uint8Array): ImageFormat | undefined {
  if (startsWith(bytes, PNG_SIGNATURE)) return { ext: 'png', mime: 'image/png' };
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return { ext: 'jpg', mime: 'image/jpeg' };
  if (startsWith(bytes, ascii('GIF87a')) || startsWith(bytes, ascii('GIF89a'))) return { ext: 'gif', mime: 'image/gif' };
  if (startsWith(bytes, ascii('RIFF')) && startsWith(bytes, ascii('WEBP'), 8)) return { ext: 'webp', mime: 'image/webp' };
  return undefined;
}

function indexOfSequence(bytes: Uint8Array, sequence: number[], from = 0): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).indexOf(Buffer.from(sequence), from);
}

/** Offset just after the JPEG's start-of-scan header, walking the marker segments. */
function jpegScanStart(bytes: Uint8Array): number {
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return -1;
    const marker = bytes[offset + 1];
    if (marker === 0xff) {
      offset += 1; // fill byte
      continue;
    }
    const length = (bytes[offset + 2] << 8) | bytes[offset + 3];
    if (length < 2) return -1;
    if (marker === 0xda) return offset + 2 + length;
    offset += 2 + length;
  }
  return -1;
}

/** A cut-off download or a half-copied file: its end marker is missing. */
export function isImageComplete(bytes: Uint8Array, format: ImageFormat): boolean {
  switch (format.ext) {
    case 'png':
      return indexOfSequence(bytes, ascii('IEND'), 8) > 0;
    case 'jpg': {
      // After the scan starts, FF D9 only appears as the end-of-image marker (data bytes FF are stuffed).
      const scan = jpegScanStart(bytes);
      return scan > 0 && scan <= bytes.length && indexOfSequence(bytes, [0xff, 0xd9], scan) >= 0;
    }
    case 'gif':
      return bytes[bytes.length - 1] === 0x3b;
    case 'webp': {
      const riffSize = (bytes[4] | (bytes[5] << 8) | (bytes[6] << 16) | (bytes[7] << 24)) >>> 0;
      return riffSize + 8 <= bytes.length && riffSize >= 12;
    }
  }
}

/** Format and pixel size of a complete image, or undefined if it is not one. */
export function inspectImage(bytes: Uint8Array): (ImageFormat & { width: number; height: number }) | undefined {
  const format = sniffImageFormat(bytes);
  if (!format || !isImageComplete(bytes, format)) return undefined;
  try {
    const size = imageSize(bytes);
    if (size.type !== format.ext || !size.width || !size.height) return undefined;
    return { ...format, width: size.width, height: size.height };
  } catch {
    return undefined;
  }
}
