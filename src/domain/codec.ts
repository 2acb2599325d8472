/**
 * The header-based row codec: one `getValues()` matrix of a sheet → typed records plus
 * row-level issues; a record → one row of cells (and its number formats) for `setValues`.
 * Columns are found by header text, so reordered and user-added columns survive.
 */
import { type Clock, parseTime, parseVietnameseDay } from './clock';
import { blankOf, type FieldValue, type NormalRecord } from './fields';
import { fieldCheck, hiddenNote, quoted } from './fieldChecks';
import type { Lists } from './lists';
import { type ColumnDef, normalizeHeader, numberFormatOf, type SheetDef } from './sheets';
import { t } from './i18n';
import { parseViNumber } from './numbers';
import { CELL_NO_WORDS, CELL_YES_WORDS } from './settings';
import { type Cleaned, cleanLine, cleanLongText } from './text';

/** What Sheets reports for a cell nobody formatted. */
export const DEFAULT_NUMBER_FORMAT = '0.###############';

export type CellValue = string | number | boolean | Date;

export interface RowIssue {
  sheet: string;
  /** 1-based sheet row (the header is row 1). */
  row: number;
  /** Header text, or '' for the whole row. */
  column: string;
  message: string;
}

export interface HeaderMap {
  /** Field name → 0-based column index in the sheet. */
  index: Record<string, number>;
  /** Registry headers not found in the sheet. */
  missing: string[];
  /** Number of columns of the header row (incl. user columns). */
  width: number;
}

export function mapHeaders(def: SheetDef, headerRow: readonly unknown[]): HeaderMap {
  const pos = new Map<string, number>();
  headerRow.forEach((h, i) => {
    const n = normalizeHeader(typeof h === 'string' ? cleanLine(h).text : h);
    if (n && !pos.has(n)) pos.set(n, i);
  });
  const index: Record<string, number> = {};
  const missing: string[] = [];
  for (const col of def.columns) {
    const i = pos.get(normalizeHeader(col.header));
    if (i === undefined) missing.push(col.header);
    else index[col.field] = i;
  }
  let width = headerRow.length;
  while (width > 0 && normalizeHeader(cleanLine(String(headerRow[width - 1] ?? '')).text) === '') width--;
  return { index, missing, width };
}

export interface CodecContext {
  clock: Clock;
  lists?: Lists;
  /**
   * Today (`YYYY-MM-DD`): with it, a day of something that happened may not be later, nor a
   * year of birth later than its year (the data check passes it). Without it (the figures,
   * the saves' reads) only the fixed bounds are checked: days 1900–2100, counts' `maxValue`.
   */
  today?: string;
}

export interface ReadRow<T = NormalRecord> {
  /** 1-based sheet row. */
  row: number;
  record: T;
}

export interface ReadResult<T = NormalRecord> {
  rows: ReadRow<T>[];
  issues: RowIssue[];
  header: HeaderMap;
}

const isBlank = (v: unknown) => v === '' || v === null || v === undefined;

// Module-level aliases: a global looked up per cell is slow where the bundle runs in a `vm` context (the emulator).
const objectToString = Object.prototype.toString;
const isFiniteNumber = Number.isFinite;
const isNaNumber = Number.isNaN;

/**
 * `isDate` of clock.ts for a cell, fast: a string, number or boolean — nearly every cell — is told by `typeof`
 * before `Object.prototype.toString` is asked (a Date from another realm, as the emulator's are, fails
 * `instanceof Date`).
 */
function isDateCell(v: unknown): v is Date {
  return (
    typeof v === 'object' &&
    v !== null &&
    objectToString.call(v) === '[object Date]' &&
    !isNaNumber((v as Date).getTime())
  );
}

/** A cell as a message quotes it: a date as dd/mm/yyyy (hh:mm), long text cut short. */
function showCell(v: unknown, clock: Clock): string {
  if (!isDateCell(v)) return quoted(String(v));
  const [y, m, d] = clock.day(v).split('-');
  const time = clock.time(v);
  return `${d}/${m}/${y}${time === '00:00' ? '' : ` ${time}`}`;
}

type Decoded = { value: FieldValue; hidden?: number } | { error: string };
type BadKey = 'codec.badDate' | 'codec.badDateTime' | 'codec.badTime' | 'codec.badNumber' | 'codec.badBool';

