// Nested lists end to end: the typed article schema takes lists inside list items (to a sane
// depth, refused in words past it), Word's list levels and HTML's nested <ul>/<ol> come in as
// nesting, the article reader still finds every item's text, and export writes nested HTML.
import { describe, expect, it } from 'vitest';
import { ArticleDocSchema, MAX_LIST_DEPTH, articleBlocks, readArticleDoc, type BodyBlock } from '../../../electron/contract/article/articleContent';
import { bodyHtml } from '../../../electron/services/export/articleHtml';
import { houseStyle } from '../../../electron/services/export/houseStyle';
import { serializeFragment } from '../../../electron/services/export/htmlTree';
import { sanitizeHtmlToArticle } from '../../../electron/services/import/sanitizeHtmlToArticle';
import { outline } from './support/articleOutline';

const p = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
/** A bullet list `depth` levels deep, one item per level. */
const nested = (depth: number): unknown => ({
  type: 'bulletList',
  content: [{ type: 'listItem', content: depth > 1 ? [p(`mức ${depth}`), nested(depth - 1)] : [p('mức 1')] }],
});
const doc = (...body: unknown[]) => ({ type: 'doc', content: [{ type: 'headline', content: [{ type: 'text', text: 'Tít' }] }, { type: 'sapo' }, ...body] });
const issues = (json: unknown) => {
  const result = ArticleDocSchema.safeParse(json);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};
const wordItem = (level: number, marker: string, text: string) =>
  `<p class=MsoListParagraphCxSpMiddle style='mso-list:l0 level${level} lfo1'><span style='mso-list:Ignore'>${marker}<span>&nbsp; </span></span>${text}</p>`;

describe('the typed article content', () => {
  it('takes lists nested in list items, of either kind, down to the deepest level', () => {
    const parsed = ArticleDocSchema.parse(doc(nested(MAX_LIST_DEPTH)));
    expect(MAX_LIST_DEPTH).toBe(6);
    const body = articleBlocks(parsed).body;
    expect(outline(body)).toEqual(['• mức 6', '  • mức 5', '    • mức 4', '      • mức 3', '        • mức 2', '          • mức 1']);
    const mixed = { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [p('Ba'), p('tiếp'), nested(1), { type: 'orderedList', content: [{ type: 'listItem', content: [p('a')] }] }] }] };
    expect(outline(articleBlocks(ArticleDocSchema.parse(doc(mixed))).body)).toEqual(['3. Ba', '   tiếp', '  • mức 1', '  ---', '  1. a']);
  });

  it('refuses lists nested deeper than that, in words, even absurdly deep ones', () => {
    expect(issues(doc(nested(MAX_LIST_DEPTH + 1)))).toEqual([`a list is nested more than ${MAX_LIST_DEPTH} levels deep`]);
    expect(issues(doc(nested(5000)))).toEqual([`a list is nested more than ${MAX_LIST_DEPTH} levels deep`]);
  });

  it('refuses a list item that starts with a list, or holds a heading or a figure', () => {
    expect(issues(doc({ type: 'bulletList', content: [{ type: 'listItem', content: [nested(1)] }] }))).not.toEqual([]);
    const heading = { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Tít' }] };
    expect(issues(doc({ type: 'bulletList', content: [{ type: 'listItem', content: [p('a'), heading] }] }))).not.toEqual([]);
  });

  it('the article reader reads every nested item as body text, in order', () => {
    const parts = readArticleDoc(ArticleDocSchema.parse(doc(nested(3), p('Sau')))).parts;
    expect(parts.filter((part) => part.kind === 'body').map((part) => part.text)).toEqual(['mức 3', 'mức 2', 'mức 1', 'Sau']);
  });
});

describe('Word list levels and HTML nested lists come in as nesting', () => {
  it('Word mso-list levels: deeper levels nest in the item above; past the deepest they join it', () => {
    const html = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((level) => wordItem(level, '·', `cấp ${level}`)).join('') + wordItem(1, '·', 'lại cấp 1');
    const { blocks } = sanitizeHtmlToArticle(html);
    expect(outline(blocks)).toEqual([
      '• cấp 1',
      '  • cấp 2',
      '    • cấp 3',
      '      • cấp 4',
      '        • cấp 5',
      '          • cấp 6',
      '          • cấp 7',
      '          • cấp 8',
      '          • cấp 9',
      '• lại cấp 1',
    ]);
    // What import makes, the typed schema takes.
    expect(issues(doc(...blocks))).toEqual([]);
  });

  it('a jump of several levels nests one level; a list that starts deep starts at the outer level', () => {
    expect(outline(sanitizeHtmlToArticle(wordItem(1, '1.', 'một') + wordItem(3, '·', 'sâu') + wordItem(1, '2.', 'hai')).blocks)).toEqual(['1. một', '  • sâu', '2. hai']);
    // Lettered items keep their letters as text (review finding 5b): an article list would show 1, 2.
    expect(outline(sanitizeHtmlToArticle(wordItem(2, 'a)', 'a') + wordItem(2, 'b)', 'b')).blocks)).toEqual(['a) a', 'b) b']);
  });

  it('an HTML item keeps its paragraphs before its sublist, and the sublist inside it', () => {
    const { blocks } = sanitizeHtmlToArticle('<ol><li><p>Một</p><p>Một tiếp</p><ul><li>phụ</li></ul></li><li>Hai</li></ol>');
    expect(blocks).toEqual([
      {
        type: 'orderedList',
        attrs: { start: 1 },
        content: [
          { type: 'listItem', content: [p('Một'), p('Một tiếp'), { type: 'bulletList', content: [{ type: 'listItem', content: [p('phụ')] }] }] },
          { type: 'listItem', content: [p('Hai')] },
        ],
      },
    ]);
  });
});

describe('export', () => {
  it('writes nested lists as <ul>/<ol> inside the <li>', () => {
    const body = articleBlocks(ArticleDocSchema.parse(doc({ type: 'orderedList', attrs: { start: 2 }, content: [{ type: 'listItem', content: [p('Hai'), nested(2)] }] }))).body as BodyBlock[];
    const html = serializeFragment(bodyHtml(body, { images: new Map(), houseStyle: houseStyle() })).replace(/>\s+</g, '><');
    expect(html).toBe('<ol start="2"><li><p>Hai</p><ul><li><p>mức 2</p><ul><li><p>mức 1</p></li></ul></li></ul></li></ol>');
  });
});
