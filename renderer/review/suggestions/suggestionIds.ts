// Suggestion ids are strings, unique across machines: two people suggesting offline must
// never share an id, or accepting one person's change would accept the other's.
export function newSuggestionId(): string {
  return `s-${globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 16)}`;
}
