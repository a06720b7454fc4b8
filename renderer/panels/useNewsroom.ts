// Settings (newsroom house style, the user's role) and the library's vocabulary, as the
// panels need them. The vocabulary is a nicety: if it cannot be read, the panels still work
// with the newsroom's own lists.
import { useCallback, useEffect, useState } from 'react';
import type { NewsroomSettingsData } from '../../electron/contract/newsroom';
import type { Role, Settings, Vocabulary } from '../../electron/contract/types';
import { call } from '../platform/soanClient';

export interface NewsroomContext {
  settings: Settings | null;
  newsroom: NewsroomSettingsData | null;
  role: Role;
  vocabulary: Vocabulary;
  /** settings:update {newsroom: patch}; resolves with the saved settings, throws SoanError. */
  updateNewsroom: (patch: Partial<NewsroomSettingsData>) => Promise<Settings>;
  reloadVocabulary: () => void;
}

export const emptyVocabulary: Vocabulary = {
  bylineNames: [],
  bylineRoles: [],
  keywords: [],
  topics: [],
  sections: [],
  articles: [],
  people: [],
};

export function useNewsroom(): NewsroomContext {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [vocabulary, setVocabulary] = useState<Vocabulary>(emptyVocabulary);

  const reloadVocabulary = useCallback(() => {
    call('library:vocabulary', {}).then(setVocabulary, () => undefined);
  }, []);

  useEffect(() => {
    let live = true;
    call('settings:get', {}).then(
      (loaded) => live && setSettings(loaded),
      () => undefined,
    );
    reloadVocabulary();
    return () => {
      live = false;
    };
  }, [reloadVocabulary]);

  const updateNewsroom = useCallback(async (patch: Partial<NewsroomSettingsData>) => {
    const saved = await call('settings:update', { newsroom: patch });
    setSettings(saved);
    return saved;
  }, []);

  return {
    settings,
    newsroom: settings?.newsroom ?? null,
    role: settings?.profile?.role ?? 'reporter',
    vocabulary,
    updateNewsroom,
    reloadVocabulary,
  };
}

/** Editors and the desk may extend controlled lists and override pre-flight blocks. */
export function canEditLists(role: Role): boolean {
  return role === 'editor' || role === 'desk';
}

/** Unique, in first-seen order, empty strings dropped. */
export function mergeLists(...lists: string[][]): string[] {
  return [...new Set(lists.flat().filter((s) => s.trim() !== ''))];
}
