/** Table, TableRow, TableCell. */
import { exception, gasName } from '../utilities';
import { ContainerBase } from './container';
import { type DocElement, guardClosed, type Self } from './element';
import { type GVerticalAlignment, TABLE_CELL_KEYS, TABLE_KEYS, TABLE_ROW_KEYS } from './enums';
import { FakeParagraph } from './paragraph';
import { SectionBase, type SectionMethods, tables } from './section';

type GTable = GoogleAppsScript.Document.Table;
type GTableRow = GoogleAppsScript.Document.TableRow;
type GTableCell = GoogleAppsScript.Document.TableCell;

type CommonContainerMethods =
  | 'clear'
  | 'copy'
  | 'editAsText'
  | 'findElement'
  | 'findText'
  | 'getAttributes'
  | 'getChild'
  | 'getChildIndex'
  | 'getLinkUrl'
  | 'getNextSibling'
  | 'getNumChildren'
  | 'getParent'
  | 'getPreviousSibling'
  | 'getText'
  | 'getTextAlignment'
  | 'getType'
  | 'isAtDocumentEnd'
  | 'removeChild'
  | 'removeFromParent'
  | 'replaceText'
  | 'setAttributes'
  | 'setLinkUrl'
  | 'setTextAlignment';

export class FakeTableCell
  extends SectionBase
  implements
    Pick<
      GTableCell,
      | SectionMethods
      | CommonContainerMethods
      | 'getBackgroundColor'
      | 'setBackgroundColor'
      | 'getColSpan'
      | 'getRowSpan'
      | 'getPaddingBottom'
      | 'getPaddingLeft'
      | 'getPaddingRight'
      | 'getPaddingTop'
      | 'setPaddingBottom'
      | 'setPaddingLeft'
      | 'setPaddingRight'
      | 'setPaddingTop'
      | 'getParentRow'
      | 'getParentTable'
      | 'getVerticalAlignment'
      | 'setVerticalAlignment'
      | 'getWidth'
      | 'setWidth'
    >
{
  readonly elementType = 'TABLE_CELL';

  override _elementKeys(): readonly string[] {
    return TABLE_CELL_KEYS;
  }
  override _clone(): FakeTableCell {
    return this._cloneChildrenInto(new FakeTableCell(true));
  }

  getBackgroundColor(): string {
    return this._getOwn('BACKGROUND_COLOR');
  }
  setBackgroundColor(color: string): Self {
    this._setOwn('BACKGROUND_COLOR', color);
    return this;
  }
  getColSpan(): number {
    return 1;
  }
  getRowSpan(): number {
    return 1;
  }
  getPaddingTop(): number {
    return this._getOwn('PADDING_TOP');
  }
  setPaddingTop(paddingTop: number): Self {
    this._setOwn('PADDING_TOP', paddingTop);
    return this;
  }
  getPaddingBottom(): number {
    return this._getOwn('PADDING_BOTTOM');
  }
  setPaddingBottom(paddingBottom: number): Self {
    this._setOwn('PADDING_BOTTOM', paddingBottom);
    return this;
  }
  getPaddingLeft(): number {
    return this._getOwn('PADDING_LEFT');
  }
  setPaddingLeft(paddingLeft: number): Self {
    this._setOwn('PADDING_LEFT', paddingLeft);
    return this;
  }
  getPaddingRight(): number {
    return this._getOwn('PADDING_RIGHT');
  }
  setPaddingRight(paddingRight: number): Self {
    this._setOwn('PADDING_RIGHT', paddingRight);
    return this;
  }
  getVerticalAlignment(): GVerticalAlignment {
    return this._getOwn('VERTICAL_ALIGNMENT');
  }
  setVerticalAlignment(alignment: GVerticalAlignment): Self {
    this._setOwn('VERTICAL_ALIGNMENT', alignment);
    return this;
  }
  getWidth(): number {
    return this._getOwn('WIDTH');
  }
  setWidth(width: number): Self {
    this._setOwn('WIDTH', width);
    return this;
  }
  getParentRow(): GTableRow {
    return this.parent as unknown as GTableRow;
  }
  getParentTable(): GTable {
    return (this.parent?.parent ?? null) as unknown as GTable;
  }
}

guardClosed(FakeTableCell);

