// The CPU profile's summary as text: where the time of typing went, per keystroke, in Soạn
// and (for scale) in the bare TipTap + Yjs page.
import type { ProfileRow } from '../profile/cpuProfile';
import type { ProfiledTyping, TypingProfile } from '../figures/profileTyping';

function perKey(ms: number, keys: number): string {
  return (ms / Math.max(1, keys)).toFixed(2);
}

function table(title: string, rows: ProfileRow[], keys: number, limit: number): string[] {
  return [
    `${title} (ms in total, ms per keystroke):`,
    ...rows.slice(0, limit).map((row) => `  ${row.ms.toFixed(0).padStart(7)}  ${perKey(row.ms, keys).padStart(7)}  ${row.label}`),
  ];
}

function headline(name: string, p: ProfiledTyping): string {
  return `${name}: ${p.keys} keys, ${p.profiledMs.toFixed(0)} ms profiled, main thread busy ${p.busyMs.toFixed(0)} ms (${perKey(p.busyMs, p.keys)} ms per key)`;
}

export function profileReport(profile: TypingProfile, limit: number): string {
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
