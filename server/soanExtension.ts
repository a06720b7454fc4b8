// Soạn's own part of the server, as one Hocuspocus extension:
// - onAuthenticate: the token decides who the client is; a wrong one learns nothing;
// - connected: tells the client who the server takes it for (its presence uses that name);
// - beforeHandleMessage: every change is checked against the client's role (articleGuard)
//   and appended durably to the store before Hocuspocus applies it and acknowledges it, so
//   an acknowledged change survives a crash of the server the moment after;
// - presence that claims to be someone else is refused;
// - a document is not unloaded while a connection to it is being set up: Hocuspocus would
//   otherwise hand that connection the document it is about to drop, and the client would
//   sync with a copy nobody else shares any more.
import type {
  Document,
  afterLoadDocumentPayload,
  Extension,
  beforeHandleMessagePayload,
  beforeUnloadDocumentPayload,
  connectedPayload,
  onAuthenticatePayload,
} from '@hocuspocus/server';
import { encodeRefusal, isSyncDocumentName, type SyncIdentity, type SyncRefusal } from '../electron/contract/sync';
import { ArticleGuard } from './guard/articleGuard';
import { readClientMessage, type PresenceState } from './guard/syncMessage';
import type { ServerLog } from './serverLog';
import type { Identity, ServerUsers } from './serverUsers';
import { isEmptyUpdate, type UpdateLog } from './storage/updateLog';

export interface SoanContext {
  user: Identity;
}

/** What Hocuspocus turns into a close (or permission-denied) message with this reason. */
export function refuse(refusal: SyncRefusal): { code: number; reason: string } {
  return { code: refusal.code === 'unauthorized' ? 4401 : 4403, reason: encodeRefusal(refusal) };
}

/** Presence may say anything about the client's caret and colour, but not that it is someone else. */
function claimsSomeoneElse(state: unknown, user: Identity): boolean {
  if (typeof state !== 'object' || state === null || !('user' in state)) return false;
  const claimed = (state as { user?: { name?: unknown; role?: unknown } }).user;
  return claimed?.name !== user.name || (claimed.role !== undefined && claimed.role !== user.role);
}

export function soanExtension(options: { users: ServerUsers; store: UpdateLog; log: ServerLog }): Extension {
  const { users, store, log } = options;
  // Keyed by the document object: a guard goes when Hocuspocus drops its document.
  const guards = new WeakMap<Document, ArticleGuard>();
  const guardOf = (document: Document) => {
    let guard = guards.get(document);
    if (!guard) guards.set(document, (guard = new ArticleGuard(document)));
    return guard;
  };
  // When connections to each document were authenticated and are not set up yet. One that
  // failed to set up never reports back, so an arrival counts for 30 seconds at most.
  const arriving = new Map<string, number[]>();
  const stillArriving = (name: string) => {
    const recent = (arriving.get(name) ?? []).filter((at) => Date.now() - at < 30_000);
    if (recent.length) arriving.set(name, recent);
    else arriving.delete(name);
    return recent.length > 0;
  };
  const arrived = (name: string) => {
    arriving.get(name)?.shift();
    stillArriving(name);
  };

  return {
    extensionName: 'Soạn',

    async onAuthenticate({ token, documentName }: onAuthenticatePayload): Promise<SoanContext> {
      const user = users.identify(token);
      if (!user) {
        log.warn('a connection with a wrong or missing token was refused');
        throw refuse({ code: 'unauthorized' });
      }
      if (!isSyncDocumentName(documentName)) throw refuse({ code: 'unknown-document' });
      arriving.set(documentName, [...(arriving.get(documentName) ?? []), Date.now()]);
      return { user };
    },

    async connected({ connection, context, documentName }: connectedPayload) {
      arrived(documentName);
      const { user } = context as SoanContext;
      const identity: SyncIdentity = { soan: 'identity', name: user.name, role: user.role };
      connection.sendStateless(JSON.stringify(identity));
    },

    // The guard from the start: a store written before it forgot parked changes (guard/trial.ts)
    // may hold some, which must not reach a client in its first sync.
    async afterLoadDocument({ document }: afterLoadDocumentPayload) {
      guardOf(document);
    },

    async beforeUnloadDocument({ documentName, document, instance }: beforeUnloadDocumentPayload) {
      if (!stillArriving(documentName)) return;
      // Someone is connecting to it right now: keep it, and look again shortly.
      setTimeout(() => void instance.unloadDocument(document), 100).unref();
      throw new Error(''); // no message: Hocuspocus stays quiet about a deliberate no
    },

    async beforeHandleMessage({ update: data, document, context }: beforeHandleMessagePayload) {
      const { user } = context as SoanContext;
      let message: ReturnType<typeof readClientMessage>;
      try {
        message = readClientMessage(data);
      } catch {
        throw refuse({ code: 'invalid-update' });
      }
      if (message.kind === 'presence') {
        // Providers pass on the presence of others they were sent (same clock): only what is
        // new to the server is this client's own claim.
        const isNew = ({ clientId, clock }: PresenceState) => clock > (document.awareness.meta.get(clientId)?.clock ?? -1);
        if (message.states.some((p) => isNew(p) && claimsSomeoneElse(p.state, user))) throw refuse({ code: 'forbidden-presence' });
        return;
      }
      if (message.kind !== 'change') return;
      // A client with nothing new (every connect sends what the server lacks) has nothing to
      // check or store. An update that does not decode is left to the guard, which refuses it.
      let empty = false;
      try {
        empty = isEmptyUpdate(message.update);
      } catch {
        // not a Yjs update: the guard says so
      }
      if (empty) return;
      const guard = guardOf(document);
      const verdict = guard.check(message.update, user, users.names);
      if (!verdict.ok) {
        log.warn(`a change to ${document.name} by ${user.name} (${user.role}) was refused: ${verdict.refusal.code}`);
        throw refuse(verdict.refusal);
      }
      if (!verdict.store) return; // all of it waited for changes the server does not have: forgotten (guard/trial.ts)
      try {
        await store.append(document.name, verdict.store);
      } catch (error) {
        guard.resync(); // the live document will not take this change: the guard must not keep it either
        log.error(`a change to ${document.name} could not be stored; the client keeps it and sends it again`, error);
        throw refuse({ code: 'not-stored' });
      }
    },
  };
}
