// The browser harness: serves the unchanged renderer build on 127.0.0.1 and answers its
// calls with the real backend on a real library, so Soạn can be tested in Chromium and
// tried without Electron. It stands in for Electron's preload + app:// protocol:
//   GET  /…                          files of the renderer build (same headers as app://)
//   POST /api/<channel>              wireJson request → backend.dispatch → wireJson Result
//   GET  /media/<articleId>/<file>   an article's media file (?token=…)
//   GET  /events                     server-sent events: the backend's pushes, wireJson (?token=…)
// Every call needs the random token handed to the page in its URL (#token=…), so no other
// page or local program can use the backend.
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { limits } from '../../electron/contract/ipc/schemas';
import type { ErrorCode, Result } from '../../electron/contract/errors';
import { fromWireJson, toWireJson } from '../../electron/contract/ipc/wireJson';
import { containedAssetPath, routeAppPath } from '../../electron/main/appRoutes';
import {
  assetResponseHeaders,
  mediaResponseHeaders,
  NOT_FOUND_HEADERS,
} from '../../electron/main/responseHeaders';
import { createBackend, type Backend } from '../../electron/services/backend';
import { defaultServiceContext, type ServiceContext } from '../../electron/services/serviceContext';

export type { Backend };

export interface HarnessOptions {
  userDataDir: string;
  defaultLibraryPath: string;
  /** 0 (the default) picks a free port. */
  port?: number;
  /** The `vite build` output; relative paths are taken from the repository root. */
  rendererDir?: string;
  /** The services' clock, log and actor (default: the production one). */
  context?: ServiceContext;
}

export interface Harness {
  /** The page to open, carrying the token: http://127.0.0.1:<port>/#token=… */
  url: string;
  /** http://127.0.0.1:<port> */
  origin: string;
  token: string;
  backend: Backend;
  /** Stops the server and closes the backend (flushes articles, releases the library lock). */
  close(): Promise<void>;
}

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const API_PREFIX = '/api/';
// The largest legal request is a package or a media import, whose bytes grow by a third in
// base64. Half as much again on top, so a file a little over the limit still reaches the
// backend and gets its own "too large" message rather than a bare HTTP refusal.
const MAX_BODY_BYTES = Math.ceil(((Math.max(limits.mediaBytes, limits.packageBytes) * 4) / 3) * 1.5);

class HttpRefusal extends Error {
  constructor(
    readonly status: number,
    readonly code: ErrorCode,
    readonly detail: string,
  ) {
    super(detail);
  }
}

function sha256(text: string): Buffer {
  return crypto.createHash('sha256').update(text).digest();
}

/** Constant-time comparison; hashing first makes the lengths equal. */
function tokenMatches(given: unknown, expectedHash: Buffer): boolean {
  return typeof given === 'string' && crypto.timingSafeEqual(sha256(given), expectedHash);
}

function sendResult(res: http.ServerResponse, status: number, result: Result<unknown>): void {
  const body = toWireJson(result);
  res.writeHead(status, {
    ...NOT_FOUND_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
  });
  res.end(body);
}

function sendNotFound(res: http.ServerResponse): void {
  res.writeHead(404, NOT_FOUND_HEADERS);
  res.end('Not found');
}

async function readBody(req: http.IncomingMessage): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) throw new HttpRefusal(413, 'invalid-request', 'request too large');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new HttpRefusal(413, 'invalid-request', 'request too large');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function sendFile(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  filePath: string,
  headers: Record<string, string>,
): Promise<void> {
  const stats = await fs.promises.stat(filePath).catch(() => null);
  if (!stats?.isFile()) return sendNotFound(res);
  res.writeHead(200, { ...headers, 'Content-Length': stats.size });
  if (req.method === 'HEAD') return void res.end();
  await pipeline(fs.createReadStream(filePath), res);
}

