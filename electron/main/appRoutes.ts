// Where a request for the app's pages goes: a file of the renderer build, or a media file
// of an article. Shared by Electron's app:// handler and the browser harness, so both
// refuse the same things. Pure: no 'electron', no disk access.
import path from 'node:path';
import { APP_HOST, APP_SCHEME } from '../contract/ipc/api';

export type AppRoute =
  | { kind: 'asset'; segments: string[] }
  | { kind: 'media'; articleId: string; file: string }
  | { kind: 'not-found' };

const NOT_FOUND: AppRoute = { kind: 'not-found' };

/**
 * A path segment we are willing to look up on disk: decoded, not empty, not hidden (which
 * also rules out "." and ".."), and free of anything a file system could read as a
 * separator, a drive or the end of a string.
 */
function decodeSafeSegment(raw: string): string | null {
  let segment: string;
  try {
    segment = decodeURIComponent(raw);
  } catch {
    return null;
  }
  if (segment === '' || segment.startsWith('.')) return null;
  if (/[/\\:\0]/.test(segment)) return null;
  return segment;
}

/** Routes a URL path ("/", "/assets/app.js", "/media/<articleId>/<file>"). */
export function routeAppPath(pathname: string): AppRoute {
  if (!pathname.startsWith('/')) return NOT_FOUND;
  const rawSegments = pathname === '/' ? ['index.html'] : pathname.slice(1).split('/');
  const segments: string[] = [];
  for (const raw of rawSegments) {
    const segment = decodeSafeSegment(raw);
    if (segment === null) return NOT_FOUND;
    segments.push(segment);
  }
  if (segments[0] === 'media') {
    if (segments.length !== 3) return NOT_FOUND;
    return { kind: 'media', articleId: segments[1], file: segments[2] };
  }
  return { kind: 'asset', segments };
}

/** Routes an app://soan/… URL; anything on another scheme or host is not ours. */
export function routeAppUrl(url: string): AppRoute {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return NOT_FOUND;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return NOT_FOUND;
  return routeAppPath(parsed.pathname);
}

/**
 * The absolute path of an asset inside rootDir, or null if it would fall outside it.
 * routeAppPath already refused ".." and separators; this is the second, independent check.
 */
export function containedAssetPath(rootDir: string, segments: string[]): string | null {
  const root = path.resolve(rootDir);
  const candidate = path.resolve(root, ...segments);
  return candidate.startsWith(root + path.sep) ? candidate : null;
}
