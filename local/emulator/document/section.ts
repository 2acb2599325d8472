/**
 * Sections (body, header, footer) and table cells: block containers of paragraphs, list
 * items and tables. As in Google Docs a section always ends with a paragraph: appending a
 * table at the end adds an empty paragraph after it, and the last paragraph cannot be removed.
 */
import { exception } from '../utilities';
import { ContainerBase } from './container';
import { DocElement, guardClosed, type Self } from './element';
import { FakeHorizontalRule, FakeListItem, FakeParagraph, isParagraphLike, type ParagraphBase } from './paragraph';

type GParagraph = GoogleAppsScript.Document.Paragraph;
type GListItem = GoogleAppsScript.Document.ListItem;
type GTable = GoogleAppsScript.Document.Table;
type GHorizontalRule = GoogleAppsScript.Document.HorizontalRule;

export const LAST_PARAGRAPH_MESSAGE = "Can't remove the last paragraph in a document section.";

/** Set by table.ts (avoids an import cycle: TableCell is itself a section). */
export const tables: { make: (cells?: string[][]) => ContainerBase } = {
  make: () => {
    throw new Error('table.ts not loaded');
  },
};

export type SectionMethods =
  | 'appendHorizontalRule'
  | 'appendListItem'
  | 'appendParagraph'
  | 'appendTable'
  | 'clear'
  | 'copy'
  | 'editAsText'
  | 'findElement'
  | 'findText'
  | 'getAttributes'
  | 'getChild'
  | 'getChildIndex'
  | 'getNumChildren'
  | 'getParent'
  | 'getText'
  | 'getTextAlignment'
  | 'getType'
  | 'insertHorizontalRule'
  | 'insertListItem'
  | 'insertParagraph'
  | 'insertTable'
  | 'removeChild'
  | 'replaceText'
  | 'setAttributes'
  | 'setText'
  | 'setTextAlignment';

export abstract class SectionBase extends ContainerBase {
  /** A new section holds one empty paragraph. */
  constructor(empty = false) {
    super();
    if (!empty) this._insertChild(0, new FakeParagraph());
  }

  override _setTextContent(text: string): void {
    this._clearTo(new FakeParagraph(text));
  }
  _clearTo(p: ParagraphBase): void {
    for (const c of [...this.children]) c.parent = null;
    this.children = [];
    this._insertChild(0, p);
  }
  override _attached(el: DocElement): void {
    if (el instanceof FakeListItem) el._assignListId();
    if (el.elementType === 'TABLE' && this.children[this.children.length - 1] === el) {
      this._insertChild(this.children.length, new FakeParagraph());
    }
  }
  override _removeChild(el: DocElement): void {
    if (isParagraphLike(el) && this.children[this.children.length - 1] === el) throw exception(LAST_PARAGRAPH_MESSAGE);
    super._removeChild(el);
  }

  private _paragraphArg(p: string | GParagraph | undefined, make: (t: string) => ParagraphBase): ParagraphBase {
    if (p === undefined || p === null) return make('');
    if (typeof p === 'string') return make(p);
    if (!(p instanceof DocElement) || !isParagraphLike(p as unknown as DocElement)) return make(String(p));
    return p as unknown as ParagraphBase;
  }
  private _tableArg(cellsOrTable?: string[][] | GTable | null): ContainerBase {
    if (cellsOrTable === undefined || cellsOrTable === null) return tables.make();
    if (Array.isArray(cellsOrTable)) {
      if (!cellsOrTable.every((r) => Array.isArray(r))) throw exception('Invalid argument: cells');
      return tables.make(cellsOrTable.map((r) => r.map((c) => String(c))));
    }
    const t = cellsOrTable as unknown as DocElement;
    if (t.elementType !== 'TABLE') throw exception('Invalid argument: table');
    return t as ContainerBase;
  }

  appendParagraph(paragraph: string | GParagraph): GParagraph {
    return this._insertChild(
      this.children.length,
      this._paragraphArg(paragraph, (t) => new FakeParagraph(t)),
    ) as unknown as GParagraph;
  }
  insertParagraph(childIndex: number, paragraph: string | GParagraph): GParagraph {
    return this._insertChild(
      childIndex,
      this._paragraphArg(paragraph, (t) => new FakeParagraph(t)),
    ) as unknown as GParagraph;
  }
  appendListItem(listItem: string | GListItem): GListItem {
    const li = this._paragraphArg(listItem as string | GParagraph, (t) => new FakeListItem(t));
    if (!(li instanceof FakeListItem)) throw exception('Invalid argument: listItem');
    return this._insertChild(this.children.length, li) as unknown as GListItem;
  }
  insertListItem(childIndex: number, listItem: string | GListItem): GListItem {
    const li = this._paragraphArg(listItem as string | GParagraph, (t) => new FakeListItem(t));
    if (!(li instanceof FakeListItem)) throw exception('Invalid argument: listItem');
    return this._insertChild(childIndex, li) as unknown as GListItem;
  }
  appendTable(cellsOrTable?: string[][] | GTable | null): GTable {
    return this._insertChild(this.children.length, this._tableArg(cellsOrTable)) as unknown as GTable;
  }
  insertTable(childIndex: number, cellsOrTable?: string[][] | GTable | null): GTable {
    return this._insertChild(childIndex, this._tableArg(cellsOrTable)) as unknown as GTable;
  }
  /** The rule is placed in a new paragraph. */
  appendHorizontalRule(): GHorizontalRule {
    const p = this._insertChild(this.children.length, new FakeParagraph());
    return p._insertChild(0, new FakeHorizontalRule()) as unknown as GHorizontalRule;
  }
  insertHorizontalRule(childIndex: number): GHorizontalRule {
    const p = this._insertChild(childIndex, new FakeParagraph());
    return p._insertChild(0, new FakeHorizontalRule()) as unknown as GHorizontalRule;
  }

  /** Every paragraph and list item inside, tables included, in order. */
  getParagraphs(): GParagraph[] {
    return this._descendants().filter(isParagraphLike) as unknown as GParagraph[];
  }
  getListItems(): GListItem[] {
    return this._descendants().filter((e) => e instanceof FakeListItem) as unknown as GListItem[];
  }
  getTables(): GTable[] {
    return this._descendants().filter((e) => e.elementType === 'TABLE') as unknown as GTable[];
  }
  getImages(): never[] {
    return [];
  }
  /** Leaves a single empty paragraph. */
  override clear(): Self {
    this._clearTo(new FakeParagraph());
    return this;
  }
  setText(text: string): Self {
    this._setTextContent(String(text));
    return this;
  }
}

guardClosed(SectionBase);
