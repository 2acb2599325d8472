/** Sheet: the grid (1000 × 26 when new), its per-cell layers, protections, charts and layout. */
import { FAKE } from '../counter';
import { parseA1 } from './a1';
import { type ChartTypeName, FakeEmbeddedChart, FakeEmbeddedChartBuilder, releaseChart, storeChart } from './chart';
import { SELF, asGas, gasClassName, gasError, paramsError, unwrap } from './errors';
import { Layer } from './grid';
import { FakeProtection, PROTECTED_MESSAGE } from './protection';
import { FakeRange } from './range';
import { FakeRangeList } from './rangeList';
import type { FakeSpreadsheet } from './spreadsheet';
import type { FakeDataValidation } from './validation';
import {
  type CellValue,
  DEFAULT_NUMBER_FORMAT,
  FORMULA_ERROR,
  MAX_CELL_CHARS,
  TEXT_FORMAT,
  checkInputValue,
  compileFormat,
  dateToSerial,
  displayValue,
  localeInfo,
  normalizeColor,
  parseInput,
  serialToDate,
} from './values';

type GasSheet = GoogleAppsScript.Spreadsheet.Sheet;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export type StyleKey =
  | 'numberFormat'
  | 'background'
  | 'fontColor'
  | 'fontWeight'
  | 'fontStyle'
  | 'fontLine'
  | 'fontSize'
  | 'fontFamily'
  | 'horizontalAlignment'
  | 'verticalAlignment'
  | 'wrap';
export type StyleValue = string | number | boolean;

/** What the getters return for a cell nobody formatted. */
export const STYLE_DEFAULTS: Record<StyleKey, StyleValue> = {
  numberFormat: DEFAULT_NUMBER_FORMAT,
  background: '#ffffff',
  fontColor: '#000000',
  fontWeight: 'normal',
  fontStyle: 'normal',
  fontLine: 'none',
  fontSize: 10,
  fontFamily: 'Arial',
  horizontalAlignment: 'general',
  verticalAlignment: 'bottom',
  wrap: false,
};
export const STYLE_KEYS = Object.keys(STYLE_DEFAULTS) as StyleKey[];

/** Module-level alias: global lookups are slow inside vm contexts (jest, the bundle runner). */
const NativeDate = Date;

export const DEFAULT_ROWS = 1000;
export const DEFAULT_COLUMNS = 26;
export const DEFAULT_COLUMN_WIDTH = 100;
export const DEFAULT_ROW_HEIGHT = 21;

export interface BorderRecord {
  a1: string;
  top: boolean | null;
  left: boolean | null;
  bottom: boolean | null;
  right: boolean | null;
  vertical: boolean | null;
  horizontal: boolean | null;
  color: string | null;
  style: string | null;
}

/** Structural changes, recorded so tests can assert e.g. that set-up never deletes a user's column. */
export interface StructureChange {
  op: 'insertRows' | 'insertColumns' | 'deleteRows' | 'deleteColumns';
  /** 1-based position of the first inserted/deleted row or column. */
  position: number;
  howMany: number;
}

type SheetMethods =
  | 'activate'
  | 'appendRow'
  | 'autoResizeColumn'
  | 'autoResizeColumns'
  | 'clear'
  | 'clearContents'
  | 'clearFormats'
  | 'clearNotes'
  | 'deleteColumn'
  | 'deleteColumns'
  | 'deleteRow'
  | 'deleteRows'
  | 'getCharts'
  | 'getColumnWidth'
  | 'getDataRange'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getIndex'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getNamedRanges'
  | 'getParent'
  | 'getProtections'
  | 'getRange'
  | 'getRangeList'
  | 'getRowHeight'
  | 'getSheetId'
  | 'getSheetName'
  | 'getSheetValues'
  | 'getTabColor'
  | 'hideColumns'
  | 'hideRows'
  | 'hideSheet'
  | 'insertChart'
  | 'insertColumnAfter'
  | 'insertColumnBefore'
  | 'insertColumns'
  | 'insertColumnsAfter'
  | 'insertColumnsBefore'
  | 'insertRowAfter'
  | 'insertRowBefore'
  | 'insertRows'
  | 'insertRowsAfter'
  | 'insertRowsBefore'
  | 'isColumnHiddenByUser'
  | 'isRowHiddenByUser'
  | 'isSheetHidden'
  | 'newChart'
  | 'protect'
  | 'removeChart'
  | 'setColumnWidth'
  | 'setColumnWidths'
  | 'setFrozenColumns'
  | 'setFrozenRows'
  | 'setName'
  | 'setRowHeight'
  | 'setTabColor'
  | 'showColumns'
  | 'showRows'
  | 'showSheet'
  | 'updateChart';

