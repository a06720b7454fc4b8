// What the sync server and the workstation agree on beyond the Yjs sync protocol itself:
// which documents exist on the server, how the server says who a client is, why it refused
// something, and what the workstation shows of it (status, presence). Plain data, no
// imports: the server, the services and the renderer all use it.

/** Server document of one article: its id (the same rule as the IPC contract's article ids). */
export const ARTICLE_DOCUMENT = /^[a-z0-9]{10,32}$/;

/** Server document listing the newsroom's articles (id → headline), so each workstation learns of the others'. */
export const LIBRARY_DOCUMENT = 'library';
/** The Y.Map of the library document: article id → LibraryEntry. */
export const LIBRARY_ARTICLES_MAP = 'articles';

export interface LibraryEntry {
  headline: string;
  /** Moved to the trash on a workstation; the others follow unless they hold edits it had not seen. */
  trashed?: TrashMark;
  /** A trash undone (a workstation held later edits, or restored it): the trasher restores it too. */
  keptFrom?: TrashMark & { keptBy: string };
}

/** A move to the trash as the library document records it. */
export interface TrashMark {
  /** When, and by whom (the profile name of the workstation that moved it). */
  at: string;
  by: string;
  /** The article's Yjs state vector (base64) when it was moved: edits beyond it were not seen. */
  vector: string;
}

export function isSyncDocumentName(name: unknown): name is string {
  return typeof name === 'string' && (name === LIBRARY_DOCUMENT || ARTICLE_DOCUMENT.test(name));
}

/** The roles a server token may carry: the app's, plus one that may only comment and suggest. */
export const syncRoles = ['reporter', 'editor', 'desk', 'reviewer'] as const;
export type SyncRole = (typeof syncRoles)[number];

/** Sent by the server (a stateless message) once a connection is set up: who the token says the client is. */
export interface SyncIdentity {
  soan: 'identity';
  name: string;
  role: SyncRole;
}

/** Why the server refused a token, a document or a change. */
export type SyncRefusal =
  | { code: 'unauthorized' } // wrong, missing or revoked token
  | { code: 'unknown-document' } // a name that is not an article id
  | { code: 'forbidden-move'; from: string; to: string } // the workflow table does not allow this role the move
  | { code: 'forbidden-text' } // a review-only token changed the text as it stands
  | { code: 'forbidden-meta' } // a review-only token changed the metadata
  | { code: 'forbidden-presence' } // presence claiming to be someone else
  | { code: 'forbidden-trash-name' } // a trash mark in a name other than the token's user
  | { code: 'forbidden-comment-name' } // a comment or suggestion in another's name, or a change to another's comment
  | { code: 'invalid-update' } // a change that does not decode
  | { code: 'not-stored' } // the server could not store the change (its disk); sent again later
  | { code: 'unreadable' }; // the server could not read its copy of the article: it leaves it untouched

const PREFIX = 'soan:';

/** A refusal as the reason string of a Hocuspocus close or permission-denied message. */
export function encodeRefusal(refusal: SyncRefusal): string {
  return PREFIX + JSON.stringify(refusal);
}

/** The refusal in a reason string, or undefined when the reason is not the server's own. */
export function decodeRefusal(reason: unknown): SyncRefusal | undefined {
  if (typeof reason !== 'string' || !reason.startsWith(PREFIX)) return undefined;
  try {
    const value = JSON.parse(reason.slice(PREFIX.length)) as SyncRefusal;
    return typeof value?.code === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}

/** Refusals that will happen again however often the change is sent: stop sending until something changes. */
export function isLastingRefusal(refusal: SyncRefusal): boolean {
  return refusal.code !== 'not-stored' && refusal.code !== 'unreadable';
}

/** Where the workstation stands with the server, as the indicator shows it. */
export interface SyncStatus {
  /** off: no server set; offline: set but not reachable; syncing: changes on their way; online: all sent. */
  state: 'off' | 'offline' | 'syncing' | 'online';
  /** Local changes the server has not acknowledged yet. */
  waiting: number;
  /** Who the server takes this workstation for, once it has said so. */
  identity?: { name: string; role: SyncRole };
  /** The last thing the server refused, per article (until it is sent again). */
  refusals: Array<{ id: string; refusal: SyncRefusal }>;
}

/** One person on an article, from the server's presence (awareness). */
export interface PresencePeer {
  name: string;
  role?: SyncRole;
  /** CSS colour chosen from the name, the same on every workstation. */
  color: string;
}
