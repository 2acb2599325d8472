/**
 * "Thiết lập bảng tính": creates missing sheets, restores missing columns (appended at
 * the right, data kept), fixes retyped headers, freezes and warning-protects header rows,
 * sets number formats, checkboxes and dropdowns, fills default lists and settings,
 * protects the sensitive sheets, and sets the locale and time zone.
 * Idempotent: every step reads first and writes only what differs; nothing is deleted or moved.
 *
 * Spreadsheet calls (emulator, issue 15; test/server/setupCalls.test.ts): the sheets are listed and named once,
 * a new sheet is written without being read (no frozen row, bold header or protection to compare), each distinct
 * rule is built once, a new sheet gets its formats and rules in one write each, and the header range read or
 * written is reused for its font weights and protection. What remains is per sheet and is what the behaviour
 * needs: on a complete workbook (~15 reads a sheet) the last column, the header (values, font weights), the
 * frozen rows, the number of rows, the formats and rules of rows 2…, the header protection (description, range,
 * warning-only); on an empty one, per sheet, the header write, one `setColumnWidths` per run of equal non-default
 * widths (~6 a sheet: Apps Script has no call for several widths), freeze, bold, background, protect (3 calls),
 * the formats and the rules blocks, and 3–5 builder calls per distinct rule. Reaching ≤ 20 on a complete workbook
 * would mean not reading the sheets at all (e.g. a stamp of the last set-up), i.e. not repairing what was damaged
 * since.
 */
import {
  DEFAULT_LISTS,
  DEFAULT_REQUIRED_COMMITMENTS,
  LIST,
  LIST_NAMES,
  LISTS_SHEET_HEADERS,
  type ListName,
  REQUIRED_COMMITMENT_HEADER,
} from '../domain/lists';
import { SETTINGS_COLUMN, settingFor } from '../domain/settings';
import {
  type ColumnDef,
  headersOf,
  normalizeHeader,
  numberFormatOf,
  SHEET,
  type SheetDef,
  SHEETS,
} from '../domain/sheets';
import { DEFAULT_NUMBER_FORMAT } from '../domain/codec';
import { t } from '../domain/i18n';
import { gas } from './gas';
import { withDocumentLock } from './lock';
import { settingsRowsFor } from './settingsRows';
import { buildRule, type RangeSource, type RuleSpec, ruleMatches, ruleSpecFor } from './rules';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const LOCALE = 'vi_VN';
/** Protection descriptions, matched to find the add-on's own protections again. */
const HEADER_PROTECTION = t('setup.headerProtection');
const SENSITIVE_PROTECTION = t('setup.sensitiveProtection');
const HEADER_BACKGROUND = '#dbe8f7';
/** Width of a column of a new sheet in Google Sheets. */
const DEFAULT_COLUMN_WIDTH = 100;

export interface SetupResult {
  created: string[];
  repaired: string[];
}

/** A registry sheet as set-up left it: its header row, and whether set-up created it (then it holds no data). */
export interface SetUpSheet {
  sheet: Sheet;
  header: string[];
  isNew: boolean;
}

export function setupWorkbook(): SetupResult {
  return withDocumentLock(() => setupUnlocked(gas.spreadsheet()));
}

export function setupUnlocked(ss: Spreadsheet): SetupResult {
  return setupSheets(ss).result;
}