/** What `decodeTo` says beside the value: invisible characters removed, the error (if any), text cleaned to ''. */
interface Scratch {
  hidden: number;
  error: string | null;
  cleanedBlank: boolean;
}

function fail(key: BadKey, col: ColumnDef, v: unknown, out: Scratch, clock: Clock): null {
  out.error = t(key, { name: col.header, value: showCell(v, clock) }) + hiddenNote(out.hidden);
  return null;
}

/**
 * `decodeCell` without a result object: the value is returned, the rest written to `out` (reset here). A sheet
 * read passes one `out` for all its cells, so a cell costs no allocation beyond its value.
 */
function decodeTo(col: ColumnDef, raw: unknown, clock: Clock, out: Scratch): FieldValue {
  out.hidden = 0;
  out.error = null;
  out.cleanedBlank = false;
  if (isBlank(raw)) return blankOf(col);
  let v = raw;
  if (typeof raw === 'string') {
    const c: Cleaned = col.type === 'longtext' || col.type === 'refs' ? cleanLongText(raw) : cleanLine(raw);
    v = c.text;
    out.hidden = c.hidden;
    if (v === '') {
      out.cleanedBlank = true;
      return blankOf(col);
    }
  }
  switch (col.type) {
    case 'id':
    case 'ref':
    case 'text':
    case 'longtext':
    case 'enum':
      if (typeof v === 'string') return v;
      if (isDateCell(v)) return clock.day(v);
      return cleanLine(String(v)).text;
    case 'refs':
      return String(v)
        .split(/[,;\n]/)
        .map((x) => x.trim())
        .filter((x) => x !== '');
    case 'date': {
      if (isDateCell(v)) return clock.day(v);
      const day = typeof v === 'string' ? parseVietnameseDay(v) : null;
      return day || fail('codec.badDate', col, v, out, clock);
    }
    case 'datetime': {
      if (isDateCell(v)) return `${clock.day(v)} ${clock.time(v)}`;
      const m = typeof v === 'string' ? /^(\S+)\s+(\S+)$/.exec(v.trim()) : null;
      const day = m ? parseVietnameseDay(m[1]) : typeof v === 'string' ? parseVietnameseDay(v) : null;
      const time = m ? parseTime(m[2]) : '00:00';
      return day && time ? `${day} ${time}` : fail('codec.badDateTime', col, v, out, clock);
    }
    case 'time': {
      if (isDateCell(v)) return clock.time(v);
      return parseTime(String(v)) || fail('codec.badTime', col, v, out, clock);
    }
    case 'int':
    case 'year':
    case 'number': {
      const n = typeof v === 'number' || typeof v === 'string' ? parseViNumber(v) : NaN;
      return isFiniteNumber(n) ? n : fail('codec.badNumber', col, v, out, clock);
    }
    case 'bool': {
      if (typeof v === 'boolean') return v;
      const s = String(v).trim().toLocaleLowerCase('vi');
      if (CELL_YES_WORDS.includes(s)) return true;
      if (CELL_NO_WORDS.includes(s)) return false;
      return fail('codec.badBool', col, v, out, clock);
    }
  }
}

/**
 * Cell → normalised field value, or an error message. Text is read as people type it
 * (text.ts): NFC, invisible characters removed (`hidden` counts them), spaces collapsed —
 * line breaks kept in long text; a date, number, time or yes/no typed as text is cleaned
 * before it is parsed.
 */
export function decodeCell(col: ColumnDef, raw: unknown, clock: Clock): Decoded {
  const out: Scratch = { hidden: 0, error: null, cleanedBlank: false };
  const value = decodeTo(col, raw, clock, out);
  if (out.error !== null) return { error: out.error };
  return out.hidden || out.cleanedBlank ? { value, hidden: out.hidden } : { value };
}

/**
 * Reads a whole sheet (`values` from one `getValues()`, header row first).
 * Blank rows are skipped; each other row gives a record or issues, never both.
 * The columns are resolved once per sheet (position, check), then each row is one walk over them.
 */
