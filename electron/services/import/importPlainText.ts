// Plain text in the reference format (an article copied from a news site, one paragraph per
// line) → article document + metadata. The rules are general, driven by the shape of the text
// and by the newsroom's word lists, never by one sample's strings:
//   first line                      → headline
//   first paragraph after it        → sapo; a `(Source) - ` prefix is returned as house style
//   headline repeated in the body   → a photo's alt text; the next line is its caption
//   last short line without a stop  → byline
//   `Chủ đề …`, `Từ khóa …`, `Đọc thêm …` at the end → topic, tags, related links
//   navigation lines                → dropped
import { slugify } from '../../contract/text/slug';
import type { ArticleDoc, BodyBlock, Byline, Inline, Paragraph } from '../../contract/article/articleContent';
import { LEGACY_ENCODING_NAMES, looksLegacy } from '../../contract/text/legacyText';
import { detectEncoding } from '../language/legacy/detectEncoding';
import { cleanLine, cleanText } from './cleanText';
import { decodeTextFile } from './decodeTextFile';
import { ImportError } from './importError';
import { validateImportedArticle } from './importedArticle';
import type { ImportedArticle, ImportedMeta, ImportWarning } from './importedArticle';
import { furnitureMatchers, loadFurniture } from './plainTextFurniture';
import { plainTextBlocks } from './plainTextBlocks';
import { peelTail } from './plainTextTail';
import { findSourcePrefix } from '../../contract/article/sapoPrefix';
import { bylineAuthors, looksLikeByline } from './textShape';

export interface PlainTextImportOptions {
  /** File name, for error messages. */
  name?: string;
  /** The newsroom's own word lists (shape of resources/import/plainTextFurniture.json). */
  furniture?: unknown;
  /** BCP 47 language of the article; Soạn's first newsroom writes Vietnamese. */
  language?: string;
}

function textContent(text: string): Inline[] | undefined {
  return text ? [{ type: 'text', text }] : undefined;
}

export function importPlainText(text: string, options: PlainTextImportOptions = {}): ImportedArticle {
  const name = options.name ?? 'text';
  const matchers = furnitureMatchers(loadFurniture(options.furniture));
  const warnings: ImportWarning[] = [];

  // Before cleaning: in TCVN3, "ư" is a soft hyphen's code, which cleaning deletes.
  const verdict = looksLegacy(text) ? detectEncoding(text) : undefined;
  if (verdict && verdict.encoding !== 'unicode') {
    text = verdict.text;
    warnings.push({ code: 'import-legacy-converted', params: { encoding: LEGACY_ENCODING_NAMES[verdict.encoding] } });
  }
  const allLines = cleanText(text)
    .split(/\r\n|\r|\n/)
    .map(cleanLine)
    .filter(Boolean);
  const lines = allLines.filter((line) => {
    if (!matchers.isSiteChrome(line)) return true;
    warnings.push({ code: 'import-site-chrome-removed', params: { text: line } });
    return false;
  });
  if (lines.length === 0) throw new ImportError('import-no-content', { name });

  const tail = peelTail(lines, matchers);
  const [headline, ...rest] = tail.lines;

  // The byline closes the article: the last line, if it is shaped like one and is not the
  // only text after the headline.
  let bylineText = '';
  if (rest.length > 1 && looksLikeByline(rest[rest.length - 1])) bylineText = rest.pop()!;

  const { blocks, related: inlineRelated } = plainTextBlocks(rest, headline, matchers);
  const sapoIndex = blocks.findIndex((b) => b.type === 'paragraph');
  const sapoBlock = sapoIndex >= 0 ? (blocks.splice(sapoIndex, 1)[0] as Paragraph) : null;
  const sapoText = sapoBlock?.content?.map((n) => (n.type === 'text' ? n.text : '')).join('') ?? '';
  const body: BodyBlock[] = blocks.length ? blocks : [{ type: 'paragraph' }];

  body.forEach((block, index) => {
    if (block.type === 'figure' && block.attrs.src === null) {
      warnings.push({ code: 'import-figure-placeholder', params: { index: body.slice(0, index + 1).filter((b) => b.type === 'figure').length } });
    }
  });
  const related = [...inlineRelated, ...tail.related];
  if (related.length) warnings.push({ code: 'import-related-found', params: { count: related.length } });

  const byline: Byline[] = bylineText ? [{ type: 'byline', content: textContent(bylineText) }] : [];
  const doc: ArticleDoc = {
    type: 'doc',
    content: [
      { type: 'headline', content: textContent(headline) },
      { type: 'sapo', content: textContent(sapoText) },
      ...body,
      ...byline,
    ],
  };

  const source = findSourcePrefix(sapoText);
  const meta: ImportedMeta = {
    headline,
    slug: slugify(headline),
    language: options.language ?? 'vi',
    ...(source ? { sourcePrefix: source.prefix, sourceName: source.source } : {}),
    ...(tail.topic ? { topic: tail.topic } : {}),
    ...(tail.section ? { section: tail.section } : {}),
    ...(tail.tags.length ? { tags: tail.tags } : {}),
    ...(related.length ? { related: related.map((title) => ({ title })) } : {}),
    ...(bylineText ? { byline: bylineAuthors(bylineText) } : {}),
  };
  return validateImportedArticle({ doc, meta, media: [], warnings });
}

/** A .txt file's bytes: decoded (UTF-8 or UTF-16 with BOM), checked, then imported. */
export function importPlainTextFile(bytes: Uint8Array, name: string, options: Omit<PlainTextImportOptions, 'name'> = {}): ImportedArticle {
  return importPlainText(decodeTextFile(bytes, name), { ...options, name });
}
