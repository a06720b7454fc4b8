// An article package, built in memory: index.html, images/ (original + web rendition of each
// photo the article uses) and article.ninjs.json. The export dialog's preview shows this
// index.html; exportHtml writes the files. Same article in, same bytes out.
import { articleBlocks, readArticleDoc } from '../../contract/article/articleContent';
import { articleHtml, bodyHtml } from './articleHtml';
import type { PlacedImage } from './articleHtml';
import { articleNinjs } from './articleNinjs';
import { ExportError } from './exportError';
import type { ExportArticle } from './exportModel';
import { loadPageStyle } from './exportResources';
import { formatShownDate, houseStyle as loadHouseStyle } from './houseStyle';
import type { HouseStyle } from './houseStyle';
import { h, serializeDocument, serializeFragment } from './htmlTree';
import { focalRenditions, imageRenditions } from './imageRenditions';
import type { CropRendition, ImageRenditions } from './imageRenditions';
import { mapWithLimit, PHOTO_CONCURRENCY } from '../concurrency/mapWithLimit';
import { cropKey } from './cropKey';
import { chosenHeadlines } from '../../contract/article/altHeadlines';
import { jsonForScript, newsArticleJsonLd } from './newsArticleJsonLd';
import type { PackageFile } from './packageZip';
import { pageHead } from './pageHead';
import { preflight } from './preflight';
import type { PreflightReport } from './preflight';

export const IMAGES_FOLDER = 'images/';

export interface PackageOptions {
  /** The project's media/ folder, where figures' photos are. */
  mediaDir: string;
  /** Public address the package folder will have (absolute, ending in `/`); optional. */
  baseUrl?: string;
  houseStyle?: Partial<HouseStyle>;
  headlineMaxChars?: number;
  resourcesDir?: string;
  /** Embed the Literata text face (default); false = system fonts only. */
  embedFonts?: boolean;
  /** Build even when the pre-flight list has blocking issues (preview only). */
  ignoreBlocking?: boolean;
  /** Now (ISO 8601), for the embargo; the system clock when not given. */
  now?: string;
}

export interface ArticlePackage {
  /** `<slug>-<id>`: the package folder's name. */
  folderName: string;
  files: PackageFile[];
  preflight: PreflightReport;
}

function absolute(path: string, baseUrl: string | undefined): string | undefined {
  return baseUrl ? new URL(path, baseUrl).href : undefined;
}

