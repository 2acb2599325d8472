/**
 * Reading the workbook for the figures (issue 15).
 *
 * `readFor(needs)`: `Cài đặt` and `Danh mục` whole, and of each record sheet an operation uses only the columns its
 * figures use (`READS`, src/domain/reads.ts): `getLastRow`, then rows 1…last over those columns — one range when the
 * columns between them cost less to read than another call, else the fewest ranges by the cost model `READ_COST`
 * (a `RangeList` from three ranges on). The columns are looked for where set-up puts them (the registry's order);
 * the header row read with them says whether they are there. When one is not (a column moved, a user column
 * inserted), the sheet's header row is read whole and the columns are taken where it has them. Then the pure codec
 * decodes those columns only (`workbookFromValues` with the needs).
 *
 * `readWorkbook`: every column of every sheet (`getDataRange().getValues()`), for what needs them all.
 */
import { columnLetter } from '../domain/a1';
import type { Clock } from '../domain/clock';
import { mapHeaders } from '../domain/codec';
import type { DataFor, FieldNeeds } from '../domain/fieldNeeds';
import type { WorkbookData } from '../domain/report';
import { SHEET, type SheetDef, sheetDef } from '../domain/sheets';
import { neededColumns, RECORD_KEYS, type SheetValues, workbookFromValues } from '../domain/workbook';
import { gas, sheetClock } from './gas';
import { readValues } from './repo';
import { keepSizes, readSizes } from './sizes';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ReadWorkbook {
  data: WorkbookData;
  clock: Clock;
  values: SheetValues;
  sheets: Map<string, Sheet>;
}

/** Names of the sheets the figures are read from. */
export const READ_SHEETS: readonly string[] = [
  SHEET.settings,
  SHEET.lists,
  ...RECORD_KEYS.map((k) => sheetDef(k).name),
];

/**
 * Seconds per Spreadsheet call and per cell read, as the reads are planned — the bench's model
 * (scripts/bench/cost.ts: 0.1 s a call, 12.5 µs a cell): a call costs as much as 8,000 cells, so two columns with
 * one unused column between them are read as one range on 2,000 rows and as two on 50,000.
 */
export const READ_COST = { perCall: 0.1, perCell: 12.5e-6 };

/** The key suffix of `sizes.ts` for the blank cells the last open-ended read of a sheet took. */
const WASTE = '#blank';

/** One `getDataRange().getValues()` per named sheet that exists. */
export function readSheetValues(names: readonly string[], ss = gas.spreadsheet()): Omit<ReadWorkbook, 'data'> {
  const clock = sheetClock(ss);
  const values: SheetValues = {};
  const sheets = new Map<string, Sheet>();
  for (const name of names) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    sheets.set(name, sheet);
    values[name] = readValues(sheet);
  }
  return { clock, values, sheets };
}

/** Every column of every sheet the figures may use (the data check reads its sheets with `readSheetValues`). */
export function readWorkbook(ss = gas.spreadsheet()): ReadWorkbook {
  const read = readSheetValues(READ_SHEETS, ss);
  return { ...read, data: workbookFromValues(read.values, read.clock) };
}

export interface ReadFor<N extends FieldNeeds> {
  data: DataFor<N>;
  clock: Clock;
  /** `Cài đặt` and `Danh mục` whole; of each record sheet read, the header row and rows of the columns read. */
  values: SheetValues;
}

/**
 * The settings, the lists and the columns `needs` names of its record sheets, decoded. `sizes`: use the rows of
 * the sheets as last read (`sizes.ts`; only for the spreadsheet the script is bound to): a sheet whose size is known
 * is read with open-ended ranges of the spreadsheet (`'Tuần tra'!B1:D`: no `getSheetByName`, no `getLastRow`), its
 * trailing blank rows dropped; the others as below, and their sizes kept for next time.
 */
