/**
 * Sheet repositories: one batched read per sheet (`getDataRange().getValues()`), one
 * batched write per sheet (`setNumberFormats` + `setValues` on one block). Callers hold
 * the document lock for writes.
 */
import {
  type CodecContext,
  encodeRow,
  type HeaderMap,
  mapHeaders,
  readRecords,
  type ReadResult,
} from '../domain/codec';
import type { NormalRecord } from '../domain/fields';
import { defaultLists, type Lists } from '../domain/lists';
import { parseListsValues } from '../domain/listsValues';
import { type SheetDef, sheetDef, type SheetKey } from '../domain/sheets';
import { t } from '../domain/i18n';
import type { Clock } from '../domain/clock';
import { gas } from './gas';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The sheet of a registry entry, or an error naming it and how to repair. */
export function requireSheet(def: SheetDef, ss = gas.spreadsheet()): Sheet {
  const sheet = ss.getSheetByName(def.name);
  if (!sheet) throw new Error(t('sheet.missing', { sheet: def.name }));
  return sheet;
}

/** All cell values of a sheet in one call (header row first). */
export function readValues(sheet: Sheet): unknown[][] {
  return sheet.getDataRange().getValues();
}

/**
 * The records of a sheet. Without its id column or a required column no record can be
 * used (ids blank, or every row unreadable), so that is the repair message, not a result.
 */
export function readSheet<T = NormalRecord>(
  key: SheetKey,
  ctx: CodecContext,
  ss = gas.spreadsheet(),
): ReadResult<T> & { sheet: Sheet } {
  const def = sheetDef(key);
  const sheet = requireSheet(def, ss);
  const read = readRecords<T>(def, readValues(sheet), ctx);
  const essential = new Set(def.columns.filter((c) => c.type === 'id' || c.required).map((c) => c.header));
  if (read.header.missing.some((h) => essential.has(h))) assertColumns(def, read.header);
  return { ...read, sheet };
}

/** Throws the repair message when required columns are missing. */
export function assertColumns(def: SheetDef, header: HeaderMap): void {
  if (header.missing.length) {
    throw new Error(
      t('sheet.missingColumns', { sheet: def.name, columns: header.missing.map((h) => `"${h}"`).join(', ') }),
    );
  }
}

export interface AppendOptions {
  /** The sheet's last row when the caller has just read it (saves a `getLastRow` call). */
  lastRow?: number;
  /** The number of rows of the sheet's grid when the caller knows it (set-up: saves a `getMaxRows` call). */
  maxRows?: number;
  /**
   * The rows written already have the registry's number formats (a sheet set-up has just created and formatted,
   * with no user column): values only, without the `setNumberFormats` call.
   */
  formatted?: boolean;
  /**
   * Insert the new rows right after the last row (they take its formats and validation)
   * instead of filling the blank rows below it: one structural call every time instead of
   * a `getMaxRows` read plus a growth call when the grid is full — the same number of calls
   * whatever the size — and a row someone is typing below the data is pushed down, not overwritten.
   */
  insertRows?: boolean;
}

/**
 * Appends records below the last row in one batched write: the block's number formats
 * (text columns `@`, so user text never becomes a formula) and then its values. The block
 * spans the registry columns only, so user columns to their right are not touched; the
 * current formats of user columns inside it are kept (read only when there are any).
 */
export function appendRecords(
  def: SheetDef,
  sheet: Sheet,
  header: HeaderMap,
  records: Partial<NormalRecord>[],
  clock: Clock,
  opts: AppendOptions = {},
): { firstRow: number } {
  assertColumns(def, header);
  const firstRow = (opts.lastRow ?? sheet.getLastRow()) + 1;
  if (records.length === 0) return { firstRow };
  const placed = new Set(Object.values(header.index));
  const width = Math.max(...placed) + 1;
  let userInside = false;
  for (let i = 0; i < width; i++) if (!placed.has(i)) userInside = true;
  const userFormats = userInside ? sheet.getRange(2, 1, 1, width).getNumberFormats()[0] : [];
  const rows = records.map((r) => encodeRow(def, header, r, clock, userFormats));
  if (opts.insertRows) {
    insertBelowData(sheet, firstRow - 1, rows.length);
  } else {
    const maxRows = opts.maxRows ?? sheet.getMaxRows();
    const lastRow = firstRow + rows.length - 1;
    if (lastRow > maxRows) sheet.insertRowsAfter(maxRows, lastRow - maxRows);
  }
  const range = sheet.getRange(firstRow, 1, rows.length, width);
  if (!opts.formatted) range.setNumberFormats(rows.map((r) => r.formats.slice(0, width)));
  range.setValues(rows.map((r) => r.values.slice(0, width)));
  return { firstRow };
}

/**
 * `n` new rows after row `last`, made like the data row above them (formats, dropdowns).
 * Never above row 2: a row inserted there pushes down every reference that starts at row 2 —
 * the dropdowns of other sheets whose source is this sheet's `A2:A` would then read `A3:A` and
 * leave out the first record (Sheets moves references on inserts). A sheet with no data keeps
 * its blank, formatted rows 2… from set-up: the block is written into them, and the grid grows
 * at its end only when it is too short.
 */
function insertBelowData(sheet: Sheet, last: number, n: number): void {
  if (last > 1) {
    sheet.insertRowsAfter(last, n);
    return;
  }
  const maxRows = sheet.getMaxRows();
  const need = 1 + n - maxRows;
  if (need > 0) sheet.insertRowsAfter(maxRows, need);
}

/** Lists of `Danh mục` (defaults for any list column that is missing or empty): one read. */
export function readLists(ss = gas.spreadsheet()): Lists {
  const sheet = ss.getSheetByName(sheetDef('lists').name);
  return sheet ? parseListsValues(readValues(sheet)) : defaultLists();
}

export { mapHeaders };
