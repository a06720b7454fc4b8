import { describe, expect, it } from 'vitest';
import { ArticleDocSchema } from '../../../electron/contract/article/articleContent';
import type { BodyBlock } from '../../../electron/contract/article/articleContent';
import { sanitizeHtmlToArticle } from '../../../electron/services/import/sanitizeHtmlToArticle';
import { safeLinkHref } from '../../../electron/services/import/safeUrl';

/** Every string and key in the result, to search for anything that slipped through. */
function flat(blocks: BodyBlock[]): string {
  return JSON.stringify(blocks).toLowerCase();
}

/** The blocks must also be a valid article body (so the editor can load them). */
function expectValidBody(blocks: BodyBlock[]): void {
  const doc = { type: 'doc', content: [{ type: 'headline' }, { type: 'sapo' }, ...blocks] };
  expect(ArticleDocSchema.safeParse(doc).success).toBe(true);
}

const ALLOWED_KEYS = new Set(['type', 'content', 'text', 'marks', 'attrs', 'href', 'level', 'start', 'src', 'alt', 'credit', 'width', 'height']);
function expectOnlySchemaKeys(value: unknown): void {
  if (Array.isArray(value)) return value.forEach(expectOnlySchemaKeys);
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      expect(ALLOWED_KEYS.has(key), `unexpected key ${key}`).toBe(true);
      expectOnlySchemaKeys(child);
    }
  }
}

const HOSTILE: Array<[string, string]> = [
  ['script element', '<p>a</p><script>alert(1)</script><p>b</p>'],
  ['script inside a paragraph', '<p>a<script>document.cookie</script>b</p>'],
  ['event handlers', '<p onclick="alert(1)" onmouseover="alert(2)">text</p><img src="x" onerror="alert(3)">'],
  ['javascript: link', '<a href="javascript:alert(1)">click</a>'],
  ['javascript: link, mixed case and entities', '<a href="JaVaScRiPt&#58;alert(1)">click</a><a href="java&#x09;script:alert(1)">tab</a><a href="&#x6a;avascript:alert(1)">ent</a>'],
  ['data: link', '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">data</a>'],
  ['vbscript: link', '<a href="vbscript:msgbox(1)">vb</a>'],
  ['data: image', '<img src="data:image/svg+xml,<svg onload=alert(1)>" width="300" height="200">'],
  ['svg with script', '<svg><script>alert(1)</script><a xlink:href="javascript:alert(1)"><text>x</text></a></svg><p>after</p>'],
  ['iframe', '<iframe src="https://evil.example/" srcdoc="<script>alert(1)</script>"></iframe><p>ok</p>'],
  ['object and embed', '<object data="evil.swf"><param name="x"></object><embed src="evil.swf"><p>ok</p>'],
  ['base element', '<base href="https://evil.example/"><p><a href="/relative">rel</a></p>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><p>ok</p>'],
  ['style element and attributes', '<style>body{background:url(javascript:alert(1))}</style><p style="background:url(https://evil.example/x)">ok</p>'],
  ['link element', '<link rel="stylesheet" href="https://evil.example/x.css"><p>ok</p>'],
  ['form and inputs', '<form action="https://evil.example/"><input name="p" value="x"><button formaction="javascript:alert(1)">b</button></form><p>ok</p>'],
  ['math with href', '<math><mtext><a href="javascript:alert(1)">m</a></mtext></math><p>ok</p>'],
  ['template and noscript', '<template><img src=x onerror=alert(1)></template><noscript><p>hidden</p></noscript><p>ok</p>'],
  ['foreign attributes', '<p id="x" class="evil" data-evil="1" contenteditable="true" tabindex="0" dir="rtl">ok</p>'],
  ['comment and CDATA', '<p>ok<!-- <script>alert(1)</script> --></p><![CDATA[<script>alert(1)</script>]]>'],
  ['bidi override and zero-width characters', '<p>a\u202Eb\u200Bc\uFEFFd</p>'],
  ['broken markup', '<p><b><i>unclosed <a href="https://ok.example/">link'],
];

describe('sanitizeHtmlToArticle strips hostile HTML', () => {
  it.each(HOSTILE)('%s', (_label, html) => {
    const { blocks } = sanitizeHtmlToArticle(html);
    const text = flat(blocks);
    for (const bad of ['javascript', 'vbscript', 'data:', '<script', 'onerror', 'onclick', 'onload', 'evil', 'alert(', 'style', 'iframe', 'srcdoc', 'cookie', '\u202e', '\u200b', '\ufeff']) {
      expect(text, `${bad} in ${text}`).not.toContain(bad);
    }
    expectOnlySchemaKeys(blocks);
    expectValidBody(blocks);
  });

  it('reports what it removed in plain codes', () => {
    const { warnings } = sanitizeHtmlToArticle('<script>x</script><iframe></iframe><a href="javascript:alert(1)">x</a>');
    expect(warnings).toEqual([
      { code: 'import-content-dropped', params: { element: 'script' } },
      { code: 'import-content-dropped', params: { element: 'iframe' } },
      { code: 'import-link-dropped', params: { href: 'javascript:alert(1)' } },
    ]);
  });

  it('allows only http, https and mailto links, normalised', () => {
    expect(safeLinkHref(' https://baohatinh.vn/tin tuc ')).toBe('https://baohatinh.vn/tin%20tuc');
    expect(safeLinkHref('mailto:toasoan@baohatinh.vn')).toBe('mailto:toasoan@baohatinh.vn');
    for (const bad of ['javascript:alert(1)', ' JAVASCRIPT:x', 'java\nscript:x', 'data:text/html,x', 'vbscript:x', 'file:///etc/passwd', '/relative', '#anchor', 'http://', 'ftp://x.example/']) {
      expect(safeLinkHref(bad), bad).toBeNull();
    }
  });
});

