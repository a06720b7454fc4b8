// The articles the services hold in memory, as the sync service and the editor need them:
// each one is linked to the server while sync is on, and whatever its copy takes from
// elsewhere (not from the editor itself) is pushed to the editor while the editor shows it.
import type * as Y from 'yjs';
import type { Push } from '../../contract/ipc/push';
import type { Caret } from '../../contract/caret';
import { EDITOR_ORIGIN, type ArticleWatcher } from '../article/articleStore';

/** What LiveArticles asks of the sync service, when one runs. */
export interface ArticleSyncTarget {
  attach(id: string, doc: Y.Doc): void;
  detach(id: string): void;
  show(id: string, shown: boolean): void;
  caret(id: string, caret: Caret | null): Uint8Array | undefined;
  isArrival(origin: unknown): boolean;
}

/** An awareness update naming nobody (y-protocols: a count of zero). */
const NOBODY = new Uint8Array([0]);

export class LiveArticles implements ArticleWatcher {
  private readonly docs = new Map<string, { doc: Y.Doc; unwatch: () => void }>();
  private readonly shown = new Set<string>();
  private sync: ArticleSyncTarget | undefined;

  constructor(private readonly push: (push: Push) => void) {}

  opened(id: string, doc: Y.Doc): void {
    const onUpdate = (update: Uint8Array, origin: unknown) => {
      if (origin !== EDITOR_ORIGIN && this.shown.has(id)) this.push({ kind: 'article:update', id, update });
    };
    doc.on('update', onUpdate);
    this.docs.set(id, { doc, unwatch: () => doc.off('update', onUpdate) });
    this.sync?.attach(id, doc);
  }

  closing(id: string): void {
    this.sync?.detach(id);
    this.docs.get(id)?.unwatch();
    this.docs.delete(id);
  }

  /** The editor shows the article (article:open) or left it (article:close). */
  show(id: string, shown: boolean): void {
    if (shown) this.shown.add(id);
    else this.shown.delete(id);
    this.sync?.show(id, shown);
  }

  /** The editor moved this person's caret in an article it shows: the others' carets, and whether it went anywhere. */
  caret(id: string, caret: Caret | null): { carets: Uint8Array; shared: boolean } {
    const carets = this.shown.has(id) ? this.sync?.caret(id, caret) : undefined;
    return { carets: carets ?? NOBODY, shared: carets !== undefined };
  }

  /** A change made by the sync server's provider (ArticleStore saves those less often). */
  isArrival(origin: unknown): boolean {
    return this.sync?.isArrival(origin) ?? false;
  }

  isShown(id: string): boolean {
    return this.shown.has(id);
  }

  isOpen(id: string): boolean {
    return this.docs.has(id);
  }

  /** A sync service starts (it links every article already open) or stops (undefined). */
  useSync(sync: ArticleSyncTarget | undefined): void {
    this.sync = sync;
    if (!sync) return;
    for (const [id, { doc }] of this.docs) {
      sync.attach(id, doc);
      if (this.shown.has(id)) sync.show(id, true);
    }
  }
}
