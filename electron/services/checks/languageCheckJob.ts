// One language:check request as the check worker runs it: the newsroom's rules file adjusted
// by its settings (tone placement), the word list plus the newsroom's dictionary, messages in
// the UI language. Pure: runs in the worker and, for the CLI, in the calling thread.
import type { LanguageFinding, PartKind } from '../../contract/types';
import type { NewsroomSettingsData } from '../../contract/newsroom';
import { lengthAgainst } from '../../contract/article/lengths';
import { checkArticle } from '../language/checkArticle';
import { makeFinding } from '../language/findings';
import type { HouseStyleRules } from '../language/houseStyle/houseStyleRules';
import type { SpellingModel } from '../language/spellingModel';
import type { WordList } from '../language/wordList';

export interface CheckJob {
  parts: Array<{ kind: PartKind; text: string }>;
  dictionary: string[];
  tonePlacement: NewsroomSettingsData['tonePlacement'];
  /** The newsroom's limits in characters (the rules file's limits are in words). */
  headlineMaxChars?: number;
  sapoMaxChars?: number;
  locale: 'vi' | 'en';
}

const PART_NAMES = { headline: { vi: 'Tít', en: 'headline' }, sapo: { vi: 'Sapo', en: 'sapo' } } as const;

/** Headline or sapo over the newsroom's character limit (the counters in the panels use the same). */
function characterLimitFindings(job: CheckJob): LanguageFinding[] {
  const findings: LanguageFinding[] = [];
  job.parts.forEach((part, index) => {
    const limit = part.kind === 'headline' ? job.headlineMaxChars : part.kind === 'sapo' ? job.sapoMaxChars : undefined;
    if (limit === undefined || (part.kind !== 'headline' && part.kind !== 'sapo')) return;
    const text = part.text.normalize('NFC');
    const { length: count, over } = lengthAgainst(text, limit);
    if (!over) return;
    const names = PART_NAMES[part.kind];
    const finding = makeFinding(
      {
        rule: 'length-limit',
        severity: 'warning',
        messageKey: 'length.overCharLimit',
        params: { partVi: names.vi, partEn: names.en, count, limit },
        text,
        from: 0,
        to: text.length,
      },
      job.locale,
    );
    findings.push({ ...finding, params: { ...finding.params }, part: index, partKind: part.kind });
  });
  return findings;
}

/** Settings win over the rules file: 'either' turns the tone-placement note off. */
export function rulesForNewsroom(rules: HouseStyleRules, tonePlacement: CheckJob['tonePlacement']): HouseStyleRules {
  if (tonePlacement === 'either') return { ...rules, tonePlacement: { ...rules.tonePlacement, severity: 'off' } };
  const severity = rules.tonePlacement.severity === 'off' ? 'info' : rules.tonePlacement.severity;
  return { ...rules, tonePlacement: { severity, prefer: tonePlacement } };
}

export function runCheckJob(
  resources: { rules: HouseStyleRules; wordList: WordList; spelling?: SpellingModel },
  job: CheckJob,
): LanguageFinding[] {
  const checked = checkArticle(job.parts, {
    rules: rulesForNewsroom(resources.rules, job.tonePlacement),
    wordList: resources.wordList,
    spelling: resources.spelling,
    userDictionary: job.dictionary,
    locale: job.locale,
  }).map((f) => ({
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    messageKey: f.messageKey,
    params: { ...f.params },
    text: f.text,
    from: f.from,
    to: f.to,
    suggestions: [...f.suggestions],
    part: f.part,
    partKind: f.partKind,
  }));
  return [...checked, ...characterLimitFindings(job)].sort((a, b) => a.part - b.part || a.from - b.from || a.to - b.to);
}
