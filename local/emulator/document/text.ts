/**
 * Text: characters with per-character attributes.
 *
 * A Text element owns its characters (`OwnStore`). `editAsText()` on a container returns a
 * Text *view* (`CompositeStore`) over the Text elements inside it, with `\n`/`\t` between
 * blocks, so offsets work as in Apps Script (`body.editAsText().setBold(0, 4, true)`).
 */
import { exception, gasName } from '../utilities';
import {
  type Attrs,
  DocElement,
  type GElement,
  type GRangeElement,
  guardClosed,
  isCharKey,
  type Self,
} from './element';
import { CHAR_KEYS, type GTextAlignment, TEXT_ALIGNMENT_KEY } from './enums';
import { FakeRangeElement } from './range';

type GText = GoogleAppsScript.Document.Text;

export type CharAttrs = Readonly<Record<string, unknown>>;
const EMPTY: CharAttrs = Object.freeze({});

/** Merges `patch` into `a`; null/undefined values unset. Returns a frozen object. */
export function patchAttrs(a: CharAttrs, patch: Attrs): CharAttrs {
  const out: Record<string, unknown> = { ...a };
  for (const k of Object.keys(patch)) {
    const v = patch[k];
    if (v === null || v === undefined) delete out[k];
    else out[k] = v;
  }
  return Object.freeze(out);
}

export function sameAttrs(a: CharAttrs, b: CharAttrs): boolean {
  if (a === b) return true;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  return ka.every((k) => a[k] === b[k]);
}

export interface CharStore {
  text(): string;
  length(): number;
  attrsAt(i: number): CharAttrs;
  /** Applies `patch` to characters [start, endExclusive). */
  setRange(start: number, endExclusive: number, patch: Attrs): void;
  /** Inserts text; new characters take the attributes of the one before (or after, at 0). */
  insert(offset: number, s: string): void;
  delete(start: number, endExclusive: number): void;
  setAll(s: string): void;
}

export class OwnStore implements CharStore {
  chars = '';
  attrs: CharAttrs[] = [];

  /** Attributes text inserted into an empty store takes. */
  base: CharAttrs;

  constructor(text = '', attrs: CharAttrs = EMPTY) {
    this.chars = text;
    this.base = attrs;
    this.attrs = Array.from({ length: text.length }, () => attrs);
  }
  text(): string {
    return this.chars;
  }
  length(): number {
    return this.chars.length;
  }
  attrsAt(i: number): CharAttrs {
    return this.attrs[i] ?? EMPTY;
  }
  setRange(start: number, end: number, patch: Attrs): void {
    for (let i = start; i < end && i < this.attrs.length; i++) this.attrs[i] = patchAttrs(this.attrs[i], patch);
  }
  inherited(offset: number): CharAttrs {
    if (this.attrs.length === 0) return this.base;
    return offset > 0 ? this.attrs[Math.min(offset, this.attrs.length) - 1] : this.attrs[0];
  }
  insert(offset: number, s: string): void {
    const a = this.inherited(offset);
    this.chars = this.chars.slice(0, offset) + s + this.chars.slice(offset);
    this.attrs.splice(offset, 0, ...Array.from({ length: s.length }, () => a));
  }
  /** Replaces [start, end) with `s`, which takes the attributes of the first replaced character. */
  replace(start: number, end: number, s: string): void {
    const a = start < end ? this.attrs[start] : this.inherited(start);
    this.chars = this.chars.slice(0, start) + s + this.chars.slice(end);
    this.attrs.splice(start, end - start, ...Array.from({ length: s.length }, () => a));
  }
  delete(start: number, end: number): void {
    this.chars = this.chars.slice(0, start) + this.chars.slice(end);
    this.attrs.splice(start, end - start);
  }
  setAll(s: string): void {
    const a = this.attrs[0] ?? this.base;
    this.chars = s;
    this.attrs = Array.from({ length: s.length }, () => a);
  }
  clone(): OwnStore {
    const c = new OwnStore('', this.base);
    c.chars = this.chars;
    c.attrs = [...this.attrs];
    return c;
  }
}

