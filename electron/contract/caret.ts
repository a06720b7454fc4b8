// Where a person's caret and selection are in an article, as the sync server's presence
// (awareness) carries it: y-prosemirror's `cursor` field, two Yjs relative positions. A
// relative position names the character it sits beside (by its Yjs id), not a number, so it
// stays on the same words while anyone types before it; every copy of the article (the
// editor's, the services', the other workstations') resolves it the same way.
import { z } from 'zod';

/** The awareness field y-prosemirror's cursor plugin reads and writes. */
export const CARET_FIELD = 'cursor';

const yId = z.object({ client: z.number().int().nonnegative().max(2 ** 53), clock: z.number().int().nonnegative().max(2 ** 53) }).strict();

/** Y.relativePositionToJSON: the type or root name it lies in, the item it sits beside, which side. */
export const RelativePositionJson = z
  .object({
    type: yId.nullish(),
    tname: z.string().max(100).nullish(),
    item: yId.nullish(),
    assoc: z.number().int().min(-(2 ** 31)).max(2 ** 31).nullish(),
  })
  .strict();

/** A caret (anchor = head) or a selection, in the article's Yjs document. */
export const Caret = z.object({ anchor: RelativePositionJson, head: RelativePositionJson }).strict();
export type Caret = z.infer<typeof Caret>;
