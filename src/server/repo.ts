/**
 * Sheet repositories: one batched read per sheet (`getDataRange().getValues()`), one
 * batched write per sheet (`setNumberFormats` + `setValues` on one block). Callers hold
 * the document lock for writes.
 */
import { CodecContext, encodeRow, HeaderMap, mapHeaders, readRecords, ReadResult } from '../domain/codec';
import { NormalRecord } from '../domain/fields';
import { defaultLists, LIST_NAMES, Lists, REQUIRED_COMMITMENT_HEADER } from '../domain/lists';
import { normalizeHeader, SheetDef, sheetDef, SheetKey } from '../domain/sheets';
import { t } from '../domain/i18n';
import { Clock } from '../domain/clock';
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

export function readSheet<T = NormalRecord>(key: SheetKey, ctx: CodecContext, ss = gas.spreadsheet()): ReadResult<T> & { sheet: Sheet } {
  const def = sheetDef(key);
  const sheet = requireSheet(def, ss);
  return { ...readRecords<T>(def, readValues(sheet), ctx), sheet };
}

/** Throws the repair message when required columns are missing. */
export function assertColumns(def: SheetDef, header: HeaderMap): void {
  if (header.missing.length) {
    throw new Error(t('sheet.missingColumns', { sheet: def.name, columns: header.missing.map((h) => `"${h}"`).join(', ') }));
  }
}

/**
 * Appends records below the last row in one batched write: the block's number formats
 * (text columns `@`, so user text never becomes a formula) and then its values.
 */
export function appendRecords(def: SheetDef, sheet: Sheet, header: HeaderMap, records: Partial<NormalRecord>[], clock: Clock): { firstRow: number } {
  assertColumns(def, header);
  const firstRow = sheet.getLastRow() + 1;
  if (records.length === 0) return { firstRow };
  const width = Math.max(header.width, ...Object.values(header.index).map((i) => i + 1));
  const userFormats = sheet.getRange(2, 1, 1, width).getNumberFormats()[0];
  const rows = records.map((r) => encodeRow(def, header, r, clock, userFormats));
  const need = firstRow + rows.length - 1 - sheet.getMaxRows();
  if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
  const range = sheet.getRange(firstRow, 1, rows.length, width);
  range.setNumberFormats(rows.map((r) => r.formats));
  range.setValues(rows.map((r) => r.values));
  return { firstRow };
}

/** Lists of `Danh mục` (defaults for any list column that is missing or empty). */
export function readLists(ss = gas.spreadsheet()): Lists {
  const lists = defaultLists();
  const sheet = ss.getSheetByName(sheetDef('lists').name);
  if (!sheet) return lists;
  const values = readValues(sheet);
  const header = (values[0] ?? []).map(normalizeHeader);
  const reqCol = header.indexOf(normalizeHeader(REQUIRED_COMMITMENT_HEADER));
  for (const name of LIST_NAMES) {
    const c = header.indexOf(normalizeHeader(name));
    if (c < 0) continue;
    const items = values.slice(1).map((r) => String(r[c] ?? '').trim()).filter((x) => x !== '');
    if (items.length === 0) continue;
    lists.values[name] = [...new Set(items)];
    if (name === 'Loại cam kết' && reqCol >= 0) {
      lists.requiredCommitments = values
        .slice(1)
        .filter((r) => String(r[c] ?? '').trim() !== '' && (r[reqCol] === true || String(r[reqCol]).toUpperCase() === 'TRUE'))
        .map((r) => String(r[c]).trim());
    }
  }
  return lists;
}

export { mapHeaders };
