// Length rules for the article's furniture, in characters as a reader counts them. The
// newsroom sets its own limits (settings); these are the defaults and the one way to count.
import { countCharacters } from '../text/wordCount';

export const DEFAULT_HEADLINE_MAX_CHARS = 120;

/** The length of `text` and whether it is over `limit` (no limit: never over). */
export function lengthAgainst(text: string, limit: number | undefined | null): { length: number; over: boolean } {
  const length = countCharacters(text);
  return { length, over: typeof limit === 'number' && length > limit };
}
