// What the side panels count reads the article as review leaves it: the "Góp ý" tab counts
// everything waiting in review (open comments and pending suggestions), the Publish panel
// counts and slugs the headline and sapo as they stand, and a bug in the Review panel stays
// inside the panel.
import { describe, expect, test } from 'vitest';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { createInstance } from 'i18next';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import * as Y from 'yjs';
import { Node as PMNode } from '@tiptap/pm/model';
import { ARTICLE_FRAGMENT } from '../../../electron/contract/articleSchema';
import { SUGGESTION_ANCHOR_CHAR } from '../../../electron/contract/review';
import { slugify } from '../../../electron/contract/text/slug';
import { reviewCounts } from '../../../electron/services/review/reviewCounts';
import { publishTexts } from '../../../renderer/panels/FurniturePanel';
import { ReviewErrorBoundary } from '../../../renderer/review/ReviewPanel';
import { reviewBadge, reviewBadgeTitle } from '../../../renderer/review/comments/reviewBadge';
import { pendingSuggestions } from '../../../renderer/review/suggestions/pendingSuggestions';
import { countOpenThreads } from '../../../renderer/review/comments/commentStore';
import commentsVi from '../../../resources/locales/comments.vi.json';
import commentsEn from '../../../resources/locales/comments.en.json';
import { addThread, resolveThread, reviewSchema, reviewedArticle, writeArticle } from '../services/reviewDoc';

async function translator(language: 'vi' | 'en') {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    resources: { vi: { translation: commentsVi }, en: { translation: commentsEn } },
    lng: language,
    interpolation: { escapeValue: false },
  });
  return i18n;
}

describe('the Góp ý tab badge', () => {
  test('counts open comments and pending suggestions, as the library does, and says both in words', async () => {
    const ydoc = new Y.Doc();
    const article = reviewedArticle();
    ydoc.transact(() => {
      writeArticle(ydoc.getXmlFragment(ARTICLE_FRAGMENT), article);
      addThread(ydoc, { id: 't1' }, [{ id: 'm1', text: 'Nguồn số liệu?' }]);
      addThread(ydoc, { id: 't2' }, [{ id: 'm2', text: 'Xem lại' }]);
    });
    resolveThread(ydoc, 't2');
    const badge = reviewBadge(countOpenThreads(ydoc), pendingSuggestions(article).length);
    expect(badge).toEqual({ openComments: 1, pendingSuggestions: 5, total: 6 });
    const library = reviewCounts(ydoc);
    expect(badge.total).toBe(library.openComments + library.pendingSuggestions);

    const en = await translator('en');
    expect(reviewBadgeTitle(en.t, badge)).toBe('1 open comment and 5 pending suggestions');
    const vi = await translator('vi');
    expect(reviewBadgeTitle(vi.t, badge)).toBe('1 bình luận chưa giải quyết và 5 đề xuất sửa chưa xử lý');
  });

  test('with no comments, pending suggestions alone still show', () => {
    expect(reviewBadge(0, pendingSuggestions(reviewedArticle()).length).total).toBe(5);
  });

  test('marks without an id (from a damaged copy) count the same in the panel and the library', () => {
    const article = PMNode.fromJSON(reviewSchema, {
      type: 'doc',
      content: [
        { type: 'headline', content: [{ type: 'text', text: 'Tít' }, { type: 'text', text: ' mới', marks: [{ type: 'insertion' }] }] },
        { type: 'sapo', content: [{ type: 'text', text: 'cũ', marks: [{ type: 'deletion' }] }, { type: 'text', text: ' sapo' }] },
      ],
    });
    const ydoc = new Y.Doc();
    writeArticle(ydoc.getXmlFragment(ARTICLE_FRAGMENT), article);
    expect(reviewCounts(ydoc).pendingSuggestions).toBe(reviewBadge(0, pendingSuggestions(article).length).pendingSuggestions);
  });
});

describe('the Publish panel', () => {
  test('headline and sapo as they stand: no pending insertion, no anchor; text proposed for deletion stays', () => {
    const article = PMNode.fromJSON(reviewSchema, {
      type: 'doc',
      content: [
        {
          type: 'headline',
          content: [
            { type: 'text', text: 'Hà Tĩnh mở đường' },
            { type: 'text', text: `${SUGGESTION_ANCHOR_CHAR} ven biển`, marks: [{ type: 'insertion', attrs: { id: 's1' } }] },
            { type: 'text', text: SUGGESTION_ANCHOR_CHAR },
          ],
        },
        {
          type: 'sapo',
          content: [
            { type: 'text', text: 'Dài ' },
            { type: 'text', text: 'năm trăm', marks: [{ type: 'deletion', attrs: { id: 's2' } }] },
            { type: 'text', text: 'sáu trăm', marks: [{ type: 'insertion', attrs: { id: 's2' } }] },
            { type: 'text', text: ' mét.' },
          ],
        },
        { type: 'paragraph', content: [{ type: 'text', text: 'Thân bài.' }] },
      ],
    });
    const texts = publishTexts(article);
    expect(texts).toEqual({ headline: 'Hà Tĩnh mở đường', sapo: 'Dài năm trăm mét.' });
    expect(slugify(texts.headline)).toBe('ha-tinh-mo-duong');
  });
});

describe('the Review panel', () => {
  test('a failure inside it shows a plain message in the reader’s language instead of blanking the window', async () => {
    expect(ReviewErrorBoundary.getDerivedStateFromError()).toEqual({ failed: true });
    for (const language of ['vi', 'en'] as const) {
      const i18n = await translator(language);
      const boundary = new ReviewErrorBoundary({ children: 'nội dung' });
      expect(renderToStaticMarkup(createElement(I18nextProvider, { i18n }, boundary.render()))).toBe('nội dung');
      boundary.state = ReviewErrorBoundary.getDerivedStateFromError();
      const html = renderToStaticMarkup(createElement(I18nextProvider, { i18n }, boundary.render()));
      expect(html).toContain('role="alert"');
      expect(html).toContain(language === 'vi' ? 'Không hiển thị được phần góp ý' : 'The review panel could not be shown');
    }
  });
});
