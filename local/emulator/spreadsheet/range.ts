/** Range: a rectangle of one sheet. Holds no data itself; reads and writes go to the sheet's layers. */
import { FAKE } from '../counter';
import { formatA1 } from './a1';
import { SELF, asGas, gasClassName, gasError, paramsError, unwrap } from './errors';
import { FakeProtection } from './protection';
import type { FakeSheet, StyleKey, StyleValue } from './sheet';
import { FakeDataValidation } from './validation';
import { type CellValue, checkInputValue, normalizeColor } from './values';

type GasRange = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

type RangeMethods =
  | 'activate'
  | 'canEdit'
  | 'check'
  | 'clear'
  | 'clearContent'
  | 'clearDataValidations'
  | 'clearFormat'
  | 'clearNote'
  | 'copyTo'
  | 'getA1Notation'
  | 'getBackground'
  | 'getBackgrounds'
  | 'getCell'
  | 'getColumn'
  | 'getDataValidation'
  | 'getDataValidations'
  | 'getDisplayValue'
  | 'getDisplayValues'
  | 'getFontColor'
  | 'getFontColors'
  | 'getFontFamily'
  | 'getFontFamilies'
  | 'getFontLine'
  | 'getFontLines'
  | 'getFontSize'
  | 'getFontSizes'
  | 'getFontStyle'
  | 'getFontStyles'
  | 'getFontWeight'
  | 'getFontWeights'
  | 'getFormula'
  | 'getFormulas'
  | 'getGridId'
  | 'getHeight'
  | 'getHorizontalAlignment'
  | 'getHorizontalAlignments'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getNote'
  | 'getNotes'
  | 'getNumColumns'
  | 'getNumRows'
  | 'getNumberFormat'
  | 'getNumberFormats'
  | 'getRow'
  | 'getRowIndex'
  | 'getSheet'
  | 'getValue'
  | 'getValues'
  | 'getVerticalAlignment'
  | 'getVerticalAlignments'
  | 'getWidth'
  | 'getWrap'
  | 'getWraps'
  | 'insertCheckboxes'
  | 'isBlank'
  | 'isChecked'
  | 'isEndColumnBounded'
  | 'isEndRowBounded'
  | 'isStartColumnBounded'
  | 'isStartRowBounded'
  | 'offset'
  | 'protect'
  | 'removeCheckboxes'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setBorder'
  | 'setDataValidation'
  | 'setDataValidations'
  | 'setFontColor'
  | 'setFontColors'
  | 'setFontFamilies'
  | 'setFontFamily'
  | 'setFontLine'
  | 'setFontLines'
  | 'setFontSize'
  | 'setFontSizes'
  | 'setFontStyle'
  | 'setFontStyles'
  | 'setFontWeight'
  | 'setFontWeights'
  | 'setFormula'
  | 'setFormulas'
  | 'setHorizontalAlignment'
  | 'setHorizontalAlignments'
  | 'setNote'
  | 'setNotes'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setValue'
  | 'setValues'
  | 'setVerticalAlignment'
  | 'setVerticalAlignments'
  | 'setWrap'
  | 'setWraps'
  | 'uncheck';

function rowsMessage(has: number, want: number): string {
  return (
    'The number of rows in the data does not match the number of rows in the range.' +
    ` The data has ${has} but the range has ${want}.`
  );
}

function colsMessage(has: number, want: number): string {
  return (
    'The number of columns in the data does not match the number of columns in the range.' +
    ` The data has ${has} but the range has ${want}.`
  );
}

export class FakeRange implements Pick<GasRange, RangeMethods> {
  readonly [FAKE] = true;
  readonly [SELF] = this;
  readonly kind = 'range';

  constructor(
    readonly sheet: FakeSheet,
    public row: number,
    public col: number,
    public numRows: number,
    public numCols: number,
    /** Given as whole columns ('A:C') / whole rows ('1:3'): only affects getA1Notation and is*Bounded. */
    readonly open: { rows?: boolean; cols?: boolean } = {},
  ) {}

  // ----------------------------------------------------------------------------------- internals

  get endRow(): number {
    return this.row + this.numRows - 1;
  }

