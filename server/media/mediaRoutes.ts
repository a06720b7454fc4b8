// The server's image routes (contract/syncMedia.ts), answered inside Hocuspocus's onRequest.
// Every request shows a token the server knows, else it gets 401 and nothing more; a
// review-only token may read images but not add them. A body is read only up to the image
// size limit (a longer one is cut off and refused), then checked whole by MediaFiles.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { limits } from '../../electron/contract/ipc/schemas';
import { MEDIA_HAVE_MAX, MEDIA_HAVE_ROUTE, MEDIA_NAME_HEADER, MEDIA_ROUTE, type MediaRefusal } from '../../electron/contract/syncMedia';
import type { ServerLog } from '../serverLog';
import type { ServerUsers } from '../serverUsers';
import { MediaRefused, type ServerMedia } from './mediaFiles';

const MIME: Record<string, string> = { png: 'image/png', jpg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp' };
const HAVE_BODY_BYTES = MEDIA_HAVE_MAX * 80;

const STATUS: Record<MediaRefusal, number> = { unauthorized: 401, forbidden: 403, 'bad-name': 400, 'too-large': 413, 'not-image': 415, checksum: 422 };

function answer(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
  response.end(JSON.stringify(body));
}

const refuse = (response: ServerResponse, refusal: MediaRefusal) => answer(response, STATUS[refusal], { refused: refusal });

/** The request's body, or null when it is longer than `limit` bytes (then reading stops). */
function bodyOf(request: IncomingMessage, limit: number): Promise<Uint8Array | null> {
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > limit) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        request.removeAllListeners('data');
        request.resume(); // let the rest drain; it is not kept
        resolve(null);
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(size > limit ? null : new Uint8Array(Buffer.concat(chunks))));
    request.on('error', reject);
  });
}

function tokenOf(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  return typeof header === 'string' && header.startsWith('Bearer ') ? header.slice(7) : undefined;
}

function decodedName(header: string | string[] | undefined): string {
  if (typeof header !== 'string') return '';
  try {
    return decodeURIComponent(header).slice(0, limits.fileNameChars);
  } catch {
    return '';
  }
}

/** Whether the request is one of the image routes (then it is answered here). */
export function isMediaRequest(request: IncomingMessage): boolean {
  return (request.url ?? '').startsWith(MEDIA_ROUTE);
}

export async function answerMediaRequest(request: IncomingMessage, response: ServerResponse, deps: { users: ServerUsers; media: ServerMedia; log: ServerLog }): Promise<void> {
  const user = deps.users.identify(tokenOf(request));
  if (!user) {
    request.resume();
    return refuse(response, 'unauthorized');
  }
  const url = new URL(request.url ?? '/', 'http://server');
  try {
    if (url.pathname === MEDIA_HAVE_ROUTE && request.method === 'POST') {
      const body = await bodyOf(request, HAVE_BODY_BYTES);
      let names: unknown;
      try {
        names = body && JSON.parse(Buffer.from(body).toString('utf8'));
      } catch {
        names = null;
      }
      if (!Array.isArray(names) || names.length > MEDIA_HAVE_MAX || !names.every((n) => typeof n === 'string')) return refuse(response, 'bad-name');
      return answer(response, 200, await deps.media.have(names as string[]));
    }
    // Only the last path segment, as it was sent: "/media/../x" or "/media/a/b" is no image name.
    const name = url.pathname.slice(MEDIA_ROUTE.length);
    if (request.method === 'GET' || request.method === 'HEAD') {
      request.resume();
      const found = await deps.media.read(name);
      if (!found) return answer(response, 404, { missing: true });
      response.writeHead(200, {
        'Content-Type': MIME[name.split('.').pop() ?? ''] ?? 'application/octet-stream',
        'Content-Length': found.bytes.byteLength,
        'Cache-Control': 'no-store',
        [MEDIA_NAME_HEADER]: encodeURIComponent(found.originalName),
      });
      response.end(request.method === 'HEAD' ? undefined : Buffer.from(found.bytes));
      return;
    }
    if (request.method === 'PUT') {
      if (user.role === 'reviewer') {
        request.resume();
        return refuse(response, 'forbidden');
      }
      const bytes = await bodyOf(request, limits.mediaBytes);
      if (!bytes) return refuse(response, 'too-large');
      const added = await deps.media.write(name, bytes, decodedName(request.headers[MEDIA_NAME_HEADER]));
      if (added) deps.log.info(`image ${name} added by ${user.name}`);
      return answer(response, added ? 201 : 200, { stored: name });
    }
    request.resume();
    return answer(response, 405, { refused: 'method' });
  } catch (error) {
    if (error instanceof MediaRefused) {
      deps.log.warn(`an image from ${user.name} was refused: ${error.refusal}`);
      return refuse(response, error.refusal);
    }
    deps.log.error('an image request failed', error);
    return answer(response, 500, { failed: true });
  }
}
