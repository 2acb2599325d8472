/** Paragraph, ListItem and the inline elements they hold (Text, HorizontalRule, PageBreak). */
import { exception, gasName } from '../utilities';
import { ContainerBase } from './container';
import { DocElement, guardClosed, type Self } from './element';
import {
  type GGlyphType,
  type GHorizontalAlignment,
  type GParagraphHeading,
  LIST_ITEM_KEYS,
  PARAGRAPH_KEYS,
} from './enums';
import { type CharAttrs, FakeText, patchAttrs, type Segment } from './text';

type GParagraph = GoogleAppsScript.Document.Paragraph;
type GListItem = GoogleAppsScript.Document.ListItem;
type GText = GoogleAppsScript.Document.Text;
type GHorizontalRule = GoogleAppsScript.Document.HorizontalRule;
type GPageBreak = GoogleAppsScript.Document.PageBreak;

export class FakeHorizontalRule
  extends DocElement
  implements
    Pick<GHorizontalRule, 'copy' | 'getAttributes' | 'getParent' | 'getType' | 'removeFromParent' | 'setAttributes'>
{
  readonly elementType = 'HORIZONTAL_RULE';
  override _clone(): FakeHorizontalRule {
    const c = new FakeHorizontalRule();
    c.attrs = { ...this.attrs };
    return c;
  }
}

export class FakePageBreak
  extends DocElement
  implements Pick<GPageBreak, 'copy' | 'getAttributes' | 'getParent' | 'getType' | 'removeFromParent' | 'setAttributes'>
{
  readonly elementType = 'PAGE_BREAK';
  override _clone(): FakePageBreak {
    const c = new FakePageBreak();
    c.attrs = { ...this.attrs };
    return c;
  }
}

type ParagraphMethods =
  | 'appendHorizontalRule'
  | 'appendPageBreak'
  | 'appendText'
  | 'clear'
  | 'copy'
  | 'editAsText'
  | 'findElement'
  | 'findText'
  | 'getAlignment'
  | 'getAttributes'
  | 'getChild'
  | 'getChildIndex'
  | 'getHeading'
  | 'getIndentEnd'
  | 'getIndentFirstLine'
  | 'getIndentStart'
  | 'getLineSpacing'
  | 'getLinkUrl'
  | 'getNextSibling'
  | 'getNumChildren'
  | 'getParent'
  | 'getPreviousSibling'
  | 'getSpacingAfter'
  | 'getSpacingBefore'
  | 'getText'
  | 'getTextAlignment'
  | 'getType'
  | 'insertHorizontalRule'
  | 'insertPageBreak'
  | 'insertText'
  | 'isAtDocumentEnd'
  | 'isLeftToRight'
  | 'merge'
  | 'removeChild'
  | 'removeFromParent'
  | 'replaceText'
  | 'setAlignment'
  | 'setAttributes'
  | 'setHeading'
  | 'setIndentEnd'
  | 'setIndentFirstLine'
  | 'setIndentStart'
  | 'setLeftToRight'
  | 'setLineSpacing'
  | 'setLinkUrl'
  | 'setSpacingAfter'
  | 'setSpacingBefore'
  | 'setText'
  | 'setTextAlignment';

/** Shared by Paragraph and ListItem. */
export abstract class ParagraphBase extends ContainerBase {
  /** Style of the paragraph mark (the character attributes set on the paragraph as a whole). */
  mark: CharAttrs = Object.freeze({});

  constructor(text = '') {
    super();
    if (text !== '') this._insertChild(0, new FakeText(text));
  }