/** Set-up, also giving every registry sheet as set-up left it (so that callers need not look them up again). */
export function setupSheets(ss: Spreadsheet): { result: SetupResult; sheets: Map<string, SetUpSheet> } {
  const created: string[] = [];
  const repaired = new Set<string>();
  // Sheets listed once and named once each: every later lookup compares in memory.
  const existing = ss.getSheets();
  const names = existing.map((s) => s.getName());
  let sheetCount = existing.length;

  if (ss.getSpreadsheetLocale() !== LOCALE) {
    ss.setSpreadsheetLocale(LOCALE);
    repaired.add(t('setup.spreadsheet'));
  }
  if (ss.getSpreadsheetTimeZone() !== TIME_ZONE) {
    ss.setSpreadsheetTimeZone(TIME_ZONE);
    repaired.add(t('setup.spreadsheet'));
  }

  const sheets = new Map<string, { sheet: Sheet; header: string[]; isNew: boolean; headRange: Range | null }>();
  // Pass 1: sheets and headers (dropdowns of pass 2 point at `Danh mục` columns found here).
  for (const def of SHEETS) {
    const found = findSheet(names, def.name);
    let sheet = found < 0 ? undefined : existing[found];
    const isNew = !sheet;
    if (!sheet) {
      sheet = ss.insertSheet(def.name, sheetCount++);
      created.push(def.name);
    } else if (names[found] !== def.name) {
      // A sheet name retyped with other case or spaces is set back (Sheets names are unique regardless of case).
      sheet.setName(def.name);
      repaired.add(def.name);
    }
    const wanted = headersOf(def, LISTS_SHEET_HEADERS);
    const { header, changed, headRange } = ensureHeader(sheet, wanted, isNew, def);
    if (changed && !isNew) repaired.add(def.name);
    sheets.set(def.name, { sheet, header, isNew, headRange });
  }

  const sources = sourceLookup(sheets);
  // Each distinct rule is built once per run (a builder chain is several calls).
  const built = new Map<string, Rule>();
  const rule = (spec: RuleSpec): Rule => {
    const key = JSON.stringify(spec, (k, v) => (k === 'sheet' ? undefined : v));
    let r = built.get(key);
    if (!r) built.set(key, (r = buildRule(gas.app(), spec)));
    return r;
  };
  // Pass 2: formats, checkboxes, dropdowns, protection — before any default is written,
  // so that text settings such as "14" or "TRUE" stay text.
  for (const def of SHEETS) {
    const { sheet, header, isNew, headRange } = sheets.get(def.name)!;
    const changed = formatSheet(def, sheet, header, sources, isNew, headRange, rule);
    if (changed && !isNew) repaired.add(def.name);
  }

  // Pass 3: default lists and settings, where missing.
  const lists = sheets.get(SHEET.lists)!;
  if (fillDefaultLists(lists.sheet, lists.header) && !lists.isNew) repaired.add(SHEET.lists);
  const settings = sheets.get(SHEET.settings)!;
  const settingsRows = fillDefaultSettings(settings.sheet, settings.header);
  if (settingsRows.added && !settings.isNew) repaired.add(SHEET.settings);
  // Every sheet the registry marks sensitive: only the owner and the listed editors may change it.
  const sensitive = SHEETS.filter((def) => def.sensitive);
  const editors = sensitive.length ? allowedEditors(ss, settingsRows.values, settings.header) : [];
  for (const def of sensitive) if (protectSensitive(sheets.get(def.name)!.sheet, editors)) repaired.add(def.name);
  return { result: { created, repaired: [...repaired].filter((n) => !created.includes(n)) }, sheets };
}

/**
 * The sheet of a registry name: exact, else the same ignoring case, else the same ignoring case, spaces and Unicode
 * form.
 */
function findSheet(names: readonly string[], name: string): number {
  let i = names.indexOf(name);
  if (i < 0) i = names.findIndex((n) => n.toLowerCase() === name.toLowerCase());
  if (i < 0) i = names.findIndex((n) => normalizeHeader(n) === normalizeHeader(name));
  return i;
}

/**
 * Makes row 1 hold every wanted header: a header retyped with other case or spaces is
 * set back to its canonical text in place; a missing one is appended after the last
 * used column. Returns the header row as it now is.
 */
