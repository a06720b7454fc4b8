// An article project lives in `<slug>-<id>/` inside the library. The id (last segment) is
// what counts; the slug only helps people find the folder in a file manager.
import { randomBytes } from 'node:crypto';
import { slugify } from '../../contract/text/slug';

export const ARTICLE_ID = /^[a-z0-9]{10,32}$/;
const PROJECT_FOLDER = /^(?:([a-z0-9]+(?:-[a-z0-9]+)*)-)?([a-z0-9]{10,32})$/;
const FALLBACK_SLUG = 'bai-viet';
const ID_LENGTH = 16;
const ID_ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789';

export const ARTICLE_YDOC = 'article.ydoc';
export const ARTICLE_JSON = 'article.json';
export const MEDIA_FOLDER = 'media';
export const MEDIA_JSON = 'media.json';

export function newArticleId(): string {
  const bytes = randomBytes(ID_LENGTH);
  let id = '';
  for (const byte of bytes) id += ID_ALPHABET[byte % ID_ALPHABET.length];
  return id;
}

export function slugForHeadline(headline: string): string {
  return slugify(headline) || FALLBACK_SLUG;
}

export function projectFolderName(headline: string, id: string): string {
  return `${slugForHeadline(headline)}-${id}`;
}

export function parseProjectFolder(name: string): { slug: string; id: string } | undefined {
  const match = PROJECT_FOLDER.exec(name);
  return match ? { slug: match[1] ?? '', id: match[2] } : undefined;
}