export async function buildArticlePackage(article: ExportArticle, options: PackageOptions): Promise<ArticlePackage> {
  const report = preflight(article.doc, { headlineMaxChars: options.headlineMaxChars, review: article.review, meta: article.meta, now: options.now });
  if (!report.ok && !options.ignoreBlocking) {
    throw new ExportError('export-blocked', { issues: report.blocking.map((i) => i.code).join(',') });
  }
  const style = loadHouseStyle(options.houseStyle);
  const baseUrl = options.baseUrl && /^https?:\/\//.test(options.baseUrl) ? options.baseUrl.replace(/\/?$/, '/') : undefined;

  // Photos, in order of first use, each once; several made at a time.
  const read = readArticleDoc(article.doc);
  const sources = [...new Set(read.figures.flatMap((figure) => (figure.src ? [figure.src] : [])))];
  const made = await mapWithLimit(sources, PHOTO_CONCURRENCY, (src) => imageRenditions(options.mediaDir, src));
  const renditions = new Map<string, ImageRenditions>(sources.map((src, i) => [src, made[i]!]));
  // Crops around each focal point set (a photo used twice with two focal points has two sets).
  const focalSets = new Map<string, { src: string; focal: NonNullable<(typeof read.figures)[number]['focal']> }>();
  for (const figure of read.figures) {
    const key = figure.src && figure.focal ? cropKey(figure.src, figure.focal) : null;
    if (key && !focalSets.has(key)) focalSets.set(key, { src: figure.src!, focal: figure.focal! });
  }
  const cut = await mapWithLimit([...focalSets.values()], PHOTO_CONCURRENCY, ({ src, focal }) => focalRenditions(renditions.get(src)!.original, focal));
  const crops = new Map<string, CropRendition[]>([...focalSets.keys()].map((key, i) => [key, cut[i]!]));
  const placed = new Map<string, PlacedImage>(
    [...renditions].map(([src, r]) => [src, { href: IMAGES_FOLDER + r.web.file, width: r.web.width, height: r.web.height }]),
  );
  const ctx = { images: placed, houseStyle: style };

  const { body } = articleBlocks(article.doc);
  const headlines = chosenHeadlines(read.headline, article.meta);
  const title = headlines.title;
  const description = article.description ?? read.sapo.replace(/\s+/g, ' ').trim();
  const bylineText = read.byline.replace(/\s+/g, ' ').trim();
  const cropFiles = [...crops.values()].flat();
  const imageUrls = [...placed.values(), ...cropFiles.map((c) => ({ href: IMAGES_FOLDER + c.file }))].map((p) => absolute(p.href, baseUrl) ?? p.href);
  const url = baseUrl;
  // The photo chosen for sharing, else the first photo of the article.
  const lead =
    read.figures.find((f) => f.src && f.src === article.meta.socialImage && placed.has(f.src)) ??
    read.figures.find((f) => f.src && placed.has(f.src));
  // Sharing shows the lead photo's landscape crop when it has a focal point.
  const leadCrop = lead?.focal ? crops.get(cropKey(lead.src!, lead.focal))?.find((c) => c.shape === 'landscape') : undefined;
  const leadImage = lead && baseUrl ? (leadCrop ? { href: IMAGES_FOLDER + leadCrop.file, width: leadCrop.width, height: leadCrop.height } : placed.get(lead.src!)) : undefined;

  const jsonLd = newsArticleJsonLd(article, { description, images: imageUrls, siteName: style.siteName, url });
  const pageStyle = await loadPageStyle({ resourcesDir: options.resourcesDir, embedFonts: options.embedFonts });
  const page = h(
    'html',
    { lang: article.language },
    pageHead({
      language: article.language,
      title,
      description,
      socialTitle: headlines.social,
      byline: bylineText,
      siteName: style.siteName,
      section: article.section ?? article.topic,
      tags: article.tags,
      modifiedAt: article.updatedAt,
      publishedAt: article.meta.publishAt,
      url,
      image: leadImage && { url: absolute(leadImage.href, baseUrl)!, width: leadImage.width, height: leadImage.height, alt: lead!.alt },
      jsonLd: jsonForScript(jsonLd),
      style: pageStyle,
    }),
    h(
      'body',
      {},
      h('main', {}, articleHtml(article, { iso: article.updatedAt, shown: formatShownDate(article.updatedAt, style.timeZone) }, ctx)),
    ),
  );

  const ninjs = articleNinjs(article, {
    bodyHtml: serializeFragment(bodyHtml(body, ctx)),
    renditions,
    crops,
    imagesPath: IMAGES_FOLDER,
    baseUrl,
    siteName: style.siteName,
  });

  const files: PackageFile[] = [
    { path: 'index.html', bytes: Buffer.from(serializeDocument(page), 'utf8') },
    { path: 'article.ninjs.json', bytes: Buffer.from(`${JSON.stringify(ninjs, null, 2)}\n`, 'utf8') },
    ...[...renditions.values()].flatMap((r) => [
      { path: IMAGES_FOLDER + r.original.file, bytes: r.original.bytes },
      { path: IMAGES_FOLDER + r.web.file, bytes: r.web.bytes },
    ]),
    ...cropFiles.map((c) => ({ path: IMAGES_FOLDER + c.file, bytes: c.bytes })),
  ];
  return { folderName: `${article.slug}-${article.id}`, files, preflight: report };
}
