/**
 * Reads the whole workbook for the figures: exactly one `getDataRange().getValues()`
 * per sheet that exists (settings, lists and every record sheet), then the pure codec.
 */
import type { Clock } from '../domain/clock';
import type { WorkbookData } from '../domain/report';
import { SHEET } from '../domain/sheets';
import { RECORD_KEYS, type SheetValues, workbookFromValues } from '../domain/workbook';
import { sheetDef } from '../domain/sheets';
import { gas, sheetClock } from './gas';
import { readValues } from './repo';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ReadWorkbook {
  data: WorkbookData;
  clock: Clock;
  values: SheetValues;
  sheets: Map<string, Sheet>;
}

/** Names of the sheets the figures are read from. */
export const READ_SHEETS: readonly string[] = [
  SHEET.settings,
  SHEET.lists,
  ...RECORD_KEYS.map((k) => sheetDef(k).name),
];

/** One `getDataRange().getValues()` per named sheet that exists. */
export function readSheetValues(names: readonly string[], ss = gas.spreadsheet()): Omit<ReadWorkbook, 'data'> {
  const clock = sheetClock(ss);
  const values: SheetValues = {};
  const sheets = new Map<string, Sheet>();
  for (const name of names) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    sheets.set(name, sheet);
    values[name] = readValues(sheet);
  }
  return { clock, values, sheets };
}

export function readWorkbook(ss = gas.spreadsheet()): ReadWorkbook {
  const read = readSheetValues(READ_SHEETS, ss);
  return { ...read, data: workbookFromValues(read.values, read.clock) };
}