  get endCol(): number {
    return this.col + this.numCols - 1;
  }

  clone(): FakeRange {
    return new FakeRange(this.sheet, this.row, this.col, this.numRows, this.numCols, { ...this.open });
  }

  /** A copy the spreadsheet keeps in step with row/column inserts and deletes (stored references). */
  anchored(): FakeRange {
    const r = this.clone();
    this.sheet.ss.anchor(r);
    return r;
  }

  a1(): string {
    return formatA1(this.row, this.col, this.numRows, this.numCols, this.open);
  }

  intersects(row: number, col: number, numRows: number, numCols: number): boolean {
    return row <= this.endRow && row + numRows - 1 >= this.row && col <= this.endCol && col + numCols - 1 >= this.col;
  }

  contains(row: number, col: number): boolean {
    return row >= this.row && row <= this.endRow && col >= this.col && col <= this.endCol;
  }

  sameArea(o: FakeRange): boolean {
    return (
      o.sheet === this.sheet &&
      o.row === this.row &&
      o.col === this.col &&
      o.numRows === this.numRows &&
      o.numCols === this.numCols
    );
  }

  /** Values as getValues() returns them, uncounted. */
  rawValues(): CellValue[][] {
    return this.sheet.readValues(this.row - 1, this.col - 1, this.numRows, this.numCols);
  }

  private checkMatrix<T>(data: unknown, method: string): T[][] {
    if (!Array.isArray(data) || data.some((r) => !Array.isArray(r)))
      throw paramsError([data], `SpreadsheetApp.Range.${method}`);
    if (data.length !== this.numRows) throw gasError(rowsMessage(data.length, this.numRows));
    for (const r of data as unknown[][])
      if (r.length !== this.numCols) throw gasError(colsMessage(r.length, this.numCols));
    return data as T[][];
  }

  private editable(): void {
    this.sheet.assertEditable(this.row, this.col, this.numRows, this.numCols);
  }

  private styleGrid<T extends StyleValue>(key: StyleKey): T[][] {
    return this.sheet.readStyle(key, this.row - 1, this.col - 1, this.numRows, this.numCols) as T[][];
  }

  private styleOne<T extends StyleValue>(key: StyleKey): T {
    return this.sheet.readStyle(key, this.row - 1, this.col - 1, 1, 1)[0][0] as T;
  }

  private fillStyle(key: StyleKey, v: StyleValue | null | undefined): GasRange {
    this.editable();
    this.sheet.fillStyle(key, this.row - 1, this.col - 1, this.numRows, this.numCols, v ?? undefined);
    return asGas(this);
  }

