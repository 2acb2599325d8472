/**
 * "Thiết lập bảng tính": creates missing sheets, restores missing columns (appended at
 * the right, data kept), fixes retyped headers, freezes and warning-protects header rows,
 * sets number formats, checkboxes and dropdowns, fills default lists and settings,
 * protects the sensitive sheets and the rows of `Cài đặt` that grant rights, and sets the locale and time zone.
 * Idempotent: every step reads first and writes only what differs; nothing is deleted or moved.
 *
 * Protections (SPEC §3.1) are set by the owner's set-up only: the rows of `Cài đặt` that grant rights
 * (`RIGHTS_SETTING_KEYS`) get a range protection editable by the owner alone, and the sensitive sheets a sheet
 * protection whose editors are exactly the owner and the valid emails of the protected `nguoi_sua_doi_tuong` row —
 * an editor added by hand is removed, an invalid email is reported and never added. Anyone else's set-up leaves
 * every protection as it is and says so; a sheet a protection stops them from editing is left untouched and named.
 *
 * Spreadsheet calls (emulator, issue 15; test/server/setupCalls.test.ts has the per-method figures): the sheets are
 * listed and named once; a new sheet is written without being read (its grid is Sheets' 1000 × 26, no frozen row,
 * bold header or protection to compare); row 1 of an existing sheet is read whole (`'1:1'`: no getLastColumn, no
 * getMaxColumns) and rows 2… through an open-ended range (`A2:M`: no getMaxRows); each distinct rule is built once
 * (help texts name the list or the format, not the column, so one date rule serves every date column); widths take
 * the fewest `setColumnWidths` calls (`widthPaints`); new sheets are made from one template sheet (frozen, bold
 * row 1, the base width that saves most width calls; `templatePlan`), deleted once they exist; adjacent columns to
 * repair, and adjacent default lists, are written in one call; the range protections of a sheet are read once.
 * What remains is per sheet and is what the behaviour needs — Apps Script has no call that reads or writes several
 * sheets: on a complete workbook ~13 reads a sheet (name; row 1 values and font weights; frozen rows; formats and
 * rules of rows 2…; the header protection's description, range, A1 and warning-only); on an empty one ~14 calls a
 * sheet (insert, header write, ~5 widths, background, protect ×3, formats, rules) and 3–5 builder calls per distinct
 * rule (a dropdown from a range is a copy of the first one). The issue's ≤ 60 / ≤ 20 would take the Sheets
 * advanced service (one `spreadsheets.get` with field masks, one `batchUpdate`), not SpreadsheetApp.
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
import { SETTINGS_COLUMN, settingDef, settingFor } from '../domain/settings';
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
import { columnLetter } from '../domain/a1';
import { parseEmailList, RIGHTS_SETTING_KEYS, visibleEntry } from '../domain/rights';
import { gas } from './gas';
import { withDocumentLock } from './lock';
import { type Lock, lockMessage, lockOn, locksFor, ownerEmail, userEmail } from './protect';
import { settingsRowsFor } from './settingsRows';
import { buildRule, type RangeSource, type RuleSpec, ruleMatches, ruleSpecFor, sourceA1 } from './rules';
import { widthPaints } from './widths';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

export const TIME_ZONE = 'Asia/Ho_Chi_Minh';
export const LOCALE = 'vi_VN';
/** Protection descriptions, matched to find the add-on's own protections again. */
const HEADER_PROTECTION = t('setup.headerProtection');
const SENSITIVE_PROTECTION = t('setup.sensitiveProtection');
const RIGHTS_PROTECTION = t('setup.rightsProtection');
const HEADER_BACKGROUND = '#dbe8f7';
/** Width of a column of a new sheet in Google Sheets. */
const DEFAULT_COLUMN_WIDTH = 100;
/** The grid of a sheet `insertSheet` makes (Google Sheets: 1000 rows × 26 columns): not read back. */
const NEW_SHEET_ROWS = 1000;
const NEW_SHEET_COLUMNS = 26;

export interface SetupResult {
  created: string[];
  repaired: string[];
  /**
   * What the user must know, in Vietnamese: protections left alone (not the owner), sheets left untouched because
   * a protection stops this user, invalid or repeated entries of a rights setting, who may now edit the sensitive
   * sheets (when that changed) and who lost that right.
   */
  notes: string[];
}

