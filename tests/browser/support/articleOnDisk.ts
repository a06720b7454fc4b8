// Reads what Soạn wrote to the library folder, the way a desk without Soạn would.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

export interface ArticleOnDisk {
  folder: string;
  json: {
    id: string;
    slug: string;
    headline: string;
    authors: string[];
    wordCount: number;
    content: PmNode;
    text: string;
  };
}

export interface PmNode {
  type: string;
  attrs?: Record<string, unknown>;
  content?: PmNode[];
  text?: string;
}

export async function projectFolders(libraryPath: string): Promise<string[]> {
  const entries = await readdir(libraryPath, { withFileTypes: true });
  return entries
    .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
    .map((e) => path.join(libraryPath, e.name))
    .sort();
}

export async function readArticleOnDisk(folder: string): Promise<ArticleOnDisk> {
  const json = JSON.parse(await readFile(path.join(folder, 'article.json'), 'utf8'));
  return { folder, json };
}

export async function findArticleOnDisk(libraryPath: string, id: string): Promise<ArticleOnDisk> {
  const folder = (await projectFolders(libraryPath)).find((f) => f.endsWith(`-${id}`));
  if (!folder) throw new Error(`no project folder for article ${id} in ${libraryPath}`);
  return readArticleOnDisk(folder);
}

export function textOf(node: PmNode): string {
  if (node.text) return node.text;
  return (node.content ?? []).map(textOf).join('');
}

export function nodesOfType(node: PmNode, type: string): PmNode[] {
  const found = node.type === type ? [node] : [];
  for (const child of node.content ?? []) found.push(...nodesOfType(child, type));
  return found;
}
