// Many imported articles as one: every part of each (headline, sapo, body, byline) becomes a
// body block of a single article, so a browser opens one export instead of hundreds while
// still seeing exactly what each import produced.
import type { ArticleDocNode, BodyBlock } from '../../../../electron/contract/article/articleContent';
import type { ImportedArticle } from '../../../../electron/services/import/importedArticle';

function asBody(node: ArticleDocNode): BodyBlock {
  if (node.type === 'headline' || node.type === 'sapo' || node.type === 'byline') return { type: 'paragraph', ...(node.content ? { content: node.content } : {}) };
  return node;
}

export function mergeImports(imports: ImportedArticle[]): ImportedArticle {
  const media = new Map(imports.flatMap((a) => a.media).map((m) => [m.fileName, m]));
  return {
    doc: {
      type: 'doc',
      content: [
        { type: 'headline', content: [{ type: 'text', text: 'Tổng hợp nội dung thù địch' }] },
        { type: 'sapo', content: [{ type: 'text', text: 'Mọi phần của mọi bài nhập, nối tiếp nhau.' }] },
        ...imports.flatMap((a) => a.doc.content.map(asBody)),
      ],
    },
    meta: { headline: 'Tổng hợp nội dung thù địch', slug: 'tong-hop', language: 'vi' },
    media: [...media.values()],
    warnings: [],
  };
}
