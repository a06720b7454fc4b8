// The article document → semantic HTML (as an HtmlTree): `article` with a `header` (kicker,
// h1, date, sapo as the lead paragraph), the body, figures with `figcaption` and the credit
// in house style (`Ảnh: <credit>`), and the byline in a `footer`.
import { safeLinkHref } from '../import/safeUrl';
import { articleBlocks } from '../../contract/article/articleContent';
import type { BodyBlock, BulletList, Figure, Inline, OrderedList, Paragraph } from '../../contract/article/articleContent';
import type { ExportArticle } from './exportModel';
import { h } from './htmlTree';
import type { HtmlChild, HtmlElement } from './htmlTree';
import type { HouseStyle } from './houseStyle';
import { correctionsHtml } from './correctionsHtml';

/** Where each used media file ended up in the package (its web rendition). */
export interface PlacedImage {
  href: string;
  width: number;
  height: number;
}

export interface ArticleHtmlContext {
  images: Map<string, PlacedImage>;
  houseStyle: HouseStyle;
}

export function inlineHtml(content: Inline[] | undefined): HtmlChild[] {
  return (content ?? []).map((node): HtmlChild => {
    if (node.type === 'hardBreak') return h('br');
    let out: HtmlChild = node.text;
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') out = h('strong', {}, out);
      else if (mark.type === 'italic') out = h('em', {}, out);
    }
    // The store's JSON is checked again here: only safe links become links.
    const link = node.marks?.find((m) => m.type === 'link');
    const href = link?.type === 'link' ? safeLinkHref(link.attrs.href) : null;
    return href ? h('a', { href }, out) : out;
  });
}

const paragraphHtml = (p: Paragraph) => h('p', {}, inlineHtml(p.content));

function figureHtml(figure: Figure, ctx: ArticleHtmlContext): HtmlElement {
  const { src, alt, credit } = figure.attrs;
  const image = src ? ctx.images.get(src) : undefined;
  const caption = inlineHtml(figure.content[0].content);
  const creditText = credit.trim() ? `${ctx.houseStyle.creditPrefix}${credit.trim()}` : '';
  return h(
    'figure',
    { class: image ? null : 'no-photo' },
    image && h('img', { src: image.href, width: image.width, height: image.height, alt, decoding: 'async' }),
    (caption.length > 0 || creditText) &&
      h('figcaption', {}, caption, caption.length > 0 && creditText && ' ', creditText && h('span', { class: 'credit' }, creditText)),
  );
}

/** A list, its items' paragraphs and the lists nested in them as <ul>/<ol> inside the <li>. */
function listHtml(list: BulletList | OrderedList): HtmlElement {
  const items = list.content.map((item) => h('li', {}, item.content.map((child) => (child.type === 'paragraph' ? paragraphHtml(child) : listHtml(child)))));
  if (list.type === 'bulletList') return h('ul', {}, items);
  const start = list.attrs?.start ?? 1;
  return h('ol', { start: start === 1 ? null : start }, items);
}

/** Body blocks; heading levels never skip (a level-3 heading before any level 2 becomes h2). */
export function bodyHtml(body: BodyBlock[], ctx: ArticleHtmlContext): HtmlElement[] {
  let seenLevel2 = false;
  return body.flatMap((block): HtmlElement[] => {
    switch (block.type) {
      case 'paragraph':
        return block.content?.length ? [paragraphHtml(block)] : [];
      case 'heading': {
        if (!block.content?.length) return [];
        const tag = block.attrs.level === 3 && seenLevel2 ? 'h3' : 'h2';
        seenLevel2 ||= tag === 'h2';
        return [h(tag, {}, inlineHtml(block.content))];
      }
      case 'blockquote':
        return [h('blockquote', {}, block.content.map(paragraphHtml))];
      case 'bulletList':
      case 'orderedList':
        return [listHtml(block)];
      case 'figure':
        return [figureHtml(block, ctx)];
    }
  });
}

export interface ArticleDates {
  /** ISO date for `datetime`. */
  iso: string;
  /** As a reader sees it, in the newsroom's time zone. */
  shown: string;
}

export function articleHtml(article: ExportArticle, dates: ArticleDates, ctx: ArticleHtmlContext): HtmlElement[] {
  const { headline, sapo, body, byline } = articleBlocks(article.doc);
  const kicker = article.topic ?? article.section;
  const related = article.related;
  return [
    h(
      'article',
      {},
      h(
        'header',
        {},
        kicker && h('p', { class: 'kicker' }, kicker),
        h('h1', {}, inlineHtml(headline.content)),
        h('p', { class: 'dateline' }, h('time', { datetime: dates.iso }, dates.shown)),
        Boolean(sapo.content?.length) && h('p', { class: 'sapo' }, inlineHtml(sapo.content)),
      ),
      bodyHtml(body, ctx),
      byline && Boolean(byline.content?.length) && h('footer', {}, h('p', { class: 'byline' }, inlineHtml(byline.content))),
      correctionsHtml(article.meta.corrections, ctx.houseStyle),
    ),
    related.length > 0 &&
      h(
        'aside',
        { class: 'related', 'aria-labelledby': 'related-heading' },
        h('h2', { id: 'related-heading' }, ctx.houseStyle.relatedHeading),
        h('ul', {}, related.map((r) => h('li', {}, r.url ? h('a', { href: r.url }, r.title) : r.title))),
      ),
  ].filter((x): x is HtmlElement => Boolean(x));
}
