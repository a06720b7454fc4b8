// The newsroom section of Settings as the user edits it (lists as lines, limits as text),
// checked against the same bounds as the contract's NewsroomSettings before saving.
import type { NewsroomSettingsData } from '../../electron/contract/newsroom';

export interface NewsroomDraft {
  sourcePrefix: string;
  sections: string;
  topics: string;
  headlineMaxChars: string;
  sapoMaxChars: string;
  exportPath: string;
  /** The newsroom's people, one a line. */
  people: string;
}

export type NewsroomProblem = 'prefix' | 'list' | 'headlineMax' | 'sapoMax' | 'exportPath' | 'people';

export function toDraft(n: NewsroomSettingsData): NewsroomDraft {
  return {
    sourcePrefix: n.sourcePrefix,
    sections: n.sections.join('\n'),
    topics: n.topics.join('\n'),
    headlineMaxChars: String(n.headlineMaxChars),
    sapoMaxChars: String(n.sapoMaxChars),
    exportPath: n.exportPath,
    people: (n.people ?? []).join('\n'),
  };
}

const lines = (text: string) => [...new Set(text.normalize('NFC').split('\n').map((l) => l.trim()).filter(Boolean))];

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\s*\d+\s*$/.test(text)) return null;
  const n = Number(text);
  return n >= min && n <= max ? n : null;
}

export function checkDraft(draft: NewsroomDraft): NewsroomProblem[] {
  const problems: NewsroomProblem[] = [];
  if (draft.sourcePrefix.length > 80) problems.push('prefix');
  if ([...lines(draft.sections), ...lines(draft.topics)].some((l) => l.length > 200)) problems.push('list');
  if (wholeNumber(draft.headlineMaxChars, 10, 1000) === null) problems.push('headlineMax');
  if (wholeNumber(draft.sapoMaxChars, 10, 5000) === null) problems.push('sapoMax');
  if (!draft.exportPath.trim()) problems.push('exportPath');
  if (lines(draft.people).some((l) => l.length > 120)) problems.push('people');
  return problems;
}

/** The settings:update `newsroom` patch; call only when checkDraft found nothing. */
export function draftToNewsroomPatch(draft: NewsroomDraft): Partial<NewsroomSettingsData> {
  return {
    // The prefix keeps its trailing space: "(Baohatinh.vn) - " runs straight into the sapo.
    sourcePrefix: draft.sourcePrefix.normalize('NFC'),
    sections: lines(draft.sections).map((l) => l.slice(0, 80)),
    topics: lines(draft.topics),
    headlineMaxChars: Number(draft.headlineMaxChars),
    sapoMaxChars: Number(draft.sapoMaxChars),
    exportPath: draft.exportPath.trim(),
    people: lines(draft.people),
  };
}
