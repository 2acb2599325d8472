/**
 * Data-validation rules of the set-up: what each column should have (a plain spec,
 * computed without calling Apps Script), whether a cell's current rule matches it, and
 * building it only when it must be written.
 */
import { columnLetter } from '../domain/a1';
import { t } from '../domain/i18n';
import { type ColumnDef, DATE_FORMAT, normalizeHeader, SHEET, type SheetDef, sheetByName } from '../domain/sheets';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;

/**
 * Where a dropdown's values live: one column of a sheet from row 2 to its end, open-ended
 * (`A2:A`), so rows added anywhere below the header — by a save, a user or the grid growing —
 * stay inside it (a bounded `A2:A1000` leaves out rows added after its last row).
 */
export interface RangeSource {
  sheet: Sheet;
  sheetName: string;
  column: number; // 1-based
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
      return { criteria: 'DATE_IS_VALID_DATE', helpText: t('rule.date', { format: DATE_FORMAT }) };
    case 'int':
      return { criteria: 'NUMBER_GREATER_THAN_OR_EQUAL_TO', min: 0, helpText: t('rule.int') };
    case 'enum': {
      if (col.values) return { criteria: 'VALUE_IN_LIST', values: [...col.values] };
      const list = col.list;
      const source = list ? lookup(SHEET.lists, list) : null;
      return source && list ? { criteria: 'VALUE_IN_RANGE', source, helpText: t('rule.list', { list }) } : null;
    }
    case 'ref': {
      // A dropdown of ids for references to teams and households only.
      const sheet = col.refSheet;
      if (sheet !== SHEET.teams && sheet !== SHEET.households) return null;
      const idHeader = sheetByName(sheet)?.id?.header;
      const source = idHeader ? lookup(sheet, idHeader) : null;
      return source ? { criteria: 'VALUE_IN_RANGE', source, helpText: t('rule.ref', { sheet }) } : null;
    }
    default:
      return null;
  }
}

/** A1 of a source column, row 2 to the end (e.g. `C2:C`). */
export function sourceA1(s: Pick<RangeSource, 'column'>): string {
  const letter = columnLetter(s.column);
  return `${letter}2:${letter}`;
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

/**
 * Builds the rule (only called when it must be written). `like`: a rule already built for a spec of the same
 * criteria; copying it keeps its "reject invalid input" and saves a call (copy, criteria, help text, build).
 * `rangeOf`: the range of a dropdown's source (set-up takes several of one sheet in one call).
 */
export function buildRule(
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  spec: RuleSpec,
  like?: Rule,
  rangeOf: (source: RangeSource) => GoogleAppsScript.Spreadsheet.Range = (s) => s.sheet.getRange(sourceA1(s)),
): Rule {
  if (like && spec.criteria === 'VALUE_IN_RANGE') {
    return like.copy().requireValueInRange(rangeOf(spec.source), true).setHelpText(spec.helpText).build();
  }
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
      const range = rangeOf(spec.source);
      return b.requireValueInRange(range, true).setAllowInvalid(false).setHelpText(spec.helpText).build();
    }
  }
}

/** One finding of `dropdownIssues`: the sheet and column of the rule, the first row concerned, the message. */
export interface DropdownIssue {
  sheet: string;
  row: number;
  column: string;
  message: string;
  a1: string;
}

/**
 * The data check of the dropdowns from a range (lists of `Danh mục`, team and household ids):
 * each such column of a record sheet must have, on row 2, a rule whose source is the expected
 * column of the expected sheet from row 2 down past its last value (open-ended or not), and
 * every data row must have a rule. Reads, per record sheet with such a column, its rules of
 * rows 2… in one call, then the source of row 2's rule (or of the first row holding one).
 * `values` are the sheets as the check read them (header first).
 */
