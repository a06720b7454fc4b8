// How the exporter names one photo's set of crops: the photo and the focal point they are cut around.
import type { FocalPoint } from '../../contract/article/focalCrop';

export function cropKey(src: string, focal: FocalPoint): string {
  return `${src}@${focal.x},${focal.y}`;
}
