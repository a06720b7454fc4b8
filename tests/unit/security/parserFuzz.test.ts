// The parsers that read what arrives from outside, fuzzed with fast-check (bounded runs,
// capped inputs): the text importer, the .docx importer (random bytes, damaged real files,
// random zip contents), the HTML sanitizer and the legacy-encoding converter. Each returns an
// article or text, or a clear coded error — never an unexplained exception, never a hang.
import fc from 'fast-check';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { importDocx } from '../../../electron/services/import/importDocx';
import { importPlainTextFile } from '../../../electron/services/import/importPlainText';
import { ImportedArticleSchema } from '../../../electron/services/import/importedArticle';
import { sanitizeHtmlToArticle } from '../../../electron/services/import/sanitizeHtmlToArticle';
import { detectEncoding } from '../../../electron/services/language/legacy/detectEncoding';
import { prepareIncomingText } from '../../../electron/services/language/prepareIncomingText';
import { boundedCall } from './support/boundedCall';
import { docxWithImage, docxWithText, fitsInXml, REAL_PNG } from './support/hostileDocx';
import { markupPayloads } from './support/payloads';
import { unsafeParts } from './support/safeDocument';

const RUNS = 300;
const DOCX_RUNS = 150; // each call unzips and converts a whole document
const MAX_CHARS = 2000;
const MAX_BYTES = 4096;

const textish = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: MAX_CHARS }),
  fc.string({ unit: 'binary', maxLength: MAX_CHARS }),
  fc.array(fc.constantFrom('Hà Tĩnh', '\n', '\r\n', ' ', '(Baohatinh.vn) - ', 'Chủ đề ', 'Đọc thêm', 'Ảnh: ', '“', '”', '\u0000', '\ufeff', '\u202e', 'Céng hßa', 'Co^ng ho`a', '<p>', '</b>', '&amp;', '&#0;', 'ư', 'ñ'), { maxLength: 300 }).map((parts) => parts.join('')),
);

/** HTML built from real tags, attributes and the hostile fixture, nested and broken at random. */
const htmlish = fc.letrec<{ node: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.string({ maxLength: 40 }),
    fc.constantFrom(...markupPayloads.map((p) => p.html)),
    fc
      .tuple(
        fc.constantFrom('p', 'div', 'b', 'i', 'a', 'img', 'ul', 'ol', 'li', 'table', 'td', 'figure', 'figcaption', 'blockquote', 'h1', 'h3', 'span', 'svg', 'math', 'template', 'noscript', 'style', 'script', 'pre', 'br', 'select', 'textarea'),
        fc.array(fc.tuple(fc.constantFrom('href', 'src', 'style', 'class', 'width', 'height', 'start', 'alt', 'onerror', 'id'), fc.string({ maxLength: 30 })), { maxLength: 3 }),
        fc.array(tie('node'), { maxLength: 4 }),
        fc.boolean(),
      )
      .map(([tag, attrs, children, close]) => {
        const attributes = attrs.map(([k, v]) => ` ${k}="${v.replace(/"/g, '&quot;')}"`).join('');
        return `<${tag}${attributes}>${children.join('')}${close ? `</${tag}>` : ''}`;
      }),
  ),
})).node;

function expectArticleOrCoded(outcome: Awaited<ReturnType<typeof boundedCall>>): void {
  if (outcome.kind === 'coded') return;
  expect(ImportedArticleSchema.safeParse(outcome.value).success).toBe(true);
}

