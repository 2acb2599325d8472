/**
 * Workbook <-> plain JSON (dates as `{ $date: iso }`), so the playground can save and reload a
 * spreadsheet: values, formulas, notes, formats, validations, protections, charts, layout.
 */
import type { EmulatorContext } from '../context';
import { type ChartState, type ChartTypeName, FakeEmbeddedChart } from './chart';
import type { Layer } from './grid';
import { FakeProtection, type ProtectionTypeName } from './protection';
import { FakeRange } from './range';
import {
  type BorderRecord,
  type FakeSheet,
  STYLE_KEYS,
  type StructureChange,
  type StyleKey,
  type StyleValue,
} from './sheet';
import { FakeNamedRange, FakeSpreadsheet } from './spreadsheet';
import { type CriteriaName, FakeDataValidation } from './validation';
import type { CellValue } from './values';

export const SERIAL_FORMAT = 'antt-emulator-spreadsheet';

type Runs = { values: unknown[]; runs: Array<[number, number, number, number]> };

export interface SerializedRange {
  sheet: string;
  row: number;
  col: number;
  numRows: number;
  numCols: number;
  /** A1 for humans; the coordinates are what is read back. */
  a1: string;
  open?: { rows?: boolean; cols?: boolean };
}

export interface SerializedRule {
  criteria: CriteriaName;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string | null;
}

export interface SerializedProtection {
  type: ProtectionTypeName;
  range: SerializedRange | null;
  description: string;
  warningOnly: boolean;
  editors: string[] | null;
  domainEdit: boolean;
  unprotected: SerializedRange[];
  rangeName: string | null;
}

export interface SerializedChart {
  chartId: number | null;
  type: ChartTypeName | null;
  ranges: SerializedRange[];
  options: unknown;
  position: ChartState['position'];
  numHeaders: number;
  transpose: boolean;
  mergeStrategy: string | null;
  hiddenDimensionStrategy: string | null;
}

export interface SerializedSheet {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  frozenRows: number;
  frozenCols: number;
  hidden: boolean;
  tabColor: string | null;
  columnWidths: Array<[number, number]>;
  rowHeights: Array<[number, number]>;
  hiddenColumns: number[];
  hiddenRows: number[];
  /** Row arrays (0-based), trailing empties trimmed; null = empty cell/row. */
  values: Array<Array<unknown> | null>;
  formulas: Runs;
  notes: Runs;
  styles: Partial<Record<StyleKey, Runs>>;
  validations: Runs;
  protections: SerializedProtection[];
  charts: SerializedChart[];
  borders: BorderRecord[];
  structureLog: StructureChange[];
}

export interface SerializedSpreadsheet {
  format: typeof SERIAL_FORMAT;
  version: 1;
  id: string;
  name: string;
  timeZone: string;
  locale: string;
  owner: string;
  editors: string[];
  viewers: string[];
  activeSheetId: number;
  nextSheetId: number;
  nextChartId: number;
  namedRanges: Array<{ name: string; range: SerializedRange }>;
  sheets: SerializedSheet[];
}

// ------------------------------------------------------------------------------------- encoding

function encodeScalar(v: unknown): unknown {
  if (v instanceof Date) return { $date: v.toISOString() };
  if (typeof v === 'number' && !Number.isFinite(v)) return { $num: String(v) };
  if (v instanceof FakeRange) return { $range: encodeRange(v) };
  if (Array.isArray(v)) return v.map(encodeScalar);
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, encodeScalar(x)]));
  return v;
}

function encodeRange(r: FakeRange): SerializedRange {
  const out: SerializedRange = {
    sheet: r.sheet.name,
    row: r.row,
    col: r.col,
    numRows: r.numRows,
    numCols: r.numCols,
    a1: r.a1(),
  };
  if (r.open.rows || r.open.cols) out.open = { ...r.open };
  return out;
}

function encodeRule(rule: FakeDataValidation): SerializedRule {
  return {
    criteria: rule.criteria,
    args: rule.args.map(encodeScalar),
    allowInvalid: rule.allowInvalid,
    helpText: rule.helpText,
  };
}

function encodeProtection(p: FakeProtection): SerializedProtection {
  return {
    type: p.type,
    range: p.range ? encodeRange(p.range) : null,
    description: p.description,
    warningOnly: p.warningOnly,
    editors: p.editors ? [...p.editors] : null,
    domainEdit: p.domainEdit,
    unprotected: p.unprotected.map(encodeRange),
    rangeName: p.rangeName,
  };
}

