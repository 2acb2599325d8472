/**
 * The whole workbook as typed records: each sheet's `getValues()` matrix (header row
 * first) through the row codec. A missing sheet, or a sheet missing a required column,
 * is one issue with the repair hint and contributes no records; rows that cannot be
 * read are issues and are left out. Pure: the server passes in what it read.
 * With `needs` (fieldNeeds.ts) only the record types and columns named are decoded (`narrowDef`): the matrices may
 * then hold those columns only, and an issue is about those columns only.
 */
import type { Clock } from './clock';
import { readRecords, type RowIssue } from './codec';
import { t } from './i18n';
import { parseListsValues } from './listsValues';
import type { RecordsByKey, WorkbookData } from './report';
import { type ColumnDef, type RecordKey, SHEET, type SheetDef, sheetDef } from './sheets';
import type { DataFor, FieldNeeds } from './fieldNeeds';
import type { NormalRecord } from './fields';
import { RECORD_TYPES } from './registry/recordTypes';
import { parseSettingsValues } from './settingsValues';

/** Record sheets that feed the figures: every record type of the registry, in sheet order. */
export const RECORD_KEYS: readonly RecordKey[] = RECORD_TYPES.map((r) => r.key);

/** Sheet values by sheet name; a sheet that does not exist is absent. */
export type SheetValues = Partial<Record<string, readonly (readonly unknown[])[]>>;

/** A sheet-level issue (missing sheet: row 0; missing columns: row 1, the header). */
export function sheetIssue(
  def: SheetDef,
  values: readonly (readonly unknown[])[] | undefined,
  missing: string[],
  requiredMissing: string[],
): RowIssue | null {
  if (!values) return { sheet: def.name, row: 0, column: '', message: t('sheet.missing', { sheet: def.name }) };
  if (!missing.length) return null;
  const columns = missing.map((h) => `"${h}"`).join(', ');
  if (!requiredMissing.length)
    return {
      sheet: def.name,
      row: 1,
      column: missing[0],
      message: t('sheet.missingColumns', { sheet: def.name, columns }),
    };
  const rows = values.slice(1).filter((r) => r.some((v) => v !== '' && v !== null && v !== undefined)).length;
  return {
    sheet: def.name,
    row: 1,
    column: requiredMissing[0],
    message: t('compliance.sheetUnread', { sheet: def.name, columns, rows }),
  };
}

/**
 * The clock with `day`/`time` remembered per instant: a workbook repeats few distinct
 * dates, and each conversion is a service call (`Utilities.formatDate`) in Apps Script.
 */
export function cachedClock(clock: Clock): Clock {
  const days = new Map<number, string>();
  const times = new Map<number, string>();
  const memo = (cache: Map<number, string>, f: (d: Date) => string) => (d: Date) => {
    const k = d.getTime();
    let v = cache.get(k);
    if (v === undefined) cache.set(k, (v = f(d)));
    return v;
  };
  return { ...clock, day: memo(days, (d) => clock.day(d)), time: memo(times, (d) => clock.time(d)) };
}

/**
 * The columns a read decodes for `fields`: those named, and the first required column when none of them is required.
 * A row blank in every decoded column is skipped as blank, and a valid record is never blank in its required
 * columns — so a narrow read keeps exactly the records a whole read keeps, wherever every cell can be read.
 */
export function neededColumns(def: SheetDef, fields: readonly string[]): ColumnDef[] {
  const named = new Set(fields);
  const required = def.columns.some((c) => named.has(c.field) && c.required)
    ? null
    : (def.columns.find((c) => c.required) ?? null);
  return def.columns.filter((c) => named.has(c.field) || c === required);
}

/** The sheet's definition with only the columns `fields` need (`neededColumns`). */
export function narrowDef(def: SheetDef, fields: readonly string[]): SheetDef {
  return { ...def, columns: neededColumns(def, fields) };
}

export function workbookFromValues(values: SheetValues, sheetClock: Clock): WorkbookData;
export function workbookFromValues<N extends FieldNeeds>(values: SheetValues, sheetClock: Clock, needs: N): DataFor<N>;
export function workbookFromValues(
  values: SheetValues,
  sheetClock: Clock,
  needs?: FieldNeeds,
): WorkbookData | DataFor<FieldNeeds> {
  const clock = cachedClock(sheetClock);
  const issues: RowIssue[] = [];
  const lists = parseListsValues(values[SHEET.lists] ?? []);
  const settingsRead = parseSettingsValues(values[SHEET.settings] ?? [], clock);
  issues.push(...settingsRead.issues);
  const records: Partial<Record<RecordKey, NormalRecord[]>> = {};
  for (const key of RECORD_KEYS) {
    const fields = needs ? needs[key] : undefined;
    if (needs && !fields) continue;
    const def = fields ? narrowDef(sheetDef(key), fields) : sheetDef(key);
    const v = values[def.name];
    const read = v ? readRecords(def, v, { clock, lists }) : null;
    const missing = read ? read.header.missing : [];
    const requiredMissing = missing.filter((h) => def.columns.find((c) => c.header === h)?.required);
    const sheetLevel = sheetIssue(def, v, missing, requiredMissing);
    if (sheetLevel) issues.push(sheetLevel);
    if (!read || requiredMissing.length) {
      records[key] = [];
      continue;
    }
    issues.push(...read.issues);
    records[key] = read.rows.map((r) => r.record);
  }
  return { ...asRecords(records), settings: settingsRead.settings, lists, issues, today: clock.today() };
}

/** Distinct sheet rows that could not be read (sheet-level issues count as one each). */
export function unreadableRowCount(issues: readonly RowIssue[]): number {
  return new Set(issues.map((i) => `${i.sheet}\u0000${i.row}`)).size;
}

/**
 * The second cast of the registry: the row codec decodes each record sheet by the same
 * registry columns its record type is inferred from (`RecordOf`), so a decoded row is that
 * record; the codec works on columns at run time and cannot say so to the compiler.
 */
function asRecords(records: Partial<Record<RecordKey, NormalRecord[]>>): RecordsByKey {
  return records as unknown as RecordsByKey;
}
