// Raw DEFLATE data unpacked in small steps, stopping as soon as it passes a limit: what a zip
// entry or a history version claims about its size is never trusted (a zip bomb lies there).
import { Inflate } from 'fflate';
import { PackageRefused } from './packageRefused';

const STEP = 64 * 1024;

/** The inflated bytes, or PackageRefused: 'too-large' past `limit`, 'damaged' if the data does not inflate. */
export function inflateWithin(data: Uint8Array, limit: number, what: string): Uint8Array {
  const chunks: Uint8Array[] = [];
  let total = 0;
  let done = false;
  const inflate = new Inflate((chunk, final) => {
    total += chunk.length;
    if (total > limit) throw new PackageRefused('too-large', `${what} unpacks to more than ${Math.round(limit / 1024 / 1024)} MB`);
    chunks.push(chunk);
    if (final) done = true;
  });
  try {
    if (data.length === 0) inflate.push(data, true);
    for (let at = 0; at < data.length; at += STEP) inflate.push(data.subarray(at, at + STEP), at + STEP >= data.length);
  } catch (error) {
    if (error instanceof PackageRefused) throw error;
    throw new PackageRefused('damaged', `${what} does not unpack`);
  }
  if (!done) throw new PackageRefused('damaged', `${what} is cut short`);
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
