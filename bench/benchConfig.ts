// How much `npm run bench` does: the full run the README's figures come from, `--quick` for a
// look in a few minutes, and `smoke`, the smallest workload, which the test suite runs once so
// the script cannot rot unnoticed.

export const figureGroups = ['editor', 'library', 'export', 'disk', 'spelling', 'sync'] as const;
export type FigureGroup = (typeof figureGroups)[number];

export interface BenchConfig {
  name: 'full' | 'quick' | 'smoke';
  /** Runs per figure; editor runs alternate Soạn and the bare page. */
  runs: number;
  /** Body words of the articles typed into. */
  sizes: number[];
  /** Figures (photos with captions) in each of them. */
  figures: number;
  /** A draft's text (real syllables, a misspelling in 250 words) or the findings stress case (41% made-up syllables, the text until 7 December). */
  articleText: 'draft' | 'stress';
  /** Where memory, autosave and the profile are measured (the 20,000 words). */
  referenceWords: number;
  typing: {
    characters: number;
    /** Least time between two keys (ms). */
    cadenceMs: number;
    /** A pause after every `burst` characters, long enough for the checks to run. */
    burst: number;
    pauseMs: number;
    /** Most time one Soạn typing run may take; the bare page then types as many characters. */
    budgetMs: number;
  };
  library: { articles: number; words: number };
  searchQueries: string[];
  export: { words: number; photos: number; width: number; height: number };
  /** Hours of the simulated working day (disk figure). */
  dayHours: number;
  /** The sync figures: characters typed on one workstation and watched on another, the articles' sizes. */
  sync: { keystrokes: number; cadenceMs: number; typingWords: number; openWords: number };
  /** Characters typed while the CPU profile records (0: no profile). */
  profileCharacters: number;
  /** Only these groups (all when empty). */
  only: FigureGroup[];
}

const QUERIES = ['ha tinh', 'dang vien', 'tu soi tu sua'];

export const fullConfig: BenchConfig = {
  name: 'full',
  runs: 3,
  sizes: [2000, 5000, 20000, 50000],
  figures: 40,
  articleText: 'draft',
  referenceWords: 20000,
  typing: { characters: 300, cadenceMs: 50, burst: 60, pauseMs: 650, budgetMs: 20_000 },
  library: { articles: 5000, words: 800 },
  searchQueries: QUERIES,
  export: { words: 5000, photos: 20, width: 4000, height: 3000 },
  dayHours: 9,
  sync: { keystrokes: 60, cadenceMs: 50, typingWords: 2000, openWords: 20000 },
  profileCharacters: 0,
  only: [],
};

export const quickConfig: BenchConfig = {
  ...fullConfig,
  name: 'quick',
  runs: 2,
  sizes: [2000, 20000],
  typing: { ...fullConfig.typing, budgetMs: 10_000 },
};

export const smokeConfig: BenchConfig = {
  name: 'smoke',
  runs: 1,
  sizes: [300],
  figures: 2,
  articleText: 'draft',
  referenceWords: 300,
  typing: { characters: 12, cadenceMs: 20, burst: 6, pauseMs: 100, budgetMs: 10_000 },
  library: { articles: 20, words: 80 },
  searchQueries: ['ha tinh'],
  export: { words: 200, photos: 2, width: 400, height: 300 },
  dayHours: 1,
  sync: { keystrokes: 6, cadenceMs: 50, typingWords: 300, openWords: 300 },
  profileCharacters: 6,
  only: [],
};

export function wants(config: BenchConfig, group: FigureGroup): boolean {
  return config.only.length === 0 || config.only.includes(group);
}
