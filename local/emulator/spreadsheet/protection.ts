/** Protected sheets and ranges (Sheet.protect(), Range.protect()). */
import { FAKE } from '../counter';
import { SELF, asGas, gasClassName, gasError, signatureError, unwrap } from './errors';
import type { FakeRange } from './range';
import type { FakeSheet } from './sheet';

type GasProtection = GoogleAppsScript.Spreadsheet.Protection;
type GasUser = GoogleAppsScript.Base.User;

export const ProtectionType = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;
export type ProtectionTypeName = keyof typeof ProtectionType;

export const PROTECTED_MESSAGE =
  'You are trying to edit a protected cell or object. ' +
  'Please contact the spreadsheet owner to remove protection if you need to edit.';

/**
 * A protection read or changed by someone who may not edit it (Apps Script: getEditors "throws an exception if the
 * user does not have permission to edit the protected range or sheet itself"; only the owner and the protection's
 * editors may change or remove it). Apps Script's usual wording for a refused action.
 */
export const NO_PERMISSION_MESSAGE = 'You do not have permission to perform that action.';

export class FakeUser implements Pick<GasUser, 'getEmail'> {
  readonly [FAKE] = true;
  readonly [SELF] = this;
  constructor(readonly email: string) {}

  getEmail(): string {
    return this.email;
  }

  toString(): string {
    return this.email;
  }
}
gasClassName(FakeUser, 'User');

function emailOf(x: unknown): string {
  const u = unwrap(x);
  if (typeof u === 'string') return u;
  if (u && typeof (u as GasUser).getEmail === 'function') return (u as GasUser).getEmail();
  throw signatureError(typeof x, 'SpreadsheetApp.Protection.addEditor');
}

type ProtectionMethods =
  | 'addEditor'
  | 'addEditors'
  | 'canDomainEdit'
  | 'canEdit'
  | 'getDescription'
  | 'getEditors'
  | 'getProtectionType'
  | 'getRange'
  | 'getRangeName'
  | 'getUnprotectedRanges'
  | 'isWarningOnly'
  | 'remove'
  | 'removeEditor'
  | 'removeEditors'
  | 'setDescription'
  | 'setDomainEdit'
  | 'setRange'
  | 'setRangeName'
  | 'setUnprotectedRanges'
  | 'setWarningOnly';

export class FakeProtection implements Pick<GasProtection, ProtectionMethods> {
  readonly [FAKE] = true;
  readonly [SELF] = this;
  description = '';
  warningOnly = false;
  /**
   * Explicit editors, or null while the protection still mirrors the spreadsheet's editors (Apps Script:
   * "until the script changes the list of editors ... the protection mirrors the spreadsheet", i.e. it
   * is effectively unprotected).
   */
  editors: string[] | null = null;
  domainEdit = false;
  unprotected: FakeRange[] = [];
  rangeName: string | null = null;
  removed = false;

  constructor(
    readonly type: ProtectionTypeName,
    readonly sheet: FakeSheet,
    /** The anchored protected range (RANGE protections only). */
    public range: FakeRange | null,
  ) {}

  private get ss() {
    return this.sheet.ss;
  }

  private materialize(): string[] {
    if (!this.editors) this.editors = this.ss.editorEmails();
    return this.editors;
  }

  /** Throws unless the current user may edit this protection itself (owner, listed editor, anyone while mirrored). */
  private assertMine(): void {
    if (this.blocks(this.ss.ctx.user.email)) throw gasError(NO_PERMISSION_MESSAGE);
  }

  /** Whether the protection stops `email` from editing (warning-only protections never do, for scripts). */
  blocks(email: string): boolean {
    if (this.removed || this.warningOnly || this.editors === null) return false;
    if (email === this.ss.owner) return false;
    return !this.editors.includes(email);
  }

  /** Whether the cell (1-based) is covered by this protection (sheet protections exclude unprotected ranges). */
  covers(row: number, col: number, numRows: number, numCols: number): boolean {
    if (this.type === 'RANGE') return !!this.range && this.range.intersects(row, col, numRows, numCols);
    if (this.unprotected.length === 0) return true;
    // Covered unless every cell is inside an unprotected range.
    for (let r = row; r < row + numRows; r++) {
      for (let c = col; c < col + numCols; c++) {
        if (!this.unprotected.some((u) => u.contains(r, c))) return true;
      }
    }
    return false;
  }

