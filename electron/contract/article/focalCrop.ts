// A figure's focal point — the spot of the photo that must stay in view — and the crops made
// around it: landscape (16:9), square and portrait (4:5). The Captions panel previews exactly
// the rectangles the export cuts, because both ask here.

/** Where in the photo, as shares of its width and height (0 = left/top, 1 = right/bottom). */
export interface FocalPoint {
  x: number;
  y: number;
}

export const cropShapes = [
  { name: 'landscape', width: 16, height: 9 },
  { name: 'square', width: 1, height: 1 },
  { name: 'portrait', width: 4, height: 5 },
] as const;
export type CropShapeName = (typeof cropShapes)[number]['name'];

export interface CropRect {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** A share 0..1 kept to three decimals (a pixel in a 1000-px photo), else null. */
function share(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() ? Number(value) : NaN;
  if (!Number.isFinite(n) || n < 0 || n > 1) return null;
  return Math.round(n * 1000) / 1000;
}

/** The focal point from a figure's stored attrs (focalX, focalY); null when either is missing or bad. */
export function focalPointOf(attrs: { focalX?: unknown; focalY?: unknown } | undefined): FocalPoint | null {
  const x = share(attrs?.focalX);
  const y = share(attrs?.focalY);
  return x === null || y === null ? null : { x, y };
}

/**
 * The largest rectangle of the shape's proportions inside a `width`×`height` photo, centred
 * on the focal point as far as the photo's edges allow. Whole pixels, never outside the photo.
 */
export function focalCrop(width: number, height: number, focal: FocalPoint, shape: { width: number; height: number }): CropRect {
  const ratio = shape.width / shape.height;
  let cropWidth = width;
  let cropHeight = Math.round(width / ratio);
  if (cropHeight > height) {
    cropHeight = height;
    cropWidth = Math.round(height * ratio);
  }
  cropWidth = Math.max(1, Math.min(width, cropWidth));
  cropHeight = Math.max(1, Math.min(height, cropHeight));
  const clamp = (start: number, size: number, total: number) => Math.min(Math.max(0, Math.round(start)), total - size);
  return {
    left: clamp(focal.x * width - cropWidth / 2, cropWidth, width),
    top: clamp(focal.y * height - cropHeight / 2, cropHeight, height),
    width: cropWidth,
    height: cropHeight,
  };
}
