// The Checks panel's order: spelling errors first, then style warnings, then notes; within
// each, findings of one rule together, in document order.
import type { PlacedFinding } from './languageDeskStore';

export const severities = ['error', 'warning', 'info'] as const;
export type Severity = (typeof severities)[number];

export interface FindingGroup {
  severity: Severity;
  findings: PlacedFinding[];
}

export function groupFindings(findings: PlacedFinding[]): FindingGroup[] {
  return severities
    .map((severity) => ({
      severity,
      findings: findings
        .filter((f) => f.severity === severity)
        .sort((a, b) => a.rule.localeCompare(b.rule) || a.pos.from - b.pos.from),
    }))
    .filter((group) => group.findings.length > 0);
}
