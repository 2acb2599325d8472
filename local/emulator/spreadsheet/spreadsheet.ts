/** Spreadsheet: sheets, named ranges, locale/zone, owner/editors, toasts. */
import { FAKE } from '../counter';
import type { EmulatorContext } from '../context';
import { splitSheetName } from './a1';
import type { FakeEmbeddedChart } from './chart';
import { releaseChart } from './chart';
import { SELF, asGas, gasClassName, gasError, paramsError, unwrap } from './errors';
import { FakeUser } from './protection';
import type { FakeRange } from './range';
import { FakeSheet } from './sheet';
import { FakeUi } from './ui';
import { type CellValue, FORMULA_ERROR, type ValueContext, assertTimeZone, rezone } from './values';

type GasSpreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;
type GasUser = GoogleAppsScript.Base.User;

export interface SpreadsheetInit {
  id?: string;
  name?: string;
  /** Default: ctx.timeZone. */
  timeZone?: string;
  /** Default 'en_US' (what a new spreadsheet of an English-UI account gets), so set-up must set vi_VN. */
  locale?: string;
  /** Default: ctx.user.email at creation. */
  owner?: string;
  /** Create without the initial 'Sheet1' (used by deserialisation). */
  noSheets?: boolean;
  ui?: FakeUi;
}

/** Hook to give formula cells a value; the emulator does not evaluate formulas, so the default is '#ERROR!'. */
export type FormulaEvaluator = (formula: string, sheet: FakeSheet, row: number, col: number) => CellValue | undefined;

export class FakeNamedRange
  implements Pick<GoogleAppsScript.Spreadsheet.NamedRange, 'getName' | 'getRange' | 'remove' | 'setName' | 'setRange'>
{
  readonly [FAKE] = true;
  readonly [SELF] = this;
  constructor(
    readonly ss: FakeSpreadsheet,
    public name: string,
    public range: FakeRange,
  ) {}

  getName(): string {
    return this.name;
  }

  getRange(): GasRange {
    return asGas(this.range.clone());
  }

  remove(): void {
    this.ss.removeNamedRange(this.name);
  }

  setName(name: string): GoogleAppsScript.Spreadsheet.NamedRange {
    checkRangeName(name);
    if (this.ss.namedRanges.has(name) && name !== this.name)
      throw gasError(`A named range with the name "${name}" already exists.`);
    this.ss.namedRanges.delete(this.name);
    this.name = name;
    this.ss.namedRanges.set(name, this);
    return asGas(this);
  }

  setRange(range: GasRange): GoogleAppsScript.Spreadsheet.NamedRange {
    this.ss.unanchor(this.range);
    this.range = (unwrap(range) as unknown as FakeRange).anchored();
    return asGas(this);
  }
}
gasClassName(FakeNamedRange, 'NamedRange');

function checkRangeName(name: string): void {
  if (
    typeof name !== 'string' ||
    !/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^R\d*C\d*$/i.test(name) ||
    /^(true|false)$/i.test(name) ||
    name.length > 250
  ) {
    throw gasError(`Invalid name for a named range: ${name}`);
  }
}

type SpreadsheetMethods =
  | 'addEditor'
  | 'addEditors'
  | 'addViewer'
  | 'addViewers'
  | 'appendRow'
  | 'deleteSheet'
  | 'getActiveRange'
  | 'getActiveSheet'
  | 'getDataRange'
  | 'getEditors'
  | 'getId'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getName'
  | 'getNamedRanges'
  | 'getNumSheets'
  | 'getOwner'
  | 'getProtections'
  | 'getRange'
  | 'getRangeByName'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheetName'
  | 'getSheets'
  | 'getSpreadsheetLocale'
  | 'getSpreadsheetTimeZone'
  | 'getUrl'
  | 'getViewers'
  | 'insertSheet'
  | 'moveActiveSheet'
  | 'removeEditor'
  | 'removeNamedRange'
  | 'removeViewer'
  | 'rename'
  | 'renameActiveSheet'
  | 'setActiveRange'
  | 'setActiveSheet'
  | 'setNamedRange'
  | 'setSpreadsheetLocale'
  | 'setSpreadsheetTimeZone'
  | 'toast';

export class FakeSpreadsheet implements Pick<GasSpreadsheet, SpreadsheetMethods> {
  readonly [FAKE] = true;
  readonly [SELF] = this;

  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner: string;
  /** Editors besides the owner. */
  editors: string[] = [];
  viewers: string[] = [];
  /** Shared with anyone who has the link (at least as viewer): `openById` lets any user in. */
  anyoneWithLink = false;
  sheets: FakeSheet[] = [];
  activeSheet!: FakeSheet;
  activeRange: FakeRange | null = null;
  readonly namedRanges = new Map<string, FakeNamedRange>();
  ui: FakeUi;
  nextSheetId = 0;
  nextChartId = 1;
  /** Stored ranges (named ranges, protections, validation and chart sources) that follow inserts/deletes. */
  readonly anchors = new Set<FakeRange>();
  evaluateFormula: FormulaEvaluator = () => FORMULA_ERROR;
  private vc: ValueContext;