function ensureHeader(
  sheet: Sheet,
  wanted: readonly string[],
  isNew: boolean,
  def: SheetDef,
): { header: string[]; changed: boolean; headRange: Range | null } {
  if (wanted.length === 0) return { header: [], changed: false, headRange: null };
  const lastCol = isNew ? 0 : sheet.getLastColumn();
  const readRange = lastCol > 0 ? sheet.getRange(1, 1, 1, lastCol) : null;
  const current: string[] = readRange ? readRange.getValues()[0].map((v) => String(v)) : [];
  let headRange = readRange;
  const header = [...current];
  let changed = false;
  const taken = new Set<number>();
  const retyped: number[] = [];
  const appended: string[] = [];
  for (const h of wanted) {
    const n = normalizeHeader(h);
    const i = header.findIndex((x, j) => !taken.has(j) && normalizeHeader(x) === n);
    if (i >= 0) {
      taken.add(i);
      if (header[i] !== h) {
        header[i] = h;
        retyped.push(i);
        changed = true;
      }
    } else {
      appended.push(h);
    }
  }
  // Missing headers go after the last used column of any row, so that they sit over empty
  // columns: data under a blank header is never adopted by an appended one.
  const width = header.length;
  if (appended.length) {
    header.push(...appended);
    changed = true;
    const need = header.length - sheet.getMaxColumns();
    if (need > 0) sheet.insertColumnsAfter(sheet.getMaxColumns(), need);
  }
  if (changed) {
    // Only the cells that change are written: other header cells (user columns, which may
    // hold formulas, dates or numbers) are left as they are.
    for (const i of retyped) sheet.getRange(1, i + 1).setValue(header[i]);
    if (appended.length) {
      const appendRange = sheet.getRange(1, width + 1, 1, appended.length);
      appendRange.setValues([appended]);
      // On a sheet without headers the appended block is the whole header row.
      headRange = width === 0 ? appendRange : null;
    }
    // Widths of the appended columns, one call per run of equal widths; on a new sheet a
    // run of the default width (100 px, Sheets' own) is already right and is not written.
    const widths = new Map(def.columns.map((c) => [c.header, c.width]));
    const w = appended.map((h) => widths.get(h) ?? (def.kind === 'lists' ? 200 : 100));
    for (let k = 0; k < w.length; ) {
      let end = k;
      while (end + 1 < w.length && w[end + 1] === w[k]) end++;
      if (!isNew || w[k] !== DEFAULT_COLUMN_WIDTH) sheet.setColumnWidths(width + k + 1, end - k + 1, w[k]);
      k = end + 1;
    }
  }
  // The range of the whole header row, when one is at hand (read or written), for its font weights and protection.
  return { header, changed, headRange };
}

function fillDefaultLists(sheet: Sheet, header: string[]): boolean {
  const lastRow = sheet.getLastRow();
  const values = lastRow > 1 ? sheet.getRange(1, 1, lastRow, header.length).getValues() : [header];
  const col = (h: string) => header.indexOf(h);
  const empty = (c: number) => values.slice(1).every((r) => r[c] === '' || r[c] === null);
  const writes: { c: number; items: (string | boolean)[] }[] = [];
  for (const name of LIST_NAMES) {
    if (empty(col(name))) writes.push({ c: col(name), items: [...DEFAULT_LISTS[name as ListName]] });
  }
  const typeCol = col(LIST.commitmentTypes);
  const reqCol = col(REQUIRED_COMMITMENT_HEADER);
  const typeWritten = writes.some((w) => w.c === typeCol);
  if (typeWritten && empty(reqCol)) {
    writes.push({
      c: reqCol,
      items: DEFAULT_LISTS[LIST.commitmentTypes].map((x) => DEFAULT_REQUIRED_COMMITMENTS.includes(x)),
    });
  }
  // Each empty list column gets its defaults in one write per column.
  for (const w of writes) sheet.getRange(2, w.c + 1, w.items.length, 1).setValues(w.items.map((x) => [x]));
  return writes.length > 0;
}

