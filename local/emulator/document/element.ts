/**
 * Base of every Docs element: parent links, element-level attributes, casts, siblings,
 * and the "document is closed" guard.
 *
 * Attributes are split in two: element-level ones (a paragraph's alignment, a cell's
 * padding...) live on the element; character-level ones (bold, font size...) live on the
 * characters of Text elements. Setting a character attribute on a container applies it to
 * every character inside; reading it gives the value shared by all of them, or null.
 */
import { FAKE } from '../counter';
import { exception } from '../utilities';
import type { ContainerBase } from './container';
import type { FakeDocument } from './document';
import type { FakeText } from './text';
import { CHAR_KEYS } from './enums';

export type Attrs = Record<string, unknown>;
// Apps Script returns the concrete element; methods shared by many classes use `any` for it.
// biome-ignore lint/suspicious/noExplicitAny: each GAS element class returns its own concrete type from shared methods.
export type Self = any;

export type GElement = GoogleAppsScript.Document.Element;
export type GContainerElement = GoogleAppsScript.Document.ContainerElement;
export type GRangeElement = GoogleAppsScript.Document.RangeElement;

export const CLOSED_MESSAGE = 'Document is closed, its contents cannot be updated.';

const CHAR_KEY_SET: ReadonlySet<string> = new Set(CHAR_KEYS);
export const isCharKey = (k: string) => CHAR_KEY_SET.has(k);

/** Normalises an attribute value given by a script (enum objects → their names). */
export function attrValue(v: unknown): unknown {
  if (v === undefined) return null;
  return v;
}

export abstract class DocElement {
  readonly [FAKE] = true;
  parent: ContainerBase | null = null;
  /** Element-level attributes, keyed by DocumentApp.Attribute name. */
  attrs: Attrs = {};
  /** Set on the section roots (body, header, footer) of a document. */
  ownerDoc: FakeDocument | null = null;
  abstract readonly elementType: string;

  /** Element-level attribute keys of this class. */
  _elementKeys(): readonly string[] {
    return [];
  }
  /** Defaults reported for unset element-level attributes. */
  _default(key: string): unknown {
    void key;
    return null;
  }
  /** Text elements inside (in order); none for leaves. */
  _texts(): FakeText[] {
    return [];
  }
  abstract _clone(): DocElement;

  _doc(): FakeDocument | null {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let e: DocElement | null = this;
    while (e) {
      if (e.ownerDoc) return e.ownerDoc;
      e = e.parent ?? (e as unknown as { viewOf?: DocElement | null }).viewOf ?? null;
    }
    return null;
  }
  _checkOpen(): void {
    if (this._doc()?.closed) throw exception(CLOSED_MESSAGE);
  }

  /** Uniform value of a character attribute over `texts`, or null (unset, mixed or no text). */
  static uniform(texts: FakeText[], key: string): unknown {
    let seen = false;
    let value: unknown = null;
    for (const t of texts) {
      const n = t.store.length();
      for (let i = 0; i < n; i++) {
        const v = t.store.attrsAt(i)[key] ?? null;
        if (!seen) {
          seen = true;
          value = v;
        } else if (v !== value) return null;
      }
    }
    return value;
  }

  _getAttributes(): Attrs {
    const out: Attrs = {};
    for (const k of this._elementKeys()) out[k] = this.attrs[k] ?? this._default(k);
    const texts = this._texts();
    if (texts.length > 0 || this._hasTextContent()) {
      for (const k of CHAR_KEYS) if (!(k in out)) out[k] = this._uniformChar(k);
    }
    return out;
  }
  /** Whether character attributes are meaningful here (containers of text). */
  _hasTextContent(): boolean {
    return false;
  }
  _setAttributes(attributes: Attrs): void {
    if (typeof attributes !== 'object' || attributes === null) throw exception('Invalid argument: attributes');
    const own = new Set(this._elementKeys());
    for (const key of Object.keys(attributes)) {
      const v = attrValue(attributes[key]);
      if (own.has(key)) {
        if (v === null) delete this.attrs[key];
        else this.attrs[key] = v;
      } else if (isCharKey(key)) {
        this._applyCharAttr(key, v);
      }
    }
  }
  /** Sets a character attribute on every character inside (containers recurse). */
  _applyCharAttr(key: string, value: unknown): void {
    void key;
    void value;
  }
  /** Value of a character attribute shared by all characters inside, else null. */
  _uniformChar(key: string): unknown {
    return DocElement.uniform(this._texts(), key);
  }
  _setOwn(key: string, value: unknown): void {
    const v = attrValue(value);
    if (v === null) delete this.attrs[key];
    else this.attrs[key] = v;
  }
  _getOwn<T>(key: string): T {
    return (this.attrs[key] ?? this._default(key)) as T;
  }

