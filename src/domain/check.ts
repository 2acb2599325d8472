/**
 * "Kiểm tra dữ liệu": every problem of every sheet, from the values of one read per
 * sheet — missing sheets and columns (with the repair hint), rows the codec cannot
 * read, duplicate ids, references to ids that do not exist, `Danh mục` entries that hold a
 * person's name (privateNames.ts: the notice leaves them out) — and the ids to give the
 * rows whose id is blank (`TT-0001` style, next number after the largest one).
 * Pure: the server reads, then writes only the filled ids.
 */
import { columnLetter } from './a1';
import type { Clock } from './clock';
import { mapHeaders, readRecords, type RowIssue } from './codec';
import { t } from './i18n';
import { duplicatesIn } from './duplicates';
import { nextIds } from './ids';
import { districtIssues } from './notice/settingsCheck';
import { parseListsValues } from './listsValues';
import { FESTIVAL_EVENT, LIST, LIST_NAMES } from './lists';
import { unlistedPieces } from './listText';
import { quoted } from './fieldChecks';
import { beforeFounding, sharedValues } from './recordRules';
import { type NameFinder, nameFinder, privateNamesOf } from './privateNames';
import type { RuleIssue } from './registry/define';
import { type AnyRecordType, normalizeHeader, SHEET, type SheetDef, sheetDef, type SheetKey, SHEETS } from './sheets';
import { SETTINGS_COLUMN } from './settings';
import { parseSettingsValues } from './settingsValues';
import { cleanLongText } from './text';
import { slashDate } from './viFormat';
import { cachedClock, RECORD_KEYS, type SheetValues } from './workbook';

export interface CheckIssue extends RowIssue {
  /** A1 of the cell (or of the row's first cell), null for a missing sheet. */
  a1: string | null;
}

export interface IdFill {
  sheet: string;
  /** 1-based sheet row. */
  row: number;
  /** 0-based column of the id. */
  column: number;
  id: string;
}

export interface CheckResult {
  issues: CheckIssue[];
  fills: IdFill[];
}

const blank = (v: unknown) => v === '' || v === null || v === undefined;
/** A cell as text, cleaned as the codec reads it (text.ts; line breaks kept: they separate ids of a list). */
const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? cleanLongText(String(v)).text : '');

/** The record types on either side of a `sameDay` reference (a patrol and its reminders): their days are kept. */
const SAME_DAY_KEYS = new Set(
  SHEETS.flatMap((d) => d.columns.filter((c) => c.sameDay).flatMap((c) => [d.key as string, c.refKey ?? ''])),
);

interface SheetIds {
  def: SheetDef;
  values: readonly (readonly unknown[])[];
  header: ReturnType<typeof mapHeaders>;
  /** Sheet rows (1-based) that hold data. */
  rows: number[];
  ids: Set<string>;
  /** The record type's day (`day`) of each readable row, by id and by sheet row (`sameDay` types only). */
  dayOfId: Map<string, string>;
  dayOfRow: Map<number, string>;
}

/**
 * `issued`: the highest id number ever issued per record sheet key (the save counters), so
 * the ids filled in never repeat one given before and deleted since.
 */
