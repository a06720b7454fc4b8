// What the editor's language checks know right now, shared by the underline plugin, the
// context menu, the Checks panel and the status bar (React reads it with useSyncExternalStore).
import type { Settings } from '../../electron/contract/types';
import type { PlacedFinding } from './placedFinding';

export type { PlacedFinding };

export interface FindingMenuState {
  finding: PlacedFinding;
  left: number;
  top: number;
}

/** pending: a check is due (typing paused, or the first one); idle: findings are current. */
export type CheckStatus = 'pending' | 'idle' | 'checking' | 'unavailable';

export interface LanguageDeskSnapshot {
  findings: PlacedFinding[];
  menu: FindingMenuState | null;
  status: CheckStatus;
  settings: Settings | null;
}

export class LanguageDeskStore {
  private snapshot: LanguageDeskSnapshot = { findings: [], menu: null, status: 'pending', settings: null };
  private listeners = new Set<() => void>();
  /** Set by the checking plugin: asks for a check now (after a dictionary change). */
  recheck: () => void = () => undefined;

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  current = (): LanguageDeskSnapshot => this.snapshot;

  update(patch: Partial<LanguageDeskSnapshot>): void {
    const next = { ...this.snapshot, ...patch };
    if (Object.keys(patch).every((k) => next[k as keyof LanguageDeskSnapshot] === this.snapshot[k as keyof LanguageDeskSnapshot])) return;
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
