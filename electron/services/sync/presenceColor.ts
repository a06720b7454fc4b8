// A person's colour on every workstation, from their name: the same name, the same colour,
// without anyone having to agree on it. Dark enough for white text on it. As #rrggbb: the
// editor's caret plugin (y-prosemirror) takes only that form.
export function presenceColor(name: string): string {
  let hash = 0;
  for (const char of name.normalize('NFC')) hash = (hash * 31 + char.codePointAt(0)!) >>> 0;
  return hslToHex(hash % 360, 0.65, 0.38);
}

function hslToHex(hue: number, saturation: number, lightness: number): string {
  const a = saturation * Math.min(lightness, 1 - lightness);
  const channel = (n: number) => {
    const k = (n + hue / 30) % 12;
    const value = lightness - a * Math.max(-1, Math.min(k - 3, 9 - k, 1));
    return Math.round(value * 255).toString(16).padStart(2, '0');
  };
  return `#${channel(0)}${channel(8)}${channel(4)}`;
}