export function checkWorkbook(
  values: SheetValues,
  sheetClock: Clock,
  issued: Readonly<Record<string, number>> = {},
): CheckResult {
  const clock = cachedClock(sheetClock);
  const issues: CheckIssue[] = [];
  const fills: IdFill[] = [];
  const at = (def: SheetDef | null, header: ReturnType<typeof mapHeaders> | null, i: RowIssue): CheckIssue => {
    if (i.row === 0) return { ...i, a1: null };
    const field = def?.columns.find((c) => c.header === i.column)?.field;
    const col = field && header && field in header.index ? header.index[field] + 1 : 1;
    return { ...i, a1: `${columnLetter(col)}${i.row}` };
  };
  const missingSheet = (name: string): CheckIssue => ({
    sheet: name,
    row: 0,
    column: '',
    message: t('sheet.missing', { sheet: name }),
    a1: null,
  });

  for (const def of SHEETS) if (def.kind !== 'record' && !values[def.name]) issues.push(missingSheet(def.name));
  const lists = parseListsValues(values[SHEET.lists] ?? []);
  /** The model's founding day: no patrol, session… before it (recordRules.ts). */
  let founded: string | null = null;
  if (values[SHEET.settings]) {
    const settingsValues = values[SHEET.settings]!;
    const valueCol = (settingsValues[0] ?? []).map(normalizeHeader).indexOf(normalizeHeader(SETTINGS_COLUMN.value));
    const parsed = parseSettingsValues(settingsValues, clock);
    if (typeof parsed.settings.ngay_thanh_lap === 'string') founded = parsed.settings.ngay_thanh_lap;
    // Under `từ 01/7/2025`, rows that still name a district-level body (the notice refuses them).
    for (const i of [...parsed.issues, ...districtIssues(settingsValues, parsed.settings)])
      issues.push({ ...i, a1: `${columnLetter(valueCol + 1)}${i.row}` });
  }

  // Pass 1: each record sheet on its own; ids collected for pass 2.
  let today: string | undefined;
  const sheets = new Map<string, SheetIds>();
  for (const key of RECORD_KEYS) {
    const def = sheetDef(key);
    const v = values[def.name];
    if (!v) {
      issues.push(missingSheet(def.name));
      continue;
    }
    const header = mapHeaders(def, v[0] ?? []);
    if (header.missing.length) {
      issues.push({
        sheet: def.name,
        row: 1,
        column: header.missing[0],
        a1: 'A1',
        message: t('sheet.missingColumns', {
          sheet: def.name,
          columns: header.missing.map((h) => `"${h}"`).join(', '),
        }),
      });
    }
    const missing = new Set(header.missing);
    // Plausible values as the API checks them: days that happened not after today (asked once).
    today ??= clock.today();
    const read = readRecords(def, v, { clock, lists, today });
    for (const i of read.issues) if (!missing.has(i.column)) issues.push(at(def, header, i));
    // Partners not in `Danh mục › Đơn vị phối hợp`: the notice leaves them out (SPEC §4).
    for (const col of def.columns.filter((c) => c.type === 'text' && c.list === LIST.partners)) {
      const entries = lists.values[LIST.partners];
      for (const { row, record } of read.rows) {
        const pieces = unlistedPieces(String(record[col.field] ?? ''), entries);
        if (pieces.length === 0) continue;
        const message = t('check.notListed', {
          name: col.header,
          value: quoted(pieces.join(', ')),
          list: LIST.partners,
        });
        issues.push(at(def, header, { sheet: def.name, row, column: col.header, message }));
      }
    }
    // A festival event that names no festival of `Danh mục`: the notice counts it without a name.
    const festival = def.columns.find((c) => c.list === LIST.festivals);
    if (festival)
      for (const { row, record } of read.rows) {
        if (record.type !== FESTIVAL_EVENT || record[festival.field] !== '') continue;
        const message = t('check.festivalUnnamed', { name: festival.header, type: FESTIVAL_EVENT });
        issues.push(at(def, header, { sheet: def.name, row, column: festival.header, message }));
      }
    // Rules across fields, as a save checks them: the order of two days, the record type's own rule, the founding.
    if (def.record)
      for (const { row, record } of read.rows)
        for (const i of acrossFields(def.record, record, founded)) {
          const column = def.columns.find((c) => c.field === i.field)?.header ?? '';
          issues.push(at(def, header, { sheet: def.name, row, column, message: i.message }));
        }
    // Likely duplicates (duplicates.ts): each later row that looks like an earlier one; values no two rows may
    // share (a member's email, recordRules.ts): every row that shares one.
    for (const d of [...duplicatesIn(key, read.rows), ...(def.record ? sharedValues(def.record, read.rows) : [])]) {
      const column = def.columns.find((c) => c.field === d.field)?.header ?? '';
      issues.push(at(def, header, { sheet: def.name, row: d.row, column, message: d.message }));
    }

    const cols = Object.values(header.index);
    const rows: number[] = [];
    for (let r = 1; r < v.length; r++) if (cols.some((c) => !blank(v[r][c]))) rows.push(r + 1);
    const ids = new Set<string>();
    const idCol = header.index.id;
    if (idCol !== undefined) {
      const first = new Map<string, number>();
      const idHeader = def.columns[0].header;
      const toFill: number[] = [];
      for (const row of rows) {
        const id = text(v[row - 1][idCol]);
        if (id === '') {
          toFill.push(row);
          continue;
        }
        ids.add(id);
        const seen = first.get(id);
        if (seen === undefined) first.set(id, row);
        else
          issues.push({
            sheet: def.name,
            row,
            column: idHeader,
            message: t('check.duplicateId', { name: idHeader, id, first: seen }),
            a1: `${columnLetter(idCol + 1)}${row}`,
          });
      }
      fills.push(...newIds(def, ids, toFill, idCol, issued[def.key] ?? 0));
    }
    const dayOfId = new Map<string, string>();
    const dayOfRow = new Map<number, string>();
    const dayField = def.record?.day;
    if (dayField && SAME_DAY_KEYS.has(key))
      for (const { row, record } of read.rows) {
        const day = record[dayField];
        if (typeof day !== 'string' || day === '') continue;
        dayOfRow.set(row, day);
        if (typeof record.id === 'string' && record.id !== '') dayOfId.set(record.id, day);
      }
    sheets.set(def.name, { def, values: v, header, rows, ids, dayOfId, dayOfRow });
  }

  // Pass 2: references to ids of other sheets (new ids are fresh: nothing refers to them).
  for (const s of sheets.values()) {
    for (const col of s.def.columns) {
      if ((col.type !== 'ref' && col.type !== 'refs') || !col.refSheet) continue;
      const target = sheets.get(col.refSheet);
      const c = s.header.index[col.field];
      if (!target || c === undefined || target.header.index.id === undefined) continue;
      for (const row of s.rows) {
        const raw = text(s.values[row - 1][c]);
        if (raw === '') continue;
        const refs =
          col.type === 'refs'
            ? raw
                .split(/[,;\n]/)
                .map((x) => x.trim())
                .filter((x) => x !== '')
            : [raw];
        // A record dated as the one it belongs to (a patrol's reminders: `sameDay`).
        const own = col.sameDay ? s.dayOfRow.get(row) : undefined;
        const parentDay = own === undefined ? undefined : target.dayOfId.get(raw);
        if (own !== undefined && parentDay !== undefined && own !== parentDay) {
          const header = s.def.columns.find((x) => x.field === col.sameDay)!.header;
          issues.push({
            sheet: s.def.name,
            row,
            column: header,
            message: t('save.sameDay', { name: header, id: raw, sheet: col.refSheet, day: slashDate(parentDay) }),
            a1: `${columnLetter((s.header.index[col.sameDay!] ?? c) + 1)}${row}`,
          });
        }
        for (const id of refs) {
          if (target.ids.has(id)) continue;
          issues.push({
            sheet: s.def.name,
            row,
            column: col.header,
            message: t('check.unknownRef', { name: col.header, id, sheet: col.refSheet }),
            a1: `${columnLetter(c + 1)}${row}`,
          });
        }
      }
    }
  }

  const find = privateNameFinder(sheets);
  issues.push(...listsWithNames(values[SHEET.lists], find));
  issues.push(...numbersWithNames(sheets, find));

  const order = new Map(SHEETS.map((d, i) => [d.name as string, i]));
  issues.sort((a, b) => (order.get(a.sheet) ?? 99) - (order.get(b.sheet) ?? 99) || a.row - b.row);
  return { issues, fills };
}

