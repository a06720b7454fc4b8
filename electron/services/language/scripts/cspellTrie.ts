// Reads the words out of a cspell trie file (format TrieXv3, as @cspell/dict-vi-vn ships it).
// The data is a depth-first walk of the trie: a letter goes one level down, `$` marks the end
// of a word and goes up, `<` / `<n` go up n levels, `#id;` jumps to a node already written
// (nodes are numbered, in base `base=`, in the order they first get a child), `\` escapes.

export function readTrieWords(trieText: string): string[] {
  const header = trieText.slice(0, trieText.indexOf('__DATA__'));
  if (!/^TrieXv3$/mu.test(header)) throw new Error('not a cspell TrieXv3 file');
  const base = Number(/^base=(\d+)$/mu.exec(header)?.[1] ?? 10);
  interface Node { end: boolean; children: Map<string, Node>; letter: string; numbered: boolean }
  const newNode = (letter: string): Node => ({ end: false, children: new Map(), letter, numbered: false });
  const root = newNode('');
  const numbered: Node[] = [];
  const stack: Node[] = [root];
  const chars = Array.from(trieText.slice(trieText.indexOf('__DATA__') + '__DATA__'.length));
  const up = (count: number) => {
    for (let k = 0; k < count; k++) stack.pop();
    if (stack.length === 0) throw new Error('the trie data goes above its root');
  };
  for (let i = 0; i < chars.length; i++) {
    let char = chars[i]!;
    if (char === '\n' || char === '\r') continue;
    if (char === '$' || char === '<') {
      if (char === '$') stack[stack.length - 1]!.end = true;
      const count = /[0-9]/u.test(chars[i + 1] ?? '') ? Number(chars[++i]) : 1;
      up(count);
      continue;
    }
    if (char === '#') {
      let id = '';
      while (chars[++i] !== ';') id += chars[i];
      const target = numbered[parseInt(id, base)];
      if (!target) throw new Error(`the trie refers to node ${id}, which it has not defined`);
      const placeholder = stack.pop()!;
      stack[stack.length - 1]!.children.set(placeholder.letter, target);
      stack.push(target);
      continue;
    }
    if (char === '\\') char = chars[++i]!;
    const parent = stack[stack.length - 1]!;
    if (!parent.numbered) {
      parent.numbered = true;
      numbered.push(parent);
    }
    const child = newNode(char);
    parent.children.set(char, child);
    stack.push(child);
  }
  const words: string[] = [];
  const walk = (node: Node, prefix: string) => {
    if (node.end) words.push(prefix);
    for (const [letter, child] of node.children) walk(child, prefix + letter);
  };
  walk(root, '');
  return words;
}
