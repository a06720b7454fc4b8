// One language:check request as the check worker runs it: the newsroom's rules file adjusted
// by its settings (tone placement), the word list plus the newsroom's dictionary, messages in
// the UI language. Pure: runs in the worker and, for the CLI, in the calling thread.
import type { LanguageFinding, PartKind } from '../../contract/types';
import type { NewsroomSettingsData } from '../../contract/newsroom';
import { checkArticle } from '../language/checkArticle';
import type { HouseStyleRules } from '../language/houseStyle/houseStyleRules';
import type { WordList } from '../language/wordList';

export interface CheckJob {
  parts: Array<{ kind: PartKind; text: string }>;
  dictionary: string[];
  tonePlacement: NewsroomSettingsData['tonePlacement'];
  locale: 'vi' | 'en';
}

/** Settings win over the rules file: 'either' turns the tone-placement note off. */
export function rulesForNewsroom(rules: HouseStyleRules, tonePlacement: CheckJob['tonePlacement']): HouseStyleRules {
  if (tonePlacement === 'either') return { ...rules, tonePlacement: { ...rules.tonePlacement, severity: 'off' } };
  const severity = rules.tonePlacement.severity === 'off' ? 'info' : rules.tonePlacement.severity;
  return { ...rules, tonePlacement: { severity, prefer: tonePlacement } };
}

export function runCheckJob(resources: { rules: HouseStyleRules; wordList: WordList }, job: CheckJob): LanguageFinding[] {
  return checkArticle(job.parts, {
    rules: rulesForNewsroom(resources.rules, job.tonePlacement),
    wordList: resources.wordList,
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
}
