/**
 * What one save works with, under the document lock: the spreadsheet, its clock, and each sheet it touches read
 * once, as little of it as the save needs (issue 15). A save names the fields it will look at (`table(key,
 * fields)`; by default the id and `Mã yêu cầu`): a small sheet is read whole (`getDataRange`: the columns left
 * out would cost less than the calls a narrow read adds), a large one rows 1…last of those columns only, from where
 * set-up puts them (`planSpans`, the cost model of the figures' reads). The header cells read with them must name them;
 * if not (a column moved, a user column inserted, a sheet older than a column) the header row is read whole and
 * the columns are read where it has them. A sheet the save writes needs its whole header row (`target`), a row it
 * edits or deletes all its cells (`recordAt`): read then. A field asked for later is read then (`cells`). Reference
 * data for validation (teams, members, households, lists) is taken from these reads.
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
import { readLists, requireSheet } from '../repo';
import { readSettings } from '../settingsRepo';
import { READ_COST, readPositions } from '../workbook';
import { Journal } from './journal';
import type { Hints } from './requests';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Table {
  key: SheetKey;
  def: SheetDef;
  sheet: Sheet;
  /**
   * The sheet's cells, header row first (`values[i]` is sheet row `i + 1`, `values[i][c]` column `c + 1`), one row
   * per row up to the last: of the columns read (`loaded`), the others left empty.
   */
  values: unknown[][];
  /** Where the sheet has each field: all of them once `complete`, else those read. */
  header: HeaderMap;
  /** The header row was read whole: a field not in `header` is not in the sheet. */
  complete: boolean;
  /** The fields whose cells are in `values` (`'all'`: every cell of the sheet was read). */
  loaded: Set<string> | 'all';
  /** Reads the fields not read yet (their cells of every row): one read for all of them. */
  ensure(fields: readonly string[]): void;
}

/** The fields a save looks at when it names none: the id and `Mã yêu cầu`. */
const DEFAULT_FIELDS = ['id', 'requestId'];
/**
 * Calls a narrow read may cost more than a whole one (the header row: `getLastColumn`, `getRange`, `getValues`):
 * a sheet is read whole unless the cells left out are worth more than these calls.
 */
const NARROW_EXTRA_CALLS = 3;

/** Raw cells of a field for the data rows (`cells[i]` is sheet row `i + 2`); '' when the column is missing. */
export function cells(table: Table, field: string): unknown[] {
  table.ensure([field]);
  const i = table.header.index[field];
  const out: unknown[] = new Array(Math.max(0, table.values.length - 1));
  for (let r = 1; r < table.values.length; r++) out[r - 1] = i === undefined ? '' : table.values[r][i];
  return out;
}

/** Trimmed text of a field's cells (made once per field: a save asks for the ids several times). */
export function texts(table: Table, field: string): string[] {
  table.ensure([field]);
  const memo = (textMemo.get(table) ?? textMemo.set(table, new Map()).get(table))!;
  const at = table.header.index[field];
  const key = `${field}@${at}`;
  let out = memo.get(key);
  if (!out) {
    out = cells(table, field).map((v) => (v === null || v === undefined ? '' : String(v).trim()));
    memo.set(key, out);
  }
  return out;
}

/** `texts` already made, per table (a table's cells do not change once read: a table written is read again). */
const textMemo = new WeakMap<Table, Map<string, string[]>>();

/** Data-row indexes (0-based, as in `cells`) whose `Mã yêu cầu` is `requestId`. */
export function rowsOfRequest(table: Table, requestId: string): number[] {
  const out: number[] = [];
  texts(table, 'requestId').forEach((v, i) => {
    if (v === requestId) out.push(i);
  });
  return out;
}

/** Every cell of one data row (`index` as in `cells`): read then (one read) unless the sheet was read whole. */
export function rowCells(table: Table, index: number): unknown[] {
  if (table.loaded !== 'all') {
    if (!table.complete) readHeader(table);
    const places = Object.values(table.header.index);
    if (places.length) {
      const width = Math.max(...places) + 1;
      const row = table.sheet.getRange(index + 2, 1, 1, width).getValues()[0];
      row.forEach((v, c) => {
        table.values[index + 1][c] = v;
      });
    }
  }
  return table.values[index + 1];
}

const fieldsOf = (def: SheetDef, fields: readonly string[]) =>
  [...new Set(fields)].filter((f) => def.columns.some((c) => c.field === f));

/** Whether the header cell names the field's column. */
function names(def: SheetDef, field: string, cell: unknown): boolean {
  const col = def.columns.find((c) => c.field === field)!;
  return mapHeaders({ ...def, columns: [col] }, [cell]).index[field] === 0;
}