export function readRecords<T = NormalRecord>(
  def: SheetDef,
  values: readonly (readonly unknown[])[],
  ctx: CodecContext,
): ReadResult<T> {
  const header = mapHeaders(def, values[0] ?? []);
  // The same rules as the API's zod schemas (`fieldCheck`), called directly: fast on big sheets.
  const cols = def.columns.map((col) => ({
    col,
    field: col.field,
    at: header.index[col.field] ?? -1,
    check: fieldCheck(col, ctx.lists, ctx.today),
  }));
  /** Positions of the registry's columns found in the sheet: a row blank in all of them is skipped. */
  const present = cols.filter((c) => c.at >= 0).map((c) => c.at);
  const clock = ctx.clock;
  const out: Scratch = { hidden: 0, error: null, cleanedBlank: false };
  const rows: ReadRow<T>[] = [];
  const issues: RowIssue[] = [];
  for (let r = 1; r < values.length; r++) {
    const cells = values[r];
    let blank = true;
    for (let k = 0; k < present.length; k++) {
      if (!isBlank(cells[present[k]])) {
        blank = false;
        break;
      }
    }
    if (blank) continue;
    const rec: NormalRecord = {};
    let rowIssues: RowIssue[] | null = null;
    /** Invisible characters removed, by field (named in a message about the value). */
    let hidden: Record<string, number> | null = null;
    for (let k = 0; k < cols.length; k++) {
      const c = cols[k];
      const value = decodeTo(c.col, c.at < 0 ? '' : cells[c.at], clock, out);
      if (out.error !== null)
        (rowIssues ??= []).push({ sheet: def.name, row: r + 1, column: c.col.header, message: out.error });
      else {
        rec[c.field] = value;
        if (out.hidden) (hidden ??= {})[c.field] = out.hidden;
      }
    }
    if (rowIssues === null) {
      for (let k = 0; k < cols.length; k++) {
        const c = cols[k];
        // Missing-id rows are filled later by the data check; the id column alone never voids a row.
        if (c.field === 'id' && rec.id === '') continue;
        const messages = c.check(rec[c.field]);
        for (let m = 0; m < messages.length; m++)
          (rowIssues ??= []).push({
            sheet: def.name,
            row: r + 1,
            column: c.col.header,
            message: messages[m] + hiddenNote(hidden?.[c.field] ?? 0),
          });
      }
    }
    if (rowIssues) issues.push(...rowIssues);
    else rows.push({ row: r + 1, record: rec as T });
  }
  return { rows, issues, header };
}

/** Normalised value → cell value for `setValues` (dates become instants at midnight in the zone). */
export function encodeCell(col: ColumnDef, v: FieldValue | undefined, clock: Clock): CellValue {
  if (v === null || v === undefined) return col.type === 'bool' ? false : '';
  switch (col.type) {
    case 'date':
      return v === '' ? '' : clock.midnight(String(v));
    case 'datetime': {
      const s = String(v);
      return s === '' ? '' : clock.at(s.slice(0, 10), s.slice(11, 16) || '00:00');
    }
    case 'refs':
      return Array.isArray(v) ? v.join(', ') : String(v);
    case 'bool':
      return v === true;
    case 'int':
    case 'year':
    case 'number':
      return typeof v === 'number' ? v : String(v);
    default:
      return String(v);
  }
}

/**
 * A record as one row aligned to the sheet's actual columns, with the number format of
 * each cell (text columns `@`, so user text is never read as a formula or a number).
 * Cells of user-added columns are `''` and keep `userFormats` (the column's current format).
 */
export function encodeRow(
  def: SheetDef,
  header: HeaderMap,
  rec: Partial<NormalRecord>,
  clock: Clock,
  userFormats: readonly string[] = [],
): { values: CellValue[]; formats: string[] } {
  const width = Math.max(header.width, ...Object.values(header.index).map((i) => i + 1));
  const values: CellValue[] = new Array(width).fill('');
  const formats: string[] = Array.from({ length: width }, (_, i) => userFormats[i] ?? DEFAULT_NUMBER_FORMAT);
  for (const col of def.columns) {
    const i = header.index[col.field];
    if (i === undefined) continue;
    values[i] = encodeCell(col, rec[col.field], clock);
    formats[i] = numberFormatOf(col.type) ?? userFormats[i] ?? DEFAULT_NUMBER_FORMAT;
  }
  return { values, formats };
}
