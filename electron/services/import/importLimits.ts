// Upper bounds that keep one import from exhausting memory; a newsroom article is far smaller.
export const importLimits = {
  textBytes: 5 * 1024 * 1024,
  docxBytes: 60 * 1024 * 1024,
  /** Sum of the sizes inside the .docx zip once unpacked (a zip bomb stops here). */
  docxUnpackedBytes: 200 * 1024 * 1024,
  /** One photo inside a .docx, as for media imported directly. */
  imageBytes: 60 * 1024 * 1024,
} as const;

export function megabytes(bytes: number): number {
  return Math.round(bytes / (1024 * 1024));
}
