// "Tiêu đề thay thế" in the Publish tab: the SEO title (the page's <title>), the headline and
// photo shown when the article is shared, and the print headline — each against its length
// rule (contract/article/altHeadlines.ts). Left empty, each is the article's own headline.
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { metaKeys } from '../../electron/contract/article/articleNames';
import { altHeadlineLimits } from '../../electron/contract/article/altHeadlines';
import { lengthAgainst } from '../../electron/contract/article/lengths';
import { toNfc } from '../../electron/contract/text/normalize';
import { editorArticle } from '../editor/editorArticle';
import { LimitCounter } from './LimitCounter';
import { asText, useMetaValue } from './useMetaValue';

type TextKey = 'seoTitle' | 'socialHeadline' | 'printHeadline';

function AltHeadlineField({ doc, which, fallback }: { doc: Y.Doc; which: TextKey; fallback: string }) {
  const { t } = useTranslation();
  const [value, setValue] = useMetaValue(doc, metaKeys[which], asText);
  const limit = altHeadlineLimits[which];
  return (
    <div className="panel-field">
      <label className="panel-label" htmlFor={`alt-${which}`}>
        {t(`desk.alt.${which}`)}
        {!value && <span className="panel-badge">{t('desk.alt.fromHeadline')}</span>}
      </label>
      <textarea
        id={`alt-${which}`}
        rows={2}
        data-testid={`alt-${which}`}
        value={value}
        placeholder={fallback}
        onChange={(event) => setValue(toNfc(event.target.value.replace(/\n/g, ' ')))}
      />
      <LimitCounter label={t('desk.alt.length')} count={lengthAgainst(value || fallback, limit).length} limit={limit} testId={`alt-${which}-counter`} />
    </div>
  );
}

export function AltHeadlinesSection({ editor, doc, mediaUrl }: { editor: Editor; doc: Y.Doc; mediaUrl: (file: string) => string }) {
  const { t } = useTranslation();
  const article = useEditorState({
    editor,
    selector: ({ editor: e }) => {
      const read = e ? editorArticle(e.state.doc) : null;
      return { headline: read?.headline ?? '', sapo: read?.sapo ?? '', photos: (read?.figures ?? []).flatMap((f) => (f.src ? [f.src] : [])) };
    },
  });
  const [description] = useMetaValue(doc, metaKeys.description, asText);
  const [socialImage, setSocialImage] = useMetaValue(doc, metaKeys.socialImage, asText);
  const photos = [...new Set(article.photos)];

  return (
    <section className="panel-stack desk-alt" data-testid="alt-headlines" aria-labelledby="alt-headlines-title">
      <h3 className="desk-section-title" id="alt-headlines-title">
        {t('desk.alt.title')}
      </h3>
      <AltHeadlineField doc={doc} which="seoTitle" fallback={article.headline} />
      <LimitCounter
        label={t('desk.alt.description')}
        count={lengthAgainst(description || article.sapo, altHeadlineLimits.description).length}
        limit={altHeadlineLimits.description}
        testId="alt-description-counter"
      />
      <AltHeadlineField doc={doc} which="socialHeadline" fallback={article.headline} />
      <fieldset className="desk-social-image">
        <legend className="panel-label">{t('desk.alt.socialImage')}</legend>
        {photos.length === 0 ? (
          <p className="panel-hint">{t('desk.alt.noPhotos')}</p>
        ) : (
          <div className="desk-social-choices">
            <label className={`desk-social-choice${socialImage ? '' : ' is-chosen'}`}>
              <input type="radio" name="social-image" data-testid="social-image-default" checked={!socialImage} onChange={() => setSocialImage('')} />
              <span>{t('desk.alt.firstPhoto')}</span>
            </label>
            {photos.map((src, index) => (
              <label key={src} className={`desk-social-choice${socialImage === src ? ' is-chosen' : ''}`}>
                <input type="radio" name="social-image" data-testid="social-image-choice" value={src} checked={socialImage === src} onChange={() => setSocialImage(src)} />
                <img src={mediaUrl(src)} alt={t('desk.alt.photo', { n: index + 1 })} />
              </label>
            ))}
          </div>
        )}
      </fieldset>
      <AltHeadlineField doc={doc} which="printHeadline" fallback={article.headline} />
    </section>
  );
}
