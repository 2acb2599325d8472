/** The writes of a save: one batched append per sheet, or the changed cells of an edited row. */
import { type CellValue, encodeCell } from '../../domain/codec';
import type { FieldValue, NormalRecord } from '../../domain/fields';
import { numberFormatOf, sheetDef } from '../../domain/sheets';
import { t } from '../../domain/i18n';
import { lockMessage, lockOn, locksFor } from '../protect';
import { appendRecords, assertColumns } from '../repo';
import { changedColumns } from './changes';
import type { SaveSession, Table } from './session';

const TEXT_FORMAT = '@';

/**
 * Before anything is written: a target sheet lacking columns gives the repair message; a sheet
 * the user may not write (a sheet or range protection: `protect.ts`; `Nhật ký` included) stops the
 * save with a message naming it — a sensitive sheet: "owner and listed editors only".
 */
export function assertWritable(s: SaveSession, ...tables: Table[]): void {
  for (const table of tables) assertColumns(table.def, table.header);
  const locks = locksFor(s.ss, s.hints.owner, s.user().trim().toLowerCase());
  if (locks.length === 0) return;
  for (const def of [...tables.map((tb) => tb.def), sheetDef('log')]) {
    const lock = lockOn(locks, def.name);
    if (lock) throw new Error(def.sensitive ? t('save.protected', { sheet: def.name }) : lockMessage(lock));
  }
}

/** Appends the records below the table's last row: one row insertion, one format and one value write. */
export function append(s: SaveSession, table: Table, records: Partial<NormalRecord>[]): void {
  if (records.length)
    appendRecords(table.def, table.sheet, table.header, records, s.clock, {
      lastRow: table.values.length,
      insertRows: true,
    });
}

/**
 * Writes the changed cells of one data row (`index` as in `cells`) and nothing else: a field of
 * `changes` whose value differs from `before` (the row as decoded; a cell it could not read
 * counts as changed). One write per run of adjacent changed cells; other cells keep their
 * values, formulas, formats and notes. A changed text cell gets the `@` format with its value
 * (so user text is never read as a formula or a number); a date, number or checkbox cell keeps
 * its format (a custom date format stays). Returns the fields written.
 */
export function writeChanges(
  s: SaveSession,
  table: Table,
  index: number,
  before: Readonly<Record<string, FieldValue>>,
  changes: Readonly<Record<string, FieldValue>>,
): string[] {
  const changed = new Set(changedColumns(table.def.columns, before, changes).map((c) => c.field));
  for (const col of table.def.columns) if (col.field in changes && !(col.field in before)) changed.add(col.field);
  const byIndex = new Map(
    table.def.columns
      .filter((c) => c.field in table.header.index && changed.has(c.field))
      .map((c) => [table.header.index[c.field], c]),
  );
  const positions = [...byIndex.keys()].sort((a, b) => a - b);
  // Runs of adjacent changed cells that are all text (format `@` written) or all not (format kept).
  const runs: number[][] = [];
  const isText = (p: number) => numberFormatOf(byIndex.get(p)!.type) === TEXT_FORMAT;
  for (const p of positions) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === p - 1 && isText(last[0]) === isText(p)) last.push(p);
    else runs.push([p]);
  }
  for (const run of runs) {
    const values: CellValue[] = run.map((p) => {
      const col = byIndex.get(p)!;
      return encodeCell(col, changes[col.field], s.clock);
    });
    const range = table.sheet.getRange(index + 2, run[0] + 1, 1, run.length);
    if (isText(run[0])) range.setNumberFormats([run.map(() => TEXT_FORMAT)]);
    range.setValues([values]);
  }
  return positions.map((p) => byIndex.get(p)!.field);
}

/** Removes the data rows (indexes as in `cells`): one `deleteRows` per block of adjacent rows, bottom first. */
export function removeRows(table: Table, rows: readonly number[]): void {
  if (rows.length === 0) return;
  const sheetRows = [...new Set(rows)].map((i) => i + 2).sort((a, b) => b - a);
  const dataRows = table.values.length - 1;
  // Sheets refuses to delete every row below the frozen header: keep one blank row.
  if (sheetRows.length >= dataRows) {
    const max = table.sheet.getMaxRows();
    if (max - 1 <= sheetRows.length) table.sheet.insertRowsAfter(max, 1);
  }
  let i = 0;
  while (i < sheetRows.length) {
    let j = i;
    while (j + 1 < sheetRows.length && sheetRows[j + 1] === sheetRows[j] - 1) j++;
    table.sheet.deleteRows(sheetRows[j], j - i + 1);
    i = j + 1;
  }
}
