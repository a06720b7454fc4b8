// The CPU profile's summary as text: where the time of typing went, per keystroke.
import type { ProfileRow, ProfileSummary } from '../profile/cpuProfile';

export function profileReport(profile: ProfileSummary & { words: number; keys: number }, limit: number): string {
  const perKey = (ms: number) => (ms / Math.max(1, profile.keys)).toFixed(2);
  const table = (title: string, rows: ProfileRow[]) => [
    `${title} (ms in total, ms per keystroke):`,
    ...rows.slice(0, limit).map((row) => `  ${row.ms.toFixed(0).padStart(7)}  ${perKey(row.ms).padStart(7)}  ${row.label}`),
  ];
  return [
    `CPU profile: ${profile.keys} keys typed at ${profile.words.toLocaleString('en-US')} words; ` +
      `${profile.profiledMs.toFixed(0)} ms profiled, main thread busy ${profile.busyMs.toFixed(0)} ms (${perKey(profile.busyMs)} ms per key)`,
    ...table('self time per function', profile.selfByFunction),
    ...table('total time per function (with what it calls)', profile.totalByFunction),
    ...table('self time per file / package', profile.selfByFile),
    ...table('total time per file of ours (stacks through it)', profile.totalByOurFile),
  ].join('\n');
}