export async function startHarness(options: HarnessOptions): Promise<Harness> {
  const rendererDir = path.resolve(REPO_ROOT, options.rendererDir ?? 'dist/renderer');
  const token = crypto.randomBytes(32).toString('base64url');
  const tokenHash = sha256(token);
  const backend = createBackend({
    userDataDir: options.userDataDir,
    defaultLibraryPath: options.defaultLibraryPath,
    context: options.context ?? defaultServiceContext(),
  });

  // Filled in once the port is known.
  let ownHosts = new Set<string>();
  let ownOrigins = new Set<string>();

  async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, pathname: string) {
    // A page on another origin could otherwise post here (the token still stops it).
    const origin = req.headers.origin;
    if (origin !== undefined && !ownOrigins.has(origin)) {
      throw new HttpRefusal(403, 'forbidden-sender', 'foreign origin');
    }
    if (!tokenMatches(req.headers['x-soan-token'], tokenHash)) {
      throw new HttpRefusal(401, 'forbidden-sender', 'missing or wrong token');
    }
    if (req.method !== 'POST') throw new HttpRefusal(405, 'invalid-request', 'use POST');
    const contentType = req.headers['content-type'] ?? '';
    if (!/^application\/json\s*(;|$)/i.test(contentType)) {
      throw new HttpRefusal(415, 'invalid-request', 'expected application/json');
    }
    let channel: string;
    let payload: unknown;
    try {
      channel = decodeURIComponent(pathname.slice(API_PREFIX.length));
      payload = fromWireJson(await readBody(req));
    } catch (error) {
      if (error instanceof HttpRefusal) throw error;
      throw new HttpRefusal(400, 'invalid-request', 'body is not JSON');
    }
    // dispatch validates the channel and the payload and answers with a Result.
    sendResult(res, 200, await backend.dispatch(channel, payload));
  }

  async function handleMedia(
    req: http.IncomingMessage,
    res: http.ServerResponse,
    route: { articleId: string; file: string },
    url: URL,
  ) {
    if (!tokenMatches(url.searchParams.get('token') ?? undefined, tokenHash)) {
      throw new HttpRefusal(401, 'forbidden-sender', 'missing or wrong token');
    }
    const filePath = await backend.mediaPath(route.articleId, route.file).catch(() => null);
    if (filePath === null) return sendNotFound(res);
    await sendFile(req, res, filePath, mediaResponseHeaders(filePath));
  }

  // Preload's onPush in Electron; here, one event stream per page.
  const streams = new Set<http.ServerResponse>();
  const stopPushes = backend.onPush((push) => {
    const event = `data: ${toWireJson(push)}\n\n`;
    for (const stream of streams) stream.write(event);
  });

  function handleEvents(req: http.IncomingMessage, res: http.ServerResponse, url: URL) {
    if (!tokenMatches(url.searchParams.get('token') ?? undefined, tokenHash)) {
      throw new HttpRefusal(401, 'forbidden-sender', 'missing or wrong token');
    }
    res.writeHead(200, { ...NOT_FOUND_HEADERS, 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-store' });
    res.write(': connected\n\n');
    streams.add(res);
    req.on('close', () => streams.delete(res));
  }

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    // A DNS-rebinding page reaches us under its own host name: refuse anything but ours.
    if (!ownHosts.has(req.headers.host ?? '')) {
      throw new HttpRefusal(403, 'forbidden-sender', 'unexpected Host header');
    }
    const url = new URL(req.url ?? '/', 'http://harness.invalid');
    if (url.pathname.startsWith(API_PREFIX)) return handleApi(req, res, url.pathname);
    if (req.method !== 'GET' && req.method !== 'HEAD') return sendNotFound(res);
    if (url.pathname === '/events') return handleEvents(req, res, url);
    const route = routeAppPath(url.pathname);
    if (route.kind === 'media') return handleMedia(req, res, route, url);
    if (route.kind === 'asset') {
      const filePath = containedAssetPath(rendererDir, route.segments);
      if (filePath) return sendFile(req, res, filePath, assetResponseHeaders(filePath));
    }
    sendNotFound(res);
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (res.headersSent) return void res.destroy();
      if (error instanceof HttpRefusal) {
        // Stop reading an oversized or refused upload; the answer still goes out first.
        res.setHeader('Connection', 'close');
        return sendResult(res, error.status, {
          ok: false,
          error: { code: error.code, params: { detail: error.detail } },
        });
      }
      console.error('harness request failed', req.method, req.url, error);
      sendResult(res, 500, { ok: false, error: { code: 'internal', params: { detail: String(error) } } });
    });
  });

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    await backend.close();
    throw error;
  }
  const { port } = server.address() as { port: number };
  ownHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  ownOrigins = new Set([...ownHosts].map((host) => `http://${host}`));
  const origin = `http://127.0.0.1:${port}`;

  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= (async () => {
      stopPushes();
      for (const stream of streams) stream.end();
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await stopped;
      await backend.close();
    })();
    return closing;
  };

  return { url: `${origin}/#token=${token}`, origin, token, backend, close };
}
