/** Data validation: SpreadsheetApp.newDataValidation() builder and the immutable rules it builds. */
import { FAKE } from '../counter';
import { SELF, asGas, gasClassName, gasError, signatureError, unwrap } from './errors';
import type { FakeRange } from './range';
import type { CellValue } from './values';

type GasRule = GoogleAppsScript.Spreadsheet.DataValidation;
type GasBuilder = GoogleAppsScript.Spreadsheet.DataValidationBuilder;
type GasRange = GoogleAppsScript.Spreadsheet.Range;

export const DataValidationCriteria = {
  DATE_AFTER: 'DATE_AFTER',
  DATE_BEFORE: 'DATE_BEFORE',
  DATE_BETWEEN: 'DATE_BETWEEN',
  DATE_EQUAL_TO: 'DATE_EQUAL_TO',
  DATE_IS_VALID_DATE: 'DATE_IS_VALID_DATE',
  DATE_NOT_BETWEEN: 'DATE_NOT_BETWEEN',
  DATE_ON_OR_AFTER: 'DATE_ON_OR_AFTER',
  DATE_ON_OR_BEFORE: 'DATE_ON_OR_BEFORE',
  NUMBER_BETWEEN: 'NUMBER_BETWEEN',
  NUMBER_EQUAL_TO: 'NUMBER_EQUAL_TO',
  NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'NUMBER_LESS_THAN_OR_EQUAL_TO',
  NUMBER_NOT_BETWEEN: 'NUMBER_NOT_BETWEEN',
  NUMBER_NOT_EQUAL_TO: 'NUMBER_NOT_EQUAL_TO',
  TEXT_CONTAINS: 'TEXT_CONTAINS',
  TEXT_DOES_NOT_CONTAIN: 'TEXT_DOES_NOT_CONTAIN',
  TEXT_EQUAL_TO: 'TEXT_EQUAL_TO',
  TEXT_IS_VALID_EMAIL: 'TEXT_IS_VALID_EMAIL',
  TEXT_IS_VALID_URL: 'TEXT_IS_VALID_URL',
  VALUE_IN_LIST: 'VALUE_IN_LIST',
  VALUE_IN_RANGE: 'VALUE_IN_RANGE',
  CUSTOM_FORMULA: 'CUSTOM_FORMULA',
  CHECKBOX: 'CHECKBOX',
} as const;
export type CriteriaName = keyof typeof DataValidationCriteria;

function isRange(x: unknown): x is FakeRange {
  return typeof x === 'object' && x !== null && (x as { kind?: string }).kind === 'range';
}

/** Copies criteria arguments so callers cannot mutate a stored rule (ranges become fresh Range objects). */
function copyArgs(args: unknown[]): unknown[] {
  return args.map((a) => {
    if (isRange(a)) return a.clone();
    if (a instanceof Date) return new Date(a.getTime());
    if (Array.isArray(a)) return a.slice();
    return a;
  });
}

