/**
 * Data-validation rules of the set-up: what each column should have (a plain spec,
 * computed without calling Apps Script), whether a cell's current rule matches it, and
 * building it only when it must be written.
 */
import { columnLetter } from '../domain/a1';
import { t } from '../domain/i18n';
import { type ColumnDef, DATE_FORMAT, SHEET, sheetByName } from '../domain/sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/** Where a dropdown's values live: rows 2… of one column of a sheet. */
export interface RangeSource {
  sheet: Sheet;
  sheetName: string;
  column: number; // 1-based
  rows: number; // number of rows from row 2
}

export type RuleSpec =
  | { criteria: 'CHECKBOX' }
  | { criteria: 'DATE_IS_VALID_DATE'; helpText: string }
  | { criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO'; min: number; helpText: string }
  | { criteria: 'VALUE_IN_LIST'; values: string[] }
  | { criteria: 'VALUE_IN_RANGE'; source: RangeSource; helpText: string };

/** `lookup(sheet, header)` finds a dropdown source column (in `Danh mục` or an id column). */
export function ruleSpecFor(
  col: ColumnDef,
  lookup: (sheetName: string, header: string) => RangeSource | null,
): RuleSpec | null {
  switch (col.type) {
    case 'bool':
      return { criteria: 'CHECKBOX' };
    case 'date':
      return { criteria: 'DATE_IS_VALID_DATE', helpText: t('rule.date', { name: col.header, format: DATE_FORMAT }) };
    case 'int':
      return { criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', min: 0, helpText: t('rule.int', { name: col.header }) };
    case 'enum': {
      if (col.values) return { criteria: 'VALUE_IN_LIST', values: [...col.values] };
      const list = col.list;
      const source = list ? lookup(SHEET.lists, list) : null;
      return source && list
        ? { criteria: 'VALUE_IN_RANGE', source, helpText: t('rule.list', { name: col.header, list }) }
        : null;
    }
    case 'ref': {
      // A dropdown of ids for references to teams and households only.
      const sheet = col.refSheet;
      if (sheet !== SHEET.teams && sheet !== SHEET.households) return null;
      const idHeader = sheetByName(sheet)?.id?.header;
      const source = idHeader ? lookup(sheet, idHeader) : null;
      return source
        ? { criteria: 'VALUE_IN_RANGE', source, helpText: t('rule.ref', { name: col.header, sheet }) }
        : null;
    }
    default:
      return null;
  }
}

/** A1 of a source column, rows 2… (e.g. `C2:C1000`). */
export function sourceA1(s: RangeSource): string {
  const letter = columnLetter(s.column);
  return `${letter}2:${letter}${s.rows + 1}`;
}

/** Does the current rule of a cell already say what the spec says? */
export function ruleMatches(current: Rule | null, spec: RuleSpec): boolean {
  if (!current || String(current.getCriteriaType()) !== spec.criteria) return false;
  if (spec.criteria === 'CHECKBOX' || spec.criteria === 'DATE_IS_VALID_DATE') return true;
  const values = current.getCriteriaValues();
  switch (spec.criteria) {
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return Number(values[0]) === spec.min;
    case 'VALUE_IN_LIST':
      return JSON.stringify(values[0]) === JSON.stringify(spec.values);
    case 'VALUE_IN_RANGE': {
      const r = values[0] as GoogleAppsScript.Spreadsheet.Range;
      return r.getA1Notation() === sourceA1(spec.source) && r.getSheet().getName() === spec.source.sheetName;
    }
  }
}

/** Builds the rule (only called when it must be written). */
export function buildRule(app: GoogleAppsScript.Spreadsheet.SpreadsheetApp, spec: RuleSpec): Rule {
  const b = app.newDataValidation();
  switch (spec.criteria) {
    case 'CHECKBOX':
      return b.requireCheckbox().build();
    case 'DATE_IS_VALID_DATE':
      return b.requireDate().setAllowInvalid(false).setHelpText(spec.helpText).build();
    case 'NUMBER_GREATER_THAN_OR_EQUAL_TO':
      return b.requireNumberGreaterThanOrEqualTo(spec.min).setAllowInvalid(false).setHelpText(spec.helpText).build();
    case 'VALUE_IN_LIST':
      return b.requireValueInList(spec.values, true).setAllowInvalid(false).build();
    case 'VALUE_IN_RANGE': {
      const range = spec.source.sheet.getRange(2, spec.source.column, spec.source.rows, 1);
      return b.requireValueInRange(range, true).setAllowInvalid(false).setHelpText(spec.helpText).build();
    }
  }
}