function encodeChart(c: FakeEmbeddedChart): SerializedChart {
  const s = c.state;
  return {
    chartId: s.chartId,
    type: s.type,
    ranges: s.ranges.map(encodeRange),
    options: encodeScalar(s.options),
    position: { ...s.position },
    numHeaders: s.numHeaders,
    transpose: s.transpose,
    mergeStrategy: s.mergeStrategy,
    hiddenDimensionStrategy: s.hiddenDimensionStrategy,
  };
}

function encodeValues(layer: Layer<CellValue>): Array<Array<unknown> | null> {
  const out: Array<Array<unknown> | null> = [];
  for (const row of layer.rows) {
    if (!row) {
      out.push(null);
      continue;
    }
    let end = row.length;
    while (end > 0 && row[end - 1] === undefined) end--;
    if (end === 0) {
      out.push(null);
      continue;
    }
    const r: unknown[] = new Array(end);
    for (let c = 0; c < end; c++) {
      const v = row[c];
      r[c] = v === undefined ? null : v instanceof Date ? { $date: v.toISOString() } : encodeScalar(v);
    }
    out.push(r);
  }
  while (out.length > 0 && out[out.length - 1] === null) out.pop();
  return out;
}

const primitiveKey = (v: unknown) => (typeof v === 'string' ? 's' + v : typeof v + String(v));

/** Plain JSON of a workbook (uncounted). */
export function serializeSpreadsheet(ss: FakeSpreadsheet): SerializedSpreadsheet {
  return {
    format: SERIAL_FORMAT,
    version: 1,
    id: ss.id,
    name: ss.name,
    timeZone: ss.timeZone,
    locale: ss.locale,
    owner: ss.owner,
    editors: [...ss.editors],
    viewers: [...ss.viewers],
    activeSheetId: ss.activeSheet.id,
    nextSheetId: ss.nextSheetId,
    nextChartId: ss.nextChartId,
    namedRanges: ss.namedRangeObjects().map((n) => ({ name: n.name, range: encodeRange(n.range) })),
    sheets: ss.sheets.map((s) => {
      const rules: FakeDataValidation[] = [];
      const ruleIndex = new Map<FakeDataValidation, number>();
      const styles: Partial<Record<StyleKey, Runs>> = {};
      for (const k of STYLE_KEYS) {
        if (s.styles[k].isEmpty()) continue;
        styles[k] = s.styles[k].encodeRuns(primitiveKey, (v) => v);
      }
      return {
        id: s.id,
        name: s.name,
        maxRows: s.maxRows,
        maxCols: s.maxCols,
        frozenRows: s.frozenRows,
        frozenCols: s.frozenCols,
        hidden: s.hidden,
        tabColor: s.tabColor,
        columnWidths: [...s.columnWidths],
        rowHeights: [...s.rowHeights],
        hiddenColumns: [...s.hiddenColumns],
        hiddenRows: [...s.hiddenRows],
        values: encodeValues(s.values),
        formulas: s.formulas.encodeRuns(primitiveKey, (v) => v),
        notes: s.notes.encodeRuns(primitiveKey, (v) => v),
        styles,
        validations: s.validations.encodeRuns(
          (rule) => {
            let i = ruleIndex.get(rule);
            if (i === undefined) {
              i = rules.length;
              rules.push(rule);
              ruleIndex.set(rule, i);
            }
            return String(i);
          },
          (rule) => encodeRule(rule),
        ),
        protections: [...(s.sheetProtection ? [s.sheetProtection] : []), ...s.rangeProtections].map(encodeProtection),
        charts: s.charts.map(encodeChart),
        borders: s.borders.map((b) => ({ ...b })),
        structureLog: s.structureLog.map((x) => ({ ...x })),
      };
    }),
  };
}

// ------------------------------------------------------------------------------------- decoding

function decodeScalar(ss: FakeSpreadsheet, v: unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => decodeScalar(ss, x));
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (typeof o.$date === 'string') return new Date(o.$date);
    if (typeof o.$num === 'string') return Number(o.$num);
    if (o.$range) return decodeRange(ss, o.$range as SerializedRange);
    return Object.fromEntries(Object.entries(o).map(([k, x]) => [k, decodeScalar(ss, x)]));
  }
  return v;
}

function decodeRange(ss: FakeSpreadsheet, r: SerializedRange): FakeRange {
  const sheet = ss.findSheet(r.sheet);
  if (!sheet) throw new Error(`deserializeSpreadsheet: unknown sheet "${r.sheet}" in a range`);
  return new FakeRange(sheet, r.row, r.col, r.numRows, r.numCols, r.open ?? {});
}