export class FakeDataValidation
  implements Pick<GasRule, 'copy' | 'getAllowInvalid' | 'getCriteriaType' | 'getCriteriaValues' | 'getHelpText'>
{
  readonly [FAKE] = true;
  readonly [SELF] = this;

  constructor(
    readonly criteria: CriteriaName,
    /** Stored arguments; a VALUE_IN_RANGE range is an anchored range that follows row/column inserts. */
    readonly args: readonly unknown[],
    readonly allowInvalid: boolean,
    readonly helpText: string | null,
  ) {}

  copy(): GasBuilder {
    const b = new FakeDataValidationBuilder();
    b.criteria = this.criteria;
    b.args = copyArgs(this.args as unknown[]);
    b.allowInvalid = this.allowInvalid;
    b.helpText = this.helpText;
    return asGas(b);
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return asGas(this.criteria);
  }

  getCriteriaValues(): unknown[] {
    return copyArgs(this.args as unknown[]);
  }

  getHelpText(): string {
    return this.helpText as string;
  }

  /** Whether Sheets would consider `value` valid (for the playground; scripts may write invalid values). */
  accepts(value: CellValue | undefined): boolean {
    if (value === undefined || value === '') return true;
    const a = this.args as unknown[];
    const num = (v: unknown) => (typeof v === 'number' ? v : v instanceof Date ? v.getTime() : NaN);
    const x = typeof value === 'number' ? value : value instanceof Date ? value.getTime() : NaN;
    switch (this.criteria) {
      case 'VALUE_IN_LIST':
        return (a[0] as unknown[]).map(String).includes(String(value));
      case 'VALUE_IN_RANGE': {
        const r = a[0] as FakeRange;
        return r.rawValues().some((row) => row.some((v) => v !== '' && String(v) === String(value)));
      }
      case 'CHECKBOX':
        if (a.length === 0) return typeof value === 'boolean';
        return value === a[0] || (a.length > 1 ? value === a[1] : false);
      case 'DATE_IS_VALID_DATE':
        return value instanceof Date;
      case 'DATE_AFTER':
        return value instanceof Date && x > num(a[0]);
      case 'DATE_BEFORE':
        return value instanceof Date && x < num(a[0]);
      case 'DATE_ON_OR_AFTER':
        return value instanceof Date && x >= num(a[0]);
      case 'DATE_ON_OR_BEFORE':
        return value instanceof Date && x <= num(a[0]);
      case 'DATE_EQUAL_TO':
        return value instanceof Date && x === num(a[0]);
      case 'DATE_BETWEEN':
        return value instanceof Date && x >= num(a[0]) && x <= num(a[1]);
      case 'DATE_NOT_BETWEEN':
        return value instanceof Date && (x < num(a[0]) || x > num(a[1]));
      case 'NUMBER_BETWEEN':
        return typeof value === 'number' && x >= num(a[0]) && x <= num(a[1]);
      case 'NUMBER_NOT_BETWEEN':
        return typeof value === 'number' && (x < num(a[0]) || x > num(a[1]));
      case 'NUMBER_EQUAL_TO':
        return typeof value === 'number' && x === num(a[0]);
      case 'NUMBER_NOT_EQUAL_TO':
        return typeof value === 'number' && x !== num(a[0]);
      case 'NUMBER_GREATER_THAN':
        return typeof value === 'number' && x > num(a[0]);
      case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
        return typeof value === 'number' && x >= num(a[0]);
      case 'NUMBER_LESS_THAN':
        return typeof value === 'number' && x < num(a[0]);
      case 'NUMBER_LESS_THAN_OR_EQUAL_TO':
        return typeof value === 'number' && x <= num(a[0]);
      case 'TEXT_CONTAINS':
        return String(value).includes(String(a[0]));
      case 'TEXT_DOES_NOT_CONTAIN':
        return !String(value).includes(String(a[0]));
      case 'TEXT_EQUAL_TO':
        return String(value) === String(a[0]);
      case 'TEXT_IS_VALID_EMAIL':
        return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(String(value));
      case 'TEXT_IS_VALID_URL':
        return /^https?:\/\/\S+$/.test(String(value));
      default:
        return true;
    }
  }
}
gasClassName(FakeDataValidation, 'DataValidation');

type BuilderMethods =
  | 'build'
  | 'copy'
  | 'getAllowInvalid'
  | 'getCriteriaType'
  | 'getCriteriaValues'
  | 'getHelpText'
  | 'requireCheckbox'
  | 'requireDate'
  | 'requireDateAfter'
  | 'requireDateBefore'
  | 'requireDateBetween'
  | 'requireDateEqualTo'
  | 'requireDateNotBetween'
  | 'requireDateOnOrAfter'
  | 'requireDateOnOrBefore'
  | 'requireFormulaSatisfied'
  | 'requireNumberBetween'
  | 'requireNumberEqualTo'
  | 'requireNumberGreaterThan'
  | 'requireNumberGreaterThanOrEqualTo'
  | 'requireNumberLessThan'
  | 'requireNumberLessThanOrEqualTo'
  | 'requireNumberNotBetween'
  | 'requireNumberNotEqualTo'
  | 'requireTextContains'
  | 'requireTextDoesNotContain'
  | 'requireTextEqualTo'
  | 'requireTextIsEmail'
  | 'requireTextIsUrl'
  | 'requireValueInList'
  | 'requireValueInRange'
  | 'setAllowInvalid'
  | 'setHelpText'
  | 'withCriteria';

