// A whole generated article as article.json's `content` (the ProseMirror JSON the importers
// produce): headline, sapo with the house prefix, body paragraphs with a sub-heading now and
// then, figures spread evenly through the body, and a byline.
import type { ArticleDoc, BodyBlock } from '../../electron/contract/article/articleContent';
import { paragraphs, seededRandom, sentence } from './vietnameseText';

export interface BenchArticleOptions {
  /** Words in the body (headline, sapo, captions and byline come on top). */
  words: number;
  /** The figures' photos, `<sha256>.jpg` names in the project's media/ folder. */
  figureFiles: string[];
  seed: number;
}

const CREDITS = ['Ảnh: Thu Trang', 'Ảnh: Minh Đức', 'Ảnh: Phan Trâm'];

function text(value: string) {
  return value ? [{ type: 'text' as const, text: value }] : undefined;
}

export function benchArticle(options: BenchArticleOptions): ArticleDoc {
  const random = seededRandom(options.seed);
  const headline = sentence(random, 14).replace(/[.,]/gu, '');
  const body: BodyBlock[] = [];
  const texts = paragraphs(random, options.words);
  const figures = options.figureFiles.length;
  // Figure i goes after paragraph ⌊(i + 1) · n / (figures + 1)⌋: evenly spread.
  const figureAfter = new Map<number, string[]>();
  options.figureFiles.forEach((file, i) => {
    const at = Math.max(0, Math.floor(((i + 1) * texts.length) / (figures + 1)) - 1);
    figureAfter.set(at, [...(figureAfter.get(at) ?? []), file]);
  });
  texts.forEach((paragraph, i) => {
    if (i > 0 && i % 12 === 0) body.push({ type: 'heading', attrs: { level: 2 }, content: text(sentence(random, 7).replace(/\.$/u, '')) });
    body.push({ type: 'paragraph', content: text(paragraph) });
    for (const file of figureAfter.get(i) ?? []) {
      const caption = sentence(random, 10 + Math.floor(random() * 8));
      body.push({
        type: 'figure',
        attrs: { src: file, alt: sentence(random, 8), credit: CREDITS[body.length % CREDITS.length]!, width: 1600, height: 1067 },
        content: [{ type: 'figcaption', content: text(caption) }],
      });
    }
  });
  return {
    type: 'doc',
    content: [
      { type: 'headline', content: text(headline) },
      { type: 'sapo', content: text(`(Baohatinh.vn) - ${sentence(random, 40)}`) },
      ...body,
      { type: 'byline', content: text('Thu Trang') },
    ],
  };
}
