import { describe, expect, it } from 'vitest';
import type { ArticleDoc, BodyBlock } from '../../../electron/contract/article/articleContent';
import { preflight } from '../../../electron/services/export/preflight';
import { importSample } from './sampleArticle';

const text = (t: string) => (t ? [{ type: 'text' as const, text: t }] : undefined);

function doc(parts: { headline?: string; sapo?: string; body?: BodyBlock[]; byline?: string }): ArticleDoc {
  return {
    type: 'doc',
    content: [
      { type: 'headline', content: text(parts.headline ?? '') },
      { type: 'sapo', content: text(parts.sapo ?? '') },
      ...(parts.body ?? [{ type: 'paragraph' }]),
      ...(parts.byline !== undefined ? [{ type: 'byline' as const, content: text(parts.byline) }] : []),
    ],
  };
}

const photo = (attrs: Partial<{ src: string | null; alt: string; credit: string }>, caption: string): BodyBlock => ({
  type: 'figure',
  attrs: { src: null, alt: '', credit: '', width: null, height: null, ...attrs },
  content: [{ type: 'figcaption', content: text(caption) }],
});

describe('pre-flight list', () => {
  it('blocks an article without headline or body text (a photo alone is not a body)', () => {
    const report = preflight(doc({ body: [photo({}, 'Chú thích')] }));
    expect(report.ok).toBe(false);
    expect(report.blocking.map((i) => i.code)).toEqual(['no-headline', 'no-body']);
  });

  it('warns about a missing sapo and byline, and an over-long headline with the configured limit', () => {
    const report = preflight(doc({ headline: 'Một tiêu đề khá dài cho bài báo', body: [{ type: 'paragraph', content: text('Thân bài.') }] }), {
      headlineMaxChars: 20,
    });
    expect(report.ok).toBe(true);
    expect(report.warnings).toEqual([
      { code: 'no-sapo', params: {} },
      { code: 'no-byline', params: {} },
      { code: 'headline-too-long', params: { length: 31, limit: 20 } },
    ]);
  });

  it('warns about each figure without photo, alt text, caption or credit, numbered from 1', () => {
    const report = preflight(
      doc({
        headline: 'Tiêu đề',
        sapo: 'Sapo.',
        byline: 'Thu Hà',
        body: [
          { type: 'paragraph', content: text('Thân bài.') },
          photo({ src: `${'a'.repeat(64)}.jpg`, alt: 'Cầu mới', credit: 'Minh Đức' }, 'Cầu mới khánh thành.'),
          photo({ alt: 'Tiêu đề' }, ''),
        ],
      }),
    );
    expect(report.warnings).toEqual([
      { code: 'figure-no-image', params: { figure: 2 } },
      { code: 'figure-alt-repeats-headline', params: { figure: 2 } },
      { code: 'figure-no-caption', params: { figure: 2 } },
      { code: 'figure-no-credit', params: { figure: 2 } },
    ]);
  });

  it('blocks while comments are open or suggestions pending, with how many', () => {
    const ready = doc({ headline: 'Tiêu đề', sapo: 'Sapo.', body: [{ type: 'paragraph', content: text('Thân bài.') }], byline: 'Thu Hà' });
    expect(preflight(ready, { review: { openComments: 0, pendingSuggestions: 0 } })).toEqual({ blocking: [], warnings: [], ok: true });
    const report = preflight(ready, { review: { openComments: 2, pendingSuggestions: 3 } });
    expect(report.ok).toBe(false);
    expect(report.blocking).toEqual([
      { code: 'open-comments', params: { count: 2 } },
      { code: 'pending-suggestions', params: { count: 3 } },
    ]);
    expect(preflight(ready, { review: { openComments: 0, pendingSuggestions: 1 } }).blocking.map((i) => i.code)).toEqual(['pending-suggestions']);
  });

  it('lists what the imported sample still needs: four photos, their credits, real alt texts', () => {
    const report = preflight(importSample().doc);
    expect(report.ok).toBe(true);
    const codes = report.warnings.map((w) => `${w.code}:${w.params.figure}`);
    for (const figure of [1, 2, 3, 4]) {
      expect(codes).toContain(`figure-no-image:${figure}`);
      expect(codes).toContain(`figure-no-credit:${figure}`);
      expect(codes).toContain(`figure-alt-repeats-headline:${figure}`);
    }
    expect(report.warnings.some((w) => w.code === 'no-sapo' || w.code === 'no-byline' || w.code === 'figure-no-caption')).toBe(false);
  });
});
