// "Chuyên mục & từ khóa": section and topic from the newsroom's lists, free keywords, and
// "Đọc thêm" links. An editor or the desk may add a topic to the controlled list; a
// reporter picks from it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type * as Y from 'yjs';
import { metaKeys, type RelatedLink } from '../../electron/contract/article/articleNames';
import { toNfc } from '../../electron/contract/text/normalize';
import { describeError } from '../i18n/describeError';
import { Icon } from '../ui/Icon';
import { KeywordChips } from './KeywordChips';
import { RelatedLinkForm } from './RelatedLinkForm';
import { parseRelated } from './relatedLinks';
import { asText, asTextList, useMetaValue } from './useMetaValue';
import { canEditLists, mergeLists, type NewsroomContext } from './useNewsroom';

interface TagsPanelProps {
  doc: Y.Doc;
  articleId: string;
  newsroom: NewsroomContext;
}

export function TagsPanel({ doc, articleId, newsroom }: TagsPanelProps) {
  const { t } = useTranslation();
  const [section, setSection] = useMetaValue(doc, metaKeys.section, asText);
  const [topic, setTopic] = useMetaValue(doc, metaKeys.topic, asText);
  const [tags, setTags] = useMetaValue(doc, metaKeys.tags, asTextList);
  const [related, setRelated] = useMetaValue(doc, metaKeys.related, parseRelated);
  const [newTopic, setNewTopic] = useState('');
  const [topicError, setTopicError] = useState<unknown>(null);

  const { vocabulary } = newsroom;
  const sections = mergeLists(newsroom.newsroom?.sections ?? [], vocabulary.sections, section ? [section] : []);
  const topics = mergeLists(newsroom.newsroom?.topics ?? [], vocabulary.topics, topic ? [topic] : []);
  const others = vocabulary.articles.filter((a) => a.id !== articleId && !related.some((r) => r.articleId === a.id));

  const addTopic = async () => {
    const name = toNfc(newTopic).trim();
    if (!name || !newsroom.newsroom) return;
    try {
      if (!newsroom.newsroom.topics.includes(name)) {
        await newsroom.updateNewsroom({ topics: [...newsroom.newsroom.topics, name] });
      }
      setTopic(name);
      setNewTopic('');
      setTopicError(null);
    } catch (error) {
      setTopicError(error);
    }
  };

  const removeLink = (index: number) => setRelated(related.filter((_, i) => i !== index));
  const addLink = (link: RelatedLink) => setRelated([...related, link]);

  return (
    <div className="panel-stack" data-testid="tags-panel">
      <label className="panel-field">
        <span className="panel-label">{t('furniture.tags.section')}</span>
        <select data-testid="tags-section" value={section} onChange={(event) => setSection(event.target.value)}>
          <option value="">{t('furniture.tags.noSection')}</option>
          {sections.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      <label className="panel-field">
        <span className="panel-label">{t('furniture.tags.topic')}</span>
        <select data-testid="tags-topic" value={topic} onChange={(event) => setTopic(event.target.value)}>
          <option value="">{t('furniture.tags.noTopic')}</option>
          {topics.map((s) => (
            <option key={s} value={s}>
              {s}
            </option>
          ))}
        </select>
      </label>
      {canEditLists(newsroom.role) && (
        <div className="inline-add">
          <input
            type="text"
            data-testid="tags-new-topic"
            aria-label={t('furniture.tags.newTopic')}
            placeholder={t('furniture.tags.newTopicPlaceholder')}
            value={newTopic}
            onChange={(event) => setNewTopic(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                void addTopic();
              }
            }}
          />
          <button type="button" className="button-secondary button-small" data-testid="tags-add-topic" disabled={!newTopic.trim()} onClick={() => void addTopic()}>
            {t('furniture.tags.addTopic')}
          </button>
        </div>
      )}
      {topicError !== null && <p className="field-error" role="alert">{describeError(t, topicError)}</p>}
      <div className="panel-field">
        <span className="panel-label">{t('furniture.tags.keywords')}</span>
        <KeywordChips keywords={tags} suggestions={vocabulary.keywords} onChange={setTags} />
      </div>
      <div className="panel-field">
        <span className="panel-label">{t('furniture.tags.related')}</span>
        {related.length > 0 && (
          <ul className="related-list" data-testid="related-list">
            {related.map((link, index) => (
              <li key={`${index}-${link.url ?? link.articleId}`} data-testid="related-item">
                <div className="related-text">
                  <span className="related-title">{link.title}</span>
                  <span className="related-target">{link.url ?? t('furniture.tags.inLibrary')}</span>
                </div>
                <button type="button" className="icon-button icon-button-danger" aria-label={t('furniture.tags.removeLink')} title={t('furniture.tags.removeLink')} onClick={() => removeLink(index)}>
                  <Icon name="close" />
                </button>
              </li>
            ))}
          </ul>
        )}
        <RelatedLinkForm articles={others} onAdd={addLink} />
      </div>
    </div>
  );
}
