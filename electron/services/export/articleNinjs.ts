// article.ninjs.json: the article as an IPTC ninjs 3.1 news item, for wire and CMS ingest.
// Photos are associations of type picture with an original and a web rendition. ninjs
// requires absolute URIs for `href`, so hrefs are given only when the desk supplies the
// package's public address; the package-relative path is always in the rendition `title`.
import { countCharacters, countWords } from '../../contract/text/wordCount';
import { readArticleDoc } from '../../contract/article/articleContent';
import { bodyTextOf } from '../../contract/article/articleText';
import type { ExportArticle } from './exportModel';
import type { CropRendition, ImageFile, ImageRenditions } from './imageRenditions';
import { focalPointOf } from '../../contract/article/focalCrop';
import { cropKey } from './cropKey';
import { chosenHeadlines } from '../../contract/article/altHeadlines';

export const NINJS_STANDARD = {
  name: 'ninjs',
  version: '3.1',
  schema: 'http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#',
} as const;

export interface NinjsContext {
  bodyHtml: string;
  renditions: Map<string, ImageRenditions>;
  /** Crops around each figure's focal point, by cropKey(src, focal). */
  crops?: Map<string, CropRendition[]>;
  /** Folder of images inside the package, e.g. `images/`. */
  imagesPath: string;
  baseUrl?: string;
  siteName: string;
}

type Json = Record<string, unknown>;

/** Drops undefined, empty strings and empty arrays so the item carries only what it knows. */
function compact(object: Json): Json {
  const out: Json = {};
  for (const [key, value] of Object.entries(object)) {
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) continue;
    out[key] = value;
  }
  return out;
}

function rendition(name: string, image: ImageFile, ctx: NinjsContext): Json {
  const path = `${ctx.imagesPath}${image.file}`;
  return compact({
    name,
    href: ctx.baseUrl ? new URL(path, ctx.baseUrl).href : undefined,
    title: path,
    contentType: image.mime,
    width: image.width,
    height: image.height,
    sizeInBytes: image.bytes.length,
  });
}

export function articleNinjs(article: ExportArticle, ctx: NinjsContext): Json {
  const read = readArticleDoc(article.doc);
  const text = bodyTextOf(read.parts);
  const counts = { charCount: countCharacters(text), wordCount: countWords(text) };
  const sapoText = read.sapo;
  const captions = new Map(read.figures.map((f) => [f.block, f.caption.trim()]));
  let blockIndex = 0;

  let figureNumber = 0;
  const pictures = article.doc.content.flatMap((block) => {
    const index = blockIndex++;
    if (block.type !== 'figure') return [];
    figureNumber++;
    const { src, alt, credit } = block.attrs;
    const images = src ? ctx.renditions.get(src) : undefined;
    const caption = captions.get(index) ?? '';
    const focal = focalPointOf(block.attrs);
    const crops = src && focal ? (ctx.crops?.get(cropKey(src, focal)) ?? []) : [];
    return [
      compact({
        name: `figure-${figureNumber}`,
        rel: 'figure',
        uri: images ? `urn:soan:media:${src!.split('.')[0]}` : `urn:soan:article:${article.id}:figure:${figureNumber}`,
        type: 'picture',
        by: credit.trim(),
        descriptions: [
          caption && { role: 'caption', contentType: 'text/plain', value: caption },
          alt.trim() && { role: 'alternative-text', contentType: 'text/plain', value: alt.trim() },
        ].filter(Boolean),
        renditions: images
          ? [rendition('original', images.original, ctx), rendition('web', images.web, ctx), ...crops.map((c) => rendition(c.shape, c, ctx))]
          : [],
      }),
    ];
  });
  const related = article.related.flatMap((link, i) =>
    link.url ? [{ name: `related-${i + 1}`, rel: 'related', uri: link.url, type: 'text', headlines: [{ role: 'main', value: link.title }] }] : [],
  );

  return compact({
    uri: `urn:soan:article:${article.id}`,
    standard: { ...NINJS_STANDARD },
    type: 'text',
    representationType: 'full',
    profile: pictures.length ? 'text-photo' : 'text-only',
    firstCreated: article.createdAt,
    versionCreated: article.updatedAt,
    // Receiving desks hold the item until then (absent: not embargoed).
    embargoedUntil: article.meta.embargoUntil,
    // A draft goes out withheld: the receiving desk must not publish it as final.
    pubStatus: article.status === 'draft' ? 'withheld' : 'usable',
    language: article.language,
    copyrightHolder: ctx.siteName,
    headlines: [{ role: 'main', value: read.headline }, ...chosenHeadlines(read.headline, article.meta).alternatives],
    descriptions: [
      ...(sapoText ? [{ role: 'summary', contentType: 'text/plain', value: sapoText }] : []),
      // Notices published after the article went out, oldest first; role = their kind.
      ...article.meta.corrections.map((c) => ({ role: c.kind, contentType: 'text/plain', value: `${c.at} ${c.text}` })),
    ],
    bodies: [
      { role: 'main', contentType: 'text/plain', ...counts, value: text },
      { role: 'richtext', contentType: 'text/html', ...counts, value: ctx.bodyHtml },
    ],
    by: read.byline.replace(/\s+/g, ' ').trim(),
    slugline: article.slug,
    subjects: [
      article.topic && { name: article.topic, rel: 'topic' },
      article.section && { name: article.section, rel: 'section' },
      ...article.tags.map((tag) => ({ name: tag, rel: 'keyword' })),
    ].filter(Boolean),
    associations: [...pictures, ...related],
    altIds: [{ role: 'soan-article-id', value: article.id }],
  });
}