export function readFor<N extends FieldNeeds>(
  needs: N,
  ss = gas.spreadsheet(),
  opts: { sizes?: boolean } = {},
): ReadFor<N> {
  const clock = sheetClock(ss);
  const values: SheetValues = {};
  for (const name of [SHEET.settings, SHEET.lists]) {
    const sheet = ss.getSheetByName(name);
    if (sheet) values[name] = readValues(sheet);
  }
  const sizes = opts.sizes === false ? null : readSizes();
  let learned = false;
  for (const key of RECORD_KEYS) {
    const fields = needs[key];
    if (!fields) continue;
    const def = sheetDef(key);
    const columns = neededColumns(def, fields);
    // Where set-up puts each column: its place in the registry.
    const guess = columns.map((c) => def.columns.indexOf(c) + 1);
    const narrow = { ...def, columns };
    const known = sizes?.[def.name];
    // Blank cells below the data the last open-ended read took (a grid grown by "add 1,000 rows"): not worth it
    // when they cost more than the two calls it saves.
    const waste = sizes?.[`${def.name}${WASTE}`] ?? 0;
    const worth = waste * READ_COST.perCell <= 2 * READ_COST.perCall;
    const open = typeof known === 'number' && worth ? readOpenEnded(ss, narrow, guess, known) : null;
    if (open && sizes) {
      values[def.name] = open.matrix;
      if (sizes[def.name] !== open.matrix.length || waste !== open.waste) {
        sizes[def.name] = open.matrix.length;
        sizes[`${def.name}${WASTE}`] = open.waste;
        learned = true;
      }
      continue;
    }
    const sheet = ss.getSheetByName(def.name);
    if (!sheet) continue;
    const read = readColumns(sheet, narrow, guess);
    values[def.name] = read;
    if (sizes) {
      sizes[def.name] = read.length;
      learned = true;
    }
  }
  if (sizes && learned) keepSizes(sizes);
  return { clock, values, data: workbookFromValues(values, clock, needs) };
}

/**
 * Rows 1… of the columns at `guess` (where set-up puts them), each span an open-ended range of the spreadsheet
 * (`'Name'!B1:D`, to the grid's end), planned for `rows` rows; rows blank in every column read dropped from the end.
 * `null` when the sheet or a column is not where expected (missing sheet, grid too narrow, header cells not naming
 * the columns): the caller then reads through the sheet.
 */
function readOpenEnded(
  ss: Spreadsheet,
  narrow: SheetDef,
  guess: number[],
  rows: number,
): { matrix: unknown[][]; waste: number } | null {
  const spans = planSpans(guess, Math.max(rows, 1));
  const sheetName = `'${narrow.name.replace(/'/g, "''")}'`;
  let blocks: unknown[][][];
  try {
    blocks = spans.map((s) =>
      ss.getRange(`${sheetName}!${columnLetter(s.first)}1:${columnLetter(s.last)}`).getValues(),
    );
  } catch (_) {
    return null;
  }
  const { matrix, at } = sideBySide(blocks, spans, guess);
  if (!placedAsRead(narrow, matrix, at)) return null;
  let last = matrix.length;
  const blank = (v: unknown) => v === '' || v === null || v === undefined;
  while (last > 1 && matrix[last - 1].every(blank)) last--;
  const waste = (matrix.length - last) * (matrix[0]?.length ?? 0);
  return { matrix: last === matrix.length ? matrix : matrix.slice(0, last), waste };
}

/** Whether the header row read (`matrix[0]`) names each column where it landed (`at`). */
function placedAsRead(narrow: SheetDef, matrix: readonly unknown[][], at: readonly number[]): boolean {
  const header = mapHeaders(narrow, matrix[0] ?? []);
  return narrow.columns.every((c, i) => header.index[c.field] === at[i]);
}

/** Rows 1…last of the columns (header first), from where set-up puts them, else from where the header has them. */
function readColumns(sheet: Sheet, narrow: SheetDef, guess: number[]): unknown[][] {
  const rows = Math.max(sheet.getLastRow(), 1);
  const columns = narrow.columns;
  try {
    const read = readPositions(sheet, guess, rows);
    if (placedAsRead(narrow, read.matrix, read.at)) return read.matrix;
  } catch (_) {
    // A column beyond the sheet's grid (a sheet older than a column): read where the header row says.
  }
  const width = Math.max(sheet.getLastColumn(), 1);
  const headerRow = sheet.getRange(1, 1, 1, width).getValues()[0];
  const found = mapHeaders(narrow, headerRow);
  const positions = columns.flatMap((c) => (c.field in found.index ? [found.index[c.field] + 1] : []));
  // None there: the header row alone, and the codec reports the missing columns.
  if (positions.length === 0) return [headerRow];
  return readPositions(sheet, positions, rows).matrix;
}

