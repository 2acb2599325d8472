/** Patrols and participations per calendar month of a period (for the summary chart). */
import { type DataFor, fieldNeeds } from '../fieldNeeds';
import type { Period } from '../report';
import { inPeriod } from '../periods';

/** The fields the monthly patrol table reads. */
export const MONTHLY_NEEDS = fieldNeeds({ patrols: ['date', 'participants'] });

export interface MonthRow {
  /** `YYYY-MM`. */
  month: string;
  /** `MM/YYYY`. */
  label: string;
  patrols: number;
  participations: number;
}

export function monthlyPatrols(data: DataFor<typeof MONTHLY_NEEDS>, period: Period): MonthRow[] {
  const rows: MonthRow[] = [];
  const index = new Map<string, MonthRow>();
  let y = +period.from.slice(0, 4);
  let m = +period.from.slice(5, 7);
  const end = period.to.slice(0, 7);
  for (;;) {
    const month = `${y}-${String(m).padStart(2, '0')}`;
    if (month > end) break;
    const row = { month, label: `${month.slice(5)}/${month.slice(0, 4)}`, patrols: 0, participations: 0 };
    rows.push(row);
    index.set(month, row);
    if (++m > 12) {
      m = 1;
      y++;
    }
  }
  for (const p of data.patrols) {
    if (!inPeriod(p.date, period)) continue;
    const row = index.get(p.date.slice(0, 7))!;
    row.patrols++;
    row.participations += p.participants;
  }
  return rows;
}
