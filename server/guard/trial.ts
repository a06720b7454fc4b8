// One change tried on the guard's shadow copy: what Yjs applied of it, and whether it set part
// of it aside. Yjs parks ("pending") what builds on changes it has not seen yet and applies it,
// unseen and unjudged, when those arrive — inside whoever sends them, judged by that sender's
// rules. The guard never keeps a parked part: it is forgotten here and in the live document.
// A client's own changes reach the server in order, so a part parked from an honest client is
// one it sends again anyway: it typed on in the moment after reconnecting, before its sync
// reply carried what it wrote offline — and that reply carries this change too.
import * as Y from 'yjs';

export interface Trial {
  /** The change as Yjs applied it (null: nothing of it applied). */
  applied: Uint8Array | null;
  /** Whether part of the change waited for changes the document does not have, and was forgotten. */
  setAside: boolean;
  /** The trial's transaction, for rules that look at what it added. */
  transaction: Y.Transaction | null;
}

/** Forgets what a document holds parked; true if there was something. */
export function forgetWaiting(doc: Y.Doc): boolean {
  const waited = doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
  doc.store.pendingStructs = null;
  doc.store.pendingDs = null;
  return waited;
}

export function tryChange(doc: Y.Doc, update: Uint8Array, origin: string): Trial {
  let applied: Uint8Array | null = null;
  let transaction: Y.Transaction | null = null;
  const onUpdate = (made: Uint8Array, from: unknown) => from === origin && (applied = made);
  const onTransaction = (made: Y.Transaction) => made.origin === origin && (transaction = made);
  doc.on('update', onUpdate);
  doc.on('afterTransaction', onTransaction);
  try {
    Y.applyUpdate(doc, update, origin);
  } finally {
    doc.off('update', onUpdate);
    doc.off('afterTransaction', onTransaction);
  }
  return { applied, transaction, setAside: forgetWaiting(doc) };
}

/** Every struct the transaction added, in the order of each client's clock. */
export function* addedItems(transaction: Y.Transaction): Generator<Y.Item> {
  for (const [client, after] of transaction.afterState) {
    const before = transaction.beforeState.get(client) ?? 0;
    if (after <= before) continue;
    const structs = transaction.doc.store.clients.get(client) ?? [];
    for (let i = Y.findIndexSS(structs, before); i < structs.length; i++) {
      const struct = structs[i];
      if (struct instanceof Y.Item) yield struct;
    }
  }
}
