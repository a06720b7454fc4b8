// An article's images travel with it through the sync server (contract/syncMedia.ts): the
// images its figures use that the server lacks go up, and those this library lacks come down.
// Names come from the article (figure src), but a name is only used once it matches the
// content-addressed form; what comes down is kept only when it hashes to its name and is a
// complete image of that kind, and it is stored through the library's own media import, which
// keeps it inside the project's media folder and records it in media.json.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type * as Y from 'yjs';
import type { Push } from '../../contract/ipc/push';
import { limits } from '../../contract/ipc/schemas';
import { MEDIA_HAVE_MAX, MEDIA_HAVE_ROUTE, MEDIA_NAME_HEADER, MEDIA_ROUTE, mediaBaseOf } from '../../contract/syncMedia';
import type { Library } from '../library/libraryService';
import { MEDIA_JSON } from '../library/projectFolder';
import { figureImagesOf } from '../media/imageCheck';
import { inspectImage } from '../media/imageFormat';
import { MEDIA_FILE_NAME } from '../media/mediaMetadata';
import type { ServiceContext } from '../serviceContext';
import type { SyncCredentials } from '../settings/settingsStore';
import { boundedBody } from './boundedBody';
import { SLOW_LINE, TransferDeadline, type TransferPace } from './transferDeadline';

/** The longest answer to POST /media/have worth reading: every name asked, quoted, with room to spare. */
const HAVE_ANSWER_BYTES = MEDIA_HAVE_MAX * 80;

export interface MediaSyncOptions {
  credentials: SyncCredentials;
  library: () => Library | undefined;
  push: (push: Push) => void;
  context: ServiceContext;
  /** How slow a transfer may be before it is given up (SLOW_LINE; a test makes it short). */
  pace?: TransferPace;
}

export interface MediaSynced {
  sent: string[];
  received: string[];
}

/** The bytes are the image `name` says: its hash, and a complete image of its kind. */
export function isImageNamed(name: string, bytes: Uint8Array): boolean {
  if (!MEDIA_FILE_NAME.test(name) || bytes.byteLength > limits.mediaBytes) return false;
  const image = inspectImage(bytes);
  return !!image && name === `${createHash('sha256').update(bytes).digest('hex')}.${image.ext}`;
}

export class MediaSync {
  private readonly base: string;
  private readonly pace: TransferPace;
  /** One pass per article at a time; a pass asked for meanwhile runs after it. */
  private readonly running = new Map<string, Promise<MediaSynced>>();
  /** Linked articles watched for figures that arrive without their image (unwatch functions). */
  private readonly watches = new Map<string, () => void>();

  constructor(private readonly options: MediaSyncOptions) {
    this.base = mediaBaseOf(options.credentials.serverUrl);
    this.pace = options.pace ?? SLOW_LINE;
  }

  /** The images the article's figures use (suggested figures included). */
  static filesOf(doc: Y.Doc): string[] {
    return figureImagesOf(doc).map((figure) => figure.src);
  }

  /**
   * While an article is linked: a change from elsewhere (`fromServer` tells by its origin)
   * may bring a figure whose image is not here yet; fetch it then, not at the next round.
   */
  watch(id: string, doc: Y.Doc, fromServer: (origin: unknown) => boolean): void {
    this.unwatch(id); // linked again: the old link's watch goes
    let timer: NodeJS.Timeout | undefined;
    // Only a figure whose image is not here yet is worth asking the server about (typing
    // elsewhere is not); one the server does not have yet (still on its way up) is asked again.
    const seen = new Set(MediaSync.filesOf(doc));
    const onUpdate = (_update: Uint8Array, origin: unknown) => {
      if (!fromServer(origin)) return;
      clearTimeout(timer);
      timer = setTimeout(() => {
        const files = MediaSync.filesOf(doc);
        const fresh = files.filter((file) => !seen.has(file));
        if (!fresh.length) return;
        void this.syncArticle(id, files).then(async () => {
          const library = this.options.library();
          for (const file of fresh) if (await library?.mediaPath(id, file).then(() => true, () => false)) seen.add(file);
        });
      }, 300);
      timer.unref?.();
    };
    doc.on('update', onUpdate);
    this.watches.set(id, () => {
      clearTimeout(timer);
      doc.off('update', onUpdate);
    });
  }

  unwatch(id: string): void {
    this.watches.get(id)?.();
    this.watches.delete(id);
  }

  /** Sync stops: no article is watched any more. */
  close(): void {
    for (const id of [...this.watches.keys()]) this.unwatch(id);
  }

  /** Sends and fetches the images `files` (the article's figures) of article `id`. Never throws. */
  syncArticle(id: string, files: readonly string[]): Promise<MediaSynced> {
    const previous = this.running.get(id) ?? Promise.resolve({ sent: [], received: [] });
    const next = previous.then(() => this.pass(id, files)).catch((error) => {
      this.options.context.log.problem(`images of article ${id} not synced; the next round tries again`, error);
      return { sent: [], received: [] };
    });
    this.running.set(id, next);
    void next.finally(() => this.running.get(id) === next && this.running.delete(id));
    return next;
  }

