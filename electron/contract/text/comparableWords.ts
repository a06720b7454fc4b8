// Texts compared word by word (a caption against the body, an alt text against the headline)
// are first reduced to their lower-case words: letters and digits only, NFC.

export function comparableWords(text: string): string[] {
  return text.normalize('NFC').toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}
