// What main sends the renderer without being asked (Electron: webContents.send on
// PUSH_CHANNEL; the browser harness: server-sent events). The services' copy of an article
// is the one that meets the sync server; what it receives reaches the editor's copy this way.
import type { MergeReport } from '../packages';
import type { PresencePeer, SyncStatus } from '../sync';

export const PUSH_CHANNEL = 'soan:push';

export type Push =
  /** A Yjs update the services' copy of an open article took from elsewhere (the server): merge it. */
  | { kind: 'article:update'; id: string; update: Uint8Array }
  /** Who else is on an article open in the editor. */
  | { kind: 'article:presence'; id: string; peers: PresencePeer[] }
  /**
   * The others' carets on an article open in the editor, as a y-protocols awareness update:
   * per person `user` {name, role, color} and `cursor` (contract/caret.ts) or nothing;
   * checked and recoloured by the services. Apply it to an Awareness on the editor's copy.
   */
  | { kind: 'article:carets'; id: string; update: Uint8Array }
  | { kind: 'sync:status'; status: SyncStatus }
  /** An article caught up with the server and the merge needs a person's decision (the report is kept until dismissed). */
  | { kind: 'sync:merged'; report: MergeReport }
  /** Images of an article came down from the server: figures showing them as missing may show them now. */
  | { kind: 'media:arrived'; id: string; files: string[] }
  /** Articles arrived from the server: the library list should be read again. */
  | { kind: 'library:changed' };