  private async pass(id: string, files: readonly string[]): Promise<MediaSynced> {
    const library = this.options.library();
    const names = [...new Set(files)].filter((name) => MEDIA_FILE_NAME.test(name)).slice(0, MEDIA_HAVE_MAX);
    if (!library?.has(id) || !names.length) return { sent: [], received: [] };
    const local = new Map<string, string>();
    for (const name of names) {
      const file = await library.mediaPath(id, name).catch(() => undefined);
      if (file) local.set(name, file);
    }
    const onServer = new Set(await this.have(names));
    const synced: MediaSynced = { sent: [], received: [] };
    for (const [name, file] of local) {
      if (onServer.has(name)) continue;
      const bytes = new Uint8Array(await fs.readFile(file));
      // A damaged copy here is not sent: opening the article says so, and another copy may come down.
      if (!isImageNamed(name, bytes)) continue;
      if (await this.send(name, bytes, await this.originalName(library, id, name))) synced.sent.push(name);
    }
    for (const name of names) {
      if (local.has(name) || !onServer.has(name)) continue;
      const fetched = await this.fetch(name);
      if (!fetched) continue;
      await library.importMedia(id, fetched.originalName || name, fetched.bytes);
      synced.received.push(name);
    }
    if (synced.received.length) this.options.push({ kind: 'media:arrived', id, files: synced.received });
    return synced;
  }

  private headers(extra: Record<string, string> = {}): Record<string, string> {
    return { Authorization: `Bearer ${this.options.credentials.token}`, ...extra };
  }

  private async have(names: string[]): Promise<string[]> {
    const deadline = new TransferDeadline(this.pace, HAVE_ANSWER_BYTES);
    let body: Uint8Array | null;
    try {
      const response = await fetch(this.base + MEDIA_HAVE_ROUTE, { method: 'POST', headers: this.headers({ 'Content-Type': 'application/json' }), body: JSON.stringify(names), signal: deadline.signal });
      if (!response.ok) throw new Error(`the server answered ${response.status} when asked which images it has`);
      body = await boundedBody(response, HAVE_ANSWER_BYTES, this.pace.idleMs);
    } catch (error) {
      throw new Error(`the server did not say which images it has: ${reasonOf(error, deadline)}`);
    } finally {
      deadline.done();
    }
    if (!body) throw new Error('the server answered with a list of images longer than any it may hold');
    const held: unknown = JSON.parse(Buffer.from(body).toString('utf8'));
    return Array.isArray(held) ? held.filter((name): name is string => typeof name === 'string' && names.includes(name)) : [];
  }

  private async send(name: string, bytes: Uint8Array, originalName: string): Promise<boolean> {
    const deadline = new TransferDeadline(this.pace, bytes.byteLength);
    try {
      const response = await fetch(this.base + MEDIA_ROUTE + name, {
        method: 'PUT',
        headers: this.headers({ 'Content-Type': 'application/octet-stream', [MEDIA_NAME_HEADER]: encodeURIComponent(originalName) }),
        body: Buffer.from(bytes),
        signal: deadline.signal,
      });
      if (response.ok) {
        await response.body?.cancel().catch(() => {});
        return true;
      }
      const said = await boundedBody(response, 1000, this.pace.idleMs).catch(() => null);
      this.options.context.log.problem(`image ${name} was not taken by the server`, `${response.status} ${said ? Buffer.from(said).toString('utf8') : ''}`.slice(0, 200));
      return false;
    } catch (error) {
      this.options.context.log.problem(`image ${name} was not sent: ${reasonOf(error, deadline)}; the next round tries again`);
      return false;
    } finally {
      deadline.done();
    }
  }

  /** The image from the server, or undefined when it does not have it or sends something else. */
  private async fetch(name: string): Promise<{ bytes: Uint8Array; originalName: string } | undefined> {
    const deadline = new TransferDeadline(this.pace, limits.mediaBytes);
    let response: Response;
    let bytes: Uint8Array | null;
    try {
      response = await fetch(this.base + MEDIA_ROUTE + name, { headers: this.headers(), signal: deadline.signal });
      if (!response.ok) {
        await response.body?.cancel().catch(() => {});
        return undefined;
      }
      // A server that says how big the image is gets the time that size needs, not the largest's.
      const declared = Number(response.headers.get('content-length') ?? NaN);
      if (Number.isFinite(declared)) deadline.narrow(declared);
      bytes = await boundedBody(response, limits.mediaBytes, this.pace.idleMs);
    } catch (error) {
      this.options.context.log.problem(`image ${name} did not come from the server: ${reasonOf(error, deadline)}; the next round tries again`);
      return undefined;
    } finally {
      deadline.done();
    }
    if (!bytes || !isImageNamed(name, bytes)) {
      this.options.context.log.problem(`the server sent something other than image ${name}; it was not kept`);
      return undefined;
    }
    let originalName = '';
    try {
      originalName = decodeURIComponent(response.headers.get(MEDIA_NAME_HEADER) ?? '');
    } catch {
      // a name that does not decode: the image keeps its own
    }
    return { bytes, originalName };
  }

  /** What the image was called when it was added here (media.json), best effort. */
  private async originalName(library: Library, id: string, name: string): Promise<string> {
    try {
      const metadata = JSON.parse(await fs.readFile(path.join(library.projectFolder(id), MEDIA_JSON), 'utf8')) as { files?: Record<string, { originalName?: unknown }> };
      const original = metadata.files?.[name]?.originalName;
      return typeof original === 'string' ? original : name;
    } catch {
      return name;
    }
  }
}

/** Why a transfer failed, in plain words: its deadline passed, or what went wrong. */
function reasonOf(error: unknown, deadline: TransferDeadline): string {
  if (deadline.expired) return `the server took longer than ${deadline.said}`;
  return error instanceof Error ? error.message : String(error);
}
