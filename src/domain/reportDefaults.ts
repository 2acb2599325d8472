/**
 * What *Tạo báo cáo* offers first for each kind (SPEC §4.1): the last finished period before today — the month
 * before today's, the last finished quarter, the last finished half-year, last year. A period that has not ended
 * yet is never the default (its report would leave out the rest of it).
 */
import type { ReportKind } from './notice/report';

/** A report's period without its issue data: the year and the month, quarter or half its kind needs. */
export interface ReportPeriodChoice {
  kind: ReportKind;
  year: number;
  month?: number;
  quarter?: number;
  half?: number;
}

/** The last finished period of `kind` before `today` (ISO `YYYY-MM-DD`). */
export function defaultReportPeriod(kind: ReportKind, today: string): ReportPeriodChoice {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (kind) {
    case 'thang':
      return month === 1 ? { kind, year: year - 1, month: 12 } : { kind, year, month: month - 1 };
    case 'quy': {
      const current = Math.ceil(month / 3);
      return current === 1 ? { kind, year: year - 1, quarter: 4 } : { kind, year, quarter: current - 1 };
    }
    case '6thang':
      return month >= 7 ? { kind, year, half: 1 } : { kind, year: year - 1, half: 2 };
    case 'nam':
      return { kind, year: year - 1 };
  }
}
