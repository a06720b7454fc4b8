// The one "converted from TCVN3" notice an editor shows at a time, as a tiny external store
// the React notice subscribes to (useSyncExternalStore).
import type { ConvertedText } from '../../../electron/contract/types';

export interface ConversionNotice {
  id: string;
  encoding: ConvertedText['encoding'];
  /** A short stretch of the text as pasted and as converted, for the preview. */
  before: string;
  after: string;
  /** Puts back exactly what was pasted, unconverted. */
  undo: () => void;
}

export class ConversionNoticeStore {
  private notice: ConversionNotice | null = null;
  private listeners = new Set<() => void>();

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  current = (): ConversionNotice | null => this.notice;

  show(notice: ConversionNotice | null): void {
    this.notice = notice;
    for (const listener of this.listeners) listener();
  }

  dismiss(id: string): void {
    if (this.notice?.id === id) this.show(null);
  }
}

const PREVIEW_CHARS = 80;

export function previewOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_CHARS ? `${flat.slice(0, PREVIEW_CHARS)}…` : flat;
}
