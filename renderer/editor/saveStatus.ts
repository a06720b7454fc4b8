// Whether the open article's last change is on disk, on its way, or failed (and why), and the
// last save's report. Kept outside React state on purpose: autosave flips `saving` ↔ `saved`
// about every second keystroke, and as a prop this redrew the whole workspace each time (every
// React commit while the text has focus walks the editable DOM to save the selection). Only the
// few components that show it subscribe, each to the piece it shows (useSaveStatus).
import { useSyncExternalStore } from 'react';
import type { SaveReport } from '../../electron/contract/types';
import type { SaveState } from './saveQueue';

export interface SaveStatus {
  state: SaveState;
  /** Why the last save failed; null unless state is 'error'. */
  error: unknown;
  /** The services' report of the last acknowledged save; null before the first. */
  lastSaved: SaveReport | null;
}

export class SaveStatusStore {
  private status: SaveStatus = { state: 'saved', error: null, lastSaved: null };
  private readonly listeners = new Set<() => void>();

  readonly current = (): SaveStatus => this.status;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  setState(state: SaveState, error?: unknown): void {
    const next = state === 'error' ? (error ?? null) : null;
    if (state === this.status.state && next === this.status.error) return;
    this.change({ state, error: next });
  }

  setSaved(report: SaveReport): void {
    this.change({ lastSaved: report });
  }

  private change(part: Partial<SaveStatus>): void {
    this.status = { ...this.status, ...part };
    this.listeners.forEach((listener) => listener());
  }
}

/** One piece of the save status; the caller is drawn again only when that piece changes. */
export function useSaveStatus<T>(store: SaveStatusStore, select: (status: SaveStatus) => T): T {
  return useSyncExternalStore(store.subscribe, () => select(store.current()));
}
