/**
 * The sample village as Sheets would return it from `getDataRange().getValues()`:
 * header row first, dates as Date at midnight in the spreadsheet's zone, date-times
 * as Date, blanks as ''. Feeds the real codec (`workbookFromValues`).
 */
import type { Clock } from '../../src/domain/clock';
import { sheetByName } from '../../src/domain/sheets';
import { buildPacKhuong, type SampleCell } from '../../src/sample/pacKhuong';
import type { SheetValues } from '../../src/domain/workbook';

/** `until`: the records continue after the seed up to that day (issue 16); without it, the seed's only. */
export function sampleSheetValues(clock: Clock, until?: string): SheetValues {
  const out: SheetValues = {};
  for (const [name, rows] of Object.entries(buildPacKhuong(until).sheets)) {
    const headers = Object.keys(rows[0]);
    const def = sheetByName(name);
    const type = new Map((def?.columns ?? []).map((c) => [c.header, c.type]));
    const cell = (h: string, v: SampleCell): unknown => {
      if (v === null || v === undefined) return '';
      if (type.get(h) === 'date') return clock.midnight(String(v));
      if (type.get(h) === 'datetime') return clock.at(String(v).slice(0, 10), String(v).slice(11, 16));
      return v;
    };
    out[name] = [headers, ...rows.map((r) => headers.map((h) => cell(h, r[h])))];
  }
  return out;
}
