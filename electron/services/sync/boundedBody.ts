// An answer's body from the sync server, read only up to what the workstation would keep: a
// server (hostile, or broken) may send a body with no length that never ends, and
// response.arrayBuffer() would hold all of it in memory. It may also send nothing more and never
// close: with `idleMs`, a body that stops coming for that long is given up.

/**
 * The body's bytes, or null when it is longer than `limit` (then reading stops and the rest is let go).
 * Throws, in plain words, when nothing arrives for `idleMs` (then the rest is let go too).
 */
export async function boundedBody(response: Response, limit: number, idleMs?: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (!response.body || (Number.isFinite(declared) && declared > limit)) {
    await response.body?.cancel().catch(() => {});
    return response.body ? null : new Uint8Array();
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await (idleMs === undefined ? reader.read() : readWithin(reader, idleMs));
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
  } catch (error) {
    await reader.cancel().catch(() => {});
    throw error;
  }
  return new Uint8Array(Buffer.concat(chunks));
}

/** The next piece of the body, or a plain error when none comes within `idleMs`. */
function readWithin(reader: ReadableStreamDefaultReader<Uint8Array>, idleMs: number): Promise<ReadableStreamReadResult<Uint8Array>> {
  let timer: NodeJS.Timeout | undefined;
  const idle = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`nothing came from the server for ${Math.ceil(idleMs / 1000)} s`)), idleMs);
  });
  return Promise.race([reader.read(), idle]).finally(() => clearTimeout(timer));
}