function int(n: unknown, what: string): number {
  if (typeof n !== 'number' || Number.isNaN(n)) throw paramsError([n], `SpreadsheetApp.Sheet.${what}`);
  return Math.trunc(n);
}

export class FakeSheet implements Pick<GasSheet, SheetMethods> {
  readonly [FAKE] = true;
  readonly [SELF] = this;

  maxRows = DEFAULT_ROWS;
  maxCols = DEFAULT_COLUMNS;
  readonly values = new Layer<CellValue>();
  readonly formulas = new Layer<string>();
  readonly notes = new Layer<string>();
  readonly validations = new Layer<FakeDataValidation>();
  readonly styles = Object.fromEntries(STYLE_KEYS.map((k) => [k, new Layer<StyleValue>()])) as Record<
    StyleKey,
    Layer<StyleValue>
  >;
  frozenRows = 0;
  frozenCols = 0;
  hidden = false;
  tabColor: string | null = null;
  columnWidths = new Map<number, number>();
  rowHeights = new Map<number, number>();
  hiddenColumns = new Set<number>();
  hiddenRows = new Set<number>();
  sheetProtection: FakeProtection | null = null;
  rangeProtections: FakeProtection[] = [];
  charts: FakeEmbeddedChart[] = [];
  borders: BorderRecord[] = [];
  structureLog: StructureChange[] = [];

  private version = 0;
  private lastCache = { version: -1, row: 0, col: 0 };

  constructor(
    readonly ss: FakeSpreadsheet,
    readonly id: number,
    public name: string,
  ) {}

  // =================================================================================== internals

  touch(): void {
    this.version++;
  }

