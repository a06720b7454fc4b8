// A photo Word holds inside a sentence ("… theo ảnh [photo] dưới đây …"). The article has no
// photo inside a paragraph, and splitting the paragraph at the photo would cut the sentence
// in two, the second half then read as the photo's caption. The photo moves to a paragraph
// of its own right after the sentence's paragraph, which stays whole.

interface MammothNode {
  type: string;
  children?: MammothNode[];
  value?: string;
  numbering?: unknown;
}

function hasImage(node: MammothNode): boolean {
  return node.type === 'image' || Boolean(node.children?.some(hasImage));
}

function textOf(node: MammothNode): string {
  return node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');
}

/** The paragraph's photos, when it has words on both sides of one; else null. */
function photosInsideText(paragraph: MammothNode): MammothNode[] | null {
  const children = paragraph.children ?? [];
  const first = children.findIndex(hasImage);
  if (first < 0) return null;
  const before = children.slice(0, first).map(textOf).join('').trim();
  const after = children.slice(first + 1).filter((c) => !hasImage(c)).map(textOf).join('').trim();
  return before && after ? children.filter(hasImage) : null;
}

/** Moves photos out of the middle of paragraphs of mammoth's document (in place). */
export function movePhotosOutOfSentences(node: MammothNode): void {
  const children = node.children;
  if (!children) return;
  for (let i = 0; i < children.length; i++) {
    const child = children[i];
    if (child.type !== 'paragraph') {
      movePhotosOutOfSentences(child);
      continue;
    }
    const photos = photosInsideText(child);
    if (!photos) continue;
    child.children = child.children!.filter((c) => !photos.includes(c));
    children.splice(i + 1, 0, { ...child, children: photos, numbering: null });
    i++;
  }
}
