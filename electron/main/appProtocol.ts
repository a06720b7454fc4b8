// The app:// scheme: serves the renderer build and article media to the window, so the
// page never sees a file:// URL and its origin (app://soan) is one we can recognise.
import fs from 'node:fs';
import { Readable } from 'node:stream';
import { protocol } from 'electron';
import { APP_SCHEME } from '../contract/ipc/api';
import { containedAssetPath, routeAppUrl } from './appRoutes';
import { assetResponseHeaders, mediaResponseHeaders, NOT_FOUND_HEADERS } from './responseHeaders';

export interface AppProtocolSources {
  /** Absolute path of dist/renderer (inside app.asar once packaged). */
  rendererDir: string;
  /** The backend's media lookup: an absolute path inside the article, or it throws. */
  mediaPath(articleId: string, file: string): Promise<string>;
}

/** Must run before the app is ready. */
export function registerAppSchemeAsPrivileged(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

function notFound(): Response {
  return new Response('Not found', { status: 404, headers: NOT_FOUND_HEADERS });
}

async function fileResponse(filePath: string, headers: Record<string, string>): Promise<Response> {
  const stats = await fs.promises.stat(filePath).catch(() => null);
  if (!stats?.isFile()) return notFound();
  // Streamed: media files can be tens of megabytes.
  const body = Readable.toWeb(fs.createReadStream(filePath)) as ReadableStream<Uint8Array>;
  return new Response(body, {
    status: 200,
    headers: { ...headers, 'Content-Length': String(stats.size) },
  });
}

async function respond(request: Request, sources: AppProtocolSources): Promise<Response> {
  if (request.method !== 'GET') return notFound();
  const route = routeAppUrl(request.url);
  switch (route.kind) {
    case 'asset': {
      const filePath = containedAssetPath(sources.rendererDir, route.segments);
      return filePath ? fileResponse(filePath, assetResponseHeaders(filePath)) : notFound();
    }
    case 'media': {
      const filePath = await sources.mediaPath(route.articleId, route.file).catch(() => null);
      return filePath ? fileResponse(filePath, mediaResponseHeaders(filePath)) : notFound();
    }
    case 'not-found':
      return notFound();
  }
}

/** Must run once the app is ready, before the window loads. */
export function handleAppProtocol(sources: AppProtocolSources): void {
  protocol.handle(APP_SCHEME, (request) =>
    respond(request, sources).catch((error: unknown) => {
      console.error('app:// request failed', request.url, error);
      return notFound();
    }),
  );
}
