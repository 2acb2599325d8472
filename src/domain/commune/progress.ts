/**
 * An update of the commune's figures that outlives one execution (SPEC §9.4): the progress saved in the
 * commune's document properties after every village, so "Tiếp tục" starts where the last run stopped.
 * Each run stops taking new villages when the next one would likely cross its time budget.
 */
import type { Period } from '../report';

export interface Progress {
  period: Period;
  /** ISO instant the update began (figures read before it are stale). */
  startedAt: string;
  /** Index (0-based, in `Các thôn` row order) of the next village to read. */
  next: number;
  total: number;
  /** Executions used so far. */
  runs: number;
}

/** One execution may run 6 minutes; an update keeps one minute for writing the table and the charts. */
export const RUN_LIMIT_MS = 6 * 60 * 1000;
export const RUN_BUDGET_MS = 5 * 60 * 1000;

/**
 * Whether another village fits in the run: the time used plus the slowest village read so far (at
 * least `floorMs`) must stay within the budget.
 */
export function fitsAnother(usedMs: number, slowestMs: number, budgetMs = RUN_BUDGET_MS, floorMs = 5000): boolean {
  return usedMs + Math.max(slowestMs, floorMs) <= budgetMs;
}

export function parseProgress(text: string | null): Progress | null {
  if (!text) return null;
  try {
    const p = JSON.parse(text) as Progress;
    if (!p?.period || typeof p.next !== 'number' || typeof p.total !== 'number') return null;
    return p;
  } catch {
    return null;
  }
}

/** What an update's run answers (`apiCommuneUpdate`, `apiCommuneContinue`). */
export interface CommuneRun {
  period: Period;
  /** Villages read so far (rows of `Các thôn` passed, blank addresses included). */
  done: number;
  total: number;
  /** True when every village was read and `Tổng hợp xã` written. */
  finished: boolean;
  runs: number;
  /** Villages by status after this run (finished: the final statuses). */
  statuses: Record<string, number>;
  message: string;
}
