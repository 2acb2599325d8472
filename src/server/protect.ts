/**
 * What the current user may write, asked before anything is written (SPEC §3.1): every action that writes (data
 * check, summary, set-up, sample loader) looks up the protections that stop this user, and writes nothing where one
 * would refuse a write, answering a Vietnamese message that names the protected sheet or range — never Apps
 * Script's English "You are trying to edit a protected cell…" half-way through.
 *
 * Calls: the owner may edit everything (Apps Script: "the spreadsheet owner is always able to edit protected ranges
 * and sheets"), so for the owner this costs the user's email only (the owner's is kept ten minutes in the document
 * cache: `getOwner` + `getEmail` once, not per save). For anyone else: the
 * spreadsheet's sheet and range protections (2 calls), then per protection whether it is a warning (such a
 * protection never stops a script) and `canEdit()`; the range and sheet of a protection that stops the user.
 */
import { t } from '../domain/i18n';
import { gas } from './gas';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** 1-based cells. */
export interface Area {
  row: number;
  column: number;
  numRows: number;
  numColumns: number;
}

/** A protection that stops the current user. */
export interface Lock {
  sheet: string;
  /** The protected range (A1), or null for a sheet protection. */
  range: string | null;
  /** The cells it covers; null for a whole sheet. */
  area: Area | null;
  /** Cells of a sheet protection left open (`setUnprotectedRanges`). */
  open: Area[];
}

/** The owner's email, lower-cased ('' when the spreadsheet has none, e.g. in a shared drive). */
export function ownerEmail(ss: Spreadsheet): string {
  const owner = ss.getOwner();
  return owner ? owner.getEmail().trim().toLowerCase() : '';
}

export const OWNER_KEY = 'antt:owner';
/** Ten minutes: a spreadsheet changes owner rarely, and a stale owner only skips a pre-check Sheets still enforces. */
const OWNER_SECONDS = 600;

/**
 * The owner's email for the pre-checks of a save (`locksFor`): from the document cache when known (saves no
 * `getOwner` + `getEmail` per save), else asked and kept. Set-up and the sample loader, which set protections,
 * ask `ownerEmail` itself. A cache that fails is only slower.
 */
export function cachedOwnerEmail(ss: Spreadsheet): string {
  let cache: GoogleAppsScript.Cache.Cache | null = null;
  try {
    cache = gas.documentCache();
    const known = cache?.get(OWNER_KEY);
    if (known !== null && known !== undefined) return known;
  } catch {
    cache = null;
  }
  const owner = ownerEmail(ss);
  try {
    cache?.put(OWNER_KEY, owner, OWNER_SECONDS);
  } catch {
    // Only slower next time.
  }
  return owner;
}

/** The current user's email, lower-cased ('' when Apps Script does not tell). */
export function userEmail(): string {
  return gas.userEmail().trim().toLowerCase();
}

const areaOf = (r: Range): Area => ({
  row: r.getRow(),
  column: r.getColumn(),
  numRows: r.getNumRows(),
  numColumns: r.getNumColumns(),
});

/** The protections that stop the current user from writing; none for the owner (`owner`: when already known). */
export function locksFor(ss: Spreadsheet, owner: string = cachedOwnerEmail(ss), me: string = userEmail()): Lock[] {
  if (me !== '' && me === owner) return [];
  const app = gas.app();
  const locks: Lock[] = [];
  for (const type of [app.ProtectionType.SHEET, app.ProtectionType.RANGE]) {
    for (const p of ss.getProtections(type)) {
      if (p.isWarningOnly() || p.canEdit()) continue;
      const range = p.getRange();
      const sheet = range.getSheet().getName();
      if (type === app.ProtectionType.SHEET) {
        locks.push({ sheet, range: null, area: null, open: p.getUnprotectedRanges().map(areaOf) });
      } else {
        locks.push({ sheet, range: range.getA1Notation(), area: areaOf(range), open: [] });
      }
    }
  }
  return locks;
}

const overlaps = (a: Area, b: Area) =>
  a.row <= b.row + b.numRows - 1 &&
  b.row <= a.row + a.numRows - 1 &&
  a.column <= b.column + b.numColumns - 1 &&
  b.column <= a.column + a.numColumns - 1;

const inside = (a: Area, b: Area) =>
  a.row >= b.row &&
  a.column >= b.column &&
  a.row + a.numRows <= b.row + b.numRows &&
  a.column + a.numColumns <= b.column + b.numColumns;

/** The first lock that stops a write to `area` of the sheet (any cell of it when no area is given). */
export function lockOn(locks: readonly Lock[], sheet: string, area?: Area): Lock | null {
  for (const l of locks) {
    if (l.sheet !== sheet) continue;
    if (!area) return l;
    if (l.area === null ? !l.open.some((o) => inside(area, o)) : overlaps(l.area, area)) return l;
  }
  return null;
}

/** The message naming a lock: "Trang … được bảo vệ…" or "Vùng … của trang … được bảo vệ…". */
export function lockMessage(lock: Lock): string {
  return lock.range === null
    ? t('protect.sheet', { sheet: lock.sheet })
    : t('protect.range', { sheet: lock.sheet, range: lock.range });
}

/** The message for a write to `area` of the sheet (any cell of it when no area), or null when it is allowed. */
export function deniedWrite(locks: readonly Lock[], sheet: string, area?: Area): string | null {
  const lock = lockOn(locks, sheet, area);
  return lock ? lockMessage(lock) : null;
}