/** A readable row's problems across its fields (`inputs.ts` checks the same on save). */
function acrossFields(type: AnyRecordType, record: Readonly<Record<string, unknown>>, founded: string | null) {
  const header = (field: string) => type.list.find((c) => c.field === field)?.header ?? field;
  const out: RuleIssue[] = [];
  for (const [from, until] of type.dateOrder ?? []) {
    const first = record[from];
    const last = record[until];
    if (typeof first === 'string' && typeof last === 'string' && first !== '' && last !== '' && last < first)
      out.push({ field: until, message: t('input.dateOrder', { name: header(until), other: header(from) }) });
  }
  return out.concat(type.refine?.(record, header) ?? [], beforeFounding(type, record, founded));
}

/** The text of one field in every data row of a record sheet (as typed, unreadable rows too). */
function fieldTexts(s: SheetIds | undefined, field: string): string[] {
  const c = s?.header.index[field];
  if (!s || c === undefined) return [];
  return s.rows.map((row) => text(s.values[row - 1][c]));
}

/** The names of `Đối tượng giúp đỡ`, `Nhân khẩu`, `Hoà giải` and `Nhắc nhở` as typed (privateNames.ts). */
function privateNameFinder(sheets: Map<string, SheetIds>): NameFinder {
  const texts = (key: SheetKey, field: string) => fieldTexts(sheets.get(sheetDef(key).name), field);
  const parties = texts('mediations', 'parties');
  const chairs = texts('mediations', 'chair');
  return nameFinder(
    privateNamesOf({
      residents: texts('residents', 'name').map((name) => ({ name })),
      supervised: texts('supervised', 'name').map((name) => ({ name })),
      mediations: parties.map((p, i) => ({ parties: p, chair: chairs[i] ?? '' })),
      reminders: texts('reminders', 'note').map((note) => ({ note })),
    }),
  );
}