  override _elementKeys(): readonly string[] {
    return PARAGRAPH_KEYS;
  }
  override _default(key: string): unknown {
    if (key === 'HEADING') return 'NORMAL';
    return null;
  }
  override _separator(): string {
    return '';
  }
  override _segments(): Segment[] {
    const texts = this.children.filter((c): c is FakeText => c instanceof FakeText);
    if (texts.length > 0) return texts.map((text) => ({ text }));
    return [{ slot: () => this._insertChild(this.children.length, new FakeText('', this.mark)) }];
  }
  override _setTextContent(text: string): void {
    const first = this._texts()[0];
    const attrs = first && first.store.length() > 0 ? first.store.attrsAt(0) : this.mark;
    this.clear();
    if (text !== '') this._insertChild(0, new FakeText(text, attrs));
  }
  /** Character attributes also go to the paragraph mark, which text added to an empty paragraph takes. */
  override _applyCharAttr(key: string, value: unknown): void {
    super._applyCharAttr(key, value);
    this.mark = patchAttrs(this.mark, { [key]: value });
  }
  /** An empty paragraph reports the attributes of its mark. */
  override _uniformChar(key: string): unknown {
    const texts = this._texts();
    if (texts.every((t) => t.store.length() === 0)) return this.mark[key] ?? null;
    return super._uniformChar(key);
  }
  /** Attributes a new run of text appended at the end inherits (those of the last character, else the mark). */
  _trailingAttrs(): CharAttrs {
    const texts = this._texts();
    for (let i = texts.length - 1; i >= 0; i--) {
      const n = texts[i].store.length();
      if (n > 0) return texts[i].store.attrsAt(n - 1);
    }
    return this.mark;
  }

  setText(text: string): void {
    this._setTextContent(String(text));
  }
  /** A new Text element at the end, styled like the character before it. */
  appendText(text: string | GText): GText {
    const el = typeof text === 'string' ? new FakeText(text, this._trailingAttrs()) : (text as unknown as FakeText);
    return this._insertChild(this.children.length, el) as unknown as GText;
  }
  insertText(childIndex: number, text: string | GText): GText {
    const el = typeof text === 'string' ? new FakeText(text) : (text as unknown as FakeText);
    return this._insertChild(childIndex, el) as unknown as GText;
  }
  appendHorizontalRule(): GHorizontalRule {
    return this._insertChild(this.children.length, new FakeHorizontalRule()) as unknown as GHorizontalRule;
  }
  insertHorizontalRule(childIndex: number): GHorizontalRule {
    return this._insertChild(childIndex, new FakeHorizontalRule()) as unknown as GHorizontalRule;
  }
  appendPageBreak(pageBreak?: GPageBreak | null): GPageBreak {
    this._checkPageBreakAllowed();
    const el = pageBreak ? (pageBreak as unknown as FakePageBreak) : new FakePageBreak();
    return this._insertChild(this.children.length, el) as unknown as GPageBreak;
  }
  insertPageBreak(childIndex: number, pageBreak?: GPageBreak | null): GPageBreak {
    this._checkPageBreakAllowed();
    const el = pageBreak ? (pageBreak as unknown as FakePageBreak) : new FakePageBreak();
    return this._insertChild(childIndex, el) as unknown as GPageBreak;
  }
  _checkPageBreakAllowed(): void {
    for (let p = this.parent; p; p = p.parent) {
      if (p.elementType === 'TABLE_CELL') throw exception('PageBreak elements cannot be inserted into a table.');
    }
  }
  /** Merges this paragraph into the previous sibling paragraph. */
  merge(): Self {
    const prev = this.getPreviousSibling() as unknown as DocElement | null;
    if (!(prev instanceof ParagraphBase)) throw exception('Element cannot be merged with its previous sibling.');
    for (const c of [...this.children]) {
      this._detach(c);
      prev._insertChild(prev.children.length, c);
    }
    this.parent!._detach(this);
    return prev;
  }