interface Span {
  first: number;
  last: number;
}

/** Calls to read `m` ranges: `getRange` + `getValues` for one or two, `getRangeList` + `getRanges` + m `getValues`. */
const callsFor = (m: number) => (m <= 2 ? 2 * m : m + 2);

/**
 * The ranges to read the columns at `positions` (1-based) over `rows` rows at the least cost: cutting the widest
 * gaps first, as many as pay for their calls.
 */
export function planSpans(positions: readonly number[], rows: number, cost = READ_COST): Span[] {
  const cols = [...new Set(positions)].sort((a, b) => a - b);
  const gaps = cols.slice(1).map((c, i) => ({ at: i, width: c - cols[i] - 1 }));
  const wide = gaps.filter((g) => g.width > 0).sort((a, b) => b.width - a.width || a.at - b.at);
  const span = cols[cols.length - 1] - cols[0] + 1;
  let bestCuts = 0;
  let best = Infinity;
  let skipped = 0;
  for (let t = 0; t <= wide.length; t++) {
    if (t > 0) skipped += wide[t - 1].width;
    const total = cost.perCall * callsFor(t + 1) + cost.perCell * rows * (span - skipped);
    if (total < best) {
      best = total;
      bestCuts = t;
    }
  }
  const cut = new Set(wide.slice(0, bestCuts).map((g) => g.at));
  const spans: Span[] = [];
  let first = cols[0];
  for (let i = 0; i < cols.length; i++) {
    if (i === cols.length - 1 || cut.has(i)) {
      spans.push({ first, last: cols[i] });
      first = cols[i + 1];
    }
  }
  return spans;
}

/**
 * Rows 1…`rows` of the columns at `positions` (1-based) read as planned (`planSpans`), side by side; `at[i]` is where
 * position i lands in each row. Throws when a position is beyond the sheet's grid.
 */
export function readPositions(
  sheet: Sheet,
  positions: readonly number[],
  rows: number,
): { matrix: unknown[][]; at: number[] } {
  const spans = planSpans(positions, rows);
  const width = (s: Span) => s.last - s.first + 1;
  let blocks: unknown[][][];
  if (spans.length <= 2) blocks = spans.map((s) => sheet.getRange(1, s.first, rows, width(s)).getValues());
  else {
    const a1 = spans.map((s) => `${columnLetter(s.first)}1:${columnLetter(s.last)}${rows}`);
    blocks = sheet
      .getRangeList(a1)
      .getRanges()
      .map((r) => r.getValues());
  }
  return sideBySide(blocks, spans, positions);
}

/** The blocks read for `spans`, side by side in one matrix; `at[i]` is where position i lands in each row. */
function sideBySide(
  blocks: unknown[][][],
  spans: readonly Span[],
  positions: readonly number[],
): { matrix: unknown[][]; at: number[] } {
  const offset: number[] = [];
  let w = 0;
  for (const s of spans) {
    offset.push(w - s.first);
    w += s.last - s.first + 1;
  }
  const at = positions.map((p) => {
    const i = spans.findIndex((s) => p >= s.first && p <= s.last);
    return p + offset[i];
  });
  if (blocks.length === 1) return { matrix: blocks[0], at };
  // Each row written once into an array of its final width (not `concat` of every block's row per row).
  const rows = blocks[0].length;
  const matrix: unknown[][] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    const row: unknown[] = new Array(w);
    let c = 0;
    for (let i = 0; i < blocks.length; i++) {
      const from = blocks[i][r] ?? [];
      const width = spans[i].last - spans[i].first + 1;
      for (let k = 0; k < width; k++) row[c++] = from[k];
    }
    matrix[r] = row;
  }
  return { matrix, at };
}
