// Headers for every file the app serves, identical in Electron (app://) and in the browser
// harness (http://127.0.0.1), so the harness tests the same page the app shows.
import { CONTENT_SECURITY_POLICY, MEDIA_CONTENT_SECURITY_POLICY } from './contentSecurityPolicy';
import { mimeTypeFor } from './mimeTypes';

const COMMON_HEADERS = {
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  // Other origins (including other local pages) may neither embed nor script our files.
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** A file of the renderer build. */
export function assetResponseHeaders(fileName: string): Record<string, string> {
  return {
    ...COMMON_HEADERS,
    'Content-Type': mimeTypeFor(fileName),
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    // The build changes under the same names during development; always revalidate.
    'Cache-Control': 'no-cache',
  };
}

/** An article's media file: content-addressed (<sha256>.<ext>), so it never changes. */
export function mediaResponseHeaders(fileName: string): Record<string, string> {
  return {
    ...COMMON_HEADERS,
    'Content-Type': mimeTypeFor(fileName),
    'Content-Security-Policy': MEDIA_CONTENT_SECURITY_POLICY,
    'Cache-Control': 'private, max-age=31536000, immutable',
  };
}

export const NOT_FOUND_HEADERS: Record<string, string> = {
  ...COMMON_HEADERS,
  'Content-Type': 'text/plain; charset=utf-8',
  'Content-Security-Policy': MEDIA_CONTENT_SECURITY_POLICY,
  'Cache-Control': 'no-store',
};
