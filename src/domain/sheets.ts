/**
 * The sheet registry of SPEC §2: every sheet the add-on owns, its headers in order,
 * the type of each column (which decides parsing, number format and validation),
 * its dropdown source and its width.
 */
import type { ListName } from './lists';

export type ColumnType =
  | 'id' //      record id, text, filled by the add-on when blank
  | 'ref' //     id of a record of another sheet (text)
  | 'refs' //    comma-separated ids (text)
  | 'text' //    short free text
  | 'longtext' // free text, wrapped
  | 'date' //    real date cell, dd/mm/yyyy
  | 'time' //    HH:mm, stored as text
  | 'datetime' // real date-time cell
  | 'int' //     whole number ≥ 0
  | 'year' //    a year
  | 'number' //  decimal number ≥ 0
  | 'bool' //    checkbox
  | 'enum'; //   one value of a list

export interface ColumnDef {
  header: string;
  /** English field name used by the code and the API. */
  field: string;
  type: ColumnType;
  /** Dropdown source: a list of `Danh mục`. */
  list?: ListName;
  /** Fixed allowed values (dropdown without a `Danh mục` column). */
  values?: readonly string[];
  /** Referenced sheet for `ref`/`refs`. */
  refSheet?: SheetName;
  required?: boolean;
  /** Maximum text length. */
  max?: number;
  width?: number;
}

export type SheetKind = 'settings' | 'lists' | 'record' | 'output';

export interface SheetDef {
  key: string;
  name: SheetName;
  kind: SheetKind;
  columns: readonly ColumnDef[];
  /** Id column header (the first column) and how new ids look: `TT-0001`. */
  id?: { header: string; prefix: string; width: number };
  /** Protected so that only the owner and listed editors change it. */
  sensitive?: boolean;
}

export const SHEET = {
  settings: 'Cài đặt',
  lists: 'Danh mục',
  households: 'Hộ gia đình',
  residents: 'Nhân khẩu',
  teams: 'Tổ tự quản',
  members: 'Thành viên',
  patrols: 'Tuần tra',
  reminders: 'Nhắc nhở',
  commitments: 'Cam kết',
  sessions: 'Sinh hoạt, tuyên truyền',
  mediations: 'Hoà giải',
  supervised: 'Đối tượng giúp đỡ',
  cameras: 'Camera',
  events: 'Tin báo, sự kiện',
  summary: 'Tổng hợp',
  log: 'Nhật ký',
} as const;
export type SheetKey = keyof typeof SHEET;
export type SheetName = (typeof SHEET)[SheetKey];

const TEXT = 200;
const LONG = 5000;

const c = (header: string, field: string, type: ColumnType, more: Partial<ColumnDef> = {}): ColumnDef => ({
  header,
  field,
  type,
  ...(type === 'text' || type === 'ref' || type === 'refs' || type === 'id' ? { max: TEXT } : {}),
  ...(type === 'longtext' ? { max: LONG } : {}),
  ...more,
});
const id = (header = 'Mã') => c(header, 'id', 'id', { width: 90 });
const requestId = () => c('Mã yêu cầu', 'requestId', 'text', { width: 90, max: 100 });