export class FakeTableRow
  extends ContainerBase
  implements
    Pick<
      GTableRow,
      | CommonContainerMethods
      | 'appendTableCell'
      | 'insertTableCell'
      | 'getCell'
      | 'getNumCells'
      | 'removeCell'
      | 'getParentTable'
      | 'getMinimumHeight'
      | 'setMinimumHeight'
    >
{
  readonly elementType = 'TABLE_ROW';

  override _elementKeys(): readonly string[] {
    return TABLE_ROW_KEYS;
  }
  override _separator(): string {
    return '\t';
  }
  override _setTextContent(text: string): void {
    void text;
    throw exception('A table row cannot be set to plain text.');
  }
  override _clone(): FakeTableRow {
    return this._cloneChildrenInto(new FakeTableRow());
  }
  private _cellArg(textContentsOrCell?: string | GTableCell | null): FakeTableCell {
    if (textContentsOrCell instanceof FakeTableCell) return textContentsOrCell;
    const cell = new FakeTableCell();
    if (textContentsOrCell !== undefined && textContentsOrCell !== null)
      cell._setTextContent(String(textContentsOrCell));
    return cell;
  }

  appendTableCell(textContentsOrCell?: string | GTableCell | null): GTableCell {
    return this._insertChild(this.children.length, this._cellArg(textContentsOrCell)) as unknown as GTableCell;
  }
  insertTableCell(childIndex: number, textContentsOrCell?: string | GTableCell | null): GTableCell {
    return this._insertChild(childIndex, this._cellArg(textContentsOrCell)) as unknown as GTableCell;
  }
  getCell(cellIndex: number): GTableCell {
    const c = this.children[cellIndex];
    if (!c)
      throw exception(`Cell index (${cellIndex}) must be less than the number of cells (${this.children.length}).`);
    return c as unknown as GTableCell;
  }
  getNumCells(): number {
    return this.children.length;
  }
  removeCell(cellIndex: number): GTableCell {
    const c = this.getCell(cellIndex) as unknown as DocElement;
    this._removeChild(c);
    return c as unknown as GTableCell;
  }
  getParentTable(): GTable {
    return this.parent as unknown as GTable;
  }
  getMinimumHeight(): number {
    return this._getOwn('MINIMUM_HEIGHT');
  }
  setMinimumHeight(minHeight: number): Self {
    this._setOwn('MINIMUM_HEIGHT', minHeight);
    return this;
  }
}

guardClosed(FakeTableRow);

export class FakeTable
  extends ContainerBase
  implements
    Pick<
      GTable,
      | CommonContainerMethods
      | 'appendTableRow'
      | 'insertTableRow'
      | 'getNumRows'
      | 'getRow'
      | 'getCell'
      | 'removeRow'
      | 'getBorderColor'
      | 'setBorderColor'
      | 'getBorderWidth'
      | 'setBorderWidth'
      | 'getColumnWidth'
      | 'setColumnWidth'
    >
{
  readonly elementType = 'TABLE';
  /** Column index → width in points (unset columns share the remaining width). */
  columnWidths: Record<number, number> = {};

  static fromCells(cells?: string[][]): FakeTable {
    const t = new FakeTable();
    for (const r of cells ?? []) {
      const row = t._insertChild(t.children.length, new FakeTableRow());
      for (const text of r) {
        const cell = new FakeTableCell(true);
        cell._insertChild(0, new FakeParagraph(text));
        row._insertChild(row.children.length, cell);
      }
    }
    return t;
  }

  override _elementKeys(): readonly string[] {
    return TABLE_KEYS;
  }
  override _setTextContent(text: string): void {
    void text;
    throw exception('A table cannot be set to plain text.');
  }
  override _clone(): FakeTable {
    const t = this._cloneChildrenInto(new FakeTable());
    t.columnWidths = { ...this.columnWidths };
    return t;
  }
  private _rowArg(tableRow?: GTableRow | null): FakeTableRow {
    if (tableRow === undefined || tableRow === null) return new FakeTableRow();
    if (!(tableRow instanceof FakeTableRow)) throw exception('Invalid argument: tableRow');
    return tableRow;
  }

  appendTableRow(tableRow?: GTableRow | null): GTableRow {
    return this._insertChild(this.children.length, this._rowArg(tableRow)) as unknown as GTableRow;
  }
  insertTableRow(childIndex: number, tableRow?: GTableRow | null): GTableRow {
    return this._insertChild(childIndex, this._rowArg(tableRow)) as unknown as GTableRow;
  }
  getNumRows(): number {
    return this.children.length;
  }
  getRow(rowIndex: number): GTableRow {
    const r = this.children[rowIndex];
    if (!r) throw exception(`Row index (${rowIndex}) must be less than the number of rows (${this.children.length}).`);
    return r as unknown as GTableRow;
  }
  getCell(rowIndex: number, cellIndex: number): GTableCell {
    return (this.getRow(rowIndex) as unknown as FakeTableRow).getCell(cellIndex);
  }
  removeRow(rowIndex: number): GTableRow {
    const r = this.getRow(rowIndex) as unknown as DocElement;
    this._removeChild(r);
    return r as unknown as GTableRow;
  }
  getBorderColor(): string {
    return this._getOwn('BORDER_COLOR');
  }
  setBorderColor(color: string): Self {
    this._setOwn('BORDER_COLOR', color);
    return this;
  }
  getBorderWidth(): number {
    return this._getOwn('BORDER_WIDTH');
  }
  setBorderWidth(width: number): Self {
    this._setOwn('BORDER_WIDTH', width);
    return this;
  }
  getColumnWidth(columnIndex: number): number {
    return (this.columnWidths[columnIndex] ?? null) as number;
  }
  setColumnWidth(columnIndex: number, width: number): Self {
    if (!Number.isInteger(columnIndex) || columnIndex < 0) throw exception('Invalid argument: columnIndex');
    this.columnWidths[columnIndex] = width;
    return this;
  }
}

guardClosed(FakeTable);

tables.make = (cells) => FakeTable.fromCells(cells);

gasName(FakeTable, 'Table');
gasName(FakeTableRow, 'TableRow');
gasName(FakeTableCell, 'TableCell');