describe('text importer', () => {
  it('random bytes: an article or a coded error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: MAX_BYTES }), async (bytes) => {
        expectArticleOrCoded(await boundedCall('importPlainTextFile', () => importPlainTextFile(bytes, 'x.txt')));
      }),
      { numRuns: RUNS },
    );
  });

  it('random text as UTF-8 and UTF-16: an article or a coded error', async () => {
    await fc.assert(
      fc.asyncProperty(textish, fc.constantFrom('utf8', 'utf16le', 'utf8bom'), async (text, encoding) => {
        const bytes =
          encoding === 'utf16le' ? new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]) : new Uint8Array([...(encoding === 'utf8bom' ? [0xef, 0xbb, 0xbf] : []), ...Buffer.from(text, 'utf8')]);
        expectArticleOrCoded(await boundedCall('importPlainTextFile', () => importPlainTextFile(bytes, 'x.txt')));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('.docx importer', () => {
  const real = docxWithText('Đoạn văn có “ngoặc kép” và chữ Việt.', 'https://example.com/');

  it('random bytes, with and without a zip signature', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: MAX_BYTES }), fc.boolean(), async (bytes, zipLike) => {
        const input = zipLike ? new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...bytes]) : bytes;
        expectArticleOrCoded(await boundedCall('importDocx', () => importDocx(input, 'x.docx')));
      }),
      { numRuns: DOCX_RUNS },
    );
  });

  it('a real .docx damaged: bytes flipped, cut short', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.nat(real.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 20 }),
        fc.option(fc.nat(real.length), { nil: undefined }),
        async (flips, cut) => {
          const damaged = real.slice(0, cut ?? real.length);
          for (const [at, value] of flips) if (at < damaged.length) damaged[at] = value;
          expectArticleOrCoded(await boundedCall('importDocx', () => importDocx(damaged, 'x.docx')));
        },
      ),
      { numRuns: DOCX_RUNS },
    );
  });

  it('random zip contents: parts replaced by random text and random extra entries', async () => {
    const parts = unzipSync(docxWithImage({ bytes: REAL_PNG }));
    const names = Object.keys(parts);
    await fc.assert(
      fc.asyncProperty(
        fc.subarray(names),
        fc.oneof(textish, htmlish),
        fc.dictionary(fc.string({ minLength: 1, maxLength: 40 }), fc.uint8Array({ maxLength: 200 }), { maxKeys: 4 }),
        async (replaced, text, extra) => {
          const zip: Record<string, Uint8Array> = { ...parts };
          for (const name of replaced) zip[name] = strToU8(text);
          for (const [name, bytes] of Object.entries(extra)) zip[name] = bytes;
          let bytes: Uint8Array;
          try {
            bytes = zipSync(zip);
          } catch {
            return; // fflate refuses some names itself; nothing to import
          }
          expectArticleOrCoded(await boundedCall('importDocx', () => importDocx(bytes, 'x.docx')));
        },
      ),
      { numRuns: DOCX_RUNS },
    );
  });

  it('random text in a well-formed .docx comes back as text', async () => {
    await fc.assert(
      fc.asyncProperty(textish.filter(fitsInXml), async (text) => {
        const outcome = await boundedCall('importDocx', () => importDocx(docxWithText(text), 'x.docx'));
        expectArticleOrCoded(outcome);
        if (outcome.kind === 'value') expect(unsafeParts(outcome.value.doc, { textMayMentionPayload: true })).toEqual([]);
      }),
      { numRuns: DOCX_RUNS },
    );
  });
});

describe('HTML sanitizer', () => {
  it('random and hostile HTML: never throws, always a safe document', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(htmlish, textish), async (html) => {
        const outcome = await boundedCall('sanitizeHtmlToArticle', () => sanitizeHtmlToArticle(html));
        expect(outcome.kind).toBe('value');
        if (outcome.kind !== 'value') return;
        const doc = { type: 'doc' as const, content: [{ type: 'headline' as const }, { type: 'sapo' as const }, ...outcome.value.blocks] };
        expect(unsafeParts(doc, { textMayMentionPayload: true })).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('legacy-encoding converter', () => {
  it('detectEncoding and prepareIncomingText: always text, never a throw', async () => {
    await fc.assert(
      fc.asyncProperty(textish, fc.option(fc.oneof(fc.string({ maxLength: 40 }), fc.constantFrom('.VnTime', '.VnTimeH', 'VNI-Times', 'VNI-Helve', 'Arial')), { nil: undefined }), async (text, fontName) => {
        const detected = await boundedCall('detectEncoding', () => detectEncoding(text, { fontName }));
        const prepared = await boundedCall('prepareIncomingText', () => prepareIncomingText(text, { fontName }));
        expect(detected.kind === 'value' && typeof detected.value.text).toBe('string');
        expect(prepared.kind === 'value' && typeof prepared.value.text).toBe('string');
      }),
      { numRuns: RUNS },
    );
  });
});