  // -------------------------------------------------------------------------------- public

  getType(): GoogleAppsScript.Document.ElementType {
    return this.elementType as unknown as GoogleAppsScript.Document.ElementType;
  }
  getParent(): GContainerElement {
    return this.parent as unknown as GContainerElement;
  }
  getAttributes(): Attrs {
    return this._getAttributes();
  }
  setAttributes(attributes: Attrs): Self {
    this._setAttributes(attributes);
    return this;
  }
  getNextSibling(): GElement {
    if (!this.parent) return null as unknown as GElement;
    const i = this.parent.children.indexOf(this);
    return (this.parent.children[i + 1] ?? null) as unknown as GElement;
  }
  getPreviousSibling(): GElement {
    if (!this.parent) return null as unknown as GElement;
    const i = this.parent.children.indexOf(this);
    return (i > 0 ? this.parent.children[i - 1] : null) as unknown as GElement;
  }
  removeFromParent(): Self {
    if (this.parent) this.parent._removeChild(this);
    return this;
  }
  /** A detached deep copy. */
  copy(): Self {
    return this._clone();
  }
  isAtDocumentEnd(): boolean {
    // eslint-disable-next-line @typescript-eslint/no-this-alias
    let e: DocElement = this;
    while (e.parent) {
      const siblings = e.parent.children;
      if (siblings[siblings.length - 1] !== e) return false;
      e = e.parent;
    }
    return e.elementType === 'BODY_SECTION';
  }

  private _as(...types: string[]): Self {
    if (!types.includes(this.elementType))
      throw exception(`Cannot cast element of type ${this.elementType} to ${types[0]}.`);
    return this;
  }
  asBody(): Self {
    return this._as('BODY_SECTION');
  }
  asHeaderSection(): Self {
    return this._as('HEADER_SECTION');
  }
  asFooterSection(): Self {
    return this._as('FOOTER_SECTION');
  }
  asParagraph(): Self {
    return this._as('PARAGRAPH', 'LIST_ITEM');
  }
  asListItem(): Self {
    return this._as('LIST_ITEM');
  }
  asTable(): Self {
    return this._as('TABLE');
  }
  asTableRow(): Self {
    return this._as('TABLE_ROW');
  }
  asTableCell(): Self {
    return this._as('TABLE_CELL');
  }
  asText(): Self {
    return this._as('TEXT');
  }
  asHorizontalRule(): Self {
    return this._as('HORIZONTAL_RULE');
  }
  asPageBreak(): Self {
    return this._as('PAGE_BREAK');
  }
}

/**
 * Makes every public method of `cls` (own prototype methods not starting with `_`) throw
 * once the element's document is closed by saveAndClose().
 */
export function guardClosed(cls: { prototype: object }, except: readonly string[] = []): void {
  const proto = cls.prototype as Record<string, unknown>;
  for (const name of Object.getOwnPropertyNames(proto)) {
    if (name === 'constructor' || name.startsWith('_') || except.includes(name)) continue;
    const d = Object.getOwnPropertyDescriptor(proto, name);
    if (!d || typeof d.value !== 'function') continue;
    const fn = d.value as (...a: unknown[]) => unknown;
    const guarded = function (this: { _checkOpen(): void }, ...args: unknown[]) {
      this._checkOpen();
      return fn.apply(this, args);
    };
    Object.defineProperty(guarded, 'name', { value: name });
    Object.defineProperty(proto, name, { ...d, value: guarded });
  }
}

guardClosed(DocElement);