  addEditor(emailOrUser: string | GasUser): GasProtection {
    this.assertMine();
    const e = emailOf(emailOrUser);
    const list = this.materialize();
    if (!list.includes(e)) list.push(e);
    return asGas(this);
  }

  addEditors(emailAddresses: string[]): GasProtection {
    for (const e of emailAddresses) this.addEditor(e);
    return asGas(this);
  }

  canDomainEdit(): boolean {
    return this.domainEdit;
  }

  canEdit(): boolean {
    return !this.blocks(this.ss.ctx.user.email);
  }

  getDescription(): string {
    return this.description;
  }

  getEditors(): GasUser[] {
    this.assertMine();
    const list = this.editors ?? this.ss.editorEmails();
    const all = list.includes(this.ss.owner) ? list : [this.ss.owner, ...list];
    return all.map((e) => asGas<GasUser>(new FakeUser(e)));
  }

  getProtectionType(): GoogleAppsScript.Spreadsheet.ProtectionType {
    return asGas(this.type);
  }

  getRange(): GoogleAppsScript.Spreadsheet.Range {
    if (this.type === 'SHEET') return asGas(this.sheet.fullRange());
    return asGas(this.range!.clone());
  }

  getRangeName(): string | null {
    return this.rangeName;
  }

  getUnprotectedRanges(): GoogleAppsScript.Spreadsheet.Range[] {
    return this.unprotected.map((r) => asGas(r.clone()));
  }

  isWarningOnly(): boolean {
    return this.warningOnly;
  }

  remove(): void {
    this.assertMine();
    if (this.removed) return;
    this.removed = true;
    if (this.type === 'SHEET') {
      if (this.sheet.sheetProtection === this) this.sheet.sheetProtection = null;
    } else {
      this.sheet.rangeProtections = this.sheet.rangeProtections.filter((p) => p !== this);
      if (this.range) this.ss.unanchor(this.range);
    }
    for (const u of this.unprotected) this.ss.unanchor(u);
  }

  removeEditor(emailOrUser: string | GasUser): GasProtection {
    this.assertMine();
    const e = emailOf(emailOrUser);
    const list = this.materialize();
    if (e !== this.ss.owner) this.editors = list.filter((x) => x !== e);
    return asGas(this);
  }

  removeEditors(list: Array<string | GasUser>): GasProtection {
    for (const e of list) this.removeEditor(e);
    return asGas(this);
  }

  setDescription(description: string): GasProtection {
    this.assertMine();
    this.description = String(description);
    return asGas(this);
  }

  setDomainEdit(editable: boolean): GasProtection {
    this.assertMine();
    this.materialize();
    this.domainEdit = !!editable;
    return asGas(this);
  }

  setRange(range: GoogleAppsScript.Spreadsheet.Range): GasProtection {
    this.assertMine();
    if (this.type === 'SHEET') throw gasError('A sheet protection cannot be given a range.');
    const r = unwrap(range) as unknown as FakeRange;
    if (this.range) this.ss.unanchor(this.range);
    this.range = r.anchored();
    return asGas(this);
  }

  setRangeName(rangeName: string): GasProtection {
    const nr = this.ss.namedRanges.get(rangeName);
    if (!nr) throw gasError('Range not found');
    this.rangeName = rangeName;
    return this.setRange(asGas(nr.range));
  }

  setUnprotectedRanges(ranges: GoogleAppsScript.Spreadsheet.Range[]): GasProtection {
    this.assertMine();
    if (this.type !== 'SHEET') throw gasError('Unprotected ranges can only be set on a sheet protection.');
    for (const u of this.unprotected) this.ss.unanchor(u);
    this.unprotected = ranges.map((r) => (unwrap(r) as unknown as FakeRange).anchored());
    return asGas(this);
  }

  setWarningOnly(warningOnly: boolean): GasProtection {
    this.assertMine();
    this.warningOnly = !!warningOnly;
    return asGas(this);
  }
}
gasClassName(FakeProtection, 'Protection');