/** A piece of a container's text: a Text element, a block separator, or an empty paragraph. */
export type Segment = { text: FakeText } | { sep: string } | { slot: () => FakeText };

interface Piece {
  seg: Segment;
  start: number;
  len: number;
}

export class CompositeStore implements CharStore {
  constructor(
    private readonly segments: () => Segment[],
    private readonly setAllFn: (s: string) => void,
  ) {}

  private pieces(): Piece[] {
    const out: Piece[] = [];
    let pos = 0;
    for (const seg of this.segments()) {
      const len = 'text' in seg ? seg.text.store.length() : 'sep' in seg ? seg.sep.length : 0;
      out.push({ seg, start: pos, len });
      pos += len;
    }
    return out;
  }
  text(): string {
    return this.segments()
      .map((s) => ('text' in s ? s.text.store.text() : 'sep' in s ? s.sep : ''))
      .join('');
  }
  length(): number {
    return this.text().length;
  }
  attrsAt(i: number): CharAttrs {
    for (const p of this.pieces()) {
      if (i >= p.start && i < p.start + p.len) return 'text' in p.seg ? p.seg.text.store.attrsAt(i - p.start) : EMPTY;
    }
    return EMPTY;
  }
  setRange(start: number, end: number, patch: Attrs): void {
    for (const p of this.pieces()) {
      if (!('text' in p.seg)) continue;
      const s = Math.max(start, p.start);
      const e = Math.min(end, p.start + p.len);
      if (s < e) p.seg.text.store.setRange(s - p.start, e - p.start, patch);
    }
  }
  insert(offset: number, s: string): void {
    const pieces = this.pieces();
    const target =
      pieces.find((p) => 'text' in p.seg && offset > p.start && offset <= p.start + p.len) ??
      pieces.find((p) => 'text' in p.seg && offset === p.start) ??
      pieces.find((p) => 'slot' in p.seg && offset === p.start);
    if (!target) throw exception(`Cannot insert text at offset ${offset}.`);
    if ('text' in target.seg) target.seg.text.store.insert(offset - target.start, s);
    else if ('slot' in target.seg) target.seg.slot().store.insert(0, s);
  }
  delete(start: number, end: number): void {
    // Right to left so earlier offsets stay valid.
    for (const p of this.pieces().reverse()) {
      if (!('text' in p.seg)) continue;
      const s = Math.max(start, p.start);
      const e = Math.min(end, p.start + p.len);
      if (s < e) p.seg.text.store.delete(s - p.start, e - p.start);
    }
  }
  setAll(s: string): void {
    this.setAllFn(s);
  }
}

// ---------------------------------------------------------------------------------------------
// Regular expressions (Apps Script uses RE2; JS semantics are close enough for the add-on)

export function toRegExp(pattern: string): RegExp {
  let src = String(pattern);
  let flags = 'g';
  const m = /^\(\?([ims]+)\)/.exec(src);
  if (m) {
    src = src.slice(m[0].length);
    for (const f of m[1]) if (!flags.includes(f)) flags += f;
  }
  try {
    return new RegExp(src, flags);
  } catch (e) {
    throw exception(`Invalid regular expression pattern ${pattern}: ${(e as Error).message}`);
  }
}