/** Every cell of the sheet: its header row is then whole. */
function readWhole(table: Table): void {
  table.values = table.sheet.getDataRange().getValues();
  table.header = mapHeaders(table.def, table.values[0] ?? []);
  table.complete = true;
  table.loaded = 'all';
}

/** The header row, read whole; a field read from another column than the header now says is read again. */
function readHeader(table: Table): void {
  const row = table.sheet.getRange(1, 1, 1, Math.max(table.sheet.getLastColumn(), 1)).getValues()[0];
  const header = mapHeaders(table.def, row);
  if (table.loaded !== 'all')
    for (const f of [...table.loaded]) if (header.index[f] !== table.header.index[f]) table.loaded.delete(f);
  table.header = header;
  table.complete = true;
  const first = table.values[0] ?? [];
  row.forEach((v, c) => {
    first[c] = v;
  });
  table.values[0] = first;
}

/** Reads `fields` (of the sheet's definition, not read yet) over every row: one planned read. */
function readFields(table: Table, fields: readonly string[]): void {
  if (table.loaded === 'all') return;
  const loaded = table.loaded;
  const want = fieldsOf(table.def, fields).filter((f) => !loaded.has(f));
  if (want.length === 0) return;
  const place = (f: string) =>
    table.complete
      ? table.header.index[f]
      : (table.header.index[f] ?? table.def.columns.findIndex((c) => c.field === f));
  const at = want.flatMap((f) => (place(f) === undefined ? [] : [{ f, pos: place(f)! }]));
  if (at.length === 0) return;
  const rows = table.values.length;
  let read: ReturnType<typeof readPositions>;
  try {
    read = readPositions(
      table.sheet,
      at.map((x) => x.pos + 1),
      rows,
    );
  } catch (e) {
    // A column beyond the sheet's grid: the header row says where the columns are.
    if (table.complete) throw e;
    readHeader(table);
    readFields(table, want);
    return;
  }
  const wrong: string[] = [];
  at.forEach(({ f, pos }, i) => {
    const j = read.at[i];
    if (!table.complete && !names(table.def, f, read.matrix[0]?.[j])) {
      wrong.push(f);
      return;
    }
    for (let r = 0; r < rows; r++) table.values[r][pos] = read.matrix[r]?.[j] ?? '';
    table.header.index[f] = pos;
    loaded.add(f);
  });
  if (wrong.length && !table.complete) {
    readHeader(table);
    readFields(table, wrong);
  }
}

export class SaveSession {
  readonly clock: Clock;
  readonly today: string;
  private readonly tables = new Map<SheetKey, Table>();
  private listsRead?: Lists;
  /** The id counters of the document properties, once read (`counter.ts`). */
  counters?: Record<string, number>;
  /** `Nhật ký`'s cells with its `Mã bản ghi` column, when a save had to read it (to reconcile the id counters). */
  journalValues?: unknown[][];

  /**
   * `hints`: what the last save learnt (`requests.ts`): the rows of the sheets it read (a sheet known to be small is
   * read whole at once), the owner's email. A wrong hint costs time, never a wrong read.
   */
  constructor(
    readonly ss: Spreadsheet = gas.spreadsheet(),
    readonly hints: Hints = { sizes: {} },
  ) {
    this.clock = cachedClock(sheetClock(ss));
    this.today = this.clock.today();
  }

  /**
   * The sheet of `key` with the cells of `fields` (by default the id and `Mã yêu cầu`) read, each once: the whole
   * sheet when that costs less than reading the columns (a small sheet), else the columns. A missing id column is
   * an error naming the sheet.
   */
  table(key: SheetKey, fields: readonly string[] = DEFAULT_FIELDS): Table {
    let table = this.tables.get(key);
    if (!table) {
      const def = sheetDef(key);
      const sheet = requireSheet(def, this.ss);
      const wanted = fieldsOf(def, fields);
      // Whether reading the columns instead of the whole sheet saves more than its extra calls cost.
      const narrowPays = (rows: number) =>
        rows * (def.columns.length - wanted.length) * READ_COST.perCell > NARROW_EXTRA_CALLS * READ_COST.perCall;
      const hinted = this.hints.sizes[def.name];
      // Known small: read whole without asking the last row; else the last row says.
      const rows = typeof hinted === 'number' && !narrowPays(hinted) ? 0 : Math.max(sheet.getLastRow(), 1);
      const created: Table = {
        key,
        def,
        sheet,
        values: [],
        header: { index: {}, missing: [], width: 0 },
        complete: false,
        loaded: new Set(),
        ensure: (more) => readFields(created, more),
      };
      table = created;
      if (!narrowPays(rows)) readWhole(table);
      else {
        table.values = Array.from({ length: rows }, () => []);
        readFields(table, wanted);
      }
      if (def.id && table.header.index.id === undefined) {
        if (!table.complete) readHeader(table);
        if (table.header.index.id === undefined)
          throw new Error(t('sheet.missingColumns', { sheet: def.name, columns: `"${def.id.header}"` }));
      }
      this.tables.set(key, table);
      this.seen[def.name] = table.values.length;
    } else table.ensure(fields);
    return table;
  }

