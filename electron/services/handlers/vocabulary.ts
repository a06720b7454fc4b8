// library:vocabulary — what the byline and tag panels offer as the user types, read from the
// library index (no article is opened): names and roles from bylines, keywords, the
// newsroom's topics and sections plus any in use, the other articles for "Đọc thêm", and
// the newsroom's people (for assignments and @mentions).
import type { NewsroomSettingsData } from '../../contract/newsroom';
import type { ArticleSummary, Vocabulary } from '../../contract/types';
import type { ArticleFurniture } from '../article/articleDigest';

const collator = new Intl.Collator('vi');

/** Unique, in Vietnamese alphabetical order; the newsroom's own list keeps its order first. */
function sortedUnique(values: Iterable<string | undefined>, leading: readonly string[] = []): string[] {
  const seen = new Set(leading);
  const rest = [...new Set([...values].filter((v): v is string => !!v && !seen.has(v)))].sort(collator.compare);
  return [...leading, ...rest];
}

export function buildVocabulary(
  catalogue: { summaries: ArticleSummary[]; furniture: ArticleFurniture[] },
  newsroom: NewsroomSettingsData,
): Vocabulary {
  const { furniture } = catalogue;
  return {
    bylineNames: sortedUnique(furniture.flatMap((f) => f.byline.map((a) => a.name))),
    bylineRoles: sortedUnique(furniture.flatMap((f) => f.byline.map((a) => a.role))),
    keywords: sortedUnique(furniture.flatMap((f) => f.tags)),
    topics: sortedUnique(furniture.map((f) => f.topic), newsroom.topics),
    sections: sortedUnique(furniture.map((f) => f.section), newsroom.sections),
    people: sortedUnique(
      [...catalogue.summaries.flatMap((s) => s.authors), ...furniture.flatMap((f) => f.byline.map((a) => a.name))],
      newsroom.people ?? [],
    ),
    articles: [...catalogue.summaries]
      .sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))
      .map((s) => ({ id: s.id, headline: s.headline })),
  };
}