/** A registry sheet as set-up left it: its header row, and whether set-up created it (then it holds no data). */
export interface SetUpSheet {
  sheet: Sheet;
  header: string[];
  isNew: boolean;
  /** The number of rows of its grid when set-up knows it without another call (new, or read), else null. */
  maxRows: number | null;
}

export function setupWorkbook(): SetupResult {
  return withDocumentLock(() => setupUnlocked(gas.spreadsheet()));
}

export function setupUnlocked(ss: Spreadsheet): SetupResult {
  return setupSheets(ss).result;
}

/**
 * Set-up, also giving every registry sheet as set-up left it (so that callers need not look them up again) and the
 * rows of `Cài đặt` below its header as they now are (null when the sheet is locked). `known`: the owner and the
 * locks when the caller has just read them.
 */
export function setupSheets(
  ss: Spreadsheet,
  known?: { owner: string; locks: Lock[] },
): { result: SetupResult; sheets: Map<string, SetUpSheet>; settingsRows: unknown[][] | null } {
  const created: string[] = [];
  const repaired = new Set<string>();
  const notes: string[] = [];
  // Who runs set-up: only the owner (or, in a shared drive without one, a user no protection stops) sets
  // protections; anyone else leaves them all as they are, and every sheet a protection stops them from editing.
  const owner = known ? known.owner : ownerEmail(ss);
  const me = userEmail();
  const locks = known ? known.locks : locksFor(ss, owner);
  const protects = me !== '' && (owner ? me === owner : locks.length === 0);
  if (!protects) notes.push(owner ? t('setup.notOwner', { owner }) : t('setup.noOwner'));
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

  const sheets = new Map<string, SheetState>();
  // New sheets with a header are made from one template sheet (frozen row 1, bold row 1, the best base width)
  // when that takes fewer calls than setting each; the template is deleted once they exist.
  const fresh = SHEETS.filter((def) => findSheet(names, def.name) < 0 && widthsOf(def).length > 0);
  const templateName = t('setup.templateSheet');
  const leftover = findSheet(names, templateName) >= 0;
  // A template left by a set-up stopped from outside (Apps Script's time limit) is the user's to delete.
  if (leftover) notes.push(t('setup.templateLeft', { sheet: templateName }));
  const plan = leftover ? null : templatePlan(fresh.map(widthsOf));
  let template: Sheet | null = null;
  if (plan) {
    template = ss.insertSheet(templateName, sheetCount);
    template.setFrozenRows(1);
    template.getRange('1:1').setFontWeight('bold');
    if (plan.width !== DEFAULT_COLUMN_WIDTH) template.setColumnWidths(1, NEW_SHEET_COLUMNS, plan.width);
  }
  try {
    // Pass 1: sheets and headers (dropdowns of pass 2 point at `Danh mục` columns found here).
    for (const def of SHEETS) {
      const found = findSheet(names, def.name);
      let sheet = found < 0 ? undefined : existing[found];
      const isNew = !sheet;
      const lock: Lock | null = sheet ? lockOn(locks, names[found]) : null;
      if (sheet && lock) {
        // A protection stops this user: the sheet is read (its header, for the callers) and left as it is.
        notes.push(`${lockMessage(lock)} ${t('setup.lockedSheet')}`);
        const header = trimmed(sheet.getRange('1:1').getValues()[0]);
        sheets.set(def.name, { sheet, header, isNew, maxRows: null, row: null, headRange: null, locked: true });
        continue;
      }
      const fromTemplate = !sheet && template !== null && fresh.includes(def);
      if (!sheet) {
        sheet =
          fromTemplate && template
            ? ss.insertSheet(def.name, sheetCount++, { template })
            : ss.insertSheet(def.name, sheetCount++);
        created.push(def.name);
      } else if (names[found] !== def.name) {
        // A sheet name retyped with other case or spaces is set back (Sheets names are unique regardless of case).
        sheet.setName(def.name);
        repaired.add(def.name);
      }
      const wanted = headersOf(def, LISTS_SHEET_HEADERS);
      const base = fromTemplate && plan ? plan.width : isNew ? DEFAULT_COLUMN_WIDTH : null;
      const { header, changed, row, headRange } = ensureHeader(sheet, wanted, isNew, def, base);
      if (changed && !isNew) repaired.add(def.name);
      sheets.set(def.name, {
        sheet,
        header,
        isNew,
        maxRows: isNew ? NEW_SHEET_ROWS : null,
        row,
        headRange,
        locked: false,
        fromTemplate,
      });
    }
  } finally {
    // Deleted even when set-up stops half way (an error it did not expect): it is never left behind.
    if (template) ss.deleteSheet(template);
  }

  const sources = sourceLookup(sheets);
  // Each distinct rule is built once per run (a builder chain is several calls).
  const built = new Map<string, Rule>();
  const byCriteria = new Map<string, Rule>();
  const rangeOf = sourceRanges(sheets, sources);
  const rule = (spec: RuleSpec): Rule => {
    const key = JSON.stringify(spec, (k, v) => (k === 'sheet' ? undefined : v));
    let r = built.get(key);
    if (!r) {
      // A dropdown from another column is a copy of the first one built (one call fewer).
      r = buildRule(gas.app(), spec, byCriteria.get(spec.criteria), rangeOf);
      built.set(key, r);
      if (!byCriteria.has(spec.criteria)) byCriteria.set(spec.criteria, r);
    }
    return r;
  };
  // Pass 2: formats, checkboxes, dropdowns, protection — before any default is written,
  // so that text settings such as "14" or "TRUE" stay text.
  for (const def of SHEETS) {
    const entry = sheets.get(def.name)!;
    if (entry.locked) continue;
    const changed = formatSheet(def, entry, sources, rule, protects);
    if (changed && !entry.isNew) repaired.add(def.name);
  }

  // Pass 3: default lists and settings, where missing.
  const lists = sheets.get(SHEET.lists)!;
  if (!lists.locked && fillDefaultLists(lists.sheet, lists.header, lists.isNew) && !lists.isNew)
    repaired.add(SHEET.lists);
  const settings = sheets.get(SHEET.settings)!;
  let settingsValues: unknown[][] | null = null;
  if (!settings.locked) {
    const settingsRows = fillDefaultSettings(settings.sheet, settings.header, settings.isNew);
    settingsValues = settingsRows.rows;
    if (settingsRows.added && !settings.isNew) repaired.add(SHEET.settings);
    if (protects) {
      // The rows that grant rights: editable by the owner alone; their values are read from those rows only.
      const keeper = owner || me;
      const rights = protectRights(settings, settingsRows.rows, keeper);
      if (rights.changed && !settings.isNew) repaired.add(SHEET.settings);
      notes.push(...rights.notes);
      // Every sheet the registry marks sensitive: only the owner and the valid listed emails may change it.
      const sensitive = SHEETS.filter((def) => def.sensitive);
      const listed = parseEmailList(rights.values.get('nguoi_sua_doi_tuong') ?? '');
      const label = settingDef('nguoi_sua_doi_tuong')!.label;
      if (listed.invalid.length)
        notes.push(t('settings.badEmail', { name: label, emails: listed.invalid.map(visibleEntry).join(', ') }));
      const editors = [keeper, ...listed.valid.filter((e) => e !== keeper)];
      const added = new Set<string>();
      const removed = new Set<string>();
      for (const def of sensitive) {
        const entry = sheets.get(def.name)!;
        const change = protectSensitive(entry.sheet, editors, entry.isNew);
        if (change.changed) repaired.add(def.name);
        change.added.forEach((e) => added.add(e));
        change.removed.forEach((e) => removed.add(e));
      }
      const sheetNames = sensitive.map((d) => `"${d.name}"`).join(', ');
      if (added.size || removed.size)
        notes.push(t('setup.editors', { sheets: sheetNames, emails: editors.join(', ') }));
      if (removed.size) notes.push(t('setup.removedEditors', { emails: [...removed].join(', ') }));
    }
  }
  if (!protects) {
    // Left alone, a sensitive sheet without its protection (made now, or never protected) is open to every editor.
    const open = SHEETS.filter((def) => def.sensitive && !isSensitiveProtected(sheets.get(def.name)!));
    if (open.length) notes.push(t('setup.sensitiveOpen', { sheets: open.map((d) => `"${d.name}"`).join(', ') }));
  }
  const out = new Map<string, SetUpSheet>();
  for (const [name, { sheet, header, isNew, maxRows }] of sheets) out.set(name, { sheet, header, isNew, maxRows });
  const result = { created, repaired: [...repaired].filter((n) => !created.includes(n)), notes };
  return { result, sheets: out, settingsRows: settingsValues };
}