  private setStyles(
    key: StyleKey,
    data: unknown,
    method: string,
    norm: (v: unknown) => StyleValue | undefined,
  ): GasRange {
    const m = this.checkMatrix<unknown>(data, method);
    this.editable();
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numCols; j++)
        this.sheet.setStyle(key, this.row - 1 + i, this.col - 1 + j, norm(m[i][j]));
    }
    return asGas(this);
  }

  private self(): GasRange {
    return asGas(this);
  }

  // ----------------------------------------------------------------------------------- geometry

  activate(): GasRange {
    this.sheet.ss.activeSheet = this.sheet;
    this.sheet.ss.activeRange = this.clone();
    return this.self();
  }

  canEdit(): boolean {
    return this.sheet.canEdit(this.row, this.col, this.numRows, this.numCols);
  }

  getA1Notation(): string {
    return this.a1();
  }

  getCell(row: number, column: number): GasRange {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols)
      throw gasError('Cell reference out of range');
    return asGas(this.sheet.rangeAt(this.row + row - 1, this.col + column - 1, 1, 1));
  }

  getColumn(): number {
    return this.col;
  }

  getGridId(): number {
    return this.sheet.id;
  }

  getHeight(): number {
    return this.numRows;
  }

  getLastColumn(): number {
    return this.endCol;
  }

  getLastRow(): number {
    return this.endRow;
  }

  getNumColumns(): number {
    return this.numCols;
  }

  getNumRows(): number {
    return this.numRows;
  }

  getRow(): number {
    return this.row;
  }

  getRowIndex(): number {
    return this.row;
  }

  getSheet(): GoogleAppsScript.Spreadsheet.Sheet {
    return asGas(this.sheet);
  }

  getWidth(): number {
    return this.numCols;
  }

  isEndColumnBounded(): boolean {
    return !this.open.cols;
  }

  isEndRowBounded(): boolean {
    return !this.open.rows;
  }

  isStartColumnBounded(): boolean {
    return !this.open.cols;
  }

  isStartRowBounded(): boolean {
    return !this.open.rows;
  }

  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): GasRange {
    return asGas(
      this.sheet.rangeAt(
        this.row + rowOffset,
        this.col + columnOffset,
        numRows ?? this.numRows,
        numColumns ?? this.numCols,
      ),
    );
  }

  // ----------------------------------------------------------------------------------- values

  getValue(): unknown {
    return this.sheet.readValues(this.row - 1, this.col - 1, 1, 1)[0][0];
  }

  getValues(): unknown[][] {
    return this.rawValues();
  }

  setValue(value: unknown): GasRange {
    const v = checkInputValue(value, 'Range.setValue');
    this.editable();
    for (let i = 0; i < this.numRows; i++)
      for (let j = 0; j < this.numCols; j++) this.sheet.writeCell(this.row - 1 + i, this.col - 1 + j, v);
    this.sheet.touch();
    return this.self();
  }

  setValues(values: unknown[][]): GasRange {
    const m = this.checkMatrix<unknown>(values, 'setValues');
    const checked = m.map((r) => r.map((v) => checkInputValue(v, 'Range.setValues')));
    this.editable();
    this.sheet.writeMatrix(this.row - 1, this.col - 1, checked);
    return this.self();
  }

  getDisplayValue(): string {
    return this.sheet.readDisplay(this.row - 1, this.col - 1, 1, 1)[0][0];
  }

  getDisplayValues(): string[][] {
    return this.sheet.readDisplay(this.row - 1, this.col - 1, this.numRows, this.numCols);
  }

  getFormula(): string {
    return this.sheet.formulas.get(this.row - 1, this.col - 1) ?? '';
  }

  getFormulas(): string[][] {
    const out: string[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const row: string[] = [];
      for (let j = 0; j < this.numCols; j++)
        row.push(this.sheet.formulas.get(this.row - 1 + i, this.col - 1 + j) ?? '');
      out.push(row);
    }
    return out;
  }

  setFormula(formula: string): GasRange {
    if (typeof formula !== 'string') throw paramsError([formula], 'SpreadsheetApp.Range.setFormula');
    checkInputValue(formula, 'Range.setFormula');
    this.editable();
    for (let i = 0; i < this.numRows; i++)
      for (let j = 0; j < this.numCols; j++) this.sheet.writeFormula(this.row - 1 + i, this.col - 1 + j, formula);
    this.sheet.touch();
    return this.self();
  }

  setFormulas(formulas: string[][]): GasRange {
    const m = this.checkMatrix<string>(formulas, 'setFormulas');
    for (const r of m) for (const f of r) checkInputValue(f, 'Range.setFormulas');
    this.editable();
    for (let i = 0; i < this.numRows; i++)
      for (let j = 0; j < this.numCols; j++) this.sheet.writeFormula(this.row - 1 + i, this.col - 1 + j, m[i][j]);
    this.sheet.touch();
    return this.self();
  }

  isBlank(): boolean {
    return this.sheet.isBlank(this.row - 1, this.col - 1, this.numRows, this.numCols);
  }

  // ----------------------------------------------------------------------------------- clearing

  clear(options?: {
    commentsOnly?: boolean;
    contentsOnly?: boolean;
    formatOnly?: boolean;
    validationsOnly?: boolean;
    skipFilteredRows?: boolean;
  }): GasRange {
    const o = options ?? {};
    const any = o.commentsOnly || o.contentsOnly || o.formatOnly || o.validationsOnly;
    this.editable();
    const [r, c, nr, nc] = [this.row - 1, this.col - 1, this.numRows, this.numCols];
    if (!any || o.contentsOnly) this.sheet.clearContentsAt(r, c, nr, nc);
    if (!any || o.formatOnly) this.sheet.clearFormatsAt(r, c, nr, nc);
    if (!any || o.validationsOnly) this.sheet.validations.fill(r, c, nr, nc, undefined);
    if (!any || o.commentsOnly) this.sheet.notes.fill(r, c, nr, nc, undefined);
    return this.self();
  }

  clearContent(): GasRange {
    this.editable();
    this.sheet.clearContentsAt(this.row - 1, this.col - 1, this.numRows, this.numCols);
    return this.self();
  }

  clearDataValidations(): GasRange {
    this.editable();
    this.sheet.validations.fill(this.row - 1, this.col - 1, this.numRows, this.numCols, undefined);
    return this.self();
  }

  clearFormat(): GasRange {
    this.editable();
    this.sheet.clearFormatsAt(this.row - 1, this.col - 1, this.numRows, this.numCols);
    return this.self();
  }

  clearNote(): GasRange {
    this.editable();
    this.sheet.notes.fill(this.row - 1, this.col - 1, this.numRows, this.numCols, undefined);
    return this.self();
  }

  copyTo(destination: GasRange, options?: unknown, transposed?: boolean): void {
    const dest = unwrap(destination) as unknown as FakeRange;
    let contents = true;
    let formats = true;
    let validations = true;
    if (typeof options === 'object' && options !== null) {
      const o = options as { contentsOnly?: boolean; formatOnly?: boolean };
      if (o.contentsOnly) formats = validations = false;
      if (o.formatOnly) contents = false;
    } else if (typeof options === 'string') {
      contents =
        options === 'PASTE_NORMAL' ||
        options === 'PASTE_VALUES' ||
        options === 'PASTE_FORMULA' ||
        options === 'PASTE_NO_BORDERS';
      formats = options === 'PASTE_NORMAL' || options === 'PASTE_FORMAT' || options === 'PASTE_NO_BORDERS';
      validations = options === 'PASTE_NORMAL' || options === 'PASTE_DATA_VALIDATION' || options === 'PASTE_NO_BORDERS';
    }
    if (transposed) throw gasError('Transposed copyTo is not supported by the emulator.');
    dest.sheet.copyFrom(
      this.sheet,
      this.row - 1,
      this.col - 1,
      this.numRows,
      this.numCols,
      dest.row - 1,
      dest.col - 1,
      {
        contents,
        formats,
        validations,
        valuesOnly: options === 'PASTE_VALUES',
      },
    );
  }

  // ----------------------------------------------------------------------------------- formats

  getNumberFormat(): string {
    return this.styleOne<string>('numberFormat');
  }

  getNumberFormats(): string[][] {
    return this.styleGrid<string>('numberFormat');
  }

  setNumberFormat(numberFormat: string): GasRange {
    return this.fillStyle('numberFormat', String(numberFormat));
  }

  setNumberFormats(numberFormats: string[][]): GasRange {
    return this.setStyles('numberFormat', numberFormats, 'setNumberFormats', (v) => String(v));
  }

  getBackground(): string {
    return this.styleOne<string>('background');
  }

  getBackgrounds(): string[][] {
    return this.styleGrid<string>('background');
  }

  setBackground(color: string | null): GasRange {
    return this.fillStyle('background', color === null ? undefined : normalizeColor(color));
  }

  setBackgrounds(color: Array<Array<string | null>>): GasRange {
    return this.setStyles('background', color, 'setBackgrounds', (v) =>
      v === null || v === undefined ? undefined : normalizeColor(String(v)),
    );
  }

  getFontColor(): string {
    return this.styleOne<string>('fontColor');
  }

  getFontColors(): string[][] {
    return this.styleGrid<string>('fontColor');
  }

  setFontColor(color: string | null): GasRange {
    return this.fillStyle('fontColor', color === null ? undefined : normalizeColor(color));
  }

  setFontColors(colors: unknown[][]): GasRange {
    return this.setStyles('fontColor', colors, 'setFontColors', (v) =>
      v === null || v === undefined ? undefined : normalizeColor(String(v)),
    );
  }

  getFontWeight(): GoogleAppsScript.Spreadsheet.FontWeight {
    return this.styleOne('fontWeight');
  }

  getFontWeights(): GoogleAppsScript.Spreadsheet.FontWeight[][] {
    return this.styleGrid('fontWeight');
  }

  setFontWeight(fontWeight: GoogleAppsScript.Spreadsheet.FontWeight | null): GasRange {
    return this.fillStyle('fontWeight', fontWeight);
  }

  setFontWeights(fontWeights: Array<Array<GoogleAppsScript.Spreadsheet.FontWeight | null>>): GasRange {
    return this.setStyles(
      'fontWeight',
      fontWeights,
      'setFontWeights',
      (v) => (v ?? undefined) as StyleValue | undefined,
    );
  }

  getFontStyle(): GoogleAppsScript.Spreadsheet.FontStyle {
    return this.styleOne('fontStyle');
  }

  getFontStyles(): GoogleAppsScript.Spreadsheet.FontStyle[][] {
    return this.styleGrid('fontStyle');
  }

  setFontStyle(fontStyle: GoogleAppsScript.Spreadsheet.FontStyle | null): GasRange {
    return this.fillStyle('fontStyle', fontStyle);
  }

  setFontStyles(fontStyles: Array<Array<GoogleAppsScript.Spreadsheet.FontStyle | null>>): GasRange {
    return this.setStyles('fontStyle', fontStyles, 'setFontStyles', (v) => (v ?? undefined) as StyleValue | undefined);
  }

  getFontLine(): GoogleAppsScript.Spreadsheet.FontLine {
    return this.styleOne('fontLine');
  }

  getFontLines(): GoogleAppsScript.Spreadsheet.FontLine[][] {
    return this.styleGrid('fontLine');
  }

  setFontLine(fontLine: GoogleAppsScript.Spreadsheet.FontLine | null): GasRange {
    return this.fillStyle('fontLine', fontLine);
  }

  setFontLines(fontLines: Array<Array<GoogleAppsScript.Spreadsheet.FontLine | null>>): GasRange {
    return this.setStyles('fontLine', fontLines, 'setFontLines', (v) => (v ?? undefined) as StyleValue | undefined);
  }

  getFontSize(): number {
    return this.styleOne<number>('fontSize');
  }

  getFontSizes(): number[][] {
    return this.styleGrid<number>('fontSize');
  }

  setFontSize(size: number): GasRange {
    return this.fillStyle('fontSize', size);
  }

  setFontSizes(sizes: number[][]): GasRange {
    return this.setStyles('fontSize', sizes, 'setFontSizes', (v) => (v ?? undefined) as StyleValue | undefined);
  }

  getFontFamily(): string {
    return this.styleOne<string>('fontFamily');
  }

  getFontFamilies(): string[][] {
    return this.styleGrid<string>('fontFamily');
  }

  setFontFamily(fontFamily: string | null): GasRange {
    return this.fillStyle('fontFamily', fontFamily);
  }

  setFontFamilies(fontFamilies: Array<Array<string | null>>): GasRange {
    return this.setStyles(
      'fontFamily',
      fontFamilies,
      'setFontFamilies',
      (v) => (v ?? undefined) as StyleValue | undefined,
    );
  }

  getHorizontalAlignment(): string {
    return this.styleOne<string>('horizontalAlignment');
  }

  getHorizontalAlignments(): string[][] {
    return this.styleGrid<string>('horizontalAlignment');
  }

  setHorizontalAlignment(alignment: 'left' | 'center' | 'normal' | 'right' | null): GasRange {
    return this.fillStyle('horizontalAlignment', alignment === 'normal' ? undefined : alignment);
  }

  setHorizontalAlignments(alignments: Array<Array<'left' | 'center' | 'normal' | 'right' | null>>): GasRange {
    return this.setStyles('horizontalAlignment', alignments, 'setHorizontalAlignments', (v) =>
      v === 'normal' || v == null ? undefined : String(v),
    );
  }

  getVerticalAlignment(): string {
    return this.styleOne<string>('verticalAlignment');
  }

  getVerticalAlignments(): string[][] {
    return this.styleGrid<string>('verticalAlignment');
  }

  setVerticalAlignment(alignment: 'top' | 'middle' | 'bottom' | null): GasRange {
    return this.fillStyle('verticalAlignment', alignment);
  }

  setVerticalAlignments(alignments: Array<Array<'top' | 'middle' | 'bottom' | null>>): GasRange {
    return this.setStyles(
      'verticalAlignment',
      alignments,
      'setVerticalAlignments',
      (v) => (v ?? undefined) as StyleValue | undefined,
    );
  }

  getWrap(): boolean {
    return this.styleOne<boolean>('wrap');
  }

  getWraps(): boolean[][] {
    return this.styleGrid<boolean>('wrap');
  }

  setWrap(isWrapEnabled: boolean): GasRange {
    return this.fillStyle('wrap', !!isWrapEnabled);
  }

  setWraps(isWrapEnabled: boolean[][]): GasRange {
    return this.setStyles('wrap', isWrapEnabled, 'setWraps', (v) => !!v);
  }

  setBorder(
    top: boolean | null,
    left: boolean | null,
    bottom: boolean | null,
    right: boolean | null,
    vertical: boolean | null,
    horizontal: boolean | null,
    color?: string | null,
    style?: GoogleAppsScript.Spreadsheet.BorderStyle | null,
  ): GasRange {
    this.editable();
    this.sheet.borders.push({
      a1: this.a1(),
      top,
      left,
      bottom,
      right,
      vertical,
      horizontal,
      color: color ? normalizeColor(color) : null,
      style: style ? String(style) : null,
    });
    return this.self();
  }

  // ----------------------------------------------------------------------------------- notes

  getNote(): string {
    return this.sheet.notes.get(this.row - 1, this.col - 1) ?? '';
  }

  getNotes(): string[][] {
    const out: string[][] = [];
    for (let i = 0; i < this.numRows; i++) {
      const row: string[] = [];
      for (let j = 0; j < this.numCols; j++) row.push(this.sheet.notes.get(this.row - 1 + i, this.col - 1 + j) ?? '');
      out.push(row);
    }
    return out;
  }

  setNote(note: string | null): GasRange {
    this.editable();
    const v = note === null || note === '' ? undefined : String(note);
    this.sheet.notes.fill(this.row - 1, this.col - 1, this.numRows, this.numCols, v);
    return this.self();
  }

  setNotes(notes: Array<Array<string | null>>): GasRange {
    const m = this.checkMatrix<string | null>(notes, 'setNotes');
    this.editable();
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numCols; j++) {
        const v = m[i][j];
        this.sheet.notes.set(this.row - 1 + i, this.col - 1 + j, v === null || v === '' ? undefined : String(v));
      }
    }
    return this.self();
  }

  // ----------------------------------------------------------------------------------- validation

  getDataValidation(): Rule | null {
    return asGas(this.sheet.validations.get(this.row - 1, this.col - 1) ?? null);
  }

  getDataValidations(): Array<Array<Rule | null>> {
    const out: Array<Array<Rule | null>> = [];
    for (let i = 0; i < this.numRows; i++) {
      const row: Array<Rule | null> = [];
      for (let j = 0; j < this.numCols; j++)
        row.push(asGas(this.sheet.validations.get(this.row - 1 + i, this.col - 1 + j) ?? null));
      out.push(row);
    }
    return out;
  }

  setDataValidation(rule: Rule | null): GasRange {
    const r = rule === null || rule === undefined ? undefined : (unwrap(rule) as unknown as FakeDataValidation);
    if (r !== undefined && !(r instanceof FakeDataValidation))
      throw paramsError([rule], 'SpreadsheetApp.Range.setDataValidation');
    this.editable();
    this.sheet.validations.fill(this.row - 1, this.col - 1, this.numRows, this.numCols, r);
    return this.self();
  }

  setDataValidations(rules: Array<Array<Rule | null>>): GasRange {
    const m = this.checkMatrix<Rule | null>(rules, 'setDataValidations');
    const raw = m.map((row) =>
      row.map((x) => {
        if (x === null || x === undefined) return undefined;
        const r = unwrap(x) as unknown as FakeDataValidation;
        if (!(r instanceof FakeDataValidation)) throw paramsError([rules], 'SpreadsheetApp.Range.setDataValidations');
        return r;
      }),
    );
    this.editable();
    for (let i = 0; i < this.numRows; i++)
      for (let j = 0; j < this.numCols; j++) this.sheet.validations.set(this.row - 1 + i, this.col - 1 + j, raw[i][j]);
    return this.self();
  }

  // ----------------------------------------------------------------------------------- checkboxes

  /**
   * Apps Script: "Inserts checkboxes into each cell in the range, configured with true for checked and
   * false for unchecked. Sets the value of all cells in the range to false." (custom values: the
   * unchecked value, or '' when only a checked value is given).
   */
  insertCheckboxes(checkedValue?: unknown, uncheckedValue?: unknown): GasRange {
    const args: unknown[] = [];
    if (checkedValue !== undefined) args.push(checkedValue);
    if (uncheckedValue !== undefined) args.push(uncheckedValue);
    const rule = new FakeDataValidation('CHECKBOX', args, true, null);
    const unchecked = checkedValue === undefined ? false : uncheckedValue === undefined ? '' : uncheckedValue;
    const v = checkInputValue(unchecked, 'Range.insertCheckboxes');
    this.editable();
    this.sheet.validations.fill(this.row - 1, this.col - 1, this.numRows, this.numCols, rule);
    for (let i = 0; i < this.numRows; i++)
      for (let j = 0; j < this.numCols; j++) this.sheet.writeCell(this.row - 1 + i, this.col - 1 + j, v);
    this.sheet.touch();
    return this.self();
  }

  /** Removes checkbox validation; also clears cells holding the checked or unchecked value. */
  removeCheckboxes(): GasRange {
    this.editable();
    this.eachCheckbox((r, c, rule) => {
      const [on, off] = checkboxValues(rule);
      const v = this.sheet.values.get(r, c);
      if (v === on || v === off) this.sheet.writeCell(r, c, undefined);
      this.sheet.validations.set(r, c, undefined);
    });
    this.sheet.touch();
    return this.self();
  }

  check(): GasRange {
    this.editable();
    this.eachCheckbox((r, c, rule) => this.sheet.writeCell(r, c, checkboxValues(rule)[0] as CellValue));
    this.sheet.touch();
    return this.self();
  }

  uncheck(): GasRange {
    this.editable();
    this.eachCheckbox((r, c, rule) =>
      this.sheet.writeCell(r, c, (checkboxValues(rule)[1] ?? undefined) as CellValue | undefined),
    );
    this.sheet.touch();
    return this.self();
  }

  isChecked(): boolean | null {
    let on = 0;
    let off = 0;
    let other = 0;
    this.eachCheckbox(
      (r, c, rule) => {
        const v = this.sheet.values.get(r, c);
        const [cv] = checkboxValues(rule);
        if (v === cv) on++;
        else off++;
      },
      () => other++,
    );
    if (other > 0 || (on > 0 && off > 0)) return null;
    return on > 0;
  }

  private eachCheckbox(fn: (r: number, c: number, rule: FakeDataValidation) => void, other?: () => void): void {
    for (let i = 0; i < this.numRows; i++) {
      for (let j = 0; j < this.numCols; j++) {
        const r = this.row - 1 + i;
        const c = this.col - 1 + j;
        const rule = this.sheet.validations.get(r, c);
        if (rule && rule.criteria === 'CHECKBOX') fn(r, c, rule);
        else other?.();
      }
    }
  }

  // ----------------------------------------------------------------------------------- protection

  protect(): GoogleAppsScript.Spreadsheet.Protection {
    const p = new FakeProtection('RANGE', this.sheet, this.anchored());
    this.sheet.rangeProtections.push(p);
    return asGas(p);
  }

  toString(): string {
    return 'Range';
  }
}
gasClassName(FakeRange, 'Range');

function checkboxValues(rule: FakeDataValidation): [unknown, unknown] {
  if (rule.args.length === 0) return [true, false];
  return [rule.args[0], rule.args.length > 1 ? rule.args[1] : ''];
}