/** Appends the missing settings rows (defaults); returns the rows that were there, as read. */
function fillDefaultSettings(sheet: Sheet, header: string[]): { added: boolean; values: unknown[][] } {
  const lastRow = sheet.getLastRow();
  const values = lastRow > 1 ? sheet.getRange(2, 1, lastRow - 1, header.length).getValues() : [];
  const rows = settingsRowsFor(values, header);
  if (rows.length === 0) return { added: false, values };
  const start = Math.max(lastRow, 1) + 1;
  const width = header.length;
  const block = rows.map((r) => {
    const out: (string | number | boolean)[] = new Array(width).fill('');
    out[header.indexOf(SETTINGS_COLUMN.item)] = r.label;
    out[header.indexOf(SETTINGS_COLUMN.value)] = r.value;
    out[header.indexOf(SETTINGS_COLUMN.note)] = r.note;
    return out;
  });
  sheet.getRange(start, 1, block.length, width).setValues(block);
  return { added: true, values };
}

/** Desired number format, validation and protection of a sheet; writes only differences. */
function formatSheet(
  def: SheetDef,
  sheet: Sheet,
  header: string[],
  sources: SourceLookup,
  isNew: boolean,
  readHead: Range | null,
  rule: (spec: RuleSpec) => Rule,
): boolean {
  let changed = false;
  // A new sheet has no frozen row, no bold header and no protection: written without reading.
  if (header.length > 0 && (isNew || sheet.getFrozenRows() !== 1)) {
    sheet.setFrozenRows(1);
    changed = true;
  }
  if (header.length === 0) return changed;
  const headRange = readHead ?? sheet.getRange(1, 1, 1, header.length);
  if (isNew || headRange.getFontWeights()[0].some((w) => w !== 'bold')) {
    headRange.setFontWeight('bold').setBackground(HEADER_BACKGROUND);
    changed = true;
  }
  changed = protectHeader(sheet, headRange, header.length, isNew) || changed;

  const columns = columnsOf(def, header);
  if (columns.length === 0) return changed;
  const rows = sheet.getMaxRows() - 1;
  if (rows < 1) return changed;
  if (isNew) {
    // A new sheet has nothing to keep: every format and rule in one write each.
    const block = sheet.getRange(2, 1, rows, header.length);
    const fmtRow = header.map(
      (_, i) => numberFormatOf(columns.find((c) => c.index === i)?.col.type ?? 'bool') ?? DEFAULT_NUMBER_FORMAT,
    );
    block.setNumberFormats(Array.from({ length: rows }, () => fmtRow));
    const ruleRow = header.map((_, i) => {
      const placed = columns.find((c) => c.index === i);
      const spec = placed ? ruleSpecFor(placed.col, sources) : null;
      return spec ? rule(spec) : null;
    });
    if (ruleRow.some((r) => r !== null))
      block.setDataValidations(
        Array.from({ length: rows }, () => ruleRow) as GoogleAppsScript.Spreadsheet.DataValidation[][],
      );
    return true;
  }
  // Formats are compared on row 2; rules on row 2 (criteria, source) and present on every
  // row below it, so rows added without one (typed or pasted below the grid) get it back.
  const probe = sheet.getRange(2, 1, rows, header.length);
  const formats = probe.getNumberFormats()[0];
  const rules = probe.getDataValidations();
  for (const { col, index } of columns) {
    const fmt = numberFormatOf(col.type);
    if (fmt && formats[index] !== fmt) {
      sheet.getRange(2, index + 1, rows, 1).setNumberFormat(fmt);
      changed = true;
    }
    const spec = ruleSpecFor(col, sources);
    if (spec && (!ruleMatches(rules[0][index], spec) || rules.some((r) => r[index] === null))) {
      sheet.getRange(2, index + 1, rows, 1).setDataValidation(rule(spec));
      changed = true;
    }
  }
  return changed;
}

interface PlacedColumn {
  col: ColumnDef;
  index: number;
}

function columnsOf(def: SheetDef, header: string[]): PlacedColumn[] {
  if (def.kind === 'lists') {
    const i = header.indexOf(REQUIRED_COMMITMENT_HEADER);
    const textCols: PlacedColumn[] = LIST_NAMES.map((n) => ({
      col: { header: n, field: n, type: 'text' as const },
      index: header.indexOf(n),
    }));
    return [...textCols, { col: { header: REQUIRED_COMMITMENT_HEADER, field: 'required', type: 'bool' }, index: i }];
  }
  return def.columns.map((col) => ({ col, index: header.indexOf(col.header) })).filter((p) => p.index >= 0);
}