  /** A sheet the save writes: as `table`, with its header row read whole (where every column is). */
  target(key: SheetKey, fields: readonly string[] = ['id']): Table {
    const table = this.table(key, fields);
    if (!table.complete) readHeader(table);
    table.header.missing = table.def.columns.filter((c) => !(c.field in table.header.index)).map((c) => c.header);
    return table;
  }

  /** Rows (header included) of every sheet read, with the hints for the others: the next save's hints. */
  sizes(): Record<string, number> {
    return { ...this.hints.sizes, ...this.seen };
  }

  /** Rows (header included) of each sheet as read. */
  private readonly seen: Record<string, number> = {};

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

  /** One field of a data row (`index` as in `cells`) decoded by the row codec (`null` for a cell it cannot read). */
  valueAt(table: Table, field: string, index: number): FieldValue {
    table.ensure([field]);
    const col = table.def.columns.find((c) => c.field === field)!;
    const i = table.header.index[field];
    const d = decodeCell(col, i === undefined ? '' : table.values[index + 1][i], this.clock);
    return 'value' in d ? d.value : null;
  }

  /** One day cell of a data row (`index` as in `cells`); unreadable or blank: `null`. */
  dayAt(table: Table, field: string, index: number): string | null {
    const v = this.valueAt(table, field, index);
    return typeof v === 'string' && v !== '' ? v : null;
  }

  /** A day column (unreadable or blank cells: `null`). */
  days(table: Table, field: string): (string | null)[] {
    return this.decoded(table, field).map((v) => (typeof v === 'string' && v !== '' ? v : null));
  }

  /** The decoded fields of one data row (`index` as in `cells`); cells the codec cannot read are left out. */
  recordAt(table: Table, index: number): Record<string, FieldValue> {
    rowCells(table, index);
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
    const span = sheetDef(key).record?.active;
    const table = this.table(key, span ? ['id', span.from, span.until] : ['id']);
    const from = span ? this.days(table, span.from) : [];
    const until = span ? this.days(table, span.until) : [];
    return texts(table, 'id')
      .map((id, i) => (span ? { id, [span.from]: from[i], [span.until]: until[i] } : { id }))
      .filter((x) => x.id !== '');
  }

  /**
   * The validation context for the fields of `record` of a record type, from fresh reads of
   * just what they need: `Danh mục` when a list field is given, the referenced sheet of each
   * reference given (a reference left blank needs no read), the other rows' `unique` fields given
   * (`self`: the id of the record edited, left out of them), `Cài đặt`'s founding day when a
   * `sinceFounding` day is given.
   */
  contextFor(type: RecordType, record: Readonly<Record<string, unknown>>, self?: string): InputContext {
    const given = (v: unknown) => (Array.isArray(v) ? v.length > 0 : v !== undefined && v !== null && v !== '');
    const ctx: InputContext = { today: this.today };
    const known: Record<string, KnownRecord[]> = {};
    for (const col of type.list) {
      if (!given(record[col.field])) continue;
      if (col.list) ctx.lists = this.lists();
      if (col.refKey && !(col.refKey in known)) known[col.refKey] = this.known(col.refKey as SheetKey);
      if (col.sinceFounding && ctx.founded === undefined) ctx.founded = this.founded();
    }
    ctx.known = known;
    const unique = (type.unique ?? []).filter((f) => given(record[f]));
    if (unique.length) {
      const table = this.table(type.key as SheetKey, ['id', ...unique]);
      const values = unique.map((f) => texts(table, f));
      ctx.peers = texts(table, 'id').flatMap((id, i) =>
        id === '' || id === self ? [] : [{ id, ...Object.fromEntries(unique.map((f, k) => [f, values[k][i]])) }],
      );
    }
    return ctx;
  }

  /** `ngay_thanh_lap` of `Cài đặt` (`null`: not given or unreadable), read once. */
  founded(): string | null {
    if (this.foundedRead === undefined) {
      const v = readSettings(this.clock, this.ss).settings.ngay_thanh_lap;
      this.foundedRead = typeof v === 'string' && v !== '' ? v : null;
    }
    return this.foundedRead;
  }

  private foundedRead?: string | null;

  private journalRead?: Journal;

  /** `Nhật ký`: its header read once (a broken sheet stops the save before anything is written). */
  journal(): Journal {
    return (this.journalRead ??= new Journal(this));
  }

  private userRead?: string;

  /** The user saving (for `Người ghi` and `Nhật ký`; asked once); '' when Apps Script does not tell. */
  user(): string {
    return (this.userRead ??= gas.userEmail());
  }
}
