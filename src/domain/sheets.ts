/**
 * Every sheet the add-on owns (SPEC §2): its own sheets (`Cài đặt`, `Danh mục`, `Tổng hợp`,
 * `Nhật ký`) and one per record type of the registry (`registry/recordTypes.ts`), with
 * headers in order and the type of each column (which decides parsing, number format and
 * validation), its dropdown source and its width.
 */
import { column, type ColumnDef, type ColumnOptions, type ColumnType, TEXT_TYPES } from './registry/columns';
import type { RecordType } from './registry/define';
import { RECORD_TYPES } from './registry/recordTypes';

export type { ColumnDef, ColumnType };
export { TEXT_TYPES };

export type SheetKind = 'settings' | 'lists' | 'record' | 'output';

export interface SheetDef {
  key: SheetKey;
  name: SheetName;
  kind: SheetKind;
  columns: readonly ColumnDef[];
  /** Id column header (the first column) and how new ids look: `TT-0001`. */
  id?: { header: string; prefix: string; width: number };
  /** Protected so that only the owner and listed editors change it. */
  sensitive?: boolean;
  /** The registry declaration of a record sheet. */
  record?: AnyRecordType;
}

/** A record type of the registry (any of them). */
export type AnyRecordType = RecordType;
export type RecordKey = (typeof RECORD_TYPES)[number]['key'];
type RecordSheetNames = { [T in (typeof RECORD_TYPES)[number] as T['key']]: T['name'] };

const OWN_SHEETS = {
  settings: 'Cài đặt',
  lists: 'Danh mục',
  summary: 'Tổng hợp',
  log: 'Nhật ký',
} as const;

/** Sheet names by key: the add-on's own sheets and one per record type of the registry. */
export const SHEET = {
  ...OWN_SHEETS,
  ...(Object.fromEntries(RECORD_TYPES.map((r) => [r.key, r.name])) as RecordSheetNames),
};
export type SheetKey = keyof typeof SHEET;
export type SheetName = (typeof SHEET)[SheetKey];

/** A column of an add-on sheet that is not a record type (`Cài đặt`, `Nhật ký`). */
const own = (field: string, header: string, type: ColumnType, options: ColumnOptions = {}): ColumnDef => ({
  ...(type === 'longtext' ? column.longtext(header) : type === 'text' ? column.text(header) : { header, type }),
  ...(type === 'refs' ? { max: 200 } : {}),
  ...options,
  field,
});

function recordSheet(r: AnyRecordType): SheetDef {
  return {
    key: r.key as SheetKey,
    name: r.name as SheetName,
    kind: 'record',
    columns: r.list,
    id: { header: r.columns.id.header, prefix: r.id.prefix, width: r.id.width },
    ...(r.sensitive ? { sensitive: true } : {}),
    record: r,
  };
}

export const SHEETS: readonly SheetDef[] = [
  {
    key: 'settings',
    name: SHEET.settings,
    kind: 'settings',
    columns: [
      own('label', 'Mục', 'text', { width: 260 }),
      own('value', 'Giá trị', 'longtext', { width: 360 }),
      own('note', 'Ghi chú', 'longtext', { width: 320 }),
    ],
  },
  { key: 'lists', name: SHEET.lists, kind: 'lists', columns: [] /* see LISTS_SHEET_HEADERS */ },
  ...RECORD_TYPES.map(recordSheet),
  { key: 'summary', name: SHEET.summary, kind: 'output', columns: [] },
  {
    key: 'log',
    name: SHEET.log,
    kind: 'output',
    columns: [
      own('at', 'Thời điểm', 'datetime', { width: 130 }),
      own('user', 'Người dùng', 'text', { width: 180 }),
      own('action', 'Thao tác', 'text', { width: 140 }),
      own('sheet', 'Trang', 'text', { width: 140 }),
      own('recordIds', 'Mã bản ghi', 'refs', { width: 160, max: 50000 }),
      own('summary', 'Tóm tắt', 'longtext', { width: 360 }),
      own('requestId', 'Mã yêu cầu', 'text', { width: 90, max: 100 }),
    ],
  },
];

/** The record sheets, in sheet order. */
export const RECORD_SHEETS: readonly SheetDef[] = SHEETS.filter((s) => s.kind === 'record');

const byName = new Map(SHEETS.map((s) => [s.name as string, s]));
const byKey = new Map(SHEETS.map((s) => [s.key, s]));

export function sheetDef(key: SheetKey): SheetDef {
  return byKey.get(key)!;
}

export function sheetByName(name: string): SheetDef | undefined {
  return byName.get(name);
}

/** Header texts of a sheet, in SPEC order. */
export function headersOf(def: SheetDef, listsHeaders: readonly string[]): readonly string[] {
  return def.kind === 'lists' ? listsHeaders : def.columns.map((col) => col.header);
}

export const DATE_FORMAT = 'dd/mm/yyyy';
export const DATETIME_FORMAT = 'dd/mm/yyyy HH:mm';

/** The number format set-up gives a column of this type. */
export function numberFormatOf(type: ColumnType): string | null {
  switch (type) {
    case 'date':
      return DATE_FORMAT;
    case 'datetime':
      return DATETIME_FORMAT;
    case 'int':
    case 'year':
      return '0';
    case 'number':
      return '#,##0.##';
    case 'bool':
      return null;
    default:
      return '@';
  }
}

/** Canonical form for matching a header a user may have retyped: case, spaces and Unicode form. */
export function normalizeHeader(h: unknown): string {
  return String(h ?? '')
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    .trim()
    .toLocaleLowerCase('vi');
}
