// The export preview is the exported page itself; only its image addresses change, from
// `soan-media:<file>` to the open article's media URLs.
const MEDIA_REF = /soan-media:([A-Za-z0-9._-]+)/g;

export function previewHtml(html: string, mediaUrl: (file: string) => string): string {
  return html.replace(MEDIA_REF, (_match, file: string) => mediaUrl(file).replace(/&/g, '&amp;'));
}
