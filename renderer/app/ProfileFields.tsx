// The fields shared by the first-run screen and the settings dialog: who is writing, in
// which role, in which language, and where the library lives.
import { useTranslation } from 'react-i18next';
import type { Language, Role } from '../../electron/contract/types';
import { languageChoices, roleChoices } from './profileChoices';

export interface ProfileDraft {
  name: string;
  role: Role;
  language: Language;
  libraryPath: string;
}

interface ProfileFieldsProps {
  draft: ProfileDraft;
  onChange: (draft: ProfileDraft) => void;
  /** data-testid prefix: "firstrun" or "settings". */
  testIdPrefix: string;
}

export function ProfileFields({ draft, onChange, testIdPrefix }: ProfileFieldsProps) {
  const { t } = useTranslation();
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => onChange({ ...draft, [key]: value });
  const id = (field: string) => `${testIdPrefix}-${field}`;

  return (
    <div className="fields">
      <label className="field">
        <span className="field-label">{t('profile.name')}</span>
        <input
          type="text"
          data-testid={id('name')}
          value={draft.name}
          maxLength={120}
          autoComplete="name"
          placeholder={t('profile.namePlaceholder')}
          required
          onChange={(event) => set('name', event.target.value)}
        />
      </label>
      <div className="field-pair">
        <label className="field">
          <span className="field-label">{t('profile.role')}</span>
          <select data-testid={id('role')} value={draft.role} onChange={(event) => set('role', event.target.value as Role)}>
            {roleChoices.map((role) => (
              <option key={role} value={role}>
                {t(`roles.${role}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('profile.language')}</span>
          <select
            data-testid={id('language')}
            value={draft.language}
            onChange={(event) => set('language', event.target.value as Language)}
          >
            {languageChoices.map((language) => (
              <option key={language} value={language} lang={language}>
                {t(`languages.${language}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <label className="field">
        <span className="field-label">{t('profile.library')}</span>
        <input
          type="text"
          className="input-mono"
          data-testid={id('library')}
          value={draft.libraryPath}
          spellCheck={false}
          required
          onChange={(event) => set('libraryPath', event.target.value)}
        />
        <span className="field-hint">{t('profile.libraryHint')}</span>
      </label>
    </div>
  );
}

/** The settings:update patch for a draft, text normalised as everywhere else. */
export function draftToPatch(draft: ProfileDraft) {
  return {
    profile: { name: draft.name.normalize('NFC').trim(), role: draft.role },
    language: draft.language,
    libraryPath: draft.libraryPath.trim(),
  };
}

export function draftIsComplete(draft: ProfileDraft): boolean {
  return draft.name.trim().length > 0 && draft.libraryPath.trim().length > 0;
}
