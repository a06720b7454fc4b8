// All text is NFC from the moment it enters (typing, paste, import).

export function toNfc(text: string): string {
  return text.normalize('NFC');
}