function anchoredRange(ss: FakeSpreadsheet, r: SerializedRange): FakeRange {
  const range = decodeRange(ss, r);
  ss.anchor(range);
  return range;
}

/** Rebuilds a workbook saved with serializeSpreadsheet (its Ui is replaced when it becomes active). */
export function deserializeSpreadsheet(ctx: EmulatorContext, json: unknown): FakeSpreadsheet {
  const data = (typeof json === 'string' ? JSON.parse(json) : json) as SerializedSpreadsheet;
  if (!data || data.format !== SERIAL_FORMAT) throw new Error('deserializeSpreadsheet: not a serialised spreadsheet');
  const ss = new FakeSpreadsheet(ctx, {
    id: data.id,
    name: data.name,
    timeZone: data.timeZone,
    locale: data.locale,
    owner: data.owner,
    noSheets: true,
  });
  ss.editors = [...data.editors];
  ss.viewers = [...data.viewers];

  // Pass 1: sheets and plain layers.
  for (const d of data.sheets) {
    const s = ss.addSheet(d.name, ss.sheets.length, d.id);
    s.maxRows = d.maxRows;
    s.maxCols = d.maxCols;
    s.frozenRows = d.frozenRows;
    s.frozenCols = d.frozenCols;
    s.hidden = d.hidden;
    s.tabColor = d.tabColor;
    s.columnWidths = new Map(d.columnWidths);
    s.rowHeights = new Map(d.rowHeights);
    s.hiddenColumns = new Set(d.hiddenColumns);
    s.hiddenRows = new Set(d.hiddenRows);
    s.values.rows = d.values.map((row) =>
      row ? row.map((v) => (v === null ? undefined : (decodeScalar(ss, v) as CellValue))) : undefined,
    );
    s.formulas.decodeRuns(d.formulas, (v) => v as string);
    s.notes.decodeRuns(d.notes, (v) => v as string);
    for (const k of STYLE_KEYS) {
      const runs = d.styles[k];
      if (runs) s.styles[k].decodeRuns(runs, (v) => v as StyleValue);
    }
    s.borders = d.borders.map((b) => ({ ...b }));
    s.structureLog = d.structureLog.map((x) => ({ ...x }));
    s.touch();
  }
  ss.nextSheetId = data.nextSheetId;
  ss.nextChartId = data.nextChartId;

  // Pass 2: everything that references ranges (possibly on other sheets).
  data.sheets.forEach((d, i) => {
    const s: FakeSheet = ss.sheets[i];
    s.validations.decodeRuns(d.validations, (v) => {
      const r = v as SerializedRule;
      const args = r.args.map((a) => {
        const x = decodeScalar(ss, a);
        if (x instanceof FakeRange) ss.anchor(x);
        return x;
      });
      return new FakeDataValidation(r.criteria, args, r.allowInvalid, r.helpText);
    });
    for (const p of d.protections) {
      const prot = new FakeProtection(p.type, s, p.range ? anchoredRange(ss, p.range) : null);
      prot.description = p.description;
      prot.warningOnly = p.warningOnly;
      prot.editors = p.editors ? [...p.editors] : null;
      prot.domainEdit = p.domainEdit;
      prot.unprotected = p.unprotected.map((u) => anchoredRange(ss, u));
      prot.rangeName = p.rangeName;
      if (p.type === 'SHEET') s.sheetProtection = prot;
      else s.rangeProtections.push(prot);
    }
    for (const c of d.charts) {
      const state: ChartState = {
        chartId: c.chartId,
        type: c.type,
        ranges: c.ranges.map((r) => anchoredRange(ss, r)),
        options: decodeScalar(ss, c.options) as Record<string, unknown>,
        position: { ...c.position },
        numHeaders: c.numHeaders,
        transpose: c.transpose,
        mergeStrategy: c.mergeStrategy,
        hiddenDimensionStrategy: c.hiddenDimensionStrategy,
      };
      s.charts.push(new FakeEmbeddedChart(s, state));
    }
  });
  for (const n of data.namedRanges)
    ss.namedRanges.set(n.name, new FakeNamedRange(ss, n.name, anchoredRange(ss, n.range)));
  ss.activeSheet = ss.sheets.find((s) => s.id === data.activeSheetId) ?? ss.sheets[0];
  return ss;
}
