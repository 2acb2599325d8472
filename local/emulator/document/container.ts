/** Elements with children: child management, text, find/replace, editAsText. */
import { exception } from '../utilities';
import { DocElement, type GElement, type GRangeElement, guardClosed, type Self } from './element';
import { type GTextAlignment, TEXT_ALIGNMENT_KEY } from './enums';
import { FakeRangeElement } from './range';
import { CompositeStore, FakeText, type Segment, toRegExp } from './text';

type GText = GoogleAppsScript.Document.Text;

export abstract class ContainerBase extends DocElement {
  children: DocElement[] = [];

  /** Text between two children in getText()/editAsText() ('' inside a paragraph). */
  _separator(): string {
    return '\n';
  }
  /** The pieces of editAsText(): children's segments joined by the separator. */
  _segments(): Segment[] {
    const out: Segment[] = [];
    this.children.forEach((c, i) => {
      if (i > 0 && this._separator()) out.push({ sep: this._separator() });
      if (c instanceof FakeText) out.push({ text: c });
      else if (c instanceof ContainerBase) out.push(...c._segments());
    });
    return out;
  }
  /** setText(): replaces the content with plain text. */
  abstract _setTextContent(text: string): void;

  override _texts(): FakeText[] {
    const out: FakeText[] = [];
    for (const c of this.children) {
      if (c instanceof FakeText) out.push(c);
      else out.push(...c._texts());
    }
    return out;
  }
  override _hasTextContent(): boolean {
    return true;
  }
  override _applyCharAttr(key: string, value: unknown): void {
    for (const c of this.children) c._applyCharAttr(key, value);
  }
  /** Every descendant in document order (pre-order). */
  _descendants(): DocElement[] {
    const out: DocElement[] = [];
    for (const c of this.children) {
      out.push(c);
      if (c instanceof ContainerBase) out.push(...c._descendants());
    }
    return out;
  }
  /** Deep-copies attributes and children into `target` (no insertion hooks run). */
  _cloneChildrenInto<T extends ContainerBase>(target: T): T {
    target.attrs = { ...this.attrs };
    target.children = this.children.map((c) => {
      const k = c._clone();
      k.parent = target;
      return k;
    });
    return target;
  }

  /** Inserts a detached element. */
  _insertChild<T extends DocElement>(index: number, el: T): T {
    if (el.parent) throw exception('Element must be detached.');
    if (!Number.isInteger(index) || index < 0 || index > this.children.length) {
      throw exception(
        `Child index (${index}) must not be greater than the number of child elements (${this.children.length}).`,
      );
    }
    this.children.splice(index, 0, el);
    el.parent = this;
    this._attached(el);
    return el;
  }
  /** Hook after a child was inserted. */
  _attached(el: DocElement): void {
    void el;
  }
  /** Removes a child; sections refuse to lose their last paragraph. */
  _removeChild(el: DocElement): void {
    this._detach(el);
  }
  /** Removes a child without any check. */
  _detach(el: DocElement): void {
    const i = this.children.indexOf(el);
    if (i < 0) throw exception('Element does not contain the specified child element.');
    this.children.splice(i, 1);
    el.parent = null;
  }

  // -------------------------------------------------------------------------------- public

  getNumChildren(): number {
    return this.children.length;
  }
  getChild(childIndex: number): GElement {
    const c = this.children[childIndex];
    if (!Number.isInteger(childIndex) || !c) {
      throw exception(
        `Child index (${childIndex}) must be less than the number of child elements (${this.children.length}).`,
      );
    }
    return c as unknown as GElement;
  }
  getChildIndex(child: GElement): number {
    const i = this.children.indexOf(child as unknown as DocElement);
    if (i < 0) throw exception('Element does not contain the specified child element.');
    return i;
  }
  removeChild(child: GElement): Self {
    this._removeChild(child as unknown as DocElement);
    return this;
  }
  _plainText(): string {
    return this.children
      .map((c) => (c instanceof FakeText || c instanceof ContainerBase ? c._plainText() : ''))
      .join(this._separator());
  }
  getText(): string {
    return this._plainText();
  }
  /** A Text view over everything inside (blocks separated by `\n`). */
  editAsText(): GText {
    return FakeText.view(
      this,
      new CompositeStore(
        () => this._segments(),
        (s) => this._setTextContent(s),
      ),
    ) as unknown as GText;
  }
  clear(): Self {
    for (const c of [...this.children]) c.parent = null;
    this.children = [];
    return this;
  }

  /** First match at or after `from` in any Text inside (matches never span two Text elements). */
  findText(searchPattern: string, from?: GRangeElement | null): GRangeElement {
    const texts = this._texts();
    const f = from as unknown as FakeRangeElement | null | undefined;
    let startIndex = 0;
    let startOffset = 0;
    if (f) {
      startIndex = texts.indexOf(f.element as FakeText);
      if (startIndex < 0) throw exception('The given element is not in this container.');
      startOffset = f.endInclusive + 1;
    }
    for (let i = startIndex; i < texts.length; i++) {
      const re = toRegExp(searchPattern);
      re.lastIndex = i === startIndex ? startOffset : 0;
      const text = texts[i]._plainText();
      let m: RegExpExecArray | null;
      while ((m = re.exec(text))) {
        if (m[0].length === 0) {
          re.lastIndex++;
          continue;
        }
        return new FakeRangeElement(texts[i], m.index, m.index + m[0].length - 1) as unknown as GRangeElement;
      }
    }
    return null as unknown as GRangeElement;
  }
  findElement(elementType: GoogleAppsScript.Document.ElementType, from?: GRangeElement | null): GRangeElement {
    const all = this._descendants();
    const f = from as unknown as FakeRangeElement | null | undefined;
    const start = f ? all.indexOf(f.element) + 1 : 0;
    for (let i = start; i < all.length; i++) {
      if (all[i].elementType === String(elementType)) return new FakeRangeElement(all[i]) as unknown as GRangeElement;
    }
    return null as unknown as GRangeElement;
  }
  /** Replaces matches in every Text inside (JS regex; Java `$1` replacement syntax). */
  replaceText(searchPattern: string, replacement: string): GElement {
    for (const t of this._texts()) t._replace(searchPattern, replacement);
    return this as unknown as GElement;
  }
  getLinkUrl(): string {
    return DocElement.uniform(this._texts(), 'LINK_URL') as string;
  }
  setLinkUrl(url: string): Self {
    this._applyCharAttr('LINK_URL', url);
    return this;
  }
  getTextAlignment(): GTextAlignment {
    return DocElement.uniform(this._texts(), TEXT_ALIGNMENT_KEY) as GTextAlignment;
  }
  setTextAlignment(textAlignment: GTextAlignment): Self {
    this._applyCharAttr(TEXT_ALIGNMENT_KEY, textAlignment);
    return this;
  }
}

guardClosed(ContainerBase);
