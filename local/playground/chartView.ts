/**
 * The charts of a sheet as the page draws them: type, title, position and size from the
 * emulator's record of each chart (`describeCharts()`), and the data read from the chart's
 * range — first column the categories, other columns one series each, header row(s) naming
 * the series — as Sheets reads a chart range by default.
 */
import type { ChartView } from './protocol';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

interface ChartRecord {
  type: string | null;
  ranges: { sheet: string; a1: string }[];
  options: Record<string, unknown>;
  position: { anchorRow: number; anchorColumn: number; offsetX: number; offsetY: number };
  numHeaders: number;
  transpose: boolean;
}

const DEFAULT_SIZE = { width: 600, height: 371 };

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

function records(sh: Sheet): ChartRecord[] {
  const describe = (sh as unknown as { describeCharts?: () => ChartRecord[] }).describeCharts;
  return typeof describe === 'function' ? describe.call(sh) : [];
}

/** Values and display texts of the chart's ranges, side by side (one table). */
function table(ss: Spreadsheet, rec: ChartRecord): { values: unknown[][]; shown: string[][] } {
  const values: unknown[][] = [];
  const shown: string[][] = [];
  for (const r of rec.ranges) {
    const sheet = ss.getSheetByName(r.sheet);
    if (!sheet) continue;
    const range = sheet.getRange(r.a1);
    const v = range.getValues();
    const d = range.getDisplayValues();
    v.forEach((row, i) => {
      values[i] = [...(values[i] ?? []), ...row];
      shown[i] = [...(shown[i] ?? []), ...d[i].map(String)];
    });
  }
  if (!rec.transpose) return { values, shown };
  const flip = <T>(m: T[][]) => (m[0] ?? []).map((_, c) => m.map((row) => row[c]));
  return { values: flip(values), shown: flip(shown) };
}

export function chartViews(ss: Spreadsheet, sh: Sheet): ChartView[] {
  return records(sh).map((rec) => {
    const { values, shown } = table(ss, rec);
    // -1 (Sheets guesses): the first row is a header when no value cell of it is a number.
    const headers =
      rec.numHeaders >= 0 ? rec.numHeaders : values.length > 0 && !values[0].slice(1).some(isNumber) ? 1 : 0;
    const width = values[0]?.length ?? 0;
    const series = Array.from({ length: Math.max(0, width - 1) }, (_, j) =>
      headers > 0
        ? shown
            .slice(0, headers)
            .map((r) => r[j + 1])
            .join(' ')
            .trim()
        : `Chuỗi ${j + 1}`,
    );
    const body = values.slice(headers);
    const o = rec.options;
    return {
      type: rec.type ?? 'COLUMN',
      title: typeof o.title === 'string' ? o.title : '',
      series,
      categories: shown.slice(headers).map((r) => r[0] ?? ''),
      values: series.map((_, j) => body.map((row) => (isNumber(row[j + 1]) ? row[j + 1] : null)) as (number | null)[]),
      anchorRow: rec.position.anchorRow,
      anchorColumn: rec.position.anchorColumn,
      offsetX: rec.position.offsetX,
      offsetY: rec.position.offsetY,
      width: isNumber(o.width) ? o.width : DEFAULT_SIZE.width,
      height: isNumber(o.height) ? o.height : DEFAULT_SIZE.height,
    };
  });
}