export const SHEETS: readonly SheetDef[] = [
  {
    key: 'settings',
    name: SHEET.settings,
    kind: 'settings',
    columns: [
      c('Mục', 'label', 'text', { width: 260 }),
      c('Giá trị', 'value', 'longtext', { width: 360 }),
      c('Ghi chú', 'note', 'longtext', { width: 320 }),
    ],
  },
  { key: 'lists', name: SHEET.lists, kind: 'lists', columns: [] /* see LISTS_SHEET_HEADERS */ },
  {
    key: 'households',
    name: SHEET.households,
    kind: 'record',
    id: { header: 'Mã hộ', prefix: 'H', width: 3 },
    columns: [
      id('Mã hộ'),
      c('Chủ hộ', 'head', 'text', { required: true, width: 170 }),
      c('Tổ', 'teamId', 'ref', { refSheet: SHEET.teams, width: 60 }),
      c('Địa chỉ', 'address', 'text', { width: 180 }),
      c('Số nhân khẩu', 'size', 'int', { width: 90 }),
      c('Dân tộc', 'ethnicity', 'text', { width: 90 }),
      c('Ngày đến', 'arrivedOn', 'date', { width: 95 }),
      c('Ngày chuyển đi', 'leftOn', 'date', { width: 95 }),
      c('Ghi chú', 'note', 'longtext', { width: 200 }),
    ],
  },
  {
    key: 'residents',
    name: SHEET.residents,
    kind: 'record',
    id: { header: 'Mã', prefix: 'NK-', width: 4 },
    columns: [
      id(),
      c('Họ tên', 'name', 'text', { required: true, width: 170 }),
      c('Mã hộ', 'householdId', 'ref', { refSheet: SHEET.households, required: true, width: 70 }),
      c('Năm sinh', 'birthYear', 'year', { width: 70 }),
      c('Giới tính', 'gender', 'enum', { values: ['Nam', 'Nữ'], width: 70 }),
      c('Có thẻ căn cước', 'hasIdCard', 'bool', { width: 90 }),
      c('Định danh điện tử', 'eidLevel', 'enum', { values: ['Chưa', 'Mức 1', 'Mức 2'], width: 100 }),
      c('Ghi chú', 'note', 'longtext', { width: 200 }),
    ],
  },
  {
    key: 'teams',
    name: SHEET.teams,
    kind: 'record',
    id: { header: 'Mã tổ', prefix: 'T', width: 1 },
    columns: [
      id('Mã tổ'),
      c('Tên tổ', 'name', 'text', { required: true, width: 160 }),
      c('Tổ trưởng', 'leader', 'text', { width: 160 }),
      c('Địa bàn phụ trách', 'area', 'text', { width: 200 }),
      c('Ghi chú', 'note', 'longtext', { width: 200 }),
    ],
  },
  {
    key: 'members',
    name: SHEET.members,
    kind: 'record',
    id: { header: 'Mã', prefix: 'TV-', width: 4 },
    columns: [
      id(),
      c('Họ tên', 'name', 'text', { required: true, width: 170 }),
      c('Mã tổ', 'teamId', 'ref', { refSheet: SHEET.teams, width: 60 }),
      c('Vai trò', 'role', 'enum', { list: 'Vai trò', width: 140 }),
      c('Điện thoại', 'phone', 'text', { width: 110, max: 30 }),
      c('Ngày tham gia', 'joinedOn', 'date', { width: 95 }),
      c('Ngày rời', 'leftOn', 'date', { width: 95 }),
      c('Ghi chú', 'note', 'longtext', { width: 200 }),
    ],
  },
  {
    key: 'patrols',
    name: SHEET.patrols,
    kind: 'record',
    id: { header: 'Mã', prefix: 'TT-', width: 4 },
    columns: [
      id(),
      c('Ngày', 'date', 'date', { required: true, width: 95 }),
      c('Giờ bắt đầu', 'start', 'time', { width: 75 }),
      c('Giờ kết thúc', 'end', 'time', { width: 75 }),
      c('Mã tổ', 'teamId', 'ref', { refSheet: SHEET.teams, width: 60 }),
      c('Địa bàn', 'area', 'text', { width: 160 }),
      c('Thành viên tham gia', 'memberIds', 'refs', { refSheet: SHEET.members, max: 5000, width: 200 }),
      c('Số người tham gia', 'participants', 'int', { required: true, width: 90 }),
      c('Phối hợp Công an xã', 'withPolice', 'bool', { width: 90 }),
      c('Tình hình, kết quả', 'result', 'longtext', { width: 260 }),
      c('Người ghi', 'recordedBy', 'text', { width: 150 }),
      c('Thời điểm ghi', 'recordedAt', 'datetime', { width: 130 }),
      requestId(),
    ],
  },
  {
    key: 'reminders',
    name: SHEET.reminders,
    kind: 'record',
    id: { header: 'Mã', prefix: 'NN-', width: 4 },
    columns: [
      id(),
      c('Mã tuần tra', 'patrolId', 'ref', { refSheet: SHEET.patrols, width: 90 }),
      c('Ngày', 'date', 'date', { required: true, width: 95 }),
      c('Loại', 'category', 'enum', { list: 'Loại nhắc nhở', required: true, width: 200 }),
      c('Số trường hợp', 'cases', 'int', { required: true, width: 90 }),
      c('Hình thức xử lý', 'action', 'enum', { list: 'Hình thức xử lý', width: 130 }),
      c('Mô tả', 'note', 'longtext', { width: 260 }),
      requestId(),
    ],
  },
  {
    key: 'commitments',
    name: SHEET.commitments,
    kind: 'record',
    id: { header: 'Mã', prefix: 'CK-', width: 4 },
    columns: [
      id(),
      c('Mã hộ', 'householdId', 'ref', { refSheet: SHEET.households, required: true, width: 70 }),
      c('Loại cam kết', 'type', 'enum', { list: 'Loại cam kết', required: true, width: 240 }),
      c('Năm', 'year', 'year', { required: true, width: 60 }),
      c('Ngày ký', 'signedOn', 'date', { width: 95 }),
      c('Người ký', 'signer', 'text', { width: 160 }),
      c('Trạng thái', 'status', 'enum', { values: ['Đã ký', 'Vi phạm'], required: true, width: 90 }),
      c('Ghi chú', 'note', 'longtext', { width: 200 }),
      requestId(),
    ],
  },
  {
    key: 'sessions',
    name: SHEET.sessions,
    kind: 'record',
    id: { header: 'Mã', prefix: 'SH-', width: 4 },
    columns: [
      id(),
      c('Ngày', 'date', 'date', { required: true, width: 95 }),
      c('Hình thức', 'form', 'enum', { list: 'Hình thức sinh hoạt', required: true, width: 170 }),
      c('Chủ đề', 'topics', 'text', { width: 240, max: 1000 }),
      c('Địa điểm', 'place', 'text', { width: 160 }),
      c('Đối tượng dự', 'audience', 'enum', { list: 'Đối tượng dự', width: 120 }),
      c('Số người dự', 'attendees', 'int', { width: 90 }),
      c('Hộ tham dự', 'householdIds', 'refs', { refSheet: SHEET.households, max: 20000, width: 240 }),
      c('Đơn vị phối hợp', 'partners', 'text', { width: 200, max: 500 }),
      c('Ghi chú', 'note', 'longtext', { width: 200 }),
      requestId(),
    ],
  },
  {
    key: 'mediations',
    name: SHEET.mediations,
    kind: 'record',
    id: { header: 'Mã', prefix: 'HG-', width: 4 },
    columns: [
      id(),
      c('Ngày', 'date', 'date', { required: true, width: 95 }),
      c('Nội dung', 'subject', 'longtext', { required: true, width: 260 }),
      c('Các bên', 'parties', 'text', { width: 200, max: 500 }),
      c('Kết quả', 'outcome', 'enum', { list: 'Kết quả hoà giải', required: true, width: 120 }),
      c('Người chủ trì', 'chair', 'text', { width: 160 }),
      c('Ghi chú', 'note', 'longtext', { width: 200 }),
      requestId(),
    ],
  },
  {
    key: 'supervised',
    name: SHEET.supervised,
    kind: 'record',
    sensitive: true,
    id: { header: 'Mã', prefix: 'DT-', width: 4 },
    columns: [
      id(),
      c('Họ tên', 'name', 'text', { required: true, width: 170 }),
      c('Loại', 'type', 'enum', { list: 'Loại đối tượng', required: true, width: 150 }),
      c('Ngày bắt đầu', 'startOn', 'date', { required: true, width: 95 }),
      c('Ngày kết thúc', 'endOn', 'date', { width: 95 }),
      c('Thành viên phụ trách', 'memberId', 'ref', { refSheet: SHEET.members, width: 110 }),
      c('Tái phạm', 'reoffended', 'bool', { width: 80 }),
      c('Ghi chú', 'note', 'longtext', { width: 200 }),
      requestId(),
    ],
  },
  {
    key: 'cameras',
    name: SHEET.cameras,
    kind: 'record',
    id: { header: 'Mã', prefix: 'CAM-', width: 2 },
    columns: [
      id(),
      c('Vị trí', 'location', 'text', { required: true, width: 200 }),
      c('Ngày lắp', 'installedOn', 'date', { width: 95 }),
      c('Nguồn kinh phí', 'funding', 'text', { width: 160 }),
      c('Đang hoạt động', 'working', 'bool', { width: 90 }),
      c('Ghi chú', 'note', 'longtext', { width: 200 }),
      requestId(),
    ],
  },
  {
    key: 'events',
    name: SHEET.events,
    kind: 'record',
    id: { header: 'Mã', prefix: 'SK-', width: 4 },
    columns: [
      id(),
      c('Ngày', 'date', 'date', { required: true, width: 95 }),
      c('Loại', 'type', 'enum', { list: 'Loại sự kiện', required: true, width: 200 }),
      c('Nội dung', 'content', 'longtext', { required: true, width: 260 }),
      c('Số người tham gia', 'participants', 'int', { width: 90 }),
      c('Chuyển Công an xã', 'toPolice', 'bool', { width: 90 }),
      c('Ghi chú', 'note', 'longtext', { width: 200 }),
      requestId(),
    ],
  },
  { key: 'summary', name: SHEET.summary, kind: 'output', columns: [] },
  {
    key: 'log',
    name: SHEET.log,
    kind: 'output',
    columns: [
      c('Thời điểm', 'at', 'datetime', { width: 130 }),
      c('Người dùng', 'user', 'text', { width: 180 }),
      c('Thao tác', 'action', 'text', { width: 140 }),
      c('Trang', 'sheet', 'text', { width: 140 }),
      c('Mã bản ghi', 'recordIds', 'refs', { width: 160, max: 50000 }),
      c('Tóm tắt', 'summary', 'longtext', { width: 360 }),
    ],
  },
];

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

/** Column types whose cells hold free text and must be stored as text (number format `@`). */
export const TEXT_TYPES: ReadonlySet<ColumnType> = new Set(['id', 'ref', 'refs', 'text', 'longtext', 'time', 'enum']);

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