export class FakeDataValidationBuilder implements Pick<GasBuilder, BuilderMethods> {
  readonly [FAKE] = true;
  readonly [SELF] = this;
  criteria: CriteriaName | null = null;
  args: unknown[] = [];
  /** Apps Script's default for a new rule: show a warning, do not reject. */
  allowInvalid = true;
  helpText: string | null = null;

  private set(criteria: CriteriaName, args: unknown[]): GasBuilder {
    this.criteria = criteria;
    this.args = args;
    return asGas(this);
  }

  private date(d: unknown, method: string): Date {
    const x = unwrap(d);
    if (!(x instanceof Date)) throw signatureError(typeof d, `SpreadsheetApp.DataValidationBuilder.${method}`);
    return new Date(x.getTime());
  }

  private number(n: unknown, method: string): number {
    if (typeof n !== 'number') throw signatureError(typeof n, `SpreadsheetApp.DataValidationBuilder.${method}`);
    return n;
  }

  build(): GasRule {
    if (!this.criteria)
      throw gasError('You must specify a validation criteria before building the data validation rule.');
    return asGas(
      new FakeDataValidation(this.criteria, copyArgs(this.args).map(anchorArg), this.allowInvalid, this.helpText),
    );
  }

  copy(): GasBuilder {
    const b = new FakeDataValidationBuilder();
    b.criteria = this.criteria;
    b.args = copyArgs(this.args);
    b.allowInvalid = this.allowInvalid;
    b.helpText = this.helpText;
    return asGas(b);
  }

  getAllowInvalid(): boolean {
    return this.allowInvalid;
  }

  getCriteriaType(): GoogleAppsScript.Spreadsheet.DataValidationCriteria {
    return asGas(this.criteria);
  }

  getCriteriaValues(): unknown[] {
    return copyArgs(this.args);
  }

  getHelpText(): string | null {
    return this.helpText;
  }

  requireCheckbox(checkedValue?: unknown, uncheckedValue?: unknown): GasBuilder {
    const args: unknown[] = [];
    if (checkedValue !== undefined) args.push(checkedValue);
    if (uncheckedValue !== undefined) args.push(uncheckedValue);
    return this.set('CHECKBOX', args);
  }

  requireDate(): GasBuilder {
    return this.set('DATE_IS_VALID_DATE', []);
  }

  requireDateAfter(date: GoogleAppsScript.Base.Date): GasBuilder {
    return this.set('DATE_AFTER', [this.date(date, 'requireDateAfter')]);
  }

  requireDateBefore(date: GoogleAppsScript.Base.Date): GasBuilder {
    return this.set('DATE_BEFORE', [this.date(date, 'requireDateBefore')]);
  }

  requireDateBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): GasBuilder {
    return this.set('DATE_BETWEEN', [this.date(start, 'requireDateBetween'), this.date(end, 'requireDateBetween')]);
  }

  requireDateEqualTo(date: GoogleAppsScript.Base.Date): GasBuilder {
    return this.set('DATE_EQUAL_TO', [this.date(date, 'requireDateEqualTo')]);
  }

  requireDateNotBetween(start: GoogleAppsScript.Base.Date, end: GoogleAppsScript.Base.Date): GasBuilder {
    return this.set('DATE_NOT_BETWEEN', [
      this.date(start, 'requireDateNotBetween'),
      this.date(end, 'requireDateNotBetween'),
    ]);
  }

  requireDateOnOrAfter(date: GoogleAppsScript.Base.Date): GasBuilder {
    return this.set('DATE_ON_OR_AFTER', [this.date(date, 'requireDateOnOrAfter')]);
  }

  requireDateOnOrBefore(date: GoogleAppsScript.Base.Date): GasBuilder {
    return this.set('DATE_ON_OR_BEFORE', [this.date(date, 'requireDateOnOrBefore')]);
  }

  requireFormulaSatisfied(formula: string): GasBuilder {
    return this.set('CUSTOM_FORMULA', [String(formula)]);
  }

  requireNumberBetween(start: number, end: number): GasBuilder {
    return this.set('NUMBER_BETWEEN', [
      this.number(start, 'requireNumberBetween'),
      this.number(end, 'requireNumberBetween'),
    ]);
  }

  requireNumberEqualTo(n: number): GasBuilder {
    return this.set('NUMBER_EQUAL_TO', [this.number(n, 'requireNumberEqualTo')]);
  }

  requireNumberGreaterThan(n: number): GasBuilder {
    return this.set('NUMBER_GREATER_THAN', [this.number(n, 'requireNumberGreaterThan')]);
  }

  requireNumberGreaterThanOrEqualTo(n: number): GasBuilder {
    return this.set('NUMBER_GREATER_THAN_OR_EQUAL_TO', [this.number(n, 'requireNumberGreaterThanOrEqualTo')]);
  }

  requireNumberLessThan(n: number): GasBuilder {
    return this.set('NUMBER_LESS_THAN', [this.number(n, 'requireNumberLessThan')]);
  }

  requireNumberLessThanOrEqualTo(n: number): GasBuilder {
    return this.set('NUMBER_LESS_THAN_OR_EQUAL_TO', [this.number(n, 'requireNumberLessThanOrEqualTo')]);
  }

  requireNumberNotBetween(start: number, end: number): GasBuilder {
    return this.set('NUMBER_NOT_BETWEEN', [
      this.number(start, 'requireNumberNotBetween'),
      this.number(end, 'requireNumberNotBetween'),
    ]);
  }

  requireNumberNotEqualTo(n: number): GasBuilder {
    return this.set('NUMBER_NOT_EQUAL_TO', [this.number(n, 'requireNumberNotEqualTo')]);
  }

  requireTextContains(text: string): GasBuilder {
    return this.set('TEXT_CONTAINS', [String(text)]);
  }

  requireTextDoesNotContain(text: string): GasBuilder {
    return this.set('TEXT_DOES_NOT_CONTAIN', [String(text)]);
  }

  requireTextEqualTo(text: string): GasBuilder {
    return this.set('TEXT_EQUAL_TO', [String(text)]);
  }

  requireTextIsEmail(): GasBuilder {
    return this.set('TEXT_IS_VALID_EMAIL', []);
  }

  requireTextIsUrl(): GasBuilder {
    return this.set('TEXT_IS_VALID_URL', []);
  }

  requireValueInList(values: string[], showDropdown = true): GasBuilder {
    if (!Array.isArray(values)) {
      throw signatureError(typeof values, 'SpreadsheetApp.DataValidationBuilder.requireValueInList');
    }
    if (values.length === 0) throw gasError('The data validation rule list must contain at least one item.');
    return this.set('VALUE_IN_LIST', [values.slice(), showDropdown !== false]);
  }

  requireValueInRange(range: GasRange, showDropdown = true): GasBuilder {
    const r = unwrap(range) as unknown as FakeRange;
    if (!isRange(r)) {
      throw signatureError(typeof range, 'SpreadsheetApp.DataValidationBuilder.requireValueInRange');
    }
    return this.set('VALUE_IN_RANGE', [r.clone(), showDropdown !== false]);
  }

  setAllowInvalid(allowInvalidData: boolean): GasBuilder {
    this.allowInvalid = !!allowInvalidData;
    return asGas(this);
  }

  setHelpText(helpText: string): GasBuilder {
    this.helpText = String(helpText);
    return asGas(this);
  }

  withCriteria(criteria: GoogleAppsScript.Spreadsheet.DataValidationCriteria, args: unknown[]): GasBuilder {
    const name = String(criteria) as CriteriaName;
    if (!(name in DataValidationCriteria)) throw gasError(`Unknown data validation criteria: ${name}`);
    return this.set(
      name,
      (args ?? []).map((a) => unwrap(a)),
    );
  }
}
gasClassName(FakeDataValidationBuilder, 'DataValidationBuilder');

/** Ranges stored in a rule follow row/column inserts like Sheets' references do. */
function anchorArg(a: unknown): unknown {
  return isRange(a) ? a.anchored() : a;
}
