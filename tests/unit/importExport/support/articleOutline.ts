// A readable outline of article body blocks, for comparing what an import or a paste made
// with what the source holds: one line per paragraph, heading, quote paragraph, list item
// and figure, marks written in (**bold**, _italic_, [text](href)), line breaks as " ↵ ".
import type { BodyBlock, BulletList, Inline, OrderedList } from '../../../../electron/contract/article/articleContent';

export function inlineOutline(content: Inline[] | undefined): string {
  return (content ?? [])
    .map((node) => {
      if (node.type === 'hardBreak') return ' ↵ ';
      let text = node.text;
      const marks = node.marks ?? [];
      if (marks.some((m) => m.type === 'italic')) text = `_${text}_`;
      if (marks.some((m) => m.type === 'bold')) text = `**${text}**`;
      const link = marks.find((m) => m.type === 'link');
      if (link && link.type === 'link') text = `[${text}](${link.attrs.href})`;
      return text;
    })
    .join('');
}

/** A list's items, a nested list indented two spaces under its item (a second list in one item after "  ---"). */
function listOutline(list: BulletList | OrderedList, indent: string): string[] {
  const lines: string[] = [];
  let n = list.type === 'orderedList' ? (list.attrs?.start ?? 1) : 0;
  for (const item of list.content) {
    const marker = list.type === 'orderedList' ? `${n++}.` : '•';
    item.content.forEach((child, i) => {
      if (child.type === 'paragraph') lines.push(`${indent}${i ? '  ' : marker} ${inlineOutline(child.content)}`);
      else {
        if (item.content[i - 1]?.type !== 'paragraph') lines.push(`${indent}  ---`);
        lines.push(...listOutline(child, `${indent}  `));
      }
    });
  }
  return lines;
}

export function outline(blocks: BodyBlock[]): string[] {
  const lines: string[] = [];
  blocks.forEach((block, index) => {
    const previous = blocks[index - 1];
    const isList = (b: BodyBlock | undefined) => b?.type === 'bulletList' || b?.type === 'orderedList';
    switch (block.type) {
      case 'paragraph':
        lines.push(inlineOutline(block.content));
        break;
      case 'heading':
        lines.push(`${'#'.repeat(block.attrs.level)} ${inlineOutline(block.content)}`);
        break;
      case 'blockquote':
        block.content.forEach((p) => lines.push(`> ${inlineOutline(p.content)}`));
        break;
      case 'bulletList':
      case 'orderedList': {
        if (isList(previous)) lines.push('---');
        lines.push(...listOutline(block, ''));
        break;
      }
      case 'figure': {
        const { src, alt, credit } = block.attrs;
        lines.push(`[figure ${src ? 'photo' : 'placeholder'} alt="${alt}" caption="${inlineOutline(block.content[0].content)}" credit="${credit}"]`);
        break;
      }
    }
  });
  return lines;
}
