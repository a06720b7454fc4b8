// UI translations: Vietnamese by default, English on request. The strings live in
// resources/locales/*.json and are bundled, so the app needs no network to speak.
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../electron/contract/types';
import vi from '../../resources/locales/vi.json';
import en from '../../resources/locales/en.json';
import languageVi from '../../resources/locales/language.vi.json';
import languageEn from '../../resources/locales/language.en.json';
import furnitureVi from '../../resources/locales/furniture.vi.json';
import furnitureEn from '../../resources/locales/furniture.en.json';
import reviewVi from '../../resources/locales/review.vi.json';
import reviewEn from '../../resources/locales/review.en.json';
import commentsVi from '../../resources/locales/comments.vi.json';
import commentsEn from '../../resources/locales/comments.en.json';
import suggestionsVi from '../../resources/locales/suggestions.vi.json';
import suggestionsEn from '../../resources/locales/suggestions.en.json';
import recoveryVi from '../../resources/locales/recovery.vi.json';
import recoveryEn from '../../resources/locales/recovery.en.json';
import packagesVi from '../../resources/locales/packages.vi.json';
import packagesEn from '../../resources/locales/packages.en.json';
import deskVi from '../../resources/locales/desk.vi.json';
import deskEn from '../../resources/locales/desk.en.json';
import syncVi from '../../resources/locales/sync.vi.json';
import syncEn from '../../resources/locales/sync.en.json';
import syncMergeVi from '../../resources/locales/syncMerge.vi.json';
import syncMergeEn from '../../resources/locales/syncMerge.en.json';

export const defaultLanguage: Language = 'vi';

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { vi: { translation: vi }, en: { translation: en } },
    lng: defaultLanguage,
    fallbackLng: 'vi',
    interpolation: { escapeValue: false }, // React escapes already
  });
  // Panels, import and export keep their strings in their own files, merged deeply.
  i18next.addResourceBundle('vi', 'translation', furnitureVi, true, false);
  i18next.addResourceBundle('en', 'translation', furnitureEn, true, false);
  // The language desk (checks, conversion, search) keeps its strings in its own files.
  i18next.addResourceBundle('vi', 'translation', languageVi, true, false);
  i18next.addResourceBundle('en', 'translation', languageEn, true, false);
  // Workflow and version history.
  i18next.addResourceBundle('vi', 'translation', reviewVi, true, false);
  i18next.addResourceBundle('en', 'translation', reviewEn, true, false);
  // Comments and suggestions (track changes).
  i18next.addResourceBundle('vi', 'translation', commentsVi, true, false);
  i18next.addResourceBundle('en', 'translation', commentsEn, true, false);
  i18next.addResourceBundle('vi', 'translation', suggestionsVi, true, false);
  i18next.addResourceBundle('en', 'translation', suggestionsEn, true, false);
  // Damaged files found and what was recovered (history, media, settings).
  i18next.addResourceBundle('vi', 'translation', recoveryVi, true, false);
  i18next.addResourceBundle('en', 'translation', recoveryEn, true, false);
  // Article packages (.soan): sending, opening, the merge report.
  i18next.addResourceBundle('vi', 'translation', packagesVi, true, false);
  i18next.addResourceBundle('en', 'translation', packagesEn, true, false);
  // The newsroom desk: focal points, embargo, corrections, length, legal, assignment, headlines.
  i18next.addResourceBundle('vi', 'translation', deskVi, true, false);
  i18next.addResourceBundle('en', 'translation', deskEn, true, false);
  // The sync server: status, presence, refusals, its settings.
  i18next.addResourceBundle('vi', 'translation', syncVi, true, false);
  i18next.addResourceBundle('en', 'translation', syncEn, true, false);
  // Articles merged with the server's copy after time offline that need a look.
  i18next.addResourceBundle('vi', 'translation', syncMergeVi, true, false);
  i18next.addResourceBundle('en', 'translation', syncMergeEn, true, false);
  document.documentElement.lang = defaultLanguage;
}

/** Switches the whole UI at once and keeps <html lang> right for screen readers and fonts. */
export async function setLanguage(language: Language): Promise<void> {
  if (i18next.language !== language) await i18next.changeLanguage(language);
  document.documentElement.lang = language;
}

/** BCP 47 locale for dates and numbers in the current UI language. */
export function currentLocale(): string {
  return i18next.language === 'en' ? 'en-GB' : 'vi-VN';
}
