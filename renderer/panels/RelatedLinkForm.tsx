// Adds one "Đọc thêm" link: another article of the library, or an outside address with a
// title. Bad addresses are explained in plain words and never stored.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RelatedLink } from '../../electron/contract/article/articleNames';
import { toNfc } from '../../electron/contract/text/normalize';
import { checkRelatedUrl, type UrlProblem } from './relatedLinks';

interface RelatedLinkFormProps {
  articles: { id: string; headline: string }[];
  onAdd: (link: RelatedLink) => void;
}

export function RelatedLinkForm({ articles, onAdd }: RelatedLinkFormProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<'article' | 'url'>(articles.length ? 'article' : 'url');
  const [articleId, setArticleId] = useState('');
  const [url, setUrl] = useState('');
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<UrlProblem | 'no-title' | null>(null);

  const add = () => {
    if (kind === 'article') {
      const article = articles.find((a) => a.id === articleId);
      if (!article) return;
      onAdd({ title: article.headline, articleId: article.id });
      setArticleId('');
      return;
    }
    const checked = checkRelatedUrl(url);
    if ('problem' in checked) return setProblem(checked.problem);
    if (!title.trim()) return setProblem('no-title');
    onAdd({ title: toNfc(title.trim()), url: checked.url });
    setUrl('');
    setTitle('');
    setProblem(null);
  };

  return (
    <div className="related-form" data-testid="related-form">
      <div className="segmented" role="radiogroup" aria-label={t('furniture.tags.relatedKind')}>
        {(['article', 'url'] as const).map((k) => (
          <button
            key={k}
            type="button"
            role="radio"
            aria-checked={kind === k}
            className={kind === k ? 'is-current' : ''}
            data-testid={`related-kind-${k}`}
            onClick={() => {
              setKind(k);
              setProblem(null);
            }}
          >
            {t(`furniture.tags.relatedKinds.${k}`)}
          </button>
        ))}
      </div>
      {kind === 'article' ? (
        <select data-testid="related-article" value={articleId} aria-label={t('furniture.tags.relatedArticle')} onChange={(event) => setArticleId(event.target.value)}>
          <option value="">{articles.length ? t('furniture.tags.pickArticle') : t('furniture.tags.noArticles')}</option>
          {articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.headline || t('library.untitled')}
            </option>
          ))}
        </select>
      ) : (
        <>
          <input
            type="url"
            data-testid="related-url"
            placeholder="https://…"
            aria-label={t('furniture.tags.relatedUrl')}
            aria-invalid={problem !== null && problem !== 'no-title'}
            value={url}
            onChange={(event) => {
              setUrl(event.target.value);
              setProblem(null);
            }}
          />
          <input
            type="text"
            data-testid="related-title"
            placeholder={t('furniture.tags.relatedTitlePlaceholder')}
            aria-label={t('furniture.tags.relatedTitle')}
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
              setProblem(null);
            }}
          />
        </>
      )}
      {problem && (
        <p className="field-error" role="alert" data-testid="related-error">
          {t(`furniture.tags.urlProblem.${problem}`)}
        </p>
      )}
      <button
        type="button"
        className="button-secondary button-small"
        data-testid="related-add"
        disabled={kind === 'article' && !articleId}
        onClick={add}
      >
        {t('furniture.tags.relatedAdd')}
      </button>
    </div>
  );
}
