/**
 * The `Tổng hợp` sheet as one rectangle from A1: values, number formats, colours and
 * weights (so the server writes it with one call each), plus the charts and the
 * helper tables their data ranges point at. Pure; the server only writes it.
 *
 * Columns A–F: title, period, metric table, counts. Column G: gap. Columns H–J: the
 * helper tables (patrols per month, metrics against targets, reminders by type).
 * Charts sit to the right, from column L.
 */
import { countRows } from './countKeys';
import type { MonthRow } from './compliance/monthly';
import { type PlainKey, t } from './i18n';
import type { ComparisonRow } from './notice/report';
import { periodText, sameDatesYearBefore } from './periods';
import type { ComplianceReport, Metric, Period } from './report';
import { GUARD_ROLES, type RosterFigures } from './roster';
import { slashDate } from './viFormat';

export type Cell = string | number;

export interface GridArea {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

export interface ChartSpec {
  type: 'COLUMN' | 'BAR' | 'PIE';
  title: string;
  range: GridArea;
  anchorRow: number;
  anchorColumn: number;
}

export interface SummaryLayout {
  values: Cell[][];
  formats: string[][];
  backgrounds: string[][];
  fontColors: string[][];
  fontWeights: ('bold' | 'normal')[][];
  charts: ChartSpec[];
  columnWidths: number[];
}

export interface SummaryInput {
  report: ComplianceReport;
  /**
   * The same two-period table as the BÁO CÁO (`comparisonRows`): each figure beside the same period
   * one year earlier, with its change; below the counts.
   */
  comparison?: { previous: Period; rows: readonly ComparisonRow[] };
  /** Why there is no comparison (a period longer than a year: `yearBefore` is null); written under its title. */
  comparisonLeftOut?: string;
  monthly: MonthRow[];
  /** The Tổ bảo vệ ANTT on the period's last day (roster.ts); its block is left out before 01/07/2024. */
  roster?: RosterFigures;
  modelName: string;
  /** `dd/mm/yyyy HH:mm`. */
  writtenAt: string;
  unreadableRows: number;
}

/**
 * The period *So với cùng kỳ năm trước* compares with (SPEC §5.2): the same dates one year earlier — or null when
 * they would share a day with the period itself (a period longer than one year: its figures would be counted on
 * both sides). Then the comparison is left out with a note (`summary.compareLeftOut`).
 */
export function yearBefore(p: Period): Period | null {
  const previous = sameDatesYearBefore(p);
  return previous.to < p.from ? previous : null;
}

export const SUMMARY_COLORS = {
  white: '#ffffff',
  text: '#000000',
  header: '#dbe8f7',
  metBg: '#e6f4ea',
  metFg: '#137333',
  notMetBg: '#fce8e6',
  notMetFg: '#c5221f',
  muted: '#5f6368',
} as const;

const TEXT = '@';
const COUNT = '#,##0';
const PERCENT = '0.0';
const HELPER_COLUMN = 8;
const CHART_COLUMN = 12;
const CHART_ROWS = 21;

export function verdict(m: Metric): { text: string; bg: string; fg: string } {
  const c = SUMMARY_COLORS;
  if (m.percent === null) return { text: t('metric.noData'), bg: c.white, fg: c.muted };
  if (m.met === true) return { text: t('metric.met'), bg: c.metBg, fg: c.metFg };
  if (m.met === false) return { text: t('metric.notMet'), bg: c.notMetBg, fg: c.notMetFg };
  return { text: '', bg: c.white, fg: c.text };
}

export function summaryLayout(input: SummaryInput): SummaryLayout {
  const { report } = input;
  const grid = new Grid();
  const c = SUMMARY_COLORS;
  const header = (row: number, column: number, key: PlainKey) =>
    t(key)
      .split('|')
      .forEach((h, i) => grid.set(row, column + i, h, { bold: true, bg: c.header }));

  // Title block.
  grid.set(
    1,
    1,
    input.modelName ? `${t('summary.title')} "${input.modelName.toLocaleUpperCase('vi')}"` : t('summary.title'),
    { bold: true },
  );
  grid.set(2, 1, t('summary.period', { period: periodText(report.period) }), { bold: true });
  grid.set(3, 1, t('summary.written', { at: input.writtenAt }), { fg: c.muted });
  if (input.unreadableRows > 0)
    grid.set(4, 1, t('summary.unreadable', { rows: input.unreadableRows }), { fg: c.notMetFg, bold: true });

  // Metric table.
  let r = 6;
  header(r, 1, 'summary.metricsHeader');
  for (const m of report.metrics) {
    r++;
    const v = verdict(m);
    grid.set(r, 1, m.label);
    grid.set(r, 2, m.numerator, { format: COUNT });
    grid.set(r, 3, m.denominator, { format: COUNT });
    grid.set(r, 4, m.percent ?? '', { format: PERCENT });
    grid.set(r, 5, m.target ?? '', { format: PERCENT });
    grid.set(r, 6, v.text, { bg: v.bg, fg: v.fg, bold: m.met !== null });
  }

  // Counts.
  r += 2;
  header(r, 1, 'summary.countsHeader');
  for (const row of countRows(report.counts)) {
    r++;
    grid.set(r, 1, row.detail ? `   ${row.label}` : row.label);
    grid.set(r, 2, row.value, { format: COUNT });
  }

  // The Tổ bảo vệ ANTT on the period's last day: by position, trained, with papers, the share trained.
  if (input.roster?.inForce) {
    const f = input.roster;
    r += 2;
    grid.set(r, 1, t('roster.title', { day: slashDate(f.day) }), { bold: true, bg: c.header });
    grid.set(r, 2, t('roster.value'), { bold: true, bg: c.header });
    const rows: [string, number | null, string][] = [
      [t('roster.guards'), f.guards, COUNT],
      ...GUARD_ROLES.map((role, i): [string, number, string] => [
        `   ${role}`,
        [f.leaders, f.deputies, f.rankAndFile][i],
        COUNT,
      ]),
      [t('roster.trained'), f.trained, COUNT],
      [t('roster.papers'), f.papers, COUNT],
      [`${t('roster.trainedShare')} (%)`, f.trainedPercent, PERCENT],
    ];
    for (const [label, value, format] of rows) {
      r++;
      grid.set(r, 1, label);
      grid.set(r, 2, value ?? '', { format });
    }
  }

  // The same period one year earlier, or why it is left out.
  if (input.comparisonLeftOut && !input.comparison) {
    r += 2;
    grid.set(r, 1, t('summary.compareLeftOutTitle'), { bold: true });
    r++;
    grid.set(r, 1, input.comparisonLeftOut);
  } else if (input.comparison?.rows.length) {
    r += 2;
    grid.set(r, 1, t('summary.compareTitle', { period: periodText(input.comparison.previous) }), { bold: true });
    r++;
    header(r, 1, 'summary.compareHeader');
    for (const row of input.comparison.rows) {
      r++;
      grid.set(r, 1, row.label);
      grid.set(r, 2, row.current);
      grid.set(r, 3, row.previous);
      grid.set(r, 4, row.change);
    }
  }

  // Helper tables for the charts.
  const charts: ChartSpec[] = [];
  const table = (
    top: number,
    key: PlainKey,
    rows: Cell[][],
    formats: string[],
    chart: Omit<ChartSpec, 'range' | 'anchorRow' | 'anchorColumn'>,
  ) => {
    header(top, HELPER_COLUMN, key);
    rows.forEach((cells, i) =>
      cells.forEach((v, j) => grid.set(top + 1 + i, HELPER_COLUMN + j, v, { format: formats[j] })),
    );
    const numColumns = t(key).split('|').length;
    charts.push({
      ...chart,
      range: { row: top, column: HELPER_COLUMN, numRows: rows.length + 1, numColumns },
      anchorRow: 1 + charts.length * CHART_ROWS,
      anchorColumn: CHART_COLUMN,
    });
    return top + rows.length + 2;
  };
  let top = 6;
  top = table(
    top,
    'summary.monthlyHeader',
    input.monthly.map((m) => [m.label, m.patrols, m.participations]),
    [TEXT, COUNT, COUNT],
    {
      type: 'COLUMN',
      title: t('summary.chartMonthly'),
    },
  );
  const withPercent = report.metrics.filter((m) => m.percent !== null);
  top = table(
    top,
    'summary.targetsHeader',
    withPercent.map((m) => [m.label, m.percent!, m.target ?? '']),
    [TEXT, PERCENT, PERCENT],
    {
      type: 'BAR',
      title: t('summary.chartTargets'),
    },
  );
  table(top, 'summary.remindersHeader', Object.entries(report.counts.remindersByCategory), [TEXT, COUNT], {
    type: 'PIE',
    title: t('summary.chartReminders'),
  });

  return { ...grid.matrices(HELPER_COLUMN + 2), charts, columnWidths: [320, 80, 90, 80, 90, 110, 24, 260, 90, 110] };
}

interface Style {
  format?: string;
  bg?: string;
  fg?: string;
  bold?: boolean;
}

/** A sparse grid of styled cells, turned into full rectangles for the batched writes. */
class Grid {
  private cells = new Map<string, { v: Cell } & Style>();
  private rows = 0;

  set(row: number, column: number, v: Cell, style: Style = {}): void {
    this.cells.set(`${row},${column}`, { v, ...style });
    this.rows = Math.max(this.rows, row);
  }

  matrices(width: number): Omit<SummaryLayout, 'charts' | 'columnWidths'> {
    const c = SUMMARY_COLORS;
    const m = <T>(f: (cell: ({ v: Cell } & Style) | undefined) => T): T[][] =>
      Array.from({ length: this.rows }, (_, r) =>
        Array.from({ length: width }, (_, k) => f(this.cells.get(`${r + 1},${k + 1}`))),
      );
    return {
      values: m((x) => x?.v ?? ''),
      formats: m((x) => x?.format ?? TEXT),
      backgrounds: m((x) => x?.bg ?? c.white),
      fontColors: m((x) => x?.fg ?? c.text),
      fontWeights: m((x): 'bold' | 'normal' => (x?.bold ? 'bold' : 'normal')),
    };
  }
}
