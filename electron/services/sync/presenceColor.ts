// A person's colour on every workstation, from their name: the same name, the same colour,
// without anyone having to agree on it. Dark enough for white text on it.
export function presenceColor(name: string): string {
  let hash = 0;
  for (const char of name.normalize('NFC')) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return `hsl(${hash % 360} 65% 38%)`;
}
