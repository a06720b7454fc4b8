// How the workstation and the sync server pass an article's images: plain HTTP beside the
// WebSocket, on the same port, with the same token (Authorization: Bearer). An image is named
// by its content — `<sha256>.<ext>`, as in a project's media folder — so a name says exactly
// which bytes it is, and the server checks that it does before keeping anything.
//   POST /media/have   JSON ["<name>", …] (at most MEDIA_HAVE_MAX) → JSON [names the server has]
//   PUT  /media/<name> the image's bytes (X-Soan-Name: its original file name, URI-encoded) → 201/200
//   GET  /media/<name> → the bytes (X-Soan-Name as above), or 404
// A refusal answers 4xx with JSON { refused: MediaRefusal }, never anything about other images.

export const MEDIA_ROUTE = '/media/';
export const MEDIA_HAVE_ROUTE = '/media/have';
export const MEDIA_NAME_HEADER = 'x-soan-name';
/** Names asked about in one POST /media/have. */
export const MEDIA_HAVE_MAX = 1000;

export const mediaRefusals = [
  'unauthorized', // no token, or one the server does not know
  'forbidden', // a review-only token may not add images
  'bad-name', // not `<sha256>.<png|jpg|gif|webp>`
  'too-large', // over the image size limit
  'not-image', // not a complete PNG, JPEG, GIF or WebP, or not of the kind its name says
  'checksum', // the bytes are not the ones the name's hash says
] as const;
export type MediaRefusal = (typeof mediaRefusals)[number];

/** ws://host:port → http://host:port (wss → https): where the images of that server are. */
export function mediaBaseOf(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.protocol = url.protocol === 'wss:' ? 'https:' : 'http:';
  url.pathname = '';
  url.search = '';
  url.hash = '';
  return url.toString().replace(/\/$/, '');
}
