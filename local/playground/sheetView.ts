/**
 * What the page shows of a sheet, read from the emulated workbook without counting calls:
 * display values (number formats applied), checkbox and dropdown cells, bold, colours,
 * and the embedded charts with their data.
 */
import type { CellView, SheetSlice, SheetTab } from './protocol';
import { chartViews } from './chartView';
import { compileFormat, displayValue, localeInfo, parseInput } from '../emulator/spreadsheet/values';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation & { accepts?: (v: unknown) => boolean };

export const PAGE_ROWS = 500;
const MAX_LIMIT = 5000;
const DEFAULT_WIDTH = 100;

/** Calls an optional emulator feature; a missing or failing one just leaves that detail out. */
function optional<T>(f: () => T): T | null {
  try {
    return f() ?? null;
  } catch {
    return null;
  }
}

export class SheetNotFound extends Error {}

export function sheetTabs(ss: Spreadsheet): SheetTab[] {
  return ss.getSheets().map((sh) => ({
    name: sh.getName(),
    rows: sh.getLastRow(),
    cols: sh.getLastColumn(),
    hidden: optional(() => sh.isSheetHidden()) === true,
    color: optional(() => sh.getTabColor()) || null,
  }));
}

function isBlankColor(c: string | null | undefined, blank: string): boolean {
  return !c || c.toLowerCase() === blank || c.toLowerCase() === `${blank}ff`;
}

const MAX_OPTIONS = 500;

/** Collects dropdown options once per distinct rule (a list, or the values of a range). */
class Lists {
  readonly lists: string[][] = [];
  private index = new Map<string, number>();

  of(rule: Rule | null | undefined): number | null {
    if (!rule) return null;
    const type = String(optional(() => rule.getCriteriaType()));
    if (type !== 'VALUE_IN_LIST' && type !== 'VALUE_IN_RANGE') return null;
    const arg = optional(() => rule.getCriteriaValues())?.[0];
    const range = type === 'VALUE_IN_RANGE' ? (arg as GoogleAppsScript.Spreadsheet.Range | null) : null;
    const key = range
      ? `R|${optional(() => range.getSheet().getName())}!${optional(() => range.getA1Notation())}`
      : `L|${JSON.stringify(arg)}`;
    let i = this.index.get(key);
    if (i === undefined) {
      const options = range
        ? (optional(() => range.getDisplayValues()) ?? []).flat().filter((t) => t !== '')
        : Array.isArray(arg)
          ? arg.map(String)
          : [];
      i = this.lists.push([...new Set(options)].slice(0, MAX_OPTIONS)) - 1;
      this.index.set(key, i);
    }
    return i;
  }
}

function cellView(display: string, value: unknown, rule: Rule | null, style: CellStyle, edit: string): CellView {
  const cell: CellView = { t: display };
  if (edit !== display) cell.e = edit;
  if (typeof value === 'number' || value instanceof Date || Object.prototype.toString.call(value) === '[object Date]')
    cell.a = 'n';
  else if (typeof value === 'boolean') cell.a = 'b';
  if (rule) {
    const type = String(rule.getCriteriaType());
    if (type === 'CHECKBOX') {
      const args = optional(() => rule.getCriteriaValues()) ?? [];
      cell.check = args.length > 0 ? value === args[0] : value === true;
    } else if (type === 'VALUE_IN_LIST' || type === 'VALUE_IN_RANGE') {
      cell.list = true;
    }
    if (typeof rule.accepts === 'function' && optional(() => rule.accepts!(value)) === false) cell.bad = true;
  }
  if (style.bold) cell.bold = true;
  if (style.italic) cell.italic = true;
  if (style.bg) cell.bg = style.bg;
  if (style.color) cell.color = style.color;
  if (style.note) cell.note = style.note;
  return cell;
}

/**
 * The text editing a cell starts from, as Sheets' formula bar shows it: the formula; a number
 * in the locale without grouping (a percentage with `%`); a date as it would be typed; text
 * that would be read as something else gets a leading apostrophe (unless the cell is `@`).
 */
