/**
 * `apiWriteSummary`: fills `Tổng hợp` with the period, the metric table, the counts,
 * the helper tables and three embedded charts. The previous summary and its charts are
 * cleared first; no other sheet is touched. Under the document lock.
 * Before anything is written: when a protection stops the current user from editing `Tổng hợp` (or any part of it),
 * nothing is written and the answer names it (`{ ok: false }`, field '').
 */
import { computeCompliance } from '../domain/compliance';
import { monthlyPatrols } from '../domain/compliance/monthly';
import { t } from '../domain/i18n';
import { camerasInstalledIn } from '../domain/notice/facts';
import { comparisonRows } from '../domain/notice/report';
import { periodText, validatePeriod } from '../domain/periods';
import { SHEET } from '../domain/sheets';
import { rosterFigures } from '../domain/roster';
import { summaryLayout, yearBefore } from '../domain/summary';
import type { ApiResult, SummaryData } from '../domain/wire';
import { withIssueSummary } from './compliance';
import { gas } from './gas';
import { withDocumentLock } from './lock';
import { deniedWrite, locksFor } from './protect';
import { insertChart, replaceWithBlock } from './sheetBlock';
import { READS } from '../domain/reads';
import { readFor } from './workbook';

export function apiWriteSummary(input?: unknown): ApiResult<SummaryData> {
  const checked = validatePeriod(input);
  if (!checked.ok) return checked;
  const period = checked.period;
  return withDocumentLock(() => {
    const ss = gas.spreadsheet();
    const refused = deniedWrite(locksFor(ss), SHEET.summary);
    if (refused) return { ok: false, errors: [{ field: '', message: `${refused} ${t('protect.nothingWritten')}` }] };
    const { data, clock } = readFor(READS.summary, ss);
    const report = computeCompliance(data, period);
    const withIssues = withIssueSummary(report);
    // The same two-period table as the BÁO CÁO: the same dates one year earlier, from the same read — left out
    // (with a note) for a period longer than a year, which would share its days with it.
    const previous = yearBefore(period);
    // The Tổ bảo vệ ANTT on the period's last day and on the same day a year earlier.
    const roster = {
      current: rosterFigures(data.members, period.to),
      previous: previous ? rosterFigures(data.members, previous.to) : null,
    };
    const comparison =
      previous && roster.previous
        ? {
            previous,
            rows: comparisonRows(data.settings, {
              current: report,
              previous: computeCompliance(data, previous),
              camerasInstalled: {
                current: camerasInstalledIn(data, period),
                previous: camerasInstalledIn(data, previous),
              },
              roster: { current: roster.current, previous: roster.previous },
            }),
          }
        : undefined;
    const now = clock.now();
    const layout = summaryLayout({
      report,
      comparison,
      comparisonLeftOut: comparison ? undefined : t('summary.compareLeftOut', { period: periodText(period) }),
      monthly: monthlyPatrols(data, period),
      roster: roster.current,
      modelName: typeof data.settings.ten_mo_hinh === 'string' ? data.settings.ten_mo_hinh : '',
      writtenAt: `${clock.day(now).split('-').reverse().join('/')} ${clock.time(now)}`,
      unreadableRows: withIssues.unreadableRows,
    });
    const sheet = ss.getSheetByName(SHEET.summary) ?? ss.insertSheet(SHEET.summary, ss.getSheets().length);
    const block = replaceWithBlock(sheet, layout);
    layout.columnWidths.forEach((w, i) => sheet.setColumnWidth(i + 1, w));
    for (const spec of layout.charts)
      insertChart(sheet, spec, { legend: spec.type === 'PIE' ? 'right' : 'bottom', height: 380 });
    return {
      ok: true,
      data: {
        sheet: SHEET.summary,
        range: block.getA1Notation(),
        charts: layout.charts.length,
        message: t('summary.done', { sheet: SHEET.summary, period: periodText(period) }),
        report: withIssues,
      },
    };
  });
}
