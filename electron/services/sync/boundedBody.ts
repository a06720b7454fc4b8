// An answer's body from the sync server, read only up to what the workstation would keep: a
// server (hostile, or broken) may send a body with no length that never ends, and
// response.arrayBuffer() would hold all of it in memory.

/** The body's bytes, or null when it is longer than `limit` (then reading stops and the rest is let go). */
export async function boundedBody(response: Response, limit: number): Promise<Uint8Array | null> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (!response.body || (Number.isFinite(declared) && declared > limit)) {
    await response.body?.cancel().catch(() => {});
    return response.body ? null : new Uint8Array();
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks));
}
