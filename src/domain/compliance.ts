/**
 * Compliance for a period (SPEC §3): `{ period, counts, metrics, issues }` from the
 * workbook's typed records. Pure and linear in the number of records (indexes are Maps
 * and Sets), so it runs the same in Apps Script, in Node and in the sidebar.
 */
import type { ComplianceReport, Period } from './report';
import { computeCounts } from './compliance/counts';
import { computeMetrics } from './compliance/metrics';
import { type ComplianceData, scopeOf } from './compliance/scope';

/** `today` (default: the day of the read, `data.today`): the patrol plan leaves out the months to come (SPEC §3). */
export function computeCompliance(data: ComplianceData, period: Period, today = data.today): ComplianceReport {
  const scope = scopeOf(data, period, today);
  return {
    period: { from: period.from, to: period.to },
    counts: computeCounts(scope),
    metrics: computeMetrics(scope),
    issues: data.issues,
  };
}

export { percentOf, targetOf } from './compliance/percent';
export { COMPLIANCE_NEEDS, type ComplianceData } from './compliance/scope';