export function dropdownIssues(
  defs: readonly SheetDef[],
  values: Readonly<Record<string, readonly (readonly unknown[])[] | undefined>>,
  sheets: ReadonlyMap<string, Sheet>,
): DropdownIssue[] {
  const issues: DropdownIssue[] = [];
  const headerIndex = (name: string, header: string) =>
    (values[name]?.[0] ?? []).findIndex((h) => normalizeHeader(String(h)) === normalizeHeader(header));
  const lookup = (sheetName: string, header: string): RangeSource | null => {
    const sheet = sheets.get(sheetName);
    const i = sheet ? headerIndex(sheetName, header) : -1;
    return sheet && i >= 0 ? { sheet, sheetName, column: i + 1 } : null;
  };
  for (const def of defs) {
    const sheet = sheets.get(def.name);
    const rows = values[def.name];
    if (def.kind !== 'record' || !sheet || !rows || rows.length === 0) continue;
    const placed = def.columns
      .map((col) => ({ col, index: headerIndex(def.name, col.header), spec: ruleSpecFor(col, lookup) }))
      .filter(
        (p): p is typeof p & { spec: Extract<RuleSpec, { criteria: 'VALUE_IN_RANGE' }> } =>
          p.index >= 0 && p.spec?.criteria === 'VALUE_IN_RANGE',
      );
    if (placed.length === 0) continue;
    const width = Math.max(...placed.map((p) => p.index)) + 1;
    let rules: (Rule | null)[][];
    try {
      rules = sheet.getRange(2, 1, Math.max(1, rows.length - 1), width).getDataValidations();
    } catch {
      continue; // no row below the header
    }
    const dataRows: number[] = [];
    for (let r = 1; r < rows.length; r++) if (rows[r].some((v) => v !== '' && v !== null)) dataRows.push(r + 1);
    for (const { col, index, spec } of placed) {
      const letter = columnLetter(index + 1);
      const holder = rules.find((r) => r[index])?.[index] ?? null;
      const last = lastValueRow(values[spec.source.sheetName], spec.source.column - 1);
      const source = holder ? sourceOf(holder) : null;
      if (holder && !covers(source, spec.source, last)) {
        const header = String(values[spec.source.sheetName]?.[0]?.[spec.source.column - 1] ?? '');
        issues.push({
          sheet: def.name,
          row: 2,
          column: col.header,
          a1: `${letter}2`,
          message: t('check.ruleSource', {
            name: col.header,
            sheet: def.name,
            source: source ? `'${source.sheet}'!${source.a1}` : String(holder.getCriteriaType()),
            header,
            from: spec.source.sheetName,
            last: Math.max(2, last),
          }),
        });
      }
      const lacking = dataRows.filter((row) => !rules[row - 2]?.[index]);
      if (lacking.length) {
        issues.push({
          sheet: def.name,
          row: lacking[0],
          column: col.header,
          a1: `${letter}${lacking[0]}`,
          message: t('check.ruleMissing', { name: col.header, sheet: def.name, n: lacking.length, row: lacking[0] }),
        });
      }
    }
  }
  return issues;
}

/** The sheet and A1 of a dropdown-from-a-range rule's source, or null for another kind of rule. */
function sourceOf(rule: Rule): { sheet: string; a1: string } | null {
  if (String(rule.getCriteriaType()) !== 'VALUE_IN_RANGE') return null;
  const r = rule.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
  return { sheet: r.getSheet().getName(), a1: r.getA1Notation() };
}

/** Does a source (sheet, A1) hold the wanted column from row 2 down to `last`? */
function covers(source: { sheet: string; a1: string } | null, want: RangeSource, last: number): boolean {
  if (!source || source.sheet !== want.sheetName) return false;
  const m = /^([A-Z]+)2:([A-Z]+)(\d*)$/.exec(source.a1);
  const letter = columnLetter(want.column);
  return !!m && m[1] === letter && m[2] === letter && (m[3] === '' || Number(m[3]) >= last);
}

/** The last 1-based row holding a value in a column (1 when only the header). */
function lastValueRow(rows: readonly (readonly unknown[])[] | undefined, c: number): number {
  for (let r = (rows?.length ?? 0) - 1; r >= 1; r--) {
    const v = rows![r][c];
    if (v !== '' && v !== null && v !== undefined) return r + 1;
  }
  return 1;
}
