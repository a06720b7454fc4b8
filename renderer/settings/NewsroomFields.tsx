// Settings › "Toà soạn": the newsroom's house style — sapo prefix, sections, topics,
// headline and sapo limits, export folder. Topics are a controlled list: only editors and
// the desk change it.
import { useTranslation } from 'react-i18next';
import type { Role } from '../../electron/contract/types';
import { checkDraft, type NewsroomDraft, type NewsroomProblem } from './newsroomDraft';

interface NewsroomFieldsProps {
  draft: NewsroomDraft;
  role: Role;
  onChange: (draft: NewsroomDraft) => void;
}

export function NewsroomFields({ draft, role, onChange }: NewsroomFieldsProps) {
  const { t } = useTranslation();
  const problems = new Set<NewsroomProblem>(checkDraft(draft));
  const set = (key: keyof NewsroomDraft, value: string) => onChange({ ...draft, [key]: value });
  const error = (problem: NewsroomProblem) =>
    problems.has(problem) && (
      <span className="field-error" data-testid={`newsroom-error-${problem}`}>
        {t(`newsroom.invalid.${problem}`)}
      </span>
    );
  const mayEditTopics = role === 'editor' || role === 'desk';

  return (
    <fieldset className="settings-section" data-testid="newsroom-settings">
      <legend className="settings-section-title">{t('newsroom.title')}</legend>
      <p className="field-hint">{t('newsroom.lead')}</p>
      <label className="field">
        <span className="field-label">{t('newsroom.sourcePrefix')}</span>
        <input type="text" data-testid="newsroom-prefix" value={draft.sourcePrefix} maxLength={120} onChange={(e) => set('sourcePrefix', e.target.value)} />
        <span className="field-hint">{t('newsroom.sourcePrefixHint')}</span>
        {error('prefix')}
      </label>
      <div className="field-pair">
        <label className="field">
          <span className="field-label">{t('newsroom.sections')}</span>
          <textarea rows={5} data-testid="newsroom-sections" value={draft.sections} onChange={(e) => set('sections', e.target.value)} />
          <span className="field-hint">{t('newsroom.listHint')}</span>
        </label>
        <label className="field">
          <span className="field-label">{t('newsroom.topics')}</span>
          <textarea
            rows={5}
            data-testid="newsroom-topics"
            value={draft.topics}
            readOnly={!mayEditTopics}
            onChange={(e) => set('topics', e.target.value)}
          />
          <span className="field-hint">{mayEditTopics ? t('newsroom.listHint') : t('newsroom.editorsOnly')}</span>
        </label>
      </div>
      {error('list')}
      <div className="field-pair">
        <label className="field">
          <span className="field-label">{t('newsroom.headlineMax')}</span>
          <input type="number" data-testid="newsroom-headline-max" min={10} max={1000} value={draft.headlineMaxChars} onChange={(e) => set('headlineMaxChars', e.target.value)} />
          {error('headlineMax')}
        </label>
        <label className="field">
          <span className="field-label">{t('newsroom.sapoMax')}</span>
          <input type="number" data-testid="newsroom-sapo-max" min={10} max={5000} value={draft.sapoMaxChars} onChange={(e) => set('sapoMaxChars', e.target.value)} />
          {error('sapoMax')}
        </label>
      </div>
      <label className="field">
        <span className="field-label">{t('newsroom.people')}</span>
        <textarea rows={4} data-testid="newsroom-people" value={draft.people} onChange={(e) => set('people', e.target.value)} />
        <span className="field-hint">{t('newsroom.peopleHint')}</span>
        {error('people')}
      </label>
      <label className="field">
        <span className="field-label">{t('newsroom.exportPath')}</span>
        <input type="text" className="input-mono" data-testid="newsroom-export-path" spellCheck={false} value={draft.exportPath} onChange={(e) => set('exportPath', e.target.value)} />
        {error('exportPath')}
      </label>
    </fieldset>
  );
}