  /** A range with Apps Script's argument checks (1-based). */
  rangeAt(
    row: number,
    col: number,
    numRows = 1,
    numCols = 1,
    open: { rows?: boolean; cols?: boolean } = {},
  ): FakeRange {
    const r = int(row, 'getRange');
    const c = int(col, 'getRange');
    const nr = int(numRows, 'getRange');
    const nc = int(numCols, 'getRange');
    if (r < 1) throw gasError('The starting row of the range is too small.');
    if (c < 1) throw gasError('The starting column of the range is too small.');
    if (nr < 1) throw gasError('The number of rows in the range must be at least 1.');
    if (nc < 1) throw gasError('The number of columns in the range must be at least 1.');
    if (r + nr - 1 > this.maxRows || c + nc - 1 > this.maxCols) {
      throw gasError('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return new FakeRange(this, r, c, nr, nc, open);
  }

  /** Resolves A1 notation on this sheet (the sheet name, if any, must already be handled). */
  rangeFromA1(a1: string): FakeRange {
    const ref = parseA1(a1);
    if (!ref) throw gasError('Range not found');
    const openRows = ref.startRow === null || ref.endRow === null;
    const openCols = ref.startCol === null;
    const row = ref.startRow ?? 1;
    const col = ref.startCol ?? 1;
    const endRow = ref.endRow ?? this.maxRows;
    const endCol = ref.endCol ?? this.maxCols;
    return this.rangeAt(row, col, endRow - row + 1, endCol - col + 1, { rows: openRows && !openCols, cols: openCols });
  }

  fullRange(): FakeRange {
    return new FakeRange(this, 1, 1, this.maxRows, this.maxCols);
  }

  lastRowCol(): { row: number; col: number } {
    if (this.lastCache.version !== this.version) {
      this.lastCache = { version: this.version, row: this.values.lastRow() + 1, col: this.values.lastCol() + 1 };
    }
    return this.lastCache;
  }

  readValues(r0: number, c0: number, nr: number, nc: number): CellValue[][] {
    // Hot path (50,000-row reads): each row is one `slice` of the stored row (exact size, no growth), then a walk
    // that only writes where a cell is empty, a Date (copied) or a number in a date format. The kind of a number
    // format is looked up when a column's format changes (a column keeps one format), no array is read past its end.
    const zone = this.ss.timeZone;
    const vrows = this.values.rows;
    const frows = this.styles.numberFormat.rows;
    const nrows = vrows.length;
    const nfrows = frows.length;
    const end = c0 + nc;
    const out: CellValue[][] = new Array(nr);
    const colFormat: unknown[] = new Array(nc).fill(null);
    const colKind: string[] = new Array(nc).fill('general');
    for (let i = 0; i < nr; i++) {
      const r = r0 + i;
      const vr = r < nrows ? vrows[r] : undefined;
      if (vr === undefined) {
        out[i] = new Array<CellValue>(nc).fill('');
        continue;
      }
      const row = vr.slice(c0, end) as Array<CellValue | undefined>;
      for (let j = row.length; j < nc; j++) row.push(undefined);
      const fr = r < nfrows ? frows[r] : undefined;
      const flen = fr === undefined ? 0 : fr.length;
      for (let j = 0; j < nc; j++) {
        const v = row[j];
        if (v === undefined) row[j] = '';
        else if (typeof v === 'object' || typeof v === 'number') {
          const c = c0 + j;
          const f = c < flen ? (fr![c] as string | undefined) : undefined;
          if (f !== colFormat[j]) {
            colFormat[j] = f;
            colKind[j] = f === undefined ? 'general' : compileFormat(f).kind;
          }
          const kind = colKind[j];
          if (typeof v === 'object') row[j] = kind === 'number' ? dateToSerial(v, zone) : new NativeDate(v.getTime());
          else if (kind === 'date') row[j] = serialToDate(v, zone);
        }
      }
      out[i] = row as CellValue[];
    }
    return out;
  }

  readDisplay(r0: number, c0: number, nr: number, nc: number): string[][] {
    const vc = this.ss.valueContext();
    const out: string[][] = new Array(nr);
    for (let i = 0; i < nr; i++) {
      const vr = this.values.rows[r0 + i];
      const fr = this.styles.numberFormat.rows[r0 + i];
      const row: string[] = new Array(nc);
      for (let j = 0; j < nc; j++) {
        const v = vr === undefined ? undefined : vr[c0 + j];
        row[j] =
          v === undefined ? '' : displayValue(v, fr === undefined ? undefined : (fr[c0 + j] as string | undefined), vc);
      }
      out[i] = row;
    }
    return out;
  }

  readStyle(key: StyleKey, r0: number, c0: number, nr: number, nc: number): StyleValue[][] {
    const layer = this.styles[key];
    const def = STYLE_DEFAULTS[key];
    const out: StyleValue[][] = new Array(nr);
    for (let i = 0; i < nr; i++) {
      const lr = layer.rows[r0 + i];
      const row: StyleValue[] = new Array(nc);
      for (let j = 0; j < nc; j++) row[j] = (lr === undefined ? undefined : lr[c0 + j]) ?? def;
      out[i] = row;
    }
    return out;
  }

  fillStyle(key: StyleKey, r0: number, c0: number, nr: number, nc: number, v: StyleValue | undefined): void {
    this.styles[key].fill(r0, c0, nr, nc, v === STYLE_DEFAULTS[key] && key === 'numberFormat' ? undefined : v);
  }

  setStyle(key: StyleKey, r: number, c: number, v: StyleValue | undefined): void {
    this.styles[key].set(r, c, v === STYLE_DEFAULTS[key] && key === 'numberFormat' ? undefined : v);
  }

  /** Writes one checked input value (0-based), parsing strings like typed input unless the cell is '@'. */
  writeCell(r: number, c: number, v: CellValue | undefined): void {
    const fmt = this.styles.numberFormat.get(r, c) as string | undefined;
    let value = v;
    let autoFormat: string | undefined;
    if (typeof v === 'string' && fmt !== TEXT_FORMAT) {
      const p = parseInput(v, this.ss.valueContext());
      if (p.kind === 'formula') {
        this.writeFormula(r, c, p.formula);
        return;
      }
      value = p.value;
      autoFormat = p.format;
    } else if (v instanceof Date) {
      value = new Date(v.getTime());
      autoFormat = localeInfo(this.ss.locale).dateTimeFormat;
    }
    this.formulas.set(r, c, undefined);
    this.values.set(r, c, value === '' ? undefined : value);
    if (autoFormat !== undefined && (fmt === undefined || compileFormat(fmt).kind === 'general')) {
      this.styles.numberFormat.set(r, c, autoFormat);
    }
    this.version++;
  }

  writeMatrix(r0: number, c0: number, m: Array<Array<CellValue | undefined>>): void {
    for (let i = 0; i < m.length; i++) {
      const row = m[i];
      for (let j = 0; j < row.length; j++) this.writeCell(r0 + i, c0 + j, row[j]);
    }
    this.version++;
  }

  /** setFormula: '' clears; text not starting with '=' is written as a value. */
  writeFormula(r: number, c: number, formula: string): void {
    if (formula === '') {
      this.formulas.set(r, c, undefined);
      this.values.set(r, c, undefined);
    } else if (!formula.startsWith('=')) {
      this.writeCell(r, c, formula);
      return;
    } else {
      if (formula.length > MAX_CELL_CHARS) {
        throw gasError(`Your input contains more than the maximum of ${MAX_CELL_CHARS} characters in a single cell.`);
      }
      this.formulas.set(r, c, formula);
      this.values.set(r, c, this.ss.evaluateFormula(formula, this, r + 1, c + 1) ?? FORMULA_ERROR);
    }
    this.version++;
  }

  clearContentsAt(r0: number, c0: number, nr: number, nc: number): void {
    this.values.fill(r0, c0, nr, nc, undefined);
    this.formulas.fill(r0, c0, nr, nc, undefined);
    this.version++;
  }

  clearFormatsAt(r0: number, c0: number, nr: number, nc: number): void {
    for (const k of STYLE_KEYS) this.styles[k].fill(r0, c0, nr, nc, undefined);
  }

  isBlank(r0: number, c0: number, nr: number, nc: number): boolean {
    for (let i = r0; i < r0 + nr; i++) {
      const row = this.values.rows[i];
      if (!row) continue;
      for (let j = c0; j < c0 + nc && j < row.length; j++) if (row[j] !== undefined) return false;
    }
    return true;
  }

  copyFrom(
    src: FakeSheet,
    r0: number,
    c0: number,
    nr: number,
    nc: number,
    dr0: number,
    dc0: number,
    what: { contents: boolean; formats: boolean; validations: boolean; valuesOnly: boolean },
  ): void {
    this.rangeAt(dr0 + 1, dc0 + 1, nr, nc);
    this.assertEditable(dr0 + 1, dc0 + 1, nr, nc);
    // Layer by layer over stored rows only (each layer reads its source before writing, so overlapping copies on
    // one sheet behave): a template or a copied block costs what it holds, not its area.
    const at = [r0, c0, nr, nc, dr0, dc0] as const;
    if (what.contents) {
      if (what.valuesOnly) this.formulas.fill(dr0, dc0, nr, nc, undefined);
      else this.formulas.copyBlock(src.formulas, ...at);
      this.values.copyBlock(src.values, ...at, (v) => (v instanceof Date ? new Date(v.getTime()) : v));
    }
    if (what.formats) for (const k of STYLE_KEYS) this.styles[k].copyBlock(src.styles[k], ...at);
    if (what.validations) this.validations.copyBlock(src.validations, ...at);
    this.version++;
  }

  canEdit(row: number, col: number, numRows: number, numCols: number): boolean {
    const email = this.ss.ctx.user.email;
    if (email === this.ss.owner) return true;
    if (this.sheetProtection?.blocks(email) && this.sheetProtection.covers(row, col, numRows, numCols)) return false;
    for (const p of this.rangeProtections) if (p.blocks(email) && p.covers(row, col, numRows, numCols)) return false;
    return true;
  }

  /** Throws Apps Script's protected-cell error when the current user may not edit the area. */
  assertEditable(row: number, col: number, numRows: number, numCols: number): void {
    if (!this.sheetProtection && this.rangeProtections.length === 0) return;
    if (!this.canEdit(row, col, numRows, numCols)) throw gasError(PROTECTED_MESSAGE);
  }

  private assertStructureEditable(): void {
    const email = this.ss.ctx.user.email;
    if (email === this.ss.owner) return;
    if (this.sheetProtection?.blocks(email)) throw gasError(PROTECTED_MESSAGE);
  }

  /**
   * Rows or columns deleted, or the sheet deleted, by someone a protection stops: refused when it holds a cell of
   * a protected range they may not edit (Sheets will not drop protected cells for them). 1-based area.
   */
  assertRemovable(row: number, col: number, numRows: number, numCols: number): void {
    this.assertStructureEditable();
    const email = this.ss.ctx.user.email;
    if (email === this.ss.owner) return;
    for (const p of this.rangeProtections)
      if (p.blocks(email) && p.covers(row, col, numRows, numCols)) throw gasError(PROTECTED_MESSAGE);
  }

  private allLayers(): Array<{ layer: Layer<unknown>; inherit: boolean }> {
    return [
      { layer: this.values as Layer<unknown>, inherit: false },
      { layer: this.formulas as Layer<unknown>, inherit: false },
      { layer: this.notes as Layer<unknown>, inherit: false },
      { layer: this.validations as Layer<unknown>, inherit: true },
      ...STYLE_KEYS.map((k) => ({ layer: this.styles[k] as Layer<unknown>, inherit: true })),
    ];
  }

  /** Inserts rows so that the first new one is at 0-based `at`; formats and validations copy row `inheritFrom`. */
  insertRowsAt(at: number, n: number, inheritFrom: number): void {
    for (const { layer, inherit } of this.allLayers()) layer.insertRows(at, n, inherit ? inheritFrom : undefined);
    this.maxRows += n;
    this.rowHeights = shiftKeys(this.rowHeights, at + 1, n);
    this.hiddenRows = shiftSet(this.hiddenRows, at + 1, n);
    this.ss.shiftAnchors(this, 'row', at + 1, n);
    this.structureLog.push({ op: 'insertRows', position: at + 1, howMany: n });
    this.version++;
  }

  insertColsAt(at: number, n: number, inheritFrom: number): void {
    for (const { layer, inherit } of this.allLayers()) layer.insertCols(at, n, inherit ? inheritFrom : undefined);
    this.maxCols += n;
    this.columnWidths = shiftKeys(this.columnWidths, at + 1, n);
    this.hiddenColumns = shiftSet(this.hiddenColumns, at + 1, n);
    this.ss.shiftAnchors(this, 'col', at + 1, n);
    this.structureLog.push({ op: 'insertColumns', position: at + 1, howMany: n });
    this.version++;
  }

  private checkRows(position: number, howMany: number): [number, number] {
    const p = int(position, 'insertRows');
    const n = int(howMany, 'insertRows');
    if (p < 1 || p > this.maxRows || n < 1) throw gasError('Those rows are out of bounds.');
    return [p, n];
  }

  private checkCols(position: number, howMany: number): [number, number] {
    const p = int(position, 'insertColumns');
    const n = int(howMany, 'insertColumns');
    if (p < 1 || p > this.maxCols || n < 1) throw gasError('Those columns are out of bounds.');
    return [p, n];
  }

  // =================================================================================== identity

  activate(): GasSheet {
    this.ss.activeSheet = this;
    this.ss.activeRange = null;
    return asGas(this);
  }

  getIndex(): number {
    return this.ss.sheets.indexOf(this) + 1;
  }

  getName(): string {
    return this.name;
  }

  getSheetName(): string {
    return this.name;
  }

  getSheetId(): number {
    return this.id;
  }

  getParent(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return asGas(this.ss);
  }

  setName(name: string): GasSheet {
    this.assertStructureEditable();
    this.ss.checkSheetName(String(name), this);
    this.name = String(name);
    return asGas(this);
  }

  getTabColor(): string | null {
    return this.tabColor;
  }

  setTabColor(color: string | null): GasSheet {
    this.tabColor = color === null ? null : normalizeColor(color);
    return asGas(this);
  }

  hideSheet(): GasSheet {
    if (!this.hidden && this.ss.sheets.filter((s) => !s.hidden).length <= 1) {
      throw gasError("You can't hide all the sheets in a document.");
    }
    this.hidden = true;
    return asGas(this);
  }

  showSheet(): GasSheet {
    this.hidden = false;
    return asGas(this);
  }

  isSheetHidden(): boolean {
    return this.hidden;
  }

  getNamedRanges(): GoogleAppsScript.Spreadsheet.NamedRange[] {
    return this.ss
      .namedRangeObjects()
      .filter((n) => n.range.sheet === this)
      .map((n) => asGas(n));
  }

  // =================================================================================== ranges

  getRange(a: number | string, column?: number, numRows?: number, numColumns?: number): GasRange {
    if (typeof a === 'string') {
      if (column !== undefined) throw paramsError([a, column], 'SpreadsheetApp.Sheet.getRange');
      return asGas(this.ss.resolveA1(a, this));
    }
    if (typeof a !== 'number' || typeof column !== 'number')
      throw paramsError(
        [a, column].filter((x) => x !== undefined),
        'SpreadsheetApp.Sheet.getRange',
      );
    return asGas(this.rangeAt(a, column, numRows ?? 1, numColumns ?? 1));
  }

  /**
   * The ranges of this sheet named by a non-empty list of A1 notations, in one call. Gap: Google documents no
   * message for an empty list or a range of another sheet; both throw the parameters message here.
   */
  getRangeList(a1Notations: string[]): GoogleAppsScript.Spreadsheet.RangeList {
    if (!Array.isArray(a1Notations) || a1Notations.length === 0 || a1Notations.some((a) => typeof a !== 'string'))
      throw paramsError([a1Notations], 'SpreadsheetApp.Sheet.getRangeList');
    const ranges = a1Notations.map((a) => this.ss.resolveA1(a, this));
    if (ranges.some((r) => r.sheet !== this)) throw paramsError([a1Notations], 'SpreadsheetApp.Sheet.getRangeList');
    return asGas(new FakeRangeList(ranges));
  }

  getDataRange(): GasRange {
    const { row, col } = this.lastRowCol();
    return asGas(this.rangeAt(1, 1, Math.max(row, 1), Math.max(col, 1)));
  }

  getLastRow(): number {
    return this.lastRowCol().row;
  }

  getLastColumn(): number {
    return this.lastRowCol().col;
  }

  getMaxRows(): number {
    return this.maxRows;
  }

  getMaxColumns(): number {
    return this.maxCols;
  }

  getSheetValues(startRow: number, startColumn: number, numRows: number, numColumns: number): unknown[][] {
    const { row, col } = this.lastRowCol();
    const nr = numRows === -1 ? row - startRow + 1 : numRows;
    const nc = numColumns === -1 ? col - startColumn + 1 : numColumns;
    return this.rangeAt(startRow, startColumn, nr, nc).rawValues();
  }

  // =================================================================================== content

  /** Appends below the last row with content; adds a row (and columns) when the grid is full. */
  appendRow(rowContents: unknown[]): GasSheet {
    if (!Array.isArray(rowContents)) throw paramsError([rowContents], 'SpreadsheetApp.Sheet.appendRow');
    const vals = rowContents.map((v) => checkInputValue(v, 'Sheet.appendRow'));
    const row = this.lastRowCol().row + 1;
    this.assertEditable(row, 1, 1, Math.max(vals.length, 1));
    if (vals.length > this.maxCols) this.insertColsAt(this.maxCols, vals.length - this.maxCols, this.maxCols - 1);
    if (row > this.maxRows) this.insertRowsAt(this.maxRows, row - this.maxRows, this.maxRows - 1);
    this.writeMatrix(row - 1, 0, [vals]);
    return asGas(this);
  }

  /** Clears contents and formats (data validation and notes stay). */
  clear(options?: { formatOnly?: boolean; contentsOnly?: boolean }): GasSheet {
    const o = options ?? {};
    const any = o.formatOnly || o.contentsOnly;
    this.assertEditable(1, 1, this.maxRows, this.maxCols);
    if (!any || o.contentsOnly) this.clearContentsAt(0, 0, this.maxRows, this.maxCols);
    if (!any || o.formatOnly) this.clearFormatsAt(0, 0, this.maxRows, this.maxCols);
    return asGas(this);
  }

  clearContents(): GasSheet {
    this.assertEditable(1, 1, this.maxRows, this.maxCols);
    this.clearContentsAt(0, 0, this.maxRows, this.maxCols);
    return asGas(this);
  }

  clearFormats(): GasSheet {
    this.assertEditable(1, 1, this.maxRows, this.maxCols);
    this.clearFormatsAt(0, 0, this.maxRows, this.maxCols);
    return asGas(this);
  }

  clearNotes(): GasSheet {
    this.notes.rows = [];
    return asGas(this);
  }

  // =================================================================================== structure

  insertRowsAfter(afterPosition: number, howMany: number): GasSheet {
    const [p, n] = this.checkRows(afterPosition, howMany);
    this.assertStructureEditable();
    this.insertRowsAt(p, n, p - 1);
    return asGas(this);
  }

  insertRowsBefore(beforePosition: number, howMany: number): GasSheet {
    const [p, n] = this.checkRows(beforePosition, howMany);
    this.assertStructureEditable();
    this.insertRowsAt(p - 1, n, p - 1);
    return asGas(this);
  }

  insertRowAfter(afterPosition: number): GasSheet {
    return this.insertRowsAfter(afterPosition, 1);
  }

  insertRowBefore(beforePosition: number): GasSheet {
    return this.insertRowsBefore(beforePosition, 1);
  }

  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }

  insertColumnsAfter(afterPosition: number, howMany: number): GasSheet {
    const [p, n] = this.checkCols(afterPosition, howMany);
    this.assertStructureEditable();
    this.insertColsAt(p, n, p - 1);
    return asGas(this);
  }

  insertColumnsBefore(beforePosition: number, howMany: number): GasSheet {
    const [p, n] = this.checkCols(beforePosition, howMany);
    this.assertStructureEditable();
    this.insertColsAt(p - 1, n, p - 1);
    return asGas(this);
  }

  insertColumnAfter(afterPosition: number): GasSheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }

  insertColumnBefore(beforePosition: number): GasSheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }

  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }

  deleteRows(rowPosition: number, howMany: number): void {
    const p = int(rowPosition, 'deleteRows');
    const n = int(howMany, 'deleteRows');
    if (p < 1 || n < 1 || p + n - 1 > this.maxRows) throw gasError('Those rows are out of bounds.');
    if (n >= this.maxRows - this.frozenRows && p > this.frozenRows)
      throw gasError('Sorry, it is not possible to delete all non-frozen rows.');
    this.assertRemovable(p, 1, n, this.maxCols);
    for (const { layer } of this.allLayers()) layer.deleteRows(p - 1, n);
    this.maxRows -= n;
    this.rowHeights = shiftKeys(this.rowHeights, p, -n);
    this.hiddenRows = shiftSet(this.hiddenRows, p, -n);
    this.ss.shiftAnchors(this, 'row', p, -n);
    this.structureLog.push({ op: 'deleteRows', position: p, howMany: n });
    this.version++;
  }

  deleteRow(rowPosition: number): GasSheet {
    this.deleteRows(rowPosition, 1);
    return asGas(this);
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    const p = int(columnPosition, 'deleteColumns');
    const n = int(howMany, 'deleteColumns');
    if (p < 1 || n < 1 || p + n - 1 > this.maxCols) throw gasError('Those columns are out of bounds.');
    if (n >= this.maxCols - this.frozenCols && p > this.frozenCols)
      throw gasError('Sorry, it is not possible to delete all non-frozen columns.');
    this.assertRemovable(1, p, this.maxRows, n);
    for (const { layer } of this.allLayers()) layer.deleteCols(p - 1, n);
    this.maxCols -= n;
    this.columnWidths = shiftKeys(this.columnWidths, p, -n);
    this.hiddenColumns = shiftSet(this.hiddenColumns, p, -n);
    this.ss.shiftAnchors(this, 'col', p, -n);
    this.structureLog.push({ op: 'deleteColumns', position: p, howMany: n });
    this.version++;
  }

  deleteColumn(columnPosition: number): GasSheet {
    this.deleteColumns(columnPosition, 1);
    return asGas(this);
  }

  // =================================================================================== layout

  getFrozenRows(): number {
    return this.frozenRows;
  }

  setFrozenRows(rows: number): void {
    const n = int(rows, 'setFrozenRows');
    if (n < 0 || n >= this.maxRows) throw gasError("You can't freeze all visible rows on the sheet.");
    this.frozenRows = n;
  }

  getFrozenColumns(): number {
    return this.frozenCols;
  }

  setFrozenColumns(columns: number): void {
    const n = int(columns, 'setFrozenColumns');
    if (n < 0 || n >= this.maxCols) throw gasError("You can't freeze all visible columns on the sheet.");
    this.frozenCols = n;
  }

  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? DEFAULT_COLUMN_WIDTH;
  }

  setColumnWidth(columnPosition: number, width: number): GasSheet {
    const c = int(columnPosition, 'setColumnWidth');
    if (c < 1 || c > this.maxCols) throw gasError('Those columns are out of bounds.');
    this.columnWidths.set(c, int(width, 'setColumnWidth'));
    return asGas(this);
  }

  setColumnWidths(startColumn: number, numColumns: number, width: number): GasSheet {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.setColumnWidth(c, width);
    return asGas(this);
  }

  getRowHeight(rowPosition: number): number {
    return this.rowHeights.get(rowPosition) ?? DEFAULT_ROW_HEIGHT;
  }

  setRowHeight(rowPosition: number, height: number): GasSheet {
    this.rowHeights.set(int(rowPosition, 'setRowHeight'), int(height, 'setRowHeight'));
    return asGas(this);
  }

  /** Approximates Sheets' fit-to-data width from the longest displayed text in each column. */
  autoResizeColumns(startColumn: number, numColumns: number): GasSheet {
    const last = this.lastRowCol().row;
    for (let c = startColumn; c < startColumn + numColumns; c++) {
      let longest = 0;
      if (last > 0) {
        const shown = this.readDisplay(0, c - 1, last, 1);
        for (const [s] of shown) for (const line of s.split('\n')) longest = Math.max(longest, line.length);
      }
      this.columnWidths.set(c, Math.max(21, Math.round(longest * 7 + 12)));
    }
    return asGas(this);
  }

  autoResizeColumn(columnPosition: number): GasSheet {
    return this.autoResizeColumns(columnPosition, 1);
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.add(c);
  }

  showColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) this.hiddenColumns.delete(c);
  }

  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.hiddenColumns.has(columnPosition);
  }

  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.add(r);
  }

  showRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) this.hiddenRows.delete(r);
  }

  isRowHiddenByUser(rowPosition: number): boolean {
    return this.hiddenRows.has(rowPosition);
  }

  // =================================================================================== protection

  /** Returns the existing sheet protection if there is one (as Apps Script does). */
  protect(): GoogleAppsScript.Spreadsheet.Protection {
    if (!this.sheetProtection) this.sheetProtection = new FakeProtection('SHEET', this, null);
    return asGas(this.sheetProtection);
  }

  getProtections(type: GoogleAppsScript.Spreadsheet.ProtectionType): GoogleAppsScript.Spreadsheet.Protection[] {
    const t = String(type);
    if (t === 'SHEET') return this.sheetProtection ? [asGas(this.sheetProtection)] : [];
    if (t === 'RANGE') return this.rangeProtections.map((p) => asGas(p));
    throw paramsError([type], 'SpreadsheetApp.Sheet.getProtections');
  }

  // =================================================================================== charts

  newChart(): GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder {
    return asGas(new FakeEmbeddedChartBuilder(this));
  }

  insertChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = unwrap(chart) as unknown as FakeEmbeddedChart;
    if (!(c instanceof FakeEmbeddedChart)) throw paramsError([chart], 'SpreadsheetApp.Sheet.insertChart');
    const inUse = c.state.chartId !== null && this.ss.findChart(c.state.chartId) !== null;
    const id = c.state.chartId === null || inUse ? this.ss.nextChartId++ : c.state.chartId;
    this.charts.push(storeChart(this, c, id));
  }

  getCharts(): GoogleAppsScript.Spreadsheet.EmbeddedChart[] {
    return this.charts.map((c) => asGas(c));
  }

  updateChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = unwrap(chart) as unknown as FakeEmbeddedChart;
    const i = this.charts.findIndex((x) => x.state.chartId !== null && x.state.chartId === c.state.chartId);
    if (i < 0) throw gasError('The chart does not exist on this sheet. Insert it with insertChart first.');
    releaseChart(this.charts[i]);
    this.charts[i] = storeChart(this, c, c.state.chartId!);
  }

  removeChart(chart: GoogleAppsScript.Spreadsheet.EmbeddedChart): void {
    const c = unwrap(chart) as unknown as FakeEmbeddedChart;
    const i = this.charts.findIndex((x) => x.state.chartId !== null && x.state.chartId === c.state.chartId);
    if (i < 0) return;
    releaseChart(this.charts[i]);
    this.charts.splice(i, 1);
  }

  /** Uncounted summary of the charts (type, ranges as sheet + A1, options, position) for the playground. */
  describeCharts(): Array<ReturnType<FakeEmbeddedChart['describe']>> {
    return this.charts.map((c) => c.describe());
  }

  chartTypes(): Array<ChartTypeName | null> {
    return this.charts.map((c) => c.state.type);
  }

  toString(): string {
    return 'Sheet';
  }
}
gasClassName(FakeSheet, 'Sheet');

function shiftKeys<V>(m: Map<number, V>, from: number, delta: number): Map<number, V> {
  const out = new Map<number, V>();
  for (const [k, v] of m) {
    if (k < from) out.set(k, v);
    else if (delta > 0) out.set(k + delta, v);
    else if (k >= from - delta) out.set(k + delta, v);
  }
  return out;
}

function shiftSet(s: Set<number>, from: number, delta: number): Set<number> {
  return new Set([...shiftKeys(new Map([...s].map((k) => [k, true])), from, delta).keys()]);
}
