// The end of an article copied from a news site carries furniture, not text: the byline's
// neighbours `Chủ đề …` / `Từ khóa …`, a `Đọc thêm` (read more) heading with related titles,
// and site navigation. This peels that tail off, from the last line backwards, and stops at
// the first line that is article text.
import type { FurnitureMatchers } from './plainTextFurniture';

export interface PeeledTail {
  /** The lines that remain article text (headline, sapo, body, byline), in order. */
  lines: string[];
  topic?: string;
  section?: string;
  tags: string[];
  related: string[];
}

/** Related titles are short; a long line before a `Đọc thêm` heading is body text. */
const MAX_RELATED_TITLE_CHARS = 200;
const MAX_RELATED_TITLES = 12;

export function peelTail(lines: string[], matchers: FurnitureMatchers): PeeledTail {
  const result: PeeledTail = { lines: [], tags: [], related: [] };
  let end = lines.length;
  let pending: string[] = []; // lines after a possible `Đọc thêm`, read backwards

  while (end > 1) {
    const line = lines[end - 1];
    const related = matchers.relatedHeading(line);
    // `Đọc thêm: <title>` is one link on its own line; lines after it are not its items.
    if (related?.inlineTitle) {
      if (pending.length) break;
      result.related.unshift(related.inlineTitle);
      end--;
      continue;
    }
    if (related) {
      result.related.unshift(...pending);
      pending = [];
      end--;
      continue;
    }
    const labelled = matchers.labelledLine(line);
    if (labelled && pending.length === 0) {
      if (labelled.kind === 'tags') result.tags.unshift(...splitTags(labelled.value));
      else result[labelled.kind] ??= labelled.value;
      end--;
      continue;
    }
    if (!labelled && line.length <= MAX_RELATED_TITLE_CHARS && pending.length < MAX_RELATED_TITLES) {
      pending.unshift(line);
      end--;
      continue;
    }
    break;
  }
  // Lines that turned out not to follow a `Đọc thêm` heading are article text after all.
  result.lines = [...lines.slice(0, end), ...pending];
  return result;
}

function splitTags(value: string): string[] {
  return value
    .split(/\s*[,;]\s*/u)
    .map((t) => t.trim())
    .filter(Boolean);
}
