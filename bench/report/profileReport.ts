// The CPU profiles' summaries as text: where the time of typing went, per keystroke, in Soạn
// and (for scale) in the bare TipTap + Yjs page; and where the library screen's time went.
import type { ProfileRow } from '../profile/cpuProfile';
import type { ProfiledTyping, TypingProfile } from '../figures/profileTyping';
import type { LibraryProfile } from '../figures/profileLibrary';
import type { BenchProfiles } from '../runBench';

function perKey(ms: number, keys: number): string {
  return (ms / Math.max(1, keys)).toFixed(2);
}

/** Rows in ms; with `keys`, also ms per keystroke. */
function table(title: string, rows: ProfileRow[], keys: number | null, limit: number): string[] {
  return [
    `${title} (${keys === null ? 'ms' : 'ms in total, ms per keystroke'}):`,
    ...rows
      .slice(0, limit)
      .map((row) => `  ${row.ms.toFixed(0).padStart(7)}${keys === null ? '' : `  ${perKey(row.ms, keys).padStart(7)}`}  ${row.label}`),
  ];
}

function headline(name: string, p: ProfiledTyping | (LibraryProfile['coldStart'] & { keys: null })): string {
  const busy = `main thread busy ${p.busyMs.toFixed(0)} ms`;
  if (p.keys === null) return `${name}: ${p.profiledMs.toFixed(0)} ms profiled, ${busy}`;
  return `${name}: ${p.keys} keys, ${p.profiledMs.toFixed(0)} ms profiled, ${busy} (${perKey(p.busyMs, p.keys)} ms per key)`;
}

function typingReport(profile: TypingProfile, limit: number): string {
  const { soan, bare } = profile;
  return [
    `CPU profile of typing at ${profile.words.toLocaleString('en-US')} words`,
    headline('Soạn', soan),
    headline('bare TipTap + Yjs', bare),
    '',
    ...table('Soạn, self time per function', soan.selfByFunction, soan.keys, limit),
    ...table('Soạn, total time per function (with what it calls)', soan.totalByFunction, soan.keys, limit),
    ...table('Soạn, self time per file / package', soan.selfByFile, soan.keys, limit),
    ...table('Soạn, total time per file of ours (stacks through it)', soan.totalByOurFile, soan.keys, limit),
    ...table('bare, self time per file / package', bare.selfByFile, bare.keys, Math.min(limit, 8)),
  ].join('\n');
}

function libraryReport(profile: LibraryProfile, limit: number): string {
  const { coldStart, filter } = profile;
  const n = profile.articles.toLocaleString('en-US');
  return [
    `CPU profile of the library screen, ${n} articles`,
    headline('cold start (page load → list painted)', { ...coldStart, keys: null }),
    ...table('cold start, self time per file / package', coldStart.selfByFile, null, limit),
    ...table('cold start, total time per file of ours', coldStart.totalByOurFile, null, limit),
    headline(`filter, typing "${filter.query}"`, filter),
    ...table('filter, self time per function', filter.selfByFunction, filter.keys, limit),
    ...table('filter, total time per file of ours', filter.totalByOurFile, filter.keys, limit),
  ].join('\n');
}

export function profileReport(profiles: BenchProfiles, limit: number): string {
  const parts: string[] = [];
  if (profiles.typing) parts.push(typingReport(profiles.typing, limit));
  if (profiles.library) parts.push(libraryReport(profiles.library, limit));
  return parts.join('\n\n');
}
