/**
 * A village's row of `Các thôn` (SPEC §9.2): its spreadsheet address, and what the last update found.
 * Statuses: ok, noAccess (the commune's account cannot open the spreadsheet, or the address is wrong),
 * notSetUp (it opens but has no `Cài đặt`: set-up never ran), failed (reading or computing threw),
 * stale (the figures kept are of another period, or older than the update being made), pending (not yet
 * read by the update under way), noAddress (a row with a name but no address: nothing to read).
 */
import type { Period } from '../report';

export const VILLAGE_STATUSES = ['ok', 'noAccess', 'noAddress', 'notSetUp', 'failed', 'stale', 'pending'] as const;
export type VillageStatus = (typeof VILLAGE_STATUSES)[number];

/**
 * What a row of `Các thôn` is: a village to read (it has an address), a village typed without its address (a name
 * only: status `noAddress`, counted among the villages without figures), or a blank row (skipped).
 */
export function villageRowKind(address: unknown, name: unknown): 'village' | 'noAddress' | 'blank' {
  if (String(address ?? '').trim()) return 'village';
  return String(name ?? '').trim() ? 'noAddress' : 'blank';
}

/**
 * The spreadsheet id of an address: a Sheets URL (`…/spreadsheets/d/<id>/…`) or the id itself;
 * null when it is neither.
 */
export function spreadsheetIdOf(address: unknown): string | null {
  const s = String(address ?? '').trim();
  if (!s) return null;
  const m = /\/spreadsheets\/d\/([A-Za-z0-9_-]+)/.exec(s);
  if (m) return m[1];
  return /^[A-Za-z0-9_-]{6,}$/.test(s) ? s : null;
}

/**
 * How an error opening a village reads: Apps Script says "You do not have permission…" (no access, or the
 * commune's add-on lacks the scope) and "Unexpected error while getting the method or property openById"
 * (no such file, or no access); both mean the commune cannot open it.
 */
export function openErrorStatus(message: string): 'noAccess' | 'failed' {
  return /permission|access|openById|openByUrl|not found|missing/i.test(message) ? 'noAccess' : 'failed';
}

export interface StoredFigures {
  period: Period;
  /** ISO instant of the read. */
  readAt: string;
}

/** Figures kept from an earlier read are stale when their period differs, or they were read before `since`. */
export function isStale(stored: StoredFigures, period: Period, since: string): boolean {
  return stored.period.from !== period.from || stored.period.to !== period.to || stored.readAt < since;
}
