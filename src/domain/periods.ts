/**
 * Reporting periods (SPEC §3): the presets a board uses — this month, this quarter,
 * the half-year (sơ kết 6 tháng), the year (tổng kết), the TT 124 year
 * (01/11 – 31/10), since founding — and a custom period; checks of a custom period
 * with Vietnamese messages; "months touched" and membership of a day.
 * Days are ISO `YYYY-MM-DD` strings, so ordering is string ordering.
 */
import { slashDate } from './viFormat';
import { isIsoDay } from './clock';
import { t } from './i18n';
import type { Period } from './report';

export type PeriodPreset = 'month' | 'quarter' | 'half' | 'year' | 'tt124' | 'founding' | 'custom';

export interface PeriodPresetDef {
  key: PeriodPreset;
  label: string;
}

export const PERIOD_PRESETS: readonly PeriodPresetDef[] = [
  { key: 'month', label: t('period.month') },
  { key: 'quarter', label: t('period.quarter') },
  { key: 'half', label: t('period.half') },
  { key: 'year', label: t('period.year') },
  { key: 'tt124', label: t('period.tt124') },
  { key: 'founding', label: t('period.founding') },
  { key: 'custom', label: t('period.custom') },
];

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** Last day of month `m` (1–12) of year `y`. */
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const monthEnd = (y: number, m: number) => iso(y, m, lastDay(y, m));

/**
 * The period of a preset for `today` (calendar periods are whole: this month is its
 * 1st to its last day). `founding` runs from `foundedOn` to today and is null without
 * a founding day (or one after today); `custom` is always null (the user gives it).
 */
export function presetPeriod(preset: PeriodPreset, today: string, foundedOn?: string | null): Period | null {
  const y = +today.slice(0, 4);
  const m = +today.slice(5, 7);
  switch (preset) {
    case 'month':
      return { from: iso(y, m, 1), to: monthEnd(y, m) };
    case 'quarter': {
      const first = Math.floor((m - 1) / 3) * 3 + 1;
      return { from: iso(y, first, 1), to: monthEnd(y, first + 2) };
    }
    case 'half':
      return m <= 6 ? { from: iso(y, 1, 1), to: iso(y, 6, 30) } : { from: iso(y, 7, 1), to: iso(y, 12, 31) };
    case 'year':
      return { from: iso(y, 1, 1), to: iso(y, 12, 31) };
    case 'tt124':
      return m >= 11
        ? { from: iso(y, 11, 1), to: iso(y + 1, 10, 31) }
        : { from: iso(y - 1, 11, 1), to: iso(y, 10, 31) };
    case 'founding':
      return foundedOn && isIsoDay(foundedOn) && foundedOn <= today ? { from: foundedOn, to: today } : null;
    case 'custom':
      return null;
  }
}

/** Calendar months that intersect the period (1 for a period within one month). */
export function monthsTouched(p: Period): number {
  const months = (+p.to.slice(0, 4) - +p.from.slice(0, 4)) * 12 + (+p.to.slice(5, 7) - +p.from.slice(5, 7)) + 1;
  return Math.max(0, months);
}

/** `YYYY-MM` of every calendar month the period touches, in order. */
export function monthsOf(p: Period): string[] {
  const out: string[] = [];
  const [y0, m0] = [+p.from.slice(0, 4), +p.from.slice(5, 7)];
  for (let i = m0 - 1; i < m0 - 1 + monthsTouched(p); i++) out.push(`${y0 + Math.floor(i / 12)}-${pad((i % 12) + 1)}`);
  return out;
}

/** The month of `today` while it is in progress within a period: the days gone by (today included) and its length. */
export interface MonthInProgress {
  month: string;
  days: number;
  length: number;
}

/**
 * The months of a period as a monthly plan judges them on `today` (SPEC §3 `patrolPlan`): `past` — the months touched
 * that are over; `current` — today's month when the period has begun and not ended before today; months that start
 * after today (all of them, for a period not begun) are in neither. A period that ended before today (or no
 * `today`) has every month touched in `past`, as before: its figures never change. A month that ends today is over.
 */
export function monthsByToday(p: Period, today?: string | null): { past: string[]; current: MonthInProgress | null } {
  const all = monthsOf(p);
  if (!today || today > p.to) return { past: all, current: null };
  if (today < p.from) return { past: [], current: null };
  const month = today.slice(0, 7);
  const y = +today.slice(0, 4);
  const m = +today.slice(5, 7);
  const length = lastDay(y, m);
  const days = +today.slice(8, 10);
  const past = all.filter((x) => x < month || (x === month && days === length));
  const current = days < length && all.includes(month) ? { month, days, length } : null;
  return { past, current };
}

/**
 * What a plan of `perMonth` a month expects of a period by `today` (SPEC §3 `patrolPlan`): `perMonth` for each month
 * over, for today's month the share of its days gone by, rounded down (a plan of 4 expects 2 by the 16th of a month
 * of 30 days), nothing for the months to come. Without `today`, or for a period over, `perMonth` × months touched.
 */
export function plannedBy(perMonth: number, p: Period, today?: string | null): number {
  const { past, current } = monthsByToday(p, today);
  const now = current ? Math.floor((perMonth * current.days) / current.length) : 0;
  return perMonth * past.length + now;
}

/** The same dates one year earlier (29/02 becomes 28/02): *cùng kỳ năm trước*. */
export function sameDatesYearBefore(p: Period): Period {
  const back = (iso: string) => {
    const y = Number(iso.slice(0, 4)) - 1;
    const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
    return `${String(y).padStart(4, '0')}-${md}`;
  };
  return { from: back(p.from), to: back(p.to) };
}

/** True when `day` (ISO) lies in the inclusive period; a blank day never does. */
export function inPeriod(day: string | null | undefined, p: Period): boolean {
  return !!day && day >= p.from && day <= p.to;
}

/** "01/01/2023 – 30/06/2023". */
export function periodText(p: Period): string {
  return `${slashDate(p.from)} – ${slashDate(p.to)}`;
}

export interface FieldError {
  field: string;
  message: string;
}

export type PeriodCheck = { ok: true; period: Period } | { ok: false; errors: FieldError[] };

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

/** Checks `{ from, to }` as it comes over the wire: real days, `from` ≤ `to`. */
/**
 * A value as an error message quotes it: text as typed, anything else as JSON (never
 * "[object Object]"), cut to 40 characters so that a pasted page does not flood the message.
 */
export function shownValue(v: unknown): string {
  const s = typeof v === 'string' ? v : (JSON.stringify(v) ?? String(v));
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}

export function validatePeriod(input: unknown): PeriodCheck {
  const o = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const errors: FieldError[] = [];
  const day = (field: 'from' | 'to', label: string): string | null => {
    const v = o[field];
    if (v === undefined || v === null || v === '') {
      errors.push({ field, message: t('period.required', { name: label }) });
      return null;
    }
    if (typeof v !== 'string' || !isIsoDay(v)) {
      errors.push({ field, message: t('period.badDay', { name: label, value: shownValue(v) }) });
      return null;
    }
    const y = +v.slice(0, 4);
    if (y < MIN_YEAR || y > MAX_YEAR) {
      errors.push({ field, message: t('period.badYear', { name: label, min: MIN_YEAR, max: MAX_YEAR }) });
      return null;
    }
    return v;
  };
  const from = day('from', t('period.from'));
  const to = day('to', t('period.to'));
  if (from && to && from > to) errors.push({ field: 'to', message: t('period.order') });
  return errors.length || !from || !to ? { ok: false, errors } : { ok: true, period: { from, to } };
}
