/** The writes of a save: one batched append per sheet, or one rewrite of an edited row. */
import { type CellValue, DEFAULT_NUMBER_FORMAT, encodeCell } from '../../domain/codec';
import type { NormalRecord } from '../../domain/fields';
import { numberFormatOf } from '../../domain/sheets';
import { t } from '../../domain/i18n';
import { gas } from '../gas';
import { appendRecords, assertColumns } from '../repo';
import type { SaveSession, Table } from './session';

/**
 * Before anything is written: a target sheet lacking columns gives the repair message; a
 * sensitive sheet the user may not edit (protected: owner and listed editors only) says so.
 */
export function assertWritable(...tables: Table[]): void {
  for (const table of tables) {
    assertColumns(table.def, table.header);
    if (table.def.sensitive) {
      const locked = table.sheet.getProtections(gas.app().ProtectionType.SHEET).some((p) => !p.canEdit());
      if (locked) throw new Error(t('save.protected', { sheet: table.def.name }));
    }
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
 * Rewrites the registry columns of one data row (`index` as in `cells`): fields in
 * `changes` get their new value, the others are written back as read. User columns are
 * not touched: one write per run of adjacent registry columns (one when none sits between).
 */
export function rewriteRow(s: SaveSession, table: Table, index: number, changes: Partial<NormalRecord>): void {
  const row = table.values[index + 1];
  const byIndex = new Map(
    table.def.columns.filter((c) => c.field in table.header.index).map((c) => [table.header.index[c.field], c]),
  );
  const positions = [...byIndex.keys()].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const p of positions) {
    const last = runs[runs.length - 1];
    if (last && last[last.length - 1] === p - 1) last.push(p);
    else runs.push([p]);
  }
  for (const run of runs) {
    const values: CellValue[] = [];
    const formats: string[] = [];
    for (const p of run) {
      const col = byIndex.get(p)!;
      values.push(col.field in changes ? encodeCell(col, changes[col.field], s.clock) : ((row[p] ?? '') as CellValue));
      formats.push(numberFormatOf(col.type) ?? DEFAULT_NUMBER_FORMAT);
    }
    const range = table.sheet.getRange(index + 2, run[0] + 1, 1, run.length);
    range.setNumberFormats([formats]);
    range.setValues([values]);
  }
}
