// UI translations: Vietnamese by default, English on request. The strings live in
// resources/locales/*.json and are bundled, so the app needs no network to speak.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../electron/contract/types';
import vi from '../../resources/locales/vi.json';
import languageVi from '../../resources/locales/language.vi.json';
import furnitureVi from '../../resources/locales/furniture.vi.json';
import reviewVi from '../../resources/locales/review.vi.json';
import commentsVi from '../../resources/locales/comments.vi.json';
import suggestionsVi from '../../resources/locales/suggestions.vi.json';
import recoveryVi from '../../resources/locales/recovery.vi.json';
import packagesVi from '../../resources/locales/packages.vi.json';
import deskVi from '../../resources/locales/desk.vi.json';
import syncVi from '../../resources/locales/sync.vi.json';
import syncMergeVi from '../../resources/locales/syncMerge.vi.json';

export const defaultLanguage: Language = 'vi';

/**
 * addResourceBundle's options: the bundle's objects are merged as they are, not copied first
 * (i18next copies by default, through JSON): the bundled JSON modules stay alive anyway, so a
 * copy kept every UI string twice (~0.1 MB of the heap). Nothing else reads those objects.
 */
export const mergeAsIs = { skipCopy: true } as const;

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    // English is loaded when chosen (englishResources.ts); until then, and for any key it
    // lacks, the Vietnamese strings show.
    resources: { vi: { translation: vi } },
    lng: defaultLanguage,
    fallbackLng: 'vi',
    interpolation: { escapeValue: false }, // React escapes already
  });
  // Panels, import and export keep their strings in their own files, merged deeply.
  i18next.addResourceBundle('vi', 'translation', furnitureVi, true, false, mergeAsIs);
  // The language desk (checks, conversion, search) keeps its strings in its own files.
  i18next.addResourceBundle('vi', 'translation', languageVi, true, false, mergeAsIs);
  // Workflow and version history.
  i18next.addResourceBundle('vi', 'translation', reviewVi, true, false, mergeAsIs);
  // Comments and suggestions (track changes).
  i18next.addResourceBundle('vi', 'translation', commentsVi, true, false, mergeAsIs);
  i18next.addResourceBundle('vi', 'translation', suggestionsVi, true, false, mergeAsIs);
  // Damaged files found and what was recovered (history, media, settings).
  i18next.addResourceBundle('vi', 'translation', recoveryVi, true, false, mergeAsIs);
  // Article packages (.soan): sending, opening, the merge report.
  i18next.addResourceBundle('vi', 'translation', packagesVi, true, false, mergeAsIs);
  // The newsroom desk: focal points, embargo, corrections, length, legal, assignment, headlines.
  i18next.addResourceBundle('vi', 'translation', deskVi, true, false, mergeAsIs);
  // The sync server: status, presence, refusals, its settings.
  i18next.addResourceBundle('vi', 'translation', syncVi, true, false, mergeAsIs);
  // Articles merged with the server's copy after time offline that need a look.
  i18next.addResourceBundle('vi', 'translation', syncMergeVi, true, false, mergeAsIs);
  document.documentElement.lang = defaultLanguage;
}

let english: Promise<void> | null = null;

/** The English strings, read from their own part of the app bundle the first time they are needed. */
function loadEnglish(): Promise<void> {
  english ??= import('./englishResources').then(
    ({ addEnglishResources }) => addEnglishResources(),
    () => {
      english = null; // asked again next time; meanwhile the Vietnamese strings show
    },
  );
  return english;
}

/** Switches the whole UI at once and keeps <html lang> right for screen readers and fonts. */
export async function setLanguage(language: Language): Promise<void> {
  if (language === 'en') await loadEnglish();
  if (i18next.language !== language) await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** BCP 47 locale for dates and numbers in the current UI language. */
export function currentLocale(): string {
  return i18next.language === 'en' ? 'en-GB' : 'vi-VN';
}