describe('sanitizeHtmlToArticle keeps what the article schema has', () => {
  it('headings, lists (nested ones kept nested), quotes, bold, italic and links', () => {
    const { blocks } = sanitizeHtmlToArticle(
      '<h1>Lớn</h1><h3>Nhỏ</h3><p>Chữ <strong>đậm</strong>, <em>nghiêng</em> và <a href="https://baohatinh.vn/">liên kết</a>.</p>' +
        '<ul><li>Một<ul><li>Một rưỡi</li></ul></li><li>Hai</li></ul><ol start="4"><li>Bốn</li></ol><blockquote><p>Trích dẫn</p></blockquote>',
    );
    expect(blocks.map((b) => b.type)).toEqual(['heading', 'heading', 'paragraph', 'bulletList', 'orderedList', 'blockquote']);
    expect(blocks[0]).toMatchObject({ attrs: { level: 2 } });
    expect(blocks[1]).toMatchObject({ attrs: { level: 3 } });
    expect(blocks[2]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Chữ ' },
        { type: 'text', text: 'đậm', marks: [{ type: 'bold' }] },
        { type: 'text', text: ', ' },
        { type: 'text', text: 'nghiêng', marks: [{ type: 'italic' }] },
        { type: 'text', text: ' và ' },
        { type: 'text', text: 'liên kết', marks: [{ type: 'link', attrs: { href: 'https://baohatinh.vn/' } }] },
        { type: 'text', text: '.' },
      ],
    });
    expect(blocks[3]).toEqual({
      type: 'bulletList',
      content: [
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'Một' }] },
            { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Một rưỡi' }] }] }] },
          ],
        },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Hai' }] }] },
      ],
    });
    expect(blocks[4]).toMatchObject({ attrs: { start: 4 } });
  });

  it('reads Google Docs formatting from styles without copying them', () => {
    const { blocks } = sanitizeHtmlToArticle(
      '<b style="font-weight:normal;" id="docs-internal-guid-1"><p dir="ltr"><span style="font-weight:700">Đậm</span><span style="font-style:italic"> nghiêng</span></p></b>',
    );
    expect(blocks).toEqual([
      {
        type: 'paragraph',
        content: [
          { type: 'text', text: 'Đậm', marks: [{ type: 'bold' }] },
          { type: 'text', text: ' nghiêng', marks: [{ type: 'italic' }] },
        ],
      },
    ]);
  });

  it('turns a figure into a figure (photo placeholder unless resolved), credit in house style moved out of the caption', () => {
    const { blocks } = sanitizeHtmlToArticle('<figure><img src="https://site.example/a.jpg" alt="Cầu mới"><figcaption>Cầu mới. Ảnh: Minh Đức</figcaption></figure>');
    expect(blocks).toEqual([
      {
        type: 'figure',
        attrs: { src: null, alt: 'Cầu mới', credit: 'Minh Đức', width: null, height: null },
        content: [{ type: 'figcaption', content: [{ type: 'text', text: 'Cầu mới.' }] }],
      },
    ]);
  });

  it('takes the paragraph after a bare image as its caption when it looks like one, not otherwise', () => {
    const long = 'Đây là một đoạn thân bài dài, có rất nhiều chữ, kể lại diễn biến của sự việc từ đầu đến cuối, với các chi tiết mà một chú thích ảnh không bao giờ có, và còn dài thêm nữa.';
    const { blocks } = sanitizeHtmlToArticle(`<p><img src="a.jpg" alt="A"></p><p><em>Chú thích nghiêng</em></p><p><img src="b.jpg"></p><p>${long}</p>`);
    expect(blocks.map((b) => b.type)).toEqual(['figure', 'figure', 'paragraph']);
    expect(JSON.stringify(blocks[0])).toContain('Chú thích nghiêng');
  });

  it('drops icons and tracking pixels', () => {
    expect(sanitizeHtmlToArticle('<p>a<img src="p.gif" width="1" height="1"></p>').blocks).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'a' }] },
    ]);
  });

  it('collapses whitespace like a browser, keeps line breaks, splits on double breaks', () => {
    const { blocks } = sanitizeHtmlToArticle('<div>  một\n  hai  <br>ba<br><br>bốn </div>');
    expect(blocks).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'một hai' }, { type: 'hardBreak' }, { type: 'text', text: 'ba' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'bốn' }] },
    ]);
  });

  it('normalises text to NFC', () => {
    const { blocks } = sanitizeHtmlToArticle('<p>Ha\u0300 Ti\u0303nh</p>');
    expect(blocks).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Hà Tĩnh' }] }]);
  });
});
