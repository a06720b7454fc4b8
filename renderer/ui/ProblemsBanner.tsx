// Warnings that did not stop work (a damaged file set aside, a folder skipped), listed in
// plain words so the newsroom knows what happened and where the damaged copy went.
import { useTranslation } from 'react-i18next';
import type { Problem } from '../../electron/contract/errors';
import { readableParams } from '../i18n/describeError';
import { Icon } from './Icon';

export function ProblemsBanner({ problems, onDismiss }: { problems: Problem[]; onDismiss?: () => void }) {
  const { t } = useTranslation();
  if (problems.length === 0) return null;
  return (
    <section className="banner banner-warning" data-testid="problems-banner" aria-label={t('problems.title', { count: problems.length })}>
      <Icon name="warning" />
      <div>
        <h2 className="banner-title">{t('problems.title', { count: problems.length })}</h2>
        <ul>
          {problems.map((problem, index) => (
            <li key={index}>
              {/* With an article name the sentence says which article; without, which file. */}
              {t(`problems.${problem.code}`, {
                ...readableParams(problem.params),
                context: problem.params.article !== undefined ? 'article' : undefined,
              })}
            </li>
          ))}
        </ul>
      </div>
      {onDismiss && (
        <button type="button" className="button-quiet" onClick={onDismiss}>
          {t('common.dismiss')}
        </button>
      )}
    </section>
  );
}
