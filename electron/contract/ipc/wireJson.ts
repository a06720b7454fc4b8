// JSON that keeps Uint8Array intact, for the browser harness's HTTP bridge (Electron's IPC
// clones typed arrays by itself).

const BYTES_TAG = '$bytes';

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

export function toWireJson(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v instanceof Uint8Array ? { [BYTES_TAG]: toBase64(v) } : v,
  );
}

export function fromWireJson(text: string): unknown {
  // Most answers carry no bytes, and a reviver visiting every object of a large answer (the
  // language check's thousands of findings) took ~45 ms on the renderer's main thread.
  if (!text.includes(`"${BYTES_TAG}"`)) return JSON.parse(text);
  return JSON.parse(text, (_key, v) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      if (keys.length === 1 && keys[0] === BYTES_TAG && typeof v[BYTES_TAG] === 'string') {
        return fromBase64(v[BYTES_TAG]);
      }
    }
    return v;
  });
}
