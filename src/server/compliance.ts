/** `apiComputeCompliance` (SPEC §3) and the "Tỷ lệ tuân thủ" sidebar. */
import { computeCompliance } from '../domain/compliance';
import type { RowIssue } from '../domain/codec';
import { t } from '../domain/i18n';
import { PERIOD_PRESETS, validatePeriod } from '../domain/periods';
import type { ComplianceReport } from '../domain/report';
import type { ApiResult, ComplianceBoot, ComplianceData } from '../domain/wire';
import { unreadableRowCount } from '../domain/workbook';
import { gas, sheetClock } from './gas';
import { openPage } from './pages';
import { readSettings } from './settingsRepo';
import { READS } from '../domain/reads';
import { readFor } from './workbook';

/** Issues sent back over `google.script.run` at most (the counts are always complete). */
export const MAX_ISSUES = 200;

export function withIssueSummary(report: ComplianceReport, issues: RowIssue[] = report.issues): ComplianceData {
  // Whole-sheet problems (missing sheet or column, row ≤ 1) first, so the cut never hides them.
  const shown = [...issues.filter((i) => i.row <= 1), ...issues.filter((i) => i.row > 1)].slice(0, MAX_ISSUES);
  return { ...report, issues: shown, unreadableRows: unreadableRowCount(issues), issueCount: issues.length };
}

export function apiComputeCompliance(input?: unknown): ApiResult<ComplianceData> {
  const checked = validatePeriod(input);
  if (!checked.ok) return checked;
  const { data } = readFor(READS.compliance);
  return { ok: true, data: withIssueSummary(computeCompliance(data, checked.period)) };
}

/** Menu "Tỷ lệ tuân thủ": the sidebar, with today and the founding day inlined (one read of `Cài đặt`). */
export function menuCompliance(): void {
  const ss = gas.spreadsheet();
  const clock = sheetClock(ss);
  const founded = readSettings(clock, ss).settings.ngay_thanh_lap;
  const foundedOn = typeof founded === 'string' && founded ? founded : null;
  const boot: ComplianceBoot = {
    today: clock.today(),
    foundedOn,
    presets: PERIOD_PRESETS,
    preset: foundedOn ? 'founding' : 'year',
  };
  openPage('Compliance', { kind: 'sidebar', title: t('menu.compliance'), data: boot });
}
