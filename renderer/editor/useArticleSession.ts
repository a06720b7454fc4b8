// One open article: article:open → a local Y.Doc; every local change is queued for
// article:update (SaveQueue); leaving flushes and then calls article:close. What the services'
// copy takes from the sync server arrives as pushes and is merged here (PUSH_ORIGIN: not sent
// back, not anyone's writing), with the people on the article.
import { useCallback, useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { SoanError, type Problem } from '../../electron/contract/errors';
import type { ArticleSummary } from '../../electron/contract/types';
import type { PresencePeer } from '../../electron/contract/sync';
import { call, onPush } from '../platform/soanClient';
import { PUSH_ORIGIN, watchAuthorship } from './authorship';
import { SERVICE_ORIGIN } from '../review/useReviewChange';
import { SaveQueue } from './saveQueue';
import { SaveStatusStore } from './saveStatus';
import { LiveUpdates } from '../sync/liveUpdates';

const LOAD_ORIGIN = 'load';

export type ArticleSession =
  | { phase: 'loading' }
  | { phase: 'failed'; error: unknown }
  | {
      phase: 'ready';
      doc: Y.Doc;
      summary: ArticleSummary;
      problems: Problem[];
      /** Saved, saving or failed, and the last save's report: read where shown (useSaveStatus). */
      saveStatus: SaveStatusStore;
      /** Everyone else on the article, from the sync server (empty without one). */
      peers: PresencePeer[];
      /** Flushes every unsaved change, then closes the article; throws why if saving failed. */
      leave: () => Promise<void>;
    };

interface Loaded {
  doc: Y.Doc;
  summary: ArticleSummary;
  problems: Problem[];
  queue: SaveQueue;
  saveStatus: SaveStatusStore;
}

export function useArticleSession(articleId: string, authorName: string): ArticleSession {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [failure, setFailure] = useState<{ error: unknown } | null>(null);
  const [peers, setPeers] = useState<PresencePeer[]>([]);
  const loadedRef = useRef<Loaded | null>(null);
  const closedRef = useRef(false);
  // Read at the first edit; a rename of the profile must not reopen the article.
  const authorRef = useRef(authorName);
  authorRef.current = authorName;

  useEffect(() => {
    let cancelled = false;
    let cleanup: (() => void) | null = null;
    closedRef.current = false;
    // Listening before opening: what arrives meanwhile waits here and is merged after the state.
    let pushedDoc: Y.Doc | null = null;
    let othersHere = false;
    const early: Uint8Array[] = [];
    const mergePushed = (doc: Y.Doc, update: Uint8Array) => {
      Y.applyUpdate(doc, update, PUSH_ORIGIN);
      // A change that builds on one this copy never got (pending): take the whole state again.
      if (doc.store.pendingStructs) {
        void call('article:open', { id: articleId }).then((again) => !cancelled && Y.applyUpdate(doc, again.state, PUSH_ORIGIN), () => undefined);
      }
    };
    const stopPushes = onPush((push) => {
      if (cancelled || !('id' in push) || push.id !== articleId) return;
      if (push.kind === 'article:presence') {
        othersHere = push.peers.length > 0;
        setPeers(push.peers);
      }
      else if (push.kind === 'article:update') {
        if (pushedDoc) mergePushed(pushedDoc, push.update);
        else early.push(push.update);
      }
    });

    call('article:open', { id: articleId }).then(
      (opened) => {
        if (cancelled) {
          // Left before the article arrived: main opened it for us, so close it again.
          void call('article:close', { id: articleId }).catch(() => undefined);
          return;
        }
        const doc = new Y.Doc();
        Y.applyUpdate(doc, opened.state, LOAD_ORIGIN);
        early.splice(0).forEach((update) => Y.applyUpdate(doc, update, LOAD_ORIGIN));
        pushedDoc = doc;
        const saveStatus = new SaveStatusStore();
        const queue = new SaveQueue(
          // Yjs never hands out SharedArrayBuffer-backed updates; the cast only narrows the type.
          (update, { keepalive }) =>
            call('article:update', { id: articleId, update: update as Uint8Array<ArrayBuffer> }, { keepalive }),
          {
            onState: (state, error) => saveStatus.setState(state, error),
            onSaved: (report) => saveStatus.setSaved(report),
          },
        );
        const live = new LiveUpdates(articleId, () => othersHere);
        const onUpdate = (update: Uint8Array, origin: unknown) => {
          if (origin === LOAD_ORIGIN || origin === PUSH_ORIGIN) return;
          queue.push(update);
          live.push(update);
        };
        doc.on('update', onUpdate);
        // What the services send back (a merged package, a restore) or the server pushes is nobody's writing here.
        const stopAuthorship = watchAuthorship(doc, () => authorRef.current, [LOAD_ORIGIN, SERVICE_ORIGIN, PUSH_ORIGIN]);

        // Best effort when the window goes away: send what is queued right now.
        const onPageHide = () => queue.flushForUnload();
        window.addEventListener('pagehide', onPageHide);
        window.addEventListener('beforeunload', onPageHide);

        const value = { doc, summary: opened.summary, problems: opened.problems, queue, saveStatus };
        loadedRef.current = value;
        setLoaded(value);
        cleanup = () => {
          window.removeEventListener('pagehide', onPageHide);
          window.removeEventListener('beforeunload', onPageHide);
          stopAuthorship();
          doc.off('update', onUpdate);
          // Unmounted without leave() (e.g. the app switched screens), or with keystrokes that
          // arrived while leave() was closing: still save them, then close (main reopens an
          // article for late updates).
          if (!closedRef.current || queue.hasUnsaved) {
            void queue.flush().then((ok) => ok && call('article:close', { id: articleId }).catch(() => undefined));
          }
          queue.dispose();
        };
      },
      (error) => {
        if (!cancelled) setFailure({ error });
      },
    );

    return () => {
      cancelled = true;
      stopPushes();
      cleanup?.();
      loadedRef.current = null;
      setLoaded(null);
      setFailure(null);
      setPeers([]);
    };
  }, [articleId]);

  const leave = useCallback(async () => {
    const current = loadedRef.current;
    if (!current) return;
    if (!(await current.queue.flush())) {
      throw current.saveStatus.current().error ?? new SoanError('save-failed', { article: current.summary.headline, reason: '' });
    }
    closedRef.current = true;
    try {
      await call('article:close', { id: articleId });
    } catch (error) {
      // Not closed: the unmount must still save and close.
      closedRef.current = false;
      throw error;
    }
  }, [articleId]);

  if (failure) return { phase: 'failed', error: failure.error };
  if (!loaded) return { phase: 'loading' };
  return {
    phase: 'ready',
    doc: loaded.doc,
    summary: loaded.summary,
    problems: loaded.problems,
    saveStatus: loaded.saveStatus,
    peers,
    leave,
  };
}