/** Java Matcher replacement: `$n`/`${name}` are groups, `\x` is a literal x, a lone `$` is an error. */
export function expandReplacement(replacement: string, match: RegExpExecArray): string {
  let out = '';
  for (let i = 0; i < replacement.length; i++) {
    const c = replacement[i];
    if (c === '\\') {
      i++;
      if (i >= replacement.length) throw exception('character to be escaped is missing');
      out += replacement[i];
    } else if (c === '$') {
      const named = /^\{([A-Za-z][A-Za-z0-9]*)\}/.exec(replacement.slice(i + 1));
      if (named) {
        const g = match.groups?.[named[1]];
        if (g === undefined && !(match.groups && named[1] in match.groups))
          throw exception(`No group with name {${named[1]}}`);
        out += g ?? '';
        i += named[0].length;
        continue;
      }
      const digits = /^\d+/.exec(replacement.slice(i + 1));
      if (!digits) throw exception('Illegal group reference');
      // Java takes the longest group number that exists.
      let n = digits[0];
      while (n.length > 1 && Number(n) >= match.length) n = n.slice(0, -1);
      if (Number(n) >= match.length) throw exception(`No group ${n}`);
      out += match[Number(n)] ?? '';
      i += n.length;
    } else out += c;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

export class FakeText
  extends DocElement
  implements
    Pick<
      GText,
      | 'appendText'
      | 'copy'
      | 'deleteText'
      | 'editAsText'
      | 'findText'
      | 'getAttributes'
      | 'getBackgroundColor'
      | 'getFontFamily'
      | 'getFontSize'
      | 'getForegroundColor'
      | 'getLinkUrl'
      | 'getNextSibling'
      | 'getParent'
      | 'getPreviousSibling'
      | 'getText'
      | 'getTextAlignment'
      | 'getTextAttributeIndices'
      | 'getType'
      | 'insertText'
      | 'isAtDocumentEnd'
      | 'isBold'
      | 'isItalic'
      | 'isStrikethrough'
      | 'isUnderline'
      | 'removeFromParent'
      | 'replaceText'
      | 'setAttributes'
      | 'setBackgroundColor'
      | 'setBold'
      | 'setFontFamily'
      | 'setFontSize'
      | 'setForegroundColor'
      | 'setItalic'
      | 'setLinkUrl'
      | 'setStrikethrough'
      | 'setText'
      | 'setTextAlignment'
      | 'setUnderline'
    >
{
  readonly elementType = 'TEXT';
  readonly store: CharStore;
  /** For a view returned by `editAsText()`: the container it shows. */
  viewOf: DocElement | null = null;

  constructor(text: string | CharStore = '', attrs?: CharAttrs) {
    super();
    this.store = typeof text === 'string' ? new OwnStore(text, attrs) : text;
  }

  static view(of: DocElement, store: CompositeStore): FakeText {
    const t = new FakeText(store);
    t.viewOf = of;
    return t;
  }

  override _texts(): FakeText[] {
    return [this];
  }
  override _applyCharAttr(key: string, value: unknown): void {
    this.store.setRange(0, this.store.length(), { [key]: value });
  }
  override _hasTextContent(): boolean {
    return true;
  }
  /** A detached Text owning a copy of the characters and their attributes (views are flattened). */
  override _clone(): FakeText {
    if (this.store instanceof OwnStore) return new FakeText(this.store.clone());
    const own = new OwnStore(this.store.text());
    own.attrs = Array.from({ length: own.length() }, (_, i) => this.store.attrsAt(i));
    return new FakeText(own);
  }
  override getParent(): GoogleAppsScript.Document.ContainerElement {
    return (this.parent ?? this.viewOf?.parent ?? null) as unknown as GoogleAppsScript.Document.ContainerElement;
  }

  private _len(): number {
    return this.store.length();
  }
  /** Validates an inclusive range, returns [start, endExclusive). */
  private _range(start: number, endInclusive: number): [number, number] {
    const len = this._len();
    if (!Number.isInteger(start) || start < 0) throw exception(`Invalid argument: startOffset`);
    if (start >= len) throw exception(`Index (${start}) must be less than the content length (${len}).`);
    if (!Number.isInteger(endInclusive) || endInclusive < start)
      throw exception(`Invalid argument: endOffsetInclusive`);
    if (endInclusive >= len) throw exception(`Index (${endInclusive}) must be less than the content length (${len}).`);
    return [start, endInclusive + 1];
  }
  private _offset(offset: number): number {
    const len = this._len();
    if (!Number.isInteger(offset) || offset < 0 || offset >= len) {
      throw exception(`Index (${offset}) must be less than the content length (${len}).`);
    }
    return offset;
  }
  /** `(value)` → whole text, `(start, endInclusive, value)` → range. */
  private _style(key: string, args: unknown[]): Self {
    if (args.length >= 3) {
      const [s, e] = this._range(args[0] as number, args[1] as number);
      this.store.setRange(s, e, { [key]: args[2] });
    } else {
      this.store.setRange(0, this._len(), { [key]: args[0] });
    }
    return this;
  }
  private _read(key: string, offset?: number | null): unknown {
    if (offset === undefined || offset === null) return DocElement.uniform([this], key);
    return this.store.attrsAt(this._offset(offset))[key] ?? null;
  }

  _plainText(): string {
    return this.store.text();
  }
  getText(): string {
    return this.store.text();
  }
  setText(text: string): GText {
    this.store.setAll(String(text));
    return this as unknown as GText;
  }
  insertText(offset: number, text: string): GText {
    const len = this._len();
    if (!Number.isInteger(offset) || offset < 0 || offset > len) {
      throw exception(`Index (${offset}) must be less than or equal to the content length (${len}).`);
    }
    this.store.insert(offset, String(text));
    return this as unknown as GText;
  }
  appendText(text: string): GText {
    this.store.insert(this._len(), String(text));
    return this as unknown as GText;
  }
  deleteText(startOffset: number, endOffsetInclusive: number): GText {
    const [s, e] = this._range(startOffset, endOffsetInclusive);
    this.store.delete(s, e);
    return this as unknown as GText;
  }
  editAsText(): GText {
    return this as unknown as GText;
  }

  setBold(...args: [boolean] | [number, number, boolean]): GText;
  setBold(...args: unknown[]): GText {
    return this._style('BOLD', args);
  }
  setItalic(...args: [boolean] | [number, number, boolean]): GText;
  setItalic(...args: unknown[]): GText {
    return this._style('ITALIC', args);
  }
  setUnderline(...args: [boolean] | [number, number, boolean]): GText;
  setUnderline(...args: unknown[]): GText {
    return this._style('UNDERLINE', args);
  }
  setStrikethrough(...args: [boolean] | [number, number, boolean]): GText;
  setStrikethrough(...args: unknown[]): GText {
    return this._style('STRIKETHROUGH', args);
  }
  setFontSize(...args: [number] | [number, number, number]): GText;
  setFontSize(...args: unknown[]): GText {
    return this._style('FONT_SIZE', args);
  }
  setFontFamily(...args: [string] | [number, number, string]): GText;
  setFontFamily(...args: unknown[]): GText {
    return this._style('FONT_FAMILY', args);
  }
  setForegroundColor(...args: [string] | [number, number, string]): GText;
  setForegroundColor(...args: unknown[]): GText {
    return this._style('FOREGROUND_COLOR', args);
  }
  setBackgroundColor(...args: [string] | [number, number, string]): GText;
  setBackgroundColor(...args: unknown[]): GText {
    return this._style('BACKGROUND_COLOR', args);
  }
  setLinkUrl(...args: [string] | [number, number, string]): GText;
  setLinkUrl(...args: unknown[]): GText {
    return this._style('LINK_URL', args);
  }
  setTextAlignment(...args: [GTextAlignment] | [number, number, GTextAlignment]): GText;
  setTextAlignment(...args: unknown[]): GText {
    return this._style(TEXT_ALIGNMENT_KEY, args);
  }

  isBold(offset?: number | null): boolean {
    return this._read('BOLD', offset) as boolean;
  }
  isItalic(offset?: number | null): boolean {
    return this._read('ITALIC', offset) as boolean;
  }
  isUnderline(offset?: number | null): boolean {
    return this._read('UNDERLINE', offset) as boolean;
  }
  isStrikethrough(offset?: number | null): boolean {
    return this._read('STRIKETHROUGH', offset) as boolean;
  }
  getFontSize(offset?: number | null): number {
    return this._read('FONT_SIZE', offset) as number;
  }
  getFontFamily(offset?: number | null): string {
    return this._read('FONT_FAMILY', offset) as string;
  }
  getForegroundColor(offset?: number | null): string {
    return this._read('FOREGROUND_COLOR', offset) as string;
  }
  getBackgroundColor(offset?: number | null): string {
    return this._read('BACKGROUND_COLOR', offset) as string;
  }
  getLinkUrl(offset?: number | null): string {
    return this._read('LINK_URL', offset) as string;
  }
  getTextAlignment(offset?: number | null): GTextAlignment {
    return this._read(TEXT_ALIGNMENT_KEY, offset) as GTextAlignment;
  }

  /** `(offset)` → attributes of that character; `()` → values shared by the whole text (else null). */
  override getAttributes(offset?: number | null): Attrs {
    const out: Attrs = {};
    if (offset === undefined || offset === null) {
      for (const k of CHAR_KEYS) out[k] = DocElement.uniform([this], k);
    } else {
      const a = this.store.attrsAt(this._offset(offset));
      for (const k of CHAR_KEYS) out[k] = a[k] ?? null;
    }
    return out;
  }
  /** `(attributes)` or `(start, endInclusive, attributes)`; only character attributes apply to Text. */
  override setAttributes(...args: [Attrs] | [number, number, Attrs]): GText;
  override setAttributes(...args: unknown[]): GText {
    let start = 0;
    let end = this._len();
    let attrs: Attrs;
    if (args.length >= 3) {
      [start, end] = this._range(args[0] as number, args[1] as number);
      attrs = args[2] as Attrs;
    } else attrs = args[0] as Attrs;
    if (typeof attrs !== 'object' || attrs === null) throw exception('Invalid argument: attributes');
    const patch: Attrs = {};
    for (const k of Object.keys(attrs)) if (isCharKey(k)) patch[k] = attrs[k];
    this.store.setRange(start, end, patch);
    return this as unknown as GText;
  }

  /** Offsets where the character attributes change (always starts with 0). */
  getTextAttributeIndices(): number[] {
    const out = [0];
    for (let i = 1; i < this._len(); i++) {
      if (!sameAttrs(this.store.attrsAt(i - 1), this.store.attrsAt(i))) out.push(i);
    }
    return out;
  }

  findText(searchPattern: string, from?: GRangeElement | null): GRangeElement {
    const re = toRegExp(searchPattern);
    const f = from as unknown as FakeRangeElement | null | undefined;
    re.lastIndex = f && f.element === this ? f.endInclusive + 1 : 0;
    const text = this.store.text();
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      return new FakeRangeElement(this, m.index, m.index + m[0].length - 1) as unknown as GRangeElement;
    }
    return null as unknown as GRangeElement;
  }

  /** Replaces every match inside this Text; replacements take the style of the first matched character. */
  replaceText(searchPattern: string, replacement: string): GElement {
    if (this.viewOf) {
      for (const t of this.viewOf._texts()) t._replace(searchPattern, replacement);
    } else this._replace(searchPattern, replacement);
    return this as unknown as GElement;
  }
  _replace(searchPattern: string, replacement: string): void {
    if (!(this.store instanceof OwnStore)) return;
    const re = toRegExp(searchPattern);
    const text = this.store.text();
    const edits: Array<[number, number, string]> = [];
    let m: RegExpExecArray | null;
    while ((m = re.exec(text))) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      edits.push([m.index, m.index + m[0].length, expandReplacement(String(replacement), m)]);
    }
    for (let i = edits.length - 1; i >= 0; i--) this.store.replace(...edits[i]);
  }

  /** Character runs: maximal spans with identical attributes (for documentToJson). */
  _runs(): Array<{ start: number; end: number; text: string; attributes: CharAttrs }> {
    const out: Array<{ start: number; end: number; text: string; attributes: CharAttrs }> = [];
    const text = this.store.text();
    for (let i = 0; i < text.length; i++) {
      const a = this.store.attrsAt(i);
      const last = out[out.length - 1];
      if (last && sameAttrs(last.attributes, a)) {
        last.end = i + 1;
        last.text += text[i];
      } else out.push({ start: i, end: i + 1, text: text[i], attributes: a });
    }
    return out;
  }
}

guardClosed(FakeText);

gasName(FakeText, 'Text');
