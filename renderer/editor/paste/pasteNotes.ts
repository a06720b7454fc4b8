// What the last paste could not bring in as it was (a table made into rows, a photo Word kept
// on its own disk, comments left out…), as a tiny external store the banner subscribes to.
import type { CodedMessage } from '../../../electron/contract/types';

export interface PasteNote {
  id: string;
  notes: CodedMessage[];
}

export class PasteNoteStore {
  private note: PasteNote | null = null;
  private listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  current = (): PasteNote | null => this.note;

  show(note: PasteNote | null): void {
    this.note = note;
    for (const listener of this.listeners) listener();
  }

  dismiss = (): void => this.show(null);
}
