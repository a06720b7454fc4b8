// The legal flag: anyone may flag an article for a legal check, with a note saying why; only
// the desk (thư ký tòa soạn) clears it. While it is held, export is refused — even the desk's
// override reason does not pass it, the flag must be cleared. A clearance written by anyone
// but the desk (an old or tampered copy) does not count: the article stays held.
import type { LegalFlag } from './articleNames';

export interface LegalHold {
  held: boolean;
  /** Why it was flagged (the flag's note), when held. */
  note: string;
}

export function legalHold(flag: LegalFlag | undefined): LegalHold {
  if (!flag) return { held: false, note: '' };
  if (flag.hold) return { held: true, note: flag.note };
  return flag.by.role === 'desk' ? { held: false, note: '' } : { held: true, note: flag.note };
}

/** Only the desk clears a legal flag. */
export function mayClearLegalFlag(role: string): boolean {
  return role === 'desk';
}