export function editText(
  value: unknown,
  formula: string,
  fmt: string,
  vc: { locale: string; timeZone: string; now: () => Date },
): string {
  if (formula) return formula;
  if (value === '' || value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  const info = localeInfo(vc.locale);
  if (value instanceof Date || Object.prototype.toString.call(value) === '[object Date]') {
    const d = value as Date;
    const kind = compileFormat(fmt).kind;
    const shown = (f: string) => displayValue(d, f, vc);
    if (kind === 'date' && !/[yd]/i.test(fmt.replace(/"[^"]*"/g, ''))) return shown(info.timeFormat);
    const time = shown('HH:mm:ss');
    return time === '00:00:00' ? shown(info.dateFormat) : shown(info.dateTimeFormat);
  }
  if (typeof value === 'number') {
    const percent = /%/.test(fmt.replace(/"[^"]*"/g, ''));
    const n = percent ? Number((value * 100).toPrecision(15)) : value;
    return `${displayValue(n, undefined, vc)}${percent ? '%' : ''}`;
  }
  const text = String(value);
  if (fmt === '@') return text;
  const p = parseInput(text, vc);
  return p.kind === 'value' && p.value === text ? text : `'${text}`;
}

interface CellStyle {
  bold: boolean;
  italic: boolean;
  bg: string | null;
  color: string | null;
  note: string | null;
}

/** Rows `offset`..`offset+limit-1` (0-based) of the sheet, each cell as the page draws it. */
export function sheetSlice(ss: Spreadsheet, name: string, offset: number, limit: number, rev: number): SheetSlice {
  const sh: Sheet | null = ss.getSheetByName(name);
  if (!sh) throw new SheetNotFound(`Không có trang "${name}".`);
  const lastRow = sh.getLastRow();
  const lastCol = sh.getLastColumn();
  const start = Math.max(0, Math.floor(offset) || 0);
  const n = Math.max(0, Math.min(Math.min(Math.max(1, Math.floor(limit) || PAGE_ROWS), MAX_LIMIT), lastRow - start));
  const rows: CellView[][] = [];
  const lists = new Lists();
  if (n > 0 && lastCol > 0) {
    const range = sh.getRange(start + 1, 1, n, lastCol);
    const display = range.getDisplayValues();
    const values = range.getValues();
    const rules = optional(() => range.getDataValidations()) as Rule[][] | null;
    const weights = optional(() => range.getFontWeights());
    const styles = optional(() => range.getFontStyles());
    const bgs = optional(() => range.getBackgrounds());
    const colors = optional(() => range.getFontColors());
    const notes = optional(() => range.getNotes());
    const formulas = optional(() => range.getFormulas());
    const formats = optional(() => range.getNumberFormats());
    const vc = { locale: ss.getSpreadsheetLocale(), timeZone: ss.getSpreadsheetTimeZone(), now: () => new Date() };
    for (let r = 0; r < n; r++) {
      const row: CellView[] = [];
      for (let c = 0; c < lastCol; c++) {
        const bg = bgs?.[r]?.[c];
        const color = colors?.[r]?.[c];
        row.push(
          cellView(
            String(display[r][c] ?? ''),
            values[r][c],
            rules?.[r]?.[c] ?? null,
            {
              bold: weights?.[r]?.[c] === 'bold',
              italic: styles?.[r]?.[c] === 'italic',
              bg: isBlankColor(bg, '#ffffff') ? null : String(bg),
              color: isBlankColor(color, '#000000') ? null : String(color),
              note: notes?.[r]?.[c] || null,
            },
            editText(values[r][c], formulas?.[r]?.[c] ?? '', formats?.[r]?.[c] ?? '', vc),
          ),
        );
        const o = row[row.length - 1].list ? lists.of(rules?.[r]?.[c]) : null;
        if (o !== null) row[row.length - 1].o = o;
      }
      rows.push(row);
    }
  }
  const blankLists: (number | null)[] = [];
  if (start + n >= lastRow && lastRow < sh.getMaxRows() && lastCol > 0) {
    const below = optional(() => sh.getRange(lastRow + 1, 1, 1, lastCol).getDataValidations()) as Rule[][] | null;
    for (let c = 0; c < lastCol; c++) blankLists.push(lists.of(below?.[0]?.[c]));
  }
  const colWidths: number[] = [];
  for (let c = 1; c <= lastCol; c++) colWidths.push(optional(() => sh.getColumnWidth(c)) ?? DEFAULT_WIDTH);
  return {
    name: sh.getName(),
    rev,
    lastRow,
    lastCol,
    maxRows: sh.getMaxRows(),
    maxCols: sh.getMaxColumns(),
    lists: lists.lists,
    blankLists,
    frozenRows: optional(() => sh.getFrozenRows()) ?? 0,
    frozenCols: optional(() => sh.getFrozenColumns()) ?? 0,
    offset: start,
    rows,
    colWidths,
    charts: optional(() => chartViews(ss, sh)) ?? [],
  };
}