  constructor(
    readonly ctx: EmulatorContext,
    init: SpreadsheetInit = {},
  ) {
    this.id = init.id ?? ctx.nextId('ss');
    this.name = init.name ?? 'Untitled spreadsheet';
    this.timeZone = init.timeZone ?? ctx.timeZone;
    this.locale = init.locale ?? 'en_US';
    this.owner = init.owner ?? ctx.user.email;
    this.ui = init.ui ?? new FakeUi();
    this.vc = { locale: this.locale, timeZone: this.timeZone, now: () => ctx.now() };
    if (!init.noSheets) {
      const s = this.addSheet(this.defaultSheetName(), 0);
      this.activeSheet = s;
    }
  }

  // =================================================================================== internals

  valueContext(): ValueContext {
    return this.vc;
  }

  editorEmails(): string[] {
    return [this.owner, ...this.editors.filter((e) => e !== this.owner)];
  }

  private defaultSheetName(): string {
    const base = this.locale.startsWith('vi') ? 'Trang tính' : 'Sheet';
    for (let n = this.sheets.length + 1; ; n++) {
      const name = `${base}${n}`;
      if (!this.findSheet(name)) return name;
    }
  }

  /** Sheet names are unique regardless of case, as in Sheets. */
  findSheet(name: string): FakeSheet | null {
    const exact = this.sheets.find((s) => s.name === name);
    if (exact) return exact;
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower) ?? null;
  }

  checkSheetName(name: string, except?: FakeSheet): void {
    if (typeof name !== 'string' || name.trim() === '') throw gasError('Sheet names cannot be empty.');
    if (name.length > 100) throw gasError('The sheet name cannot be longer than 100 characters.');
    const other = this.findSheet(name);
    if (other && other !== except)
      throw gasError(`A sheet with the name "${name}" already exists. Please enter another name.`);
  }

  /** Adds a sheet at 0-based `index` (uncounted, no activation). */
  addSheet(name: string, index: number, id?: number): FakeSheet {
    this.checkSheetName(name);
    const sheetId = id ?? this.nextSheetId;
    this.nextSheetId = Math.max(this.nextSheetId, sheetId + 1);
    const s = new FakeSheet(this, sheetId, name);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, s);
    return s;
  }

  /** Resolves "A1", "Sheet!A1:B2" or "'Sheet name'!A:A" (default sheet: `fallback`). */
  resolveA1(a1: string, fallback: FakeSheet): FakeRange {
    if (typeof a1 !== 'string') throw paramsError([a1], 'SpreadsheetApp.Spreadsheet.getRange');
    const { sheetName, ref } = splitSheetName(a1);
    let sheet = fallback;
    if (sheetName !== null) {
      const s = this.findSheet(sheetName);
      if (!s) throw gasError('Range not found');
      sheet = s;
    }
    return sheet.rangeFromA1(ref);
  }

  anchor(r: FakeRange): void {
    this.anchors.add(r);
  }

  unanchor(r: FakeRange): void {
    this.anchors.delete(r);
  }

  /** Moves stored references when `delta` rows/columns are inserted (>0) or deleted (<0) at 1-based `from`. */
  shiftAnchors(sheet: FakeSheet, dim: 'row' | 'col', from: number, delta: number): void {
    for (const r of this.anchors) {
      if (r.sheet !== sheet) continue;
      const start = dim === 'row' ? r.row : r.col;
      const size = dim === 'row' ? r.numRows : r.numCols;
      const end = start + size - 1;
      let nStart = start;
      let nSize = size;
      if (delta > 0) {
        const prevMax = (dim === 'row' ? sheet.maxRows : sheet.maxCols) - delta;
        const wholeLine = dim === 'row' ? r.open.rows : r.open.cols;
        if (from <= start) nStart = start + delta;
        else if (from <= end) nSize = size + delta;
        // 'A:A' / 'A2:A' keep reaching the end
        else if (wholeLine && end === prevMax && from === end + 1) nSize = size + delta;
      } else {
        const d0 = from;
        const d1 = from - delta - 1;
        const overlap = Math.max(0, Math.min(end, d1) - Math.max(start, d0) + 1);
        const before = Math.max(0, Math.min(d1, start - 1) - d0 + 1);
        nStart = Math.max(1, start - before);
        nSize = Math.max(1, size - overlap);
      }
      if (dim === 'row') {
        r.row = nStart;
        r.numRows = nSize;
      } else {
        r.col = nStart;
        r.numCols = nSize;
      }
    }
  }

  findChart(id: number): FakeEmbeddedChart | null {
    for (const s of this.sheets) for (const c of s.charts) if (c.state.chartId === id) return c;
    return null;
  }

  namedRangeObjects(): FakeNamedRange[] {
    return [...this.namedRanges.values()];
  }

  // =================================================================================== identity

  getId(): string {
    return this.id;
  }

  getName(): string {
    return this.name;
  }

  rename(newName: string): void {
    this.name = String(newName);
  }

  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }

  /** Sheets stores wall-clock values, so dates keep their displayed date/time and change instant. */
  setSpreadsheetTimeZone(timezone: string): void {
    try {
      assertTimeZone(timezone);
    } catch {
      throw gasError(`Invalid argument: timezone`);
    }
    const from = this.timeZone;
    if (from === timezone) return;
    for (const s of this.sheets) s.values.map((v) => (v instanceof Date ? rezone(v, from, timezone) : v));
    this.timeZone = timezone;
    this.vc = { ...this.vc, timeZone: timezone };
  }

  getSpreadsheetLocale(): string {
    return this.locale;
  }

  setSpreadsheetLocale(locale: string): void {
    if (typeof locale !== 'string' || !/^[a-z]{2,3}(_[A-Za-z0-9]{2,4})*$/.test(locale))
      throw gasError('Invalid argument: locale');
    this.locale = locale;
    this.vc = { ...this.vc, locale };
  }

  getOwner(): GasUser | null {
    return asGas(new FakeUser(this.owner));
  }

  getEditors(): GasUser[] {
    return this.editorEmails().map((e) => asGas<GasUser>(new FakeUser(e)));
  }

  getViewers(): GasUser[] {
    return this.viewers.map((e) => asGas<GasUser>(new FakeUser(e)));
  }

  addEditor(emailOrUser: string | GasUser): GasSpreadsheet {
    const e = emailOfArg(emailOrUser);
    if (e !== this.owner && !this.editors.includes(e)) this.editors.push(e);
    this.viewers = this.viewers.filter((v) => v !== e);
    return asGas(this);
  }

  addEditors(emailAddresses: string[]): GasSpreadsheet {
    for (const e of emailAddresses) this.addEditor(e);
    return asGas(this);
  }

  removeEditor(emailOrUser: string | GasUser): GasSpreadsheet {
    const e = emailOfArg(emailOrUser);
    this.editors = this.editors.filter((x) => x !== e);
    return asGas(this);
  }

  addViewer(emailOrUser: string | GasUser): GasSpreadsheet {
    const e = emailOfArg(emailOrUser);
    if (e !== this.owner && !this.editors.includes(e) && !this.viewers.includes(e)) this.viewers.push(e);
    return asGas(this);
  }

  addViewers(emailAddresses: string[]): GasSpreadsheet {
    for (const e of emailAddresses) this.addViewer(e);
    return asGas(this);
  }

  removeViewer(emailOrUser: string | GasUser): GasSpreadsheet {
    const e = emailOfArg(emailOrUser);
    this.viewers = this.viewers.filter((x) => x !== e);
    return asGas(this);
  }

  toast(msg: string, title?: string, timeoutSeconds?: number | null): void {
    this.ui.toast(
      String(msg),
      title === undefined || title === null ? '' : String(title),
      timeoutSeconds === undefined ? 5 : timeoutSeconds,
    );
  }

  // =================================================================================== sheets

  getSheets(): GasSheet[] {
    return this.sheets.map((s) => asGas(s));
  }

  getNumSheets(): number {
    return this.sheets.length;
  }

  getSheetByName(name: string): GasSheet | null {
    return asGas(this.findSheet(String(name)));
  }

  getSheetById(id: number): GasSheet | null {
    return asGas(this.sheets.find((s) => s.id === id) ?? null);
  }

  getSheetName(): string {
    return this.activeSheet.name;
  }

  /**
   * insertSheet(), (index), (name), (name, index), with or without options: the new sheet goes after
   * the active sheet unless an index is given, and becomes the active sheet.
   */
  insertSheet(a?: unknown, b?: unknown, c?: unknown): GasSheet {
    let name: string | undefined;
    let index: number | undefined;
    let options: { template?: GasSheet } | undefined;
    if (typeof a === 'string') {
      name = a;
      if (typeof b === 'number') {
        index = b;
        options = c as typeof options;
      } else options = b as typeof options;
    } else if (typeof a === 'number') {
      index = a;
      options = b as typeof options;
    } else if (a !== undefined && a !== null) options = a as typeof options;
    const at = index ?? this.sheets.indexOf(this.activeSheet) + 1;
    const s = this.addSheet(name ?? this.defaultSheetName(), at);
    const template = options?.template ? (unwrap(options.template) as unknown as FakeSheet) : null;
    if (template) {
      s.maxRows = template.maxRows;
      s.maxCols = template.maxCols;
      s.copyFrom(template, 0, 0, template.maxRows, template.maxCols, 0, 0, {
        contents: true,
        formats: true,
        validations: true,
        valuesOnly: false,
      });
      s.frozenRows = template.frozenRows;
      s.frozenCols = template.frozenCols;
      s.columnWidths = new Map(template.columnWidths);
    }
    this.activeSheet = s;
    this.activeRange = null;
    return asGas(s);
  }

  deleteSheet(sheet: GasSheet): void {
    const s = unwrap(sheet) as unknown as FakeSheet;
    const i = this.sheets.indexOf(s);
    if (i < 0) throw gasError('Sheet not found');
    if (this.sheets.length <= 1) throw gasError("You can't remove all the sheets in a document.");
    s.assertRemovable(1, 1, s.maxRows, s.maxCols);
    this.sheets.splice(i, 1);
    for (const c of s.charts) releaseChart(c);
    for (const r of [...this.anchors]) if (r.sheet === s) this.anchors.delete(r);
    for (const [n, nr] of this.namedRanges) if (nr.range.sheet === s) this.namedRanges.delete(n);
    if (this.activeSheet === s) {
      this.activeSheet = this.sheets[Math.max(0, i - 1)];
      this.activeRange = null;
    }
  }

  getActiveSheet(): GasSheet {
    return asGas(this.activeSheet);
  }

  setActiveSheet(sheet: GasSheet): GasSheet {
    const s = unwrap(sheet) as unknown as FakeSheet;
    if (!this.sheets.includes(s)) throw gasError('Sheet not found');
    this.activeSheet = s;
    this.activeRange = null;
    return asGas(s);
  }

  moveActiveSheet(pos: number): void {
    const s = this.activeSheet;
    this.sheets.splice(this.sheets.indexOf(s), 1);
    this.sheets.splice(Math.max(0, Math.min(pos - 1, this.sheets.length)), 0, s);
  }

  renameActiveSheet(newName: string): void {
    this.activeSheet.setName(newName);
  }

  getActiveRange(): GasRange | null {
    return asGas(this.activeRange ? this.activeRange.clone() : this.activeSheet.rangeAt(1, 1));
  }

  setActiveRange(range: GasRange): GasRange {
    const r = unwrap(range) as unknown as FakeRange;
    this.activeSheet = r.sheet;
    this.activeRange = r.clone();
    return asGas(r);
  }

  getRange(a1Notation: string): GasRange {
    return asGas(this.resolveA1(a1Notation, this.activeSheet));
  }

  getDataRange(): GasRange {
    return this.activeSheet.getDataRange();
  }

  getLastRow(): number {
    return this.activeSheet.getLastRow();
  }

  getLastColumn(): number {
    return this.activeSheet.getLastColumn();
  }

  appendRow(rowContents: unknown[]): GasSheet {
    return this.activeSheet.appendRow(rowContents);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    return this.sheets.flatMap((s) => s.getProtections(type));
  }

  // =================================================================================== named ranges

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this.namedRangeObjects().map((n) => asGas(n));
  }

  setNamedRange(name: string, range: GasRange): void {
    checkRangeName(name);
    const r = unwrap(range) as unknown as FakeRange;
    const existing = this.namedRanges.get(name);
    if (existing) this.unanchor(existing.range);
    this.namedRanges.set(name, new FakeNamedRange(this, name, r.anchored()));
  }

  getRangeByName(name: string): GasRange | null {
    const nr = this.namedRanges.get(name);
    return asGas(nr ? nr.range.clone() : null);
  }

  removeNamedRange(name: string): void {
    const nr = this.namedRanges.get(name);
    if (!nr) return;
    this.unanchor(nr.range);
    this.namedRanges.delete(name);
  }

  toString(): string {
    return 'Spreadsheet';
  }
}
gasClassName(FakeSpreadsheet, 'Spreadsheet');

function emailOfArg(x: unknown): string {
  const u = unwrap(x);
  if (typeof u === 'string') return u;
  if (u && typeof (u as GasUser).getEmail === 'function') return (u as GasUser).getEmail();
  throw paramsError([x], 'SpreadsheetApp.Spreadsheet.addEditor');
}
