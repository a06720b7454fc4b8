// A page or column break between words ("Hết trang một[page break]Trang hai"): mammoth writes
// nothing for it, which glues the words together. Between words it becomes a line break, as
// the text reads on paper; at a paragraph's edge (a break before a new chapter) it has
// nothing to separate and is left out as before.

interface MammothNode {
  type: string;
  breakType?: string;
  value?: string;
  children?: MammothNode[];
}

function leaves(node: MammothNode, out: MammothNode[] = []): MammothNode[] {
  if (node.type === 'text' || node.type === 'break' || node.type === 'tab' || node.type === 'image') out.push(node);
  node.children?.forEach((child) => leaves(child, out));
  return out;
}

const hasWords = (nodes: MammothNode[]) => nodes.some((n) => n.type === 'image' || (n.type === 'text' && Boolean(n.value?.trim())));

export function pageBreaksBetweenWords(node: MammothNode): void {
  if (node.type !== 'paragraph') {
    node.children?.forEach(pageBreaksBetweenWords);
    return;
  }
  const sequence = leaves(node);
  sequence.forEach((leaf, i) => {
    if (leaf.type !== 'break' || (leaf.breakType !== 'page' && leaf.breakType !== 'column')) return;
    if (hasWords(sequence.slice(0, i)) && hasWords(sequence.slice(i + 1))) leaf.breakType = 'line';
  });
}
