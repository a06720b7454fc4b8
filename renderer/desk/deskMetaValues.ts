// How the Desk panel reads its meta values from whatever a copy holds: by the contract's own
// lenient rules (contract/article/articleMeta.ts), so the panel and the export agree.
import { isoInstant, PlannedLengthSchema } from '../../electron/contract/article/articleMeta';
import type { PlannedLength } from '../../electron/contract/article/articleNames';

/** An ISO instant, or undefined. */
export const asInstant = (raw: unknown): string | undefined => isoInstant.parse(raw);

/** A planned length, or undefined. */
export const asPlannedLength = (raw: unknown): PlannedLength | undefined => PlannedLengthSchema.parse(raw);
