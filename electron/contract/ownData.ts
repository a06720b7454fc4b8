// Plain data as a copy of its own keys only. A Yjs map (Y.Map.toJSON, and lib0's decoding of
// a value a peer sent) builds objects by assignment, where a key "__proto__" becomes the
// object's prototype instead of a key: every field the object lacks would then be read from
// whatever the peer put there, while JSON.stringify (and so a comparison of before and after)
// does not see it. Values read from a shared document go through here before anything reads
// them; "__proto__" is never one of Soạn's keys, so it is left out.

/** A deep copy of `value` holding only its own enumerable keys, "__proto__" left out. */
export function ownData(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ownData);
  if (typeof value !== 'object' || value === null || value instanceof Uint8Array) return value;
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__') continue;
    copy[key] = ownData((value as Record<string, unknown>)[key]);
  }
  return copy;
}