/** A sheet during set-up: its whole row 1 as read (null when not read), the header range when at hand. */
interface SheetState extends SetUpSheet {
  row: Range | null;
  headRange: Range | null;
  locked: boolean;
  /** Made from the template: row 1 frozen and bold already. */
  fromTemplate?: boolean;
  /** Its range protections and their descriptions, read once (header and rights rows). */
  protections?: { p: GoogleAppsScript.Spreadsheet.Protection; description: string }[];
}

/** A row as strings, without its trailing blank cells. */
function trimmed(row: readonly unknown[]): string[] {
  const out = row.map((v) => String(v));
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
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
 * used column. Returns the header row as it now is, row 1 as read (its whole width, for the
 * font weights) and the header range when one was written.
 */
function ensureHeader(
  sheet: Sheet,
  wanted: readonly string[],
  isNew: boolean,
  def: SheetDef,
  base: number | null,
): { header: string[]; changed: boolean; row: Range | null; headRange: Range | null } {
  if (wanted.length === 0) return { header: [], changed: false, row: null, headRange: null };
  // Row 1 in one read, to the grid's last column: its width is the number of columns (no getMaxColumns).
  const row = isNew ? null : sheet.getRange('1:1');
  const cells = row ? row.getValues()[0] : [];
  const current = trimmed(cells);
  let headRange: Range | null = null;
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
  let width = header.length;
  if (appended.length) {
    if (!isNew) {
      const lastCol = sheet.getLastColumn();
      while (header.length < lastCol) header.push('');
      width = header.length;
    }
    header.push(...appended);
    changed = true;
    const maxColumns = isNew ? NEW_SHEET_COLUMNS : cells.length;
    if (header.length > maxColumns) sheet.insertColumnsAfter(maxColumns, header.length - maxColumns);
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
    // Widths of the appended columns, in as few calls as runs allow (a wide run first, narrower ones over it); on a
    // new sheet a column of its base width (Sheets' 100 px, or the template's) is already right and is not written.
    const w = appended.map((h) => widthOf(def, h));
    for (const p of widthPaints(w, base)) sheet.setColumnWidths(width + p.start + 1, p.count, p.width);
  }
  return { header, changed, row, headRange };
}

/** The width of a registry column (the registry's, 200 px for a list of `Danh mục`, else Sheets' 100 px). */
function widthOf(def: SheetDef, header: string): number {
  return def.columns.find((c) => c.header === header)?.width ?? (def.kind === 'lists' ? 200 : DEFAULT_COLUMN_WIDTH);
}

/** The widths of a registry sheet's columns, in header order (none for a sheet without a header). */
function widthsOf(def: SheetDef): number[] {
  return headersOf(def, LISTS_SHEET_HEADERS).map((h) => widthOf(def, h));
}

/**
 * Whether new sheets should be made from a template, and its column width: the template costs 5 calls (insert,
 * freeze, bold, widths, delete — widths only when not 100 px) and saves each new sheet its freeze and its bold, and
 * the width calls a better base width saves. Null when it saves nothing.
 */
function templatePlan(sheets: readonly number[][]): { width: number } | null {
  if (sheets.length === 0) return null;
  const paints = (base: number) => sheets.reduce((n, w) => n + widthPaints(w, base).length, 0);
  const without = paints(DEFAULT_COLUMN_WIDTH) + 2 * sheets.length;
  let best: { width: number; cost: number } | null = null;
  for (const width of new Set([DEFAULT_COLUMN_WIDTH, ...sheets.flat()])) {
    const cost = 4 + (width === DEFAULT_COLUMN_WIDTH ? 0 : 1) + paints(width);
    if (!best || cost < best.cost) best = { width, cost };
  }
  return best && best.cost < without ? { width: best.width } : null;
}

function fillDefaultLists(sheet: Sheet, header: string[], isNew: boolean): boolean {
  const lastRow = isNew ? 1 : sheet.getLastRow();
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
  // Adjacent empty list columns get their defaults in one write (the shorter ones padded with blanks, over cells
  // that are empty already): a new `Danh mục` is one write.
  const byColumn = new Map(writes.map((w) => [w.c, w.items]));
  for (const [start, run] of runs(byColumn)) {
    const height = Math.max(...run.map((c) => byColumn.get(c)!.length));
    const block = Array.from({ length: height }, (_, r) => run.map((c) => byColumn.get(c)![r] ?? ''));
    sheet.getRange(2, start + 1, height, run.length).setValues(block);
  }
  return writes.length > 0;
}

/** Appends the missing settings rows (defaults); returns every row below the header (row 2 first) as it now is. */
function fillDefaultSettings(sheet: Sheet, header: string[], isNew: boolean): { added: boolean; rows: unknown[][] } {
  const lastRow = isNew ? 1 : sheet.getLastRow();
  const values = lastRow > 1 ? sheet.getRange(2, 1, lastRow - 1, header.length).getValues() : [];
  const rows = settingsRowsFor(values, header);
  if (rows.length === 0) return { added: false, rows: values };
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
  // Rows above `start` not read (blank) are not settings rows: padded so that index i stays row i + 2.
  const padding = Array.from({ length: start - 2 - values.length }, () => new Array(width).fill(''));
  return { added: true, rows: [...values, ...padding, ...block] };
}

/** Desired number format, validation and protection of a sheet; writes only differences. */
function formatSheet(
  def: SheetDef,
  entry: SheetState,
  sources: SourceLookup,
  rule: (spec: RuleSpec) => Rule,
  protects: boolean,
): boolean {
  const { sheet, header, isNew, fromTemplate } = entry;
  let changed = false;
  // A new sheet has no frozen row, no bold header and no protection (one made from the template has the first two):
  // written without reading.
  if (header.length > 0 && !fromTemplate && (isNew || sheet.getFrozenRows() !== 1)) {
    sheet.setFrozenRows(1);
    changed = true;
  }
  if (header.length === 0) return changed;
  const headRange = () => entry.headRange ?? (entry.headRange = sheet.getRange(1, 1, 1, header.length));
  const weights = isNew || !entry.row ? null : entry.row.getFontWeights()[0].slice(0, header.length);
  if (fromTemplate) {
    headRange().setBackground(HEADER_BACKGROUND);
    changed = true;
  } else if (!weights || weights.length < header.length || weights.some((w) => w !== 'bold')) {
    headRange().setFontWeight('bold').setBackground(HEADER_BACKGROUND);
    changed = true;
  }
  if (protects) changed = protectHeader(entry, headRange) || changed;

  const columns = columnsOf(def, header);
  if (columns.length === 0) return changed;
  if (isNew) {
    // A new sheet has nothing to keep: every format and rule in one write each.
    const rows = NEW_SHEET_ROWS - 1;
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
  // Rows 2… to the grid's end in one range (open-ended A1: no getMaxRows); none when the grid has only the header.
  let probe: Range;
  try {
    probe = sheet.getRange(`A2:${columnLetter(header.length)}`);
  } catch {
    entry.maxRows = 1;
    return changed;
  }
  // Rules are compared on row 2 (criteria, source) and must be on every row below it, so rows added without one
  // (typed or pasted below the grid) get it back: read for every row. Formats are compared on row 2: read there only
  // (reading them for every row cost as many cells as the rules: 2 M at 10,000 households).
  const rules = probe.getDataValidations();
  const rows = rules.length;
  entry.maxRows = rows + 1;
  if (rows < 1) return changed;
  const formats = sheet.getRange(2, 1, 1, header.length).getNumberFormats();
  const fmtFix = new Map<number, string>();
  const ruleFix = new Map<number, Rule>();
  for (const { col, index } of columns) {
    const fmt = numberFormatOf(col.type);
    if (fmt && formats[0][index] !== fmt) fmtFix.set(index, fmt);
    const spec = ruleSpecFor(col, sources);
    if (spec && (!ruleMatches(rules[0][index], spec) || rules.some((r) => r[index] === null)))
      ruleFix.set(index, rule(spec));
  }
  // Adjacent columns to repair are written together: one range and one write per run of columns.
  for (const [start, run] of runs(fmtFix)) {
    const line = run.map((i) => fmtFix.get(i)!);
    sheet.getRange(2, start + 1, rows, run.length).setNumberFormats(Array.from({ length: rows }, () => line));
  }
  for (const [start, run] of runs(ruleFix)) {
    const line = run.map((i) => ruleFix.get(i)!);
    sheet.getRange(2, start + 1, rows, run.length).setDataValidations(Array.from({ length: rows }, () => line));
  }
  return changed || fmtFix.size > 0 || ruleFix.size > 0;
}

/** The keys of a map of columns, as runs of adjacent columns: [first, columns of the run]. */
function runs(fix: ReadonlyMap<number, unknown>): [number, number[]][] {
  const out: [number, number[]][] = [];
  for (const i of [...fix.keys()].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[1][last[1].length - 1] === i - 1) last[1].push(i);
    else out.push([i, [i]]);
  }
  return out;
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

/**
 * The range of a dropdown source, fetched when a rule is first built from it: every source of the same sheet the
 * registry's dropdowns use (the lists of `Danh mục`) in one `getRangeList` and one `getRanges` when there are more
 * than two, else one `getRange`. A complete workbook builds no rule and reads none.
 */
function sourceRanges(sheets: Map<string, SheetState>, lookup: SourceLookup): (source: RangeSource) => Range {
  const bySheet = new Map<string, Map<string, Range>>();
  return (source) => {
    let ranges = bySheet.get(source.sheetName);
    if (!ranges) {
      bySheet.set(source.sheetName, (ranges = new Map()));
      const a1s = new Set<string>();
      for (const def of SHEETS) {
        if (sheets.get(def.name)?.locked) continue;
        for (const col of def.columns) {
          const spec = ruleSpecFor(col, lookup);
          if (spec?.criteria === 'VALUE_IN_RANGE' && spec.source.sheetName === source.sheetName)
            a1s.add(sourceA1(spec.source));
        }
      }
      if (a1s.size > 2) {
        const list = [...a1s];
        const got = source.sheet.getRangeList(list).getRanges();
        list.forEach((a1, i) => ranges!.set(a1, got[i]));
      }
    }
    const a1 = sourceA1(source);
    let r = ranges.get(a1);
    if (!r) ranges.set(a1, (r = source.sheet.getRange(a1)));
    return r;
  };
}

/** Dropdown sources by sheet and header: the column from row 2 to the end of the sheet. */
function sourceLookup(sheets: Map<string, { sheet: Sheet; header: string[] }>): SourceLookup {
  return (sheetName, header) => {
    const entry = sheets.get(sheetName);
    const i = entry ? entry.header.indexOf(header) : -1;
    if (!entry || i < 0) return null;
    return { sheet: entry.sheet, sheetName, column: i + 1 };
  };
}

/** The range protections of a sheet with their descriptions, read once per set-up (none on a new sheet). */
function rangeProtections(entry: SheetState): NonNullable<SheetState['protections']> {
  if (!entry.protections) {
    entry.protections = entry.isNew
      ? []
      : entry.sheet.getProtections(gas.app().ProtectionType.RANGE).map((p) => ({ p, description: p.getDescription() }));
  }
  return entry.protections;
}

function protectHeader(entry: SheetState, headRange: () => Range): boolean {
  const width = entry.header.length;
  const existing = rangeProtections(entry).find((x) => x.description === HEADER_PROTECTION)?.p;
  if (existing) {
    const r = existing.getRange();
    const place = placeOf(r.getA1Notation()) ?? { row: r.getRow(), columns: r.getNumColumns() };
    if (place.row === 1 && place.columns >= width && existing.isWarningOnly()) return false;
    existing.remove();
  }
  headRange().protect().setDescription(HEADER_PROTECTION).setWarningOnly(true);
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

/** Whether a sensitive sheet has the add-on's protection, not a warning (read only). */
function isSensitiveProtected({ sheet, isNew }: { sheet: Sheet; isNew: boolean }): boolean {
  if (isNew) return false;
  return sheet
    .getProtections(gas.app().ProtectionType.SHEET)
    .some((p) => p.getDescription() === SENSITIVE_PROTECTION && !p.isWarningOnly());
}

/**
 * A sensitive sheet (`Đối tượng giúp đỡ`): a sheet protection, not a warning, whose editors are exactly `editors`
 * (the owner first, then the valid listed emails); an editor added by hand is removed.
 */
function protectSensitive(
  sheet: Sheet,
  editors: string[],
  isNew: boolean,
): { changed: boolean; added: string[]; removed: string[] } {
  const app = gas.app();
  const found = isNew
    ? undefined
    : sheet.getProtections(app.ProtectionType.SHEET).find((x) => x.getDescription() === SENSITIVE_PROTECTION);
  let changed = false;
  const p = found ?? sheet.protect().setDescription(SENSITIVE_PROTECTION);
  if (!found) {
    // Until its editor list is changed, a new protection mirrors the spreadsheet's editors (Apps Script), i.e.
    // protects nothing: the list is set now, as the documented sample does (the owner added, the others removed).
    p.addEditor(editors[0]);
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
  // A new protection's first list is the spreadsheet's editors it mirrored: not people who lost a right.
  return { changed, added: found ? missing : editors.slice(1), removed: found ? extra : [] };
}

/**
 * The rows of `Cài đặt` that grant rights (`RIGHTS_SETTING_KEYS`): each gets a range protection over its cells
 * (description `… (key)`), editable by `keeper` (the owner) alone, not the whole domain. The row a setting is read
 * from is the one its protection covers (else, the first time, its first row); a repeated row (typed by anyone
 * below) is reported and never read. Returns the values of the protected rows.
 */
function protectRights(
  entry: SheetState,
  rows: readonly (readonly unknown[])[],
  keeper: string,
): { changed: boolean; values: Map<string, unknown>; notes: string[] } {
  const { sheet, header } = entry;
  const item = header.indexOf(SETTINGS_COLUMN.item);
  const value = header.indexOf(SETTINGS_COLUMN.value);
  const width = header.length;
  const values = new Map<string, unknown>();
  const notes: string[] = [];
  let changed = false;
  const mineAll = rangeProtections(entry).filter((x) => x.description.startsWith(RIGHTS_PROTECTION));
  const all = mineAll.map((x) => x.p);
  const descriptionOf = new Map(mineAll.map((x) => [x.p, x.description]));
  const where = new Map(all.map((p) => [p, p.getRange().getA1Notation()]));
  const a1Of = (row: number) => `A${row}:${columnLetter(width)}${row}`;
  for (const key of RIGHTS_SETTING_KEYS) {
    const def = settingDef(key)!;
    const description = `${RIGHTS_PROTECTION} (${key})`;
    const at = rows.flatMap((r, i) => (settingFor(r[item])?.key === key ? [i + 2] : []));
    const mine = all.filter((p) => descriptionOf.get(p) === description);
    const kept = mine.find((p) => at.some((row) => where.get(p) === a1Of(row)));
    const row = kept ? at.find((r) => where.get(kept) === a1Of(r))! : at[0];
    for (const p of mine) {
      if (p === kept) continue;
      p.remove();
      changed = true;
    }
    if (row === undefined) continue;
    values.set(key, rows[row - 2][value]);
    const others = at.filter((r) => r !== row);
    if (others.length)
      notes.push(t('setup.duplicateRights', { name: def.label, sheet: SHEET.settings, row, rows: others.join(', ') }));
    const p = kept ?? sheet.getRange(row, 1, 1, width).protect().setDescription(description);
    if (!kept) {
      // As Apps Script's documentation does: the keeper added, every other editor removed, no domain-wide edit.
      p.addEditor(keeper);
      changed = true;
    }
    if (p.isWarningOnly()) {
      p.setWarningOnly(false);
      changed = true;
    }
    const strangers = p.getEditors().filter((u) => u.getEmail().toLowerCase() !== keeper);
    if (strangers.length) {
      p.removeEditors(strangers);
      changed = true;
    }
    if (p.canDomainEdit()) {
      p.setDomainEdit(false);
      changed = true;
    }
  }
  return { changed, values, notes };
}
