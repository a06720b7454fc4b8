// A readable outline of article body blocks, for comparing what an import or a paste made
// with what the source holds: one line per paragraph, heading, quote paragraph, list item
// and figure, marks written in (**bold**, _italic_, [text](href)), line breaks as " ↵ ".
import type { BodyBlock, Inline } from '../../../../electron/contract/article/articleContent';

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
        let n = block.type === 'orderedList' ? (block.attrs?.start ?? 1) : 0;
        for (const item of block.content) {
          const marker = block.type === 'orderedList' ? `${n++}.` : '•';
          item.content.forEach((p, i) => lines.push(`${i ? '  ' : marker} ${inlineOutline(p.content)}`));
        }
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
