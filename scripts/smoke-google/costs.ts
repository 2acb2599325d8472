/**
 * The cost measurement of `npm run smoke:google`: `smokeCosts` of scenario.js (run on Google, and on the emulator
 * for reference), its JavaScript workload timed in Node, and the constants of the bench's cost model
 * (scripts/bench/cost.ts) printed beside what was measured, so that a maintainer can replace an assumption by a
 * measurement. Nothing runs on import (main.ts runs it; test/server/smokeCosts.test.ts imports it).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';
import { loadBundle } from '../../local/bundle';
import type { GasEnvironment } from '../../local/emulator';
import { COST, type Constant } from '../bench/cost';

export const SCENARIO = path.join(__dirname, 'scenario.js');
/** The `kind` of a `smokeCosts` result (SMOKE_COSTS_KIND in scenario.js). */
export const COSTS_KIND = 'ANTT smoke costs';
/** The scratch sheet `smokeCosts` makes and deletes (SMOKE_COSTS_SHEET in scenario.js). */
export const COSTS_SHEET = 'ANTT smoke costs';

/** `smokeCosts`'s options (scenario.js, SMOKE_COSTS_DEFAULTS): block sizes in cells, counts of calls. */
export interface CostsOptions {
  sizes?: number[];
  repeats?: number;
  roundTrips?: number;
  calls?: number;
  serviceCalls?: number;
  utilityCalls?: number;
  jsObjects?: number;
  jsRuns?: number;
  budgetMs?: number;
  spreadsheetId?: string;
}

export interface Point {
  cells: number;
  ms: number;
}
export interface Fit {
  interceptMs: number | null;
  perCellUs: number | null;
  r2: number | null;
}
export interface PerCall {
  n: number;
  perCallMs: number;
}
export interface JsTiming {
  objects: number;
  runsMs: number[];
  bestMs: number;
  checksum: number;
}

/** What `smokeCosts` returns: each number's unit ends its name (Ms, Us). */
export interface CostsResult {
  kind: typeof COSTS_KIND;
  options: Required<Omit<CostsOptions, 'spreadsheetId'>> & { widthCells: number };
  skipped: string[];
  calls: { roundTrip: PerCall; repeatedRead: PerCall; cheap: PerCall };
  properties: PerCall & { chainMs: number };
  cache: PerCall & { chainMs: number; store: 'document' | 'script' };
  utilities: PerCall;
  js: JsTiming;
  read: Fit & { points: Point[] };
  write: Fit & { points: Point[] };
  elapsedMs: number;
}

/** The functions scenario.js defines, once loaded. */
export interface ScenarioGlobals {
  smokeScenario(options: unknown): unknown;
  smokeCosts(options?: CostsOptions): CostsResult;
  smokeLeastSquares(pairs: [number, number][]): { intercept: number; slope: number; r2: number } | null;
  smokeJsTiming(objects: number, runs: number): JsTiming;
}

/** `dist/Code.js` and scenario.js (as `Smoke.js`) in one `vm` context on the emulator `env`, as clasp pushes them. */
export function loadScenario(env: GasEnvironment): ScenarioGlobals {
  const context = loadBundle(env) as unknown as vm.Context;
  vm.runInContext(readFileSync(SCENARIO, 'utf8'), context, { filename: 'Smoke.js' });
  return context as unknown as ScenarioGlobals;
}

/** `smokeCosts` on the emulator, its result copied as JSON (what `clasp run` hands back). */
export function runCostsOn(env: GasEnvironment, options: CostsOptions = {}): CostsResult {
  return JSON.parse(JSON.stringify(loadScenario(env).smokeCosts(options))) as CostsResult;
}

/** The workload of `smokeCosts`'s `js` figure, the same code timed in Node (a bare `vm` context: no emulator). */
export function nodeJsTiming(objects: number, runs: number): JsTiming {
  const context = vm.createContext({});
  vm.runInContext(readFileSync(SCENARIO, 'utf8'), context, { filename: 'Smoke.js' });
  const timing = (context as unknown as ScenarioGlobals).smokeJsTiming(objects, runs);
  return JSON.parse(JSON.stringify(timing)) as JsTiming;
}

export function isCostsResult(v: unknown): v is CostsResult {
  return typeof v === 'object' && v !== null && (v as { kind?: unknown }).kind === COSTS_KIND;
}

// ------------------------------------------------------------------------------ the table

/** One line of the table: a constant of cost.ts, or (constant null) a related figure shown under it. */
export interface CostRow {
  name: string;
  constant: Constant | null;
  /** Measured, in the constant's unit (seconds; a factor for jsFactor); null when not measured. */
  google: number | null;
  emulator: number | null;
  timed: string;
}

type Getter = (r: CostsResult, node: JsTiming | null) => number;

