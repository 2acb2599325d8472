/** Body (with page size and margins), HeaderSection, FooterSection. */
import { exception, gasName } from '../utilities';
import { guardClosed, type Self } from './element';
import { BODY_DEFAULTS, BODY_KEYS } from './enums';
import { FakePageBreak, FakeParagraph } from './paragraph';
import { SectionBase, type SectionMethods } from './section';

type GBody = GoogleAppsScript.Document.Body;
type GHeaderSection = GoogleAppsScript.Document.HeaderSection;
type GFooterSection = GoogleAppsScript.Document.FooterSection;
type GPageBreak = GoogleAppsScript.Document.PageBreak;

export class FakeBody
  extends SectionBase
  implements
    Pick<
      GBody,
      | SectionMethods
      | 'appendPageBreak'
      | 'insertPageBreak'
      | 'getListItems'
      | 'getParagraphs'
      | 'getTables'
      | 'getMarginTop'
      | 'getMarginBottom'
      | 'getMarginLeft'
      | 'getMarginRight'
      | 'setMarginTop'
      | 'setMarginBottom'
      | 'setMarginLeft'
      | 'setMarginRight'
      | 'getPageWidth'
      | 'getPageHeight'
      | 'setPageWidth'
      | 'setPageHeight'
    >
{
  readonly elementType = 'BODY_SECTION';

  override _elementKeys(): readonly string[] {
    return BODY_KEYS;
  }
  override _default(key: string): unknown {
    return BODY_DEFAULTS[key] ?? null;
  }
  override _clone(): FakeBody {
    return this._cloneChildrenInto(new FakeBody(true));
  }
  override removeFromParent(): Self {
    throw exception('The body section cannot be removed.');
  }

  /** The page break is placed in a new paragraph. */
  appendPageBreak(pageBreak?: GPageBreak | null): GPageBreak {
    const p = this._insertChild(this.children.length, new FakeParagraph());
    return p._insertChild(
      0,
      pageBreak ? (pageBreak as unknown as FakePageBreak) : new FakePageBreak(),
    ) as unknown as GPageBreak;
  }
  insertPageBreak(childIndex: number, pageBreak?: GPageBreak | null): GPageBreak {
    const p = this._insertChild(childIndex, new FakeParagraph());
    return p._insertChild(
      0,
      pageBreak ? (pageBreak as unknown as FakePageBreak) : new FakePageBreak(),
    ) as unknown as GPageBreak;
  }

  getMarginTop(): number {
    return this._getOwn('MARGIN_TOP');
  }
  setMarginTop(marginTop: number): Self {
    this._setOwn('MARGIN_TOP', marginTop);
    return this;
  }
  getMarginBottom(): number {
    return this._getOwn('MARGIN_BOTTOM');
  }
  setMarginBottom(marginBottom: number): Self {
    this._setOwn('MARGIN_BOTTOM', marginBottom);
    return this;
  }
  getMarginLeft(): number {
    return this._getOwn('MARGIN_LEFT');
  }
  setMarginLeft(marginLeft: number): Self {
    this._setOwn('MARGIN_LEFT', marginLeft);
    return this;
  }
  getMarginRight(): number {
    return this._getOwn('MARGIN_RIGHT');
  }
  setMarginRight(marginRight: number): Self {
    this._setOwn('MARGIN_RIGHT', marginRight);
    return this;
  }
  getPageWidth(): number {
    return this._getOwn('PAGE_WIDTH');
  }
  setPageWidth(pageWidth: number): Self {
    this._setOwn('PAGE_WIDTH', pageWidth);
    return this;
  }
  getPageHeight(): number {
    return this._getOwn('PAGE_HEIGHT');
  }
  setPageHeight(pageHeight: number): Self {
    this._setOwn('PAGE_HEIGHT', pageHeight);
    return this;
  }
}

guardClosed(FakeBody);

export class FakeHeaderSection
  extends SectionBase
  implements Pick<GHeaderSection, SectionMethods | 'getListItems' | 'getParagraphs' | 'getTables' | 'removeFromParent'>
{
  readonly elementType = 'HEADER_SECTION';
  override _clone(): FakeHeaderSection {
    return this._cloneChildrenInto(new FakeHeaderSection(true));
  }
  /** Removes the header from its document. */
  override removeFromParent(): Self {
    const doc = this._doc();
    if (doc && doc.header === this) {
      doc.header = null;
      this.ownerDoc = null;
    }
    return this;
  }
}

guardClosed(FakeHeaderSection);

export class FakeFooterSection
  extends SectionBase
  implements Pick<GFooterSection, SectionMethods | 'getListItems' | 'getParagraphs' | 'getTables' | 'removeFromParent'>
{
  readonly elementType = 'FOOTER_SECTION';
  override _clone(): FakeFooterSection {
    return this._cloneChildrenInto(new FakeFooterSection(true));
  }
  override removeFromParent(): Self {
    const doc = this._doc();
    if (doc && doc.footer === this) {
      doc.footer = null;
      this.ownerDoc = null;
    }
    return this;
  }
}

guardClosed(FakeFooterSection);

gasName(FakeBody, 'Body');
gasName(FakeHeaderSection, 'HeaderSection');
gasName(FakeFooterSection, 'FooterSection');
