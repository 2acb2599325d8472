/**
 * What one save works with, under the document lock: the spreadsheet, its clock, and
 * each sheet it touches read exactly once (`getDataRange().getValues()`), whatever the
 * number of rows. Reference data for validation (teams, members, households, lists) is
 * taken from these reads.
 */
import type { Clock } from '../../domain/clock';
import { decodeCell, type HeaderMap, mapHeaders } from '../../domain/codec';
import type { FieldValue } from '../../domain/fields';
import type { InputContext, KnownRecord } from '../../domain/inputs';
import type { RecordType } from '../../domain/registry/define';
import type { Lists } from '../../domain/lists';
import { type SheetDef, sheetDef, type SheetKey } from '../../domain/sheets';
import { cachedClock } from '../../domain/workbook';
import { t } from '../../domain/i18n';
import { gas, sheetClock } from '../gas';
import { readLists, readValues, requireSheet } from '../repo';
import { Journal } from './journal';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Table {
  key: SheetKey;
  def: SheetDef;
  sheet: Sheet;
  /** The sheet's cells, header row first (`values[i]` is sheet row `i + 1`). */
  values: unknown[][];
  header: HeaderMap;
}

/** Raw cells of a field for the data rows (`cells[i]` is sheet row `i + 2`); '' when the column is missing. */
export function cells(table: Table, field: string): unknown[] {
  const i = table.header.index[field];
  const out: unknown[] = new Array(Math.max(0, table.values.length - 1));
  for (let r = 1; r < table.values.length; r++) out[r - 1] = i === undefined ? '' : table.values[r][i];
  return out;
}

/** Trimmed text of a field's cells. */
export function texts(table: Table, field: string): string[] {
  return cells(table, field).map((v) => (v === null || v === undefined ? '' : String(v).trim()));
}

/** Data-row indexes (0-based, as in `cells`) whose `Mã yêu cầu` is `requestId`. */
export function rowsOfRequest(table: Table, requestId: string): number[] {
  const out: number[] = [];
  texts(table, 'requestId').forEach((v, i) => {
    if (v === requestId) out.push(i);
  });
  return out;
}

export class SaveSession {
  readonly clock: Clock;
  readonly today: string;
  private readonly tables = new Map<SheetKey, Table>();
  private listsRead?: Lists;
  /** The id counters of the document properties, once read (`counter.ts`). */
  counters?: Record<string, number>;
  /** `Nhật ký`'s cells when a save had to read them whole (to reconcile the id counters). */
  journalValues?: unknown[][];

  constructor(readonly ss: Spreadsheet = gas.spreadsheet()) {
    this.clock = cachedClock(sheetClock(ss));
    this.today = this.clock.today();
  }

  /** The sheet of `key`, read once; a missing id column is an error naming the sheet. */
  table(key: SheetKey): Table {
    let table = this.tables.get(key);
    if (!table) {
      const def = sheetDef(key);
      const sheet = requireSheet(def, this.ss);
      const values = readValues(sheet);
      const header = mapHeaders(def, values[0] ?? []);
      if (def.id && header.index.id === undefined)
        throw new Error(t('sheet.missingColumns', { sheet: def.name, columns: `"${def.id.header}"` }));
      table = { key, def, sheet, values, header };
      this.tables.set(key, table);
    }
    return table;
  }

  /** Forgets a table after writing it: a later step reads it again. */
  forget(key: SheetKey): void {
    this.tables.delete(key);
  }

  /** The tables read so far. */
  tablesRead(): Table[] {
    return [...this.tables.values()];
  }

  lists(): Lists {
    return (this.listsRead ??= readLists(this.ss));
  }

  /** A column decoded by the row codec (`null` for cells it cannot read). */
  decoded(table: Table, field: string): FieldValue[] {
    const col = table.def.columns.find((c) => c.field === field)!;
    return cells(table, field).map((v) => {
      const d = decodeCell(col, v, this.clock);
      return 'value' in d ? d.value : null;
    });
  }

  /** One day cell of a data row (`index` as in `cells`); unreadable or blank: `null`. */
  dayAt(table: Table, field: string, index: number): string | null {
    const col = table.def.columns.find((c) => c.field === field)!;
    const i = table.header.index[field];
    const d = decodeCell(col, i === undefined ? '' : table.values[index + 1][i], this.clock);
    return 'value' in d && typeof d.value === 'string' && d.value !== '' ? d.value : null;
  }

  /** A day column (unreadable or blank cells: `null`). */
  days(table: Table, field: string): (string | null)[] {
    return this.decoded(table, field).map((v) => (typeof v === 'string' && v !== '' ? v : null));
  }

  /** The decoded fields of one data row (`index` as in `cells`); cells the codec cannot read are left out. */
  recordAt(table: Table, index: number): Record<string, FieldValue> {
    const out: Record<string, FieldValue> = {};
    for (const col of table.def.columns) {
      const i = table.header.index[col.field];
      if (i === undefined) continue;
      const d = decodeCell(col, table.values[index + 1][i], this.clock);
      if ('value' in d) out[col.field] = d.value;
    }
    return out;
  }

  /** The known records of a record type for reference checks: ids and, with an active span, its days. */
  known(key: SheetKey): KnownRecord[] {
    const table = this.table(key);
    const span = table.def.record?.active;
    const from = span ? this.days(table, span.from) : [];
    const until = span ? this.days(table, span.until) : [];
    return texts(table, 'id')
      .map((id, i) => (span ? { id, [span.from]: from[i], [span.until]: until[i] } : { id }))
      .filter((x) => x.id !== '');
  }

  /**
   * The validation context for the fields of `record` of a record type, from fresh reads of
   * just what they need: `Danh mục` when a list field is given, the referenced sheet of each
   * reference given (a reference left blank needs no read).
   */
  contextFor(type: RecordType, record: Readonly<Record<string, unknown>>): InputContext {
    const given = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null && v !== '');
    const ctx: InputContext = { today: this.today };
    const known: Record<string, KnownRecord[]> = {};
    for (const col of type.list) {
      if (!given(record[col.field])) continue;
      if (col.list) ctx.lists = this.lists();
      if (col.refKey && !(col.refKey in known)) known[col.refKey] = this.known(col.refKey as SheetKey);
    }
    ctx.known = known;
    return ctx;
  }

  private journalRead?: Journal;

  /** `Nhật ký`: its header read once (a broken sheet stops the save before anything is written). */
  journal(): Journal {
    return (this.journalRead ??= new Journal(this));
  }

  /** The user saving (for `Người ghi` and `Nhật ký`); '' when Apps Script does not tell. */
  user(): string {
    return gas.userEmail();
  }
}
