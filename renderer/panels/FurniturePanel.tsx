// "Xuất bản": what the page around the article needs — the slug (from the headline unless
// chosen), the meta description (the sapo unless written), headline and sapo against the
// newsroom's limits, and the sapo's source prefix.
import { useState } from 'react';
import type { Editor } from '@tiptap/core';
import { useEditorState } from '@tiptap/react';
import { useTranslation } from 'react-i18next';
import type { Node as PMNode } from '@tiptap/pm/model';
import type * as Y from 'yjs';
import { metaKeys } from '../../electron/contract/articleSchema';
import { toNfc } from '../../electron/contract/text/normalize';
import { slugify } from '../../electron/contract/text/slug';
import { countCharacters } from '../../electron/contract/text/wordCount';
import { lengthAgainst } from '../../electron/contract/article/lengths';
import type { NewsroomSettingsData } from '../../electron/contract/newsroom';
import { editorArticle } from '../editor/editorArticle';
import { LimitCounter } from './LimitCounter';
import { addSourcePrefix, sapoHasPrefix } from './sourcePrefix';
import { asText, useMetaValue } from './useMetaValue';

interface FurniturePanelProps {
  editor: Editor;
  doc: Y.Doc;
  newsroom: NewsroomSettingsData | null;
}

/**
 * Headline and sapo as they stand: a pending suggested insertion is not in them yet and the
 * suggestion engine's anchors are never text, so the character counts and the automatic
 * slug are those of the article that would be published now.
 */
export function publishTexts(doc: PMNode): { headline: string; sapo: string } {
  const { headline, sapo } = editorArticle(doc);
  return { headline, sapo };
}

export function FurniturePanel({ editor, doc, newsroom }: FurniturePanelProps) {
  const { t } = useTranslation();
  const [slug, setSlug] = useMetaValue(doc, metaKeys.slug, asText);
  const [description, setDescription] = useMetaValue(doc, metaKeys.description, asText);
  const [slugDraft, setSlugDraft] = useState<string | null>(null);
  const prefix = newsroom?.sourcePrefix ?? '';
  const text = useEditorState({
    editor,
    selector: ({ editor: e }) => ({
      ...(e ? publishTexts(e.state.doc) : { headline: '', sapo: '' }),
      hasPrefix: e ? sapoHasPrefix(e, prefix) : true,
    }),
  });

  const automatic = slugify(text.headline);
  const shownSlug = slugDraft ?? (slug || automatic);

  return (
    <div className="panel-stack" data-testid="furniture-panel">
      <LimitCounter
        label={t('furniture.publish.headline')}
        count={lengthAgainst(text.headline, newsroom?.headlineMaxChars).length}
        limit={newsroom?.headlineMaxChars ?? null}
        testId="headline-counter"
      />
      <LimitCounter
        label={t('furniture.publish.sapo')}
        count={lengthAgainst(text.sapo, newsroom?.sapoMaxChars).length}
        limit={newsroom?.sapoMaxChars ?? null}
        testId="sapo-counter"
      />
      {prefix && !text.hasPrefix && (
        <div className="panel-callout">
          <span>{t('furniture.publish.prefixMissing', { prefix: prefix.trim() })}</span>
          <button type="button" className="button-secondary button-small" data-testid="add-source-prefix" onClick={() => addSourcePrefix(editor, prefix)}>
            {t('furniture.publish.addPrefix')}
          </button>
        </div>
      )}
      <label className="panel-field">
        <span className="panel-label">
          {t('furniture.publish.slug')}
          <span className={`panel-badge${slug ? ' is-custom' : ''}`} data-testid="slug-mode">
            {slug ? t('furniture.publish.slugCustom') : t('furniture.publish.slugAutomatic')}
          </span>
        </span>
        <input
          type="text"
          className="input-mono"
          data-testid="slug-input"
          spellCheck={false}
          value={shownSlug}
          onChange={(event) => setSlugDraft(event.target.value)}
          onBlur={() => {
            if (slugDraft === null) return;
            const cleaned = slugify(slugDraft, 120);
            setSlug(cleaned === automatic ? '' : cleaned);
            setSlugDraft(null);
          }}
          onKeyDown={(event) => {
            if (event.key === 'Enter') (event.target as HTMLInputElement).blur();
          }}
        />
      </label>
      {slug && (
        <button type="button" className="button-quiet button-small align-start" data-testid="slug-reset" onClick={() => setSlug('')}>
          {t('furniture.publish.slugReset')}
        </button>
      )}
      <label className="panel-field">
        <span className="panel-label">
          {t('furniture.publish.description')}
          {!description && <span className="panel-badge">{t('furniture.publish.fromSapo')}</span>}
        </span>
        <textarea
          rows={4}
          data-testid="description-input"
          value={description}
          placeholder={text.sapo || t('furniture.publish.descriptionPlaceholder')}
          onChange={(event) => setDescription(toNfc(event.target.value.replace(/\n/g, ' ')))}
        />
        <span className="field-hint">{t('furniture.publish.descriptionHint', { count: countCharacters(description || text.sapo) })}</span>
      </label>
    </div>
  );
}