type SourceLookup = (sheetName: string, header: string) => RangeSource | null;

/** Dropdown sources by sheet and header: the column from row 2 to the end of the sheet. */
function sourceLookup(sheets: Map<string, { sheet: Sheet; header: string[] }>): SourceLookup {
  return (sheetName, header) => {
    const entry = sheets.get(sheetName);
    const i = entry ? entry.header.indexOf(header) : -1;
    if (!entry || i < 0) return null;
    return { sheet: entry.sheet, sheetName, column: i + 1 };
  };
}

function protectHeader(sheet: Sheet, headRange: Range, width: number, isNew: boolean): boolean {
  const app = gas.app();
  const existing = isNew
    ? undefined
    : sheet.getProtections(app.ProtectionType.RANGE).find((p) => p.getDescription() === HEADER_PROTECTION);
  if (existing) {
    const r = existing.getRange();
    const place = placeOf(r.getA1Notation()) ?? { row: r.getRow(), columns: r.getNumColumns() };
    if (place.row === 1 && place.columns >= width && existing.isWarningOnly()) return false;
    existing.remove();
  }
  headRange.protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
  return true;
}

/** First row and number of columns of a bounded A1 range (`A1`, `A1:M1`); null for any other form. */
function placeOf(a1: string): { row: number; columns: number } | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(a1);
  if (!m) return null;
  const col = (letters: string) => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const first = col(m[1]);
  const last = m[3] ? col(m[3]) : first;
  return { row: Math.min(Number(m[2]), Number(m[4] ?? m[2])), columns: last - first + 1 };
}

/** `Đối tượng giúp đỡ`: only the owner and the emails of `nguoi_sua_doi_tuong` may edit. */
function protectSensitive(sheet: Sheet, editors: string[]): boolean {
  const app = gas.app();
  let p = sheet.getProtections(app.ProtectionType.SHEET).find((x) => x.getDescription() === SENSITIVE_PROTECTION);
  let changed = false;
  if (!p) {
    p = sheet.protect().setDescription(SENSITIVE_PROTECTION);
    // Until its editor list is changed, a new protection mirrors the spreadsheet's editors
    // (Apps Script), i.e. protects nothing: set the list now, as the documented sample does
    // (add the allowed editors, then remove the others below), even when only the owner is allowed.
    p.addEditors(editors);
    changed = true;
  }
  if (p.isWarningOnly()) {
    p.setWarningOnly(false);
    changed = true;
  }
  const current = p.getEditors().map((u) => u.getEmail().toLowerCase());
  const extra = current.filter((e) => !editors.includes(e));
  const missing = editors.filter((e) => !current.includes(e));
  if (extra.length) {
    p.removeEditors(extra);
    changed = true;
  }
  if (missing.length) {
    p.addEditors(missing);
    changed = true;
  }
  if (p.canDomainEdit()) {
    p.setDomainEdit(false);
    changed = true;
  }
  return changed;
}

/**
 * The owner (or, without one, the user running set-up) and the emails of `nguoi_sua_doi_tuong` (default rows are
 * blank).
 */
function allowedEditors(ss: Spreadsheet, settingsValues: readonly (readonly unknown[])[], header: string[]): string[] {
  const owner = ss.getOwner();
  const emails = new Set<string>();
  const me = gas.userEmail();
  if (owner) emails.add(owner.getEmail().toLowerCase());
  else if (me) emails.add(me.toLowerCase());
  const item = header.indexOf(SETTINGS_COLUMN.item);
  const value = header.indexOf(SETTINGS_COLUMN.value);
  for (const r of settingsValues) {
    if (settingFor(r[item])?.key !== 'nguoi_sua_doi_tuong') continue;
    for (const e of String(r[value]).split(/[\s,;]+/)) if (/^[^@\s]+@[^@\s]+$/.test(e)) emails.add(e.toLowerCase());
  }
  return [...emails].filter((e) => e !== '');
}
