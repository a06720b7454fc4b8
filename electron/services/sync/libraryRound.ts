// One round of bringing the whole library up to date with the server, both ways:
// 1. the server's list of articles (the `library` document) learns of this library's, and
//    this library learns of the others';
// 2. an article only the server has is brought in as a new project, under its own id;
// 3. every article not open right now is opened for a moment and synced, so what was
//    written here offline goes up and what others wrote comes down.
// Articles open in the editor are linked all the time and need no round for their text.
// Each article's images go up and come down as its text does (mediaSync.ts).
import * as Y from 'yjs';
import { readArticle } from '../../contract/article/readArticle';
import { ARTICLE_DOCUMENT, LIBRARY_ARTICLES_MAP, type LibraryEntry } from '../../contract/sync';
import type { Library } from '../library/libraryService';
import type { ServiceContext } from '../serviceContext';
import type { SyncCredentials } from '../settings/settingsStore';
import { ArticleLink } from './articleLink';
import type { LiveArticles } from './liveArticles';
import { MediaSync } from './mediaSync';
import type { TrashSync } from './trashSync';
import type { SyncService } from './syncService';

export interface LibraryRoundOptions {
  library: Library;
  service: SyncService;
  credentials: SyncCredentials;
  live: LiveArticles;
  timeoutMs: number;
  context: ServiceContext;
  onAdopted: () => void;
  /** Moves to the trash made here or elsewhere (trashSync.ts). */
  trash?: TrashSync;
}


/** Until the link has synced and everything local is acknowledged, it was refused, or the server went away. */
async function settle(link: ArticleLink, service: SyncService, timeoutMs: number): Promise<boolean> {
  const start = Date.now();
  while (!link.settled) {
    if (link.refusal || !service.isConnected || Date.now() - start > timeoutMs) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

/** A document fetched from the server on its own, without touching the library. */
async function fetchDocument(name: string, options: LibraryRoundOptions, use: (doc: Y.Doc, synced: boolean) => Promise<void>): Promise<void> {
  const doc = new Y.Doc();
  const link: ArticleLink = new ArticleLink(
    name,
    doc,
    options.credentials.token,
    {
      changed: () => link?.refusal && options.service.noteRefusal(name, link.refusal),
      presence: () => {},
      identity: () => {},
      dropped: () => {},
    },
    options.service.socket,
  );
  try {
    await use(doc, await settle(link, options.service, options.timeoutMs));
    await settle(link, options.service, options.timeoutMs);
  } finally {
    link.stop();
  }
}

export async function runLibraryRound(options: LibraryRoundOptions): Promise<void> {
  const { library, service, live } = options;
  const onlyOnServer: string[] = [];

  if (!(await settle(service.libraryLink, service, options.timeoutMs))) return;
  const doc = service.libraryDoc;
  const entries = doc.getMap<LibraryEntry>(LIBRARY_ARTICLES_MAP);
  // Trashes first: what they move in or out decides what is local. If they cannot be read,
  // nothing is brought in this round (it could be an article trashed here).
  const notAdopted = await (options.trash?.reconcile(library, entries) ?? Promise.resolve(new Set<string>())).catch((error) => {
    options.context.log.problem('moves to the trash not passed on this round', error);
    return new Set(entries.keys());
  });
  const local = library.articles();
  const localIds = new Set(local.map((a) => a.id));
  doc.transact(() => {
    for (const { id, headline } of local) if (entries.get(id)?.headline !== headline) entries.set(id, { ...entries.get(id), headline });
  });
  for (const id of entries.keys()) if (!localIds.has(id) && !notAdopted.has(id) && ARTICLE_DOCUMENT.test(id)) onlyOnServer.push(id);

  for (const id of onlyOnServer) {
    if (!service.isConnected) return;
    let adopted: Y.Doc | undefined;
    await fetchDocument(id, options, async (doc, synced) => {
      // Only a whole article of that id becomes a project; anything else stays on the server.
      if (synced && readArticle(doc).meta.id === id) adopted = doc;
    });
    if (adopted) {
      const files = MediaSync.filesOf(adopted);
      await library.createFrom(adopted); // writes the project and lets go of the document
      options.onAdopted();
      await service.media.syncArticle(id, files);
    }
  }

  for (const { id } of local) {
    if (!service.isConnected) return;
    const open = live.isOpen(id); // linked all the time already
    await library
      .readDoc(id, async (doc) => {
        const link = service.linkOf(id);
        if (link && !open) await settle(link, service, options.timeoutMs);
        await service.media.syncArticle(id, MediaSync.filesOf(doc));
      })
      .catch((error) => options.context.log.problem(`article ${id} was not synced this round`, error));
  }
}
