// The budgets (issue 13), one per figure, and whether a figure's median meets it.
import type { Figure } from './benchResults';

type Rule = { pattern: RegExp; text: string; met: (figure: Figure) => boolean };

const at = (figure: Figure) => figure.value.median;
const ratio = (figure: Figure) => figure.ratio?.median ?? Number.POSITIVE_INFINITY;

const rules: Rule[] = [
  { pattern: /^keystroke\.p95\.20000$/, text: '≤ 16 ms and ≤ 1.3 × bare', met: (f) => at(f) <= 16 && ratio(f) <= 1.3 },
  { pattern: /^open\.20000$/, text: '≤ 400 ms', met: (f) => at(f) <= 400 },
  { pattern: /^autosave\.toDisk$/, text: '≤ 300 ms', met: (f) => at(f) <= 300 },
  { pattern: /^autosave\.longestTask$/, text: '≤ 16 ms', met: (f) => at(f) <= 16 },
  { pattern: /^library\.coldStart$/, text: '≤ 1,200 ms', met: (f) => at(f) <= 1200 },
  { pattern: /^library\.filter\.p95$/, text: '≤ 50 ms', met: (f) => at(f) <= 50 },
  { pattern: /^search\.(inApp|call)$/, text: '≤ 50 ms per query', met: (f) => at(f) <= 50 },
  // search.command (the whole `soan search` process) is shown beside the per-query budget, not judged by it.
  { pattern: /^export\.package$/, text: '≤ 4 s', met: (f) => at(f) <= 4000 },
  { pattern: /^memory\.20000$/, text: '≤ 1.5 × bare', met: (f) => ratio(f) <= 1.5 },
  { pattern: /^disk\.projectToArticleJson$/, text: '≤ 3 × article.json', met: (f) => at(f) <= 3 },
  // Spelling (issue 18).
  { pattern: /^spelling\.recall\.nonWord$/, text: '≥ 95 %', met: (f) => at(f) >= 95 },
  { pattern: /^spelling\.recall\.realWord$/, text: '≥ 40 %', met: (f) => at(f) >= 40 },
  { pattern: /^spelling\.rightFirst$/, text: '≥ 85 %', met: (f) => at(f) >= 85 },
  { pattern: /^spelling\.falseAlarms$/, text: '≤ 0.5 per 1,000 words', met: (f) => at(f) <= 0.5 },
  { pattern: /^spelling\.falseAlarms\.referenceArticle$/, text: '0', met: (f) => at(f) === 0 },
  { pattern: /^spelling\.check\.5000(\.newsroom)?$/, text: '≤ 100 ms', met: (f) => at(f) <= 100 },
  { pattern: /^spelling\.modelMemory(\.newsroom)?$/, text: '≤ 60 MB', met: (f) => at(f) <= 60 },
  // Issue 12: on loopback.
  { pattern: /^sync\.keystroke\.p95$/, text: '≤ 100 ms', met: (f) => at(f) <= 100 },
  { pattern: /^sync\.open\.20000$/, text: '< 1 s', met: (f) => at(f) < 1000 },
];

/** The figure with its budget filled in, when the issue sets one for it. */
export function withBudget(figure: Figure): Figure {
  const rule = rules.find((r) => r.pattern.test(figure.id));
  return rule ? { ...figure, budget: { text: rule.text, met: rule.met(figure) } } : figure;
}