  getAlignment(): GHorizontalAlignment {
    return this._getOwn('HORIZONTAL_ALIGNMENT');
  }
  setAlignment(alignment: GHorizontalAlignment): Self {
    this._setOwn('HORIZONTAL_ALIGNMENT', alignment);
    return this;
  }
  getHeading(): GParagraphHeading {
    return this._getOwn('HEADING');
  }
  setHeading(heading: GParagraphHeading): Self {
    this._setOwn('HEADING', heading);
    return this;
  }
  getIndentFirstLine(): number {
    return this._getOwn('INDENT_FIRST_LINE');
  }
  setIndentFirstLine(indentFirstLine: number): Self {
    this._setOwn('INDENT_FIRST_LINE', indentFirstLine);
    return this;
  }
  getIndentStart(): number {
    return this._getOwn('INDENT_START');
  }
  setIndentStart(indentStart: number): Self {
    this._setOwn('INDENT_START', indentStart);
    return this;
  }
  getIndentEnd(): number {
    return this._getOwn('INDENT_END');
  }
  setIndentEnd(indentEnd: number): Self {
    this._setOwn('INDENT_END', indentEnd);
    return this;
  }
  getSpacingBefore(): number {
    return this._getOwn('SPACING_BEFORE');
  }
  setSpacingBefore(spacingBefore: number): Self {
    this._setOwn('SPACING_BEFORE', spacingBefore);
    return this;
  }
  getSpacingAfter(): number {
    return this._getOwn('SPACING_AFTER');
  }
  setSpacingAfter(spacingAfter: number): Self {
    this._setOwn('SPACING_AFTER', spacingAfter);
    return this;
  }
  getLineSpacing(): number {
    return this._getOwn('LINE_SPACING');
  }
  setLineSpacing(multiplier: number): Self {
    this._setOwn('LINE_SPACING', multiplier);
    return this;
  }
  isLeftToRight(): boolean {
    return (this.attrs.LEFT_TO_RIGHT ?? true) as boolean;
  }
  setLeftToRight(leftToRight: boolean): Self {
    this._setOwn('LEFT_TO_RIGHT', leftToRight);
    return this;
  }
}

guardClosed(ParagraphBase);

export class FakeParagraph extends ParagraphBase implements Pick<GParagraph, Exclude<ParagraphMethods, never>> {
  readonly elementType: string = 'PARAGRAPH';
  override _clone(): FakeParagraph {
    const c = this._cloneChildrenInto(new FakeParagraph());
    c.mark = this.mark;
    return c;
  }
}

let detachedListSeq = 0;

export class FakeListItem
  extends ParagraphBase
  implements
    Pick<
      GListItem,
      | ParagraphMethods
      | 'getGlyphType'
      | 'setGlyphType'
      | 'getNestingLevel'
      | 'setNestingLevel'
      | 'getListId'
      | 'setListId'
    >
{
  readonly elementType: string = 'LIST_ITEM';
  override _elementKeys(): readonly string[] {
    return LIST_ITEM_KEYS;
  }
  override _default(key: string): unknown {
    if (key === 'NESTING_LEVEL') return 0;
    return super._default(key);
  }
  override _clone(): FakeListItem {
    const c = this._cloneChildrenInto(new FakeListItem());
    c.mark = this.mark;
    return c;
  }
  /** Joins the list of an adjacent list item, or starts a new one. */
  _assignListId(): void {
    if (this.attrs.LIST_ID) return;
    const prev = this.getPreviousSibling() as unknown as DocElement | null;
    const next = this.getNextSibling() as unknown as DocElement | null;
    const near = prev instanceof FakeListItem ? prev : next instanceof FakeListItem ? next : null;
    const doc = this._doc();
    this.attrs.LIST_ID = near?.attrs.LIST_ID ?? (doc ? doc._nextListId() : `kix.detached${++detachedListSeq}`);
  }

  getGlyphType(): GGlyphType {
    return this._getOwn('GLYPH_TYPE');
  }
  setGlyphType(glyphType: GGlyphType): Self {
    this._setOwn('GLYPH_TYPE', glyphType);
    return this;
  }
  getNestingLevel(): number {
    return this._getOwn('NESTING_LEVEL');
  }
  setNestingLevel(nestingLevel: number): Self {
    this._setOwn('NESTING_LEVEL', nestingLevel);
    return this;
  }
  getListId(): string {
    this._assignListId();
    return this.attrs.LIST_ID as string;
  }
  setListId(listItem: GListItem): Self {
    const other = listItem as unknown as FakeListItem;
    other._assignListId();
    this.attrs.LIST_ID = other.attrs.LIST_ID;
    return this;
  }
}

guardClosed(FakeListItem);

export function isParagraphLike(e: DocElement): e is ParagraphBase {
  return e instanceof ParagraphBase;
}

gasName(FakeHorizontalRule, 'HorizontalRule');
gasName(FakePageBreak, 'PageBreak');
gasName(FakeParagraph, 'Paragraph');
gasName(FakeListItem, 'ListItem');