const ROWS: { name: string; key?: keyof typeof COST; get: Getter; timed: string }[] = [
  {
    name: 'perSpreadsheetCall',
    key: 'perSpreadsheetCall',
    get: (r) => r.calls.roundTrip.perCallMs / 1000,
    timed: 'a one-cell setValue, then getLastRow() (a read no cache serves)',
  },
  {
    name: '  repeated read',
    get: (r) => r.calls.repeatedRead.perCallMs / 1000,
    timed: 'getLastRow(), no write between',
  },
  { name: '  cheap call', get: (r) => r.calls.cheap.perCallMs / 1000, timed: 'getRange(row, 1)' },
  { name: '  getValues call', get: (r) => nonNull(r.read.interceptMs) / 1000, timed: 'intercept of the read fit' },
  {
    name: '  setValues call',
    get: (r) => nonNull(r.write.interceptMs) / 1000,
    timed: 'intercept of the write fit (setValues + flush)',
  },
  {
    name: 'perCellRead',
    key: 'perCellRead',
    get: (r) => nonNull(r.read.perCellUs) / 1e6,
    timed: 'slope of getValues time over block size',
  },
  {
    name: 'perCellWritten',
    key: 'perCellWritten',
    get: (r) => nonNull(r.write.perCellUs) / 1e6,
    timed: 'slope of setValues + flush time over block size',
  },
  {
    name: 'perOtherCall',
    key: 'perOtherCall',
    get: (r) => r.properties.perCallMs / 1000,
    timed: 'getProperty() on a held document store',
  },
  {
    name: '  Properties chain',
    get: (r) => r.properties.chainMs / 1000,
    timed: 'PropertiesService.getDocumentProperties().getProperty()',
  },
  { name: '  Cache get', get: (r) => r.cache.perCallMs / 1000, timed: 'get() on a held cache' },
  {
    name: 'perUtilityCall',
    key: 'perUtilityCall',
    get: (r) => r.utilities.perCallMs / 1000,
    timed: 'Utilities.formatDate()',
  },
  {
    name: 'jsFactor',
    key: 'jsFactor',
    get: (r, node) => r.js.bestMs / nonNull(node?.bestMs ?? null),
    timed: 'best time of smokeJsWorkload here / its best time in Node on this machine',
  },
];

function nonNull(v: number | null): number {
  if (v === null) throw new Error('not measured');
  return v;
}

/** A figure of `r`, or null when `r` has none (not measured, skipped, or a result from an older scenario.js). */
function figure(get: Getter, r: CostsResult | null, node: JsTiming | null): number | null {
  if (!r) return null;
  try {
    const v = get(r, node);
    return Number.isFinite(v) ? v : null;
  } catch {
    return null;
  }
}

export function costRows(google: CostsResult | null, emulator: CostsResult | null, node: JsTiming | null): CostRow[] {
  return ROWS.map((row) => ({
    name: row.name,
    constant: row.key ? COST[row.key] : null,
    google: figure(row.get, google, node),
    emulator: figure(row.get, emulator, node),
    timed: row.timed,
  }));
}

/** Three significant digits, in s, ms or µs (a factor for jsFactor); a dash for nothing. */
export function formatValue(v: number | null, factor = false): string {
  if (v === null) return '—';
  const sig = (x: number) => String(Number(x.toPrecision(3)));
  if (factor) return `×${sig(v)}`;
  const a = Math.abs(v);
  if (a === 0) return '0 s';
  if (a >= 1) return `${sig(v)} s`;
  if (a >= 1e-3) return `${sig(v * 1e3)} ms`;
  return `${sig(v * 1e6)} µs`;
}

/** The report main.ts prints: the table, then the fits' r², what was skipped, warnings, and cost.ts's sources. */
export function costsReport(google: CostsResult | null, emulator: CostsResult | null, node: JsTiming | null): string {
  const rows = costRows(google, emulator, node);
  const cell = (s: string, w: number) => s.padEnd(w);
  const lines = [
    'The cost model of `npm run bench` (scripts/bench/cost.ts) beside what smokeCosts measured:',
    '',
    `${cell('constant', 20)}${cell('cost.ts', 10)}${cell('Google', 10)}${cell('emulator*', 11)}timed`,
  ];
  for (const r of rows) {
    const factor = r.name === 'jsFactor';
    const current = r.constant ? formatValue(r.constant.value, factor) : '';
    lines.push(
      `${cell(r.name, 20)}${cell(current, 10)}${cell(formatValue(r.google, factor), 10)}` +
        `${cell(formatValue(r.emulator, factor), 11)}${r.timed}`,
    );
  }
  lines.push(
    '',
    '* The emulator is this machine’s in-memory fake: its figures are for reference and say nothing about Google.',
  );
  const fits = (label: string, r: CostsResult | null) => {
    if (!r) return;
    const r2 = (f: Fit | undefined) => (typeof f?.r2 === 'number' ? f.r2.toFixed(3) : '—');
    lines.push(
      `${label}: r² of the read fit ${r2(r.read)}, of the write fit ${r2(r.write)}; ${r.elapsedMs} ms in all.`,
    );
    for (const s of r.skipped ?? []) lines.push(`${label}: skipped ${s}`);
  };
  fits('Google', google);
  fits('Emulator', emulator);
  if (node) lines.push(`Node: smokeJsWorkload(${node.objects}) best of ${node.runsMs.length} in ${node.bestMs} ms.`);
  if (google && node && google.js?.checksum !== node.checksum)
    lines.push(`WARNING: the JS workload's checksum differs (Google ${google.js?.checksum}, Node ${node.checksum}).`);
  lines.push('', 'Where cost.ts’s values come from (replace value and source by a measurement, then `npm run bench`):');
  for (const [name, c] of Object.entries(COST)) lines.push(`  ${name} (${c.unit}): ${c.source}`);
  return lines.join('\n');
}
