// The UI's English strings, in their own part of the bundle: most newsrooms work in
// Vietnamese, and keeping both languages' strings in memory cost every window about
// 0.1 MB. i18n.ts loads this the first time English is chosen.
import i18next from 'i18next';
import { mergeAsIs } from './i18n';
import en from '../../resources/locales/en.json';
import languageEn from '../../resources/locales/language.en.json';
import furnitureEn from '../../resources/locales/furniture.en.json';
import reviewEn from '../../resources/locales/review.en.json';
import commentsEn from '../../resources/locales/comments.en.json';
import suggestionsEn from '../../resources/locales/suggestions.en.json';
import recoveryEn from '../../resources/locales/recovery.en.json';
import packagesEn from '../../resources/locales/packages.en.json';
import deskEn from '../../resources/locales/desk.en.json';
import syncEn from '../../resources/locales/sync.en.json';
import syncMergeEn from '../../resources/locales/syncMerge.en.json';

export function addEnglishResources(): void {
  i18next.addResourceBundle('en', 'translation', en, true, false, mergeAsIs);
  i18next.addResourceBundle('en', 'translation', furnitureEn, true, false, mergeAsIs);
  i18next.addResourceBundle('en', 'translation', languageEn, true, false, mergeAsIs);
  i18next.addResourceBundle('en', 'translation', reviewEn, true, false, mergeAsIs);
  i18next.addResourceBundle('en', 'translation', commentsEn, true, false, mergeAsIs);
  i18next.addResourceBundle('en', 'translation', suggestionsEn, true, false, mergeAsIs);
  i18next.addResourceBundle('en', 'translation', recoveryEn, true, false, mergeAsIs);
  i18next.addResourceBundle('en', 'translation', packagesEn, true, false, mergeAsIs);
  i18next.addResourceBundle('en', 'translation', deskEn, true, false, mergeAsIs);
  i18next.addResourceBundle('en', 'translation', syncEn, true, false, mergeAsIs);
  i18next.addResourceBundle('en', 'translation', syncMergeEn, true, false, mergeAsIs);
}
