// React's view of the editor's language desk store (findings, open menu, settings).
import { useSyncExternalStore } from 'react';
import type { Editor } from '@tiptap/core';
import type { LanguageDeskSnapshot, LanguageDeskStore } from './languageDeskStore';

const idle: LanguageDeskSnapshot = { findings: [], menu: null, status: 'idle', settings: null };
const noStore = { subscribe: () => () => undefined, current: () => idle };

export function languageDeskOf(editor: Editor | null): LanguageDeskStore | null {
  return (editor?.storage.languageChecks?.desk as LanguageDeskStore | undefined) ?? null;
}

export function useLanguageDesk(editor: Editor | null): LanguageDeskSnapshot {
  const store = languageDeskOf(editor) ?? noStore;
  return useSyncExternalStore(store.subscribe, store.current);
}