/** `Số văn bản` of `Nghị quyết, đăng ký` holding a private name: the TT 124 Doc leaves it out (tt124/docNumber.ts). */
function numbersWithNames(sheets: Map<string, SheetIds>, find: NameFinder): CheckIssue[] {
  const s = sheets.get(sheetDef('registrations').name);
  const c = s?.header.index.number;
  if (!s || c === undefined) return [];
  const column = s.def.columns.find((x) => x.field === 'number')?.header ?? '';
  const out: CheckIssue[] = [];
  for (const row of s.rows) {
    const value = text(s.values[row - 1][c]);
    const found = value ? find(value) : null;
    if (!found) continue;
    const message = t('check.numberHasName', { column, value: quoted(value), name: found.name, sheet: found.sheet });
    out.push({ sheet: s.def.name, row, column, a1: `${columnLetter(c + 1)}${row}`, message });
  }
  return out;
}

/**
 * Entries of `Danh mục` that hold a person's name from `Đối tượng giúp đỡ`, `Nhân khẩu`, `Hoà
 * giải` or `Nhắc nhở` (privateNames.ts): the notice leaves them out, the editor should rename them.
 */
function listsWithNames(values: readonly (readonly unknown[])[] | undefined, find: NameFinder): CheckIssue[] {
  if (!values || values.length < 2) return [];
  const header = (values[0] ?? []).map((h) => normalizeHeader(text(h)));
  const out: CheckIssue[] = [];
  for (const list of LIST_NAMES) {
    const c = header.indexOf(normalizeHeader(list));
    if (c < 0) continue;
    for (let r = 1; r < values.length; r++) {
      const value = text(values[r][c]);
      const found = value ? find(value) : null;
      if (!found) continue;
      out.push({
        sheet: SHEET.lists,
        row: r + 1,
        column: list,
        a1: `${columnLetter(c + 1)}${r + 1}`,
        message: t('check.listHasName', { list, value: quoted(value), name: found.name, sheet: found.sheet }),
      });
    }
  }
  return out;
}

/**
 * Ids for blank-id rows: prefix + the next numbers after the largest existing one (and after
 * `floor`, the highest ever issued), zero-padded (`ids.ts`).
 */
export function newIds(def: SheetDef, existing: Iterable<string>, rows: number[], column: number, floor = 0): IdFill[] {
  if (!def.id || rows.length === 0) return [];
  const ids = nextIds(def, [...existing], rows.length, floor);
  return rows.map((row, i) => ({ sheet: def.name, row, column, id: ids[i] }));
}
