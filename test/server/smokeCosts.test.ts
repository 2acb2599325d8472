/**
 * `smokeCosts` (scripts/smoke-google/scenario.js), the measurement of the bench's cost model that
 * `npm run smoke:google` runs on Google, here run on the emulator loaded as main.ts loads it (the bundle and
 * scenario.js in one `vm` context). On a clock driven by the call counter — each call, cell and service call
 * costs a known time — it must find exactly those times; on the real clock it gives a figure for every field;
 * it leaves no scratch sheet, document property or cache entry behind, also when a call throws.
 */
import { DIST } from '../../local/bundle';
import { CallCounter, createGasEnvironment, type GasEnvironment } from '../../local/emulator';
import { type CallRecord, InjectedFault } from '../../local/emulator/counter';
import { COST } from '../../scripts/bench/cost';
import {
  COSTS_KIND,
  COSTS_SHEET,
  type CostsOptions,
  type CostsResult,
  costRows,
  costsReport,
  formatValue,
  loadScenario,
  nodeJsTiming,
  runCostsOn,
  type ScenarioGlobals,
} from '../../scripts/smoke-google/costs';

const NAME = 'ANTT smoke costs test';
const KEY = 'ANTT smoke costs'; // SMOKE_COSTS_KEY in scenario.js
/** Small enough for a fast test: blocks of 20, 50 and 100 cells (2, 5 and 10 rows of 10 columns). */
const SMALL: CostsOptions = {
  sizes: [20, 50, 100],
  repeats: 2,
  roundTrips: 5,
  calls: 10,
  serviceCalls: 4,
  utilityCalls: 10,
  jsObjects: 1000,
  jsRuns: 2,
  budgetMs: 1e9,
};

/** Time each call costs on the synthetic clock, in whole ms (so that `Date.now()` loses nothing). */
const SYNTHETIC = { spreadsheetCall: 100, cellRead: 1, cellWritten: 2, otherCall: 30, utilityCall: 1 };

function costOf(c: CallRecord): number {
  if (c.service === 'Utilities') return SYNTHETIC.utilityCall;
  if (c.service !== 'SpreadsheetApp') return SYNTHETIC.otherCall;
  const cells = c.cells ?? 0;
  return SYNTHETIC.spreadsheetCall + cells * (c.kind === 'read' ? SYNTHETIC.cellRead : SYNTHETIC.cellWritten);
}

/** An emulator whose clock moves only by the cost of each counted call. */
function syntheticEnv(): GasEnvironment {
  const counter = new CallCounter();
  const base = Date.UTC(2026, 0, 1);
  let seen = 0;
  let elapsed = 0;
  const now = () => {
    for (; seen < counter.log.length; seen++) elapsed += costOf(counter.log[seen]);
    return new Date(base + elapsed);
  };
  return createGasEnvironment({ htmlDir: DIST, spreadsheetName: NAME, counter, now });
}

function realEnv(): GasEnvironment {
  return createGasEnvironment({ htmlDir: DIST, spreadsheetName: NAME, now: () => new Date() });
}

const sheetNames = (env: GasEnvironment) => env.spreadsheet.getSheets().map((s) => s.getName());
const leftBehind = (env: GasEnvironment) =>
  env.counter.quiet(() => {
    const g = env.globals as { PropertiesService: GoogleAppsScript.Properties.PropertiesService };
    const c = env.globals as { CacheService: GoogleAppsScript.Cache.CacheService };
    return {
      sheet: sheetNames(env).includes(COSTS_SHEET),
      property: g.PropertiesService.getDocumentProperties().getProperty(KEY),
      cache: c.CacheService.getDocumentCache()?.get(KEY) ?? null,
    };
  });
const NOTHING_LEFT = { sheet: false, property: null, cache: null };

describe('smokeLeastSquares (scenario.js)', () => {
  const { smokeLeastSquares } = loadScenario(realEnv());

  it('fits a line through points on it exactly', () => {
    expect(
      smokeLeastSquares([
        [1, 3],
        [2, 5],
        [3, 7],
      ]),
    ).toEqual({ intercept: 1, slope: 2, r2: 1 });
  });

  it('fits scattered points by least squares, with their r²', () => {
    // mean x 1, mean y 2/3; Sxy 1, Sxx 2: slope 1/2, intercept 1/6; residuals −1/6, 1/3, −1/6: r² 1 − (1/6)/(2/3)
    const fit = smokeLeastSquares([
      [0, 0],
      [1, 1],
      [2, 1],
    ]);
    expect(fit?.slope).toBeCloseTo(0.5, 12);
    expect(fit?.intercept).toBeCloseTo(1 / 6, 12);
    expect(fit?.r2).toBeCloseTo(0.75, 12);
  });

  it('gives a flat line with r² 1 when every y is the same, and nothing with fewer than two distinct x', () => {
    expect(
      smokeLeastSquares([
        [10, 4],
        [20, 4],
      ]),
    ).toEqual({ intercept: 4, slope: 0, r2: 1 });
    expect(smokeLeastSquares([[1, 2]])).toBeNull();
    expect(smokeLeastSquares([])).toBeNull();
    expect(
      smokeLeastSquares([
        [5, 1],
        [5, 3],
      ]),
    ).toBeNull();
  });
});

describe('smokeCosts on the emulator', () => {
  it('finds the known costs of a synthetic clock exactly, and the table shows them in cost.ts’s units', () => {
    const env = syntheticEnv();
    const before = sheetNames(env);
    const r = runCostsOn(env, SMALL);
    const { spreadsheetCall: call, cellRead, cellWritten, otherCall, utilityCall } = SYNTHETIC;
    expect(r.kind).toBe(COSTS_KIND);
    expect(r.skipped).toEqual([]);
    // a one-cell setValue (a call and a cell written) then getLastRow (a call)
    expect(r.calls).toEqual({
      roundTrip: { n: 5, perCallMs: call + cellWritten + call },
      repeatedRead: { n: 10, perCallMs: call },
      cheap: { n: 10, perCallMs: call },
    });
    // a held store: one call each; through getDocumentProperties() / getDocumentCache(): two
    expect(r.properties).toEqual({ n: 4, perCallMs: otherCall, chainMs: 2 * otherCall });
    expect(r.cache).toEqual({ n: 4, store: 'document', perCallMs: otherCall, chainMs: 2 * otherCall });
    expect(r.utilities).toEqual({ n: 10, perCallMs: utilityCall });
    const sizes = [20, 50, 100, 20, 50, 100];
    // a timed read is one getValues; a timed write is setValues + flush
    expect(r.read.points).toEqual(sizes.map((cells) => ({ cells, ms: call + cells * cellRead })));
    expect(r.write.points).toEqual(sizes.map((cells) => ({ cells, ms: 2 * call + cells * cellWritten })));
    expect(r.read.interceptMs).toBeCloseTo(call, 9);
    expect(r.read.perCellUs).toBeCloseTo(cellRead * 1000, 6);
    expect(r.read.r2).toBeCloseTo(1, 12);
    expect(r.write.interceptMs).toBeCloseTo(2 * call, 9);
    expect(r.write.perCellUs).toBeCloseTo(cellWritten * 1000, 6);
    expect(r.js).toEqual({ objects: 1000, runsMs: [0, 0], bestMs: 0, checksum: nodeJsTiming(1000, 1).checksum });
    expect(sheetNames(env)).toEqual(before);
    expect(leftBehind(env)).toEqual(NOTHING_LEFT);

    const node = { objects: 1000, runsMs: [4], bestMs: 4, checksum: r.js.checksum };
    const google = Object.fromEntries(costRows(r, null, node).map((row) => [row.name.trim(), row]));
    expect(google.perSpreadsheetCall.google).toBeCloseTo(0.202, 12);
    expect(google.perCellRead.google).toBeCloseTo(0.001, 12);
    expect(google.perCellWritten.google).toBeCloseTo(0.002, 12);
    expect(google.perOtherCall.google).toBeCloseTo(0.03, 12);
    expect(google.perUtilityCall.google).toBeCloseTo(0.001, 12);
    expect(google.jsFactor.google).toBe(0);
    expect(google['getValues call'].google).toBeCloseTo(0.1, 12);
    expect(google.perCellRead.constant).toBe(COST.perCellRead);
    expect(google.perCellRead.emulator).toBeNull();
    const report = costsReport(r, null, node);
    expect(report).toMatch(/^perCellRead +12\.5 µs +1 ms +— +slope of getValues/m);
    expect(report).toMatch(/^perSpreadsheetCall +100 ms +202 ms +—/m);
    expect(report).toContain(COST.perCellRead.source);
  });

  it('gives a finite figure for every field on the real clock, and the same JS checksum as Node', () => {
    const env = realEnv();
    const r = runCostsOn(env, { ...SMALL, jsObjects: 20000 });
    const numbers = [
      r.calls.roundTrip.perCallMs,
      r.calls.repeatedRead.perCallMs,
      r.calls.cheap.perCallMs,
      r.properties.perCallMs,
      r.properties.chainMs,
      r.cache.perCallMs,
      r.cache.chainMs,
      r.utilities.perCallMs,
      ...r.read.points.map((p) => p.ms),
      ...r.write.points.map((p) => p.ms),
    ];
    expect(numbers).toHaveLength(8 + 12);
    for (const v of numbers) expect(Number.isFinite(v) && v >= 0).toBe(true);
    for (const v of [r.read.interceptMs, r.read.perCellUs, r.read.r2, r.write.interceptMs, r.write.perCellUs])
      expect(Number.isFinite(v)).toBe(true);
    expect(r.js.bestMs).toBeGreaterThan(0);
    expect(r.js.checksum).toBe(nodeJsTiming(20000, 1).checksum);
    expect(r.elapsedMs).toBeGreaterThan(0);
    const rows = costRows(r, r, nodeJsTiming(20000, 1));
    expect(rows.filter((row) => row.constant).map((row) => row.name)).toEqual(Object.keys(COST));
    for (const row of rows) expect(row.google === row.emulator && Number.isFinite(row.google)).toBe(true);
    expect(leftBehind(env)).toEqual(NOTHING_LEFT);
  });

  it('skips the blocks once its time budget is used up, and says so', () => {
    const env = syntheticEnv();
    const r = runCostsOn(env, { ...SMALL, budgetMs: 0 });
    expect(r.skipped).toHaveLength(6);
    expect(r.skipped[0]).toBe('block of 20 cells, repeat 1: over the budget of 0 ms');
    expect(r.read).toEqual({ points: [], interceptMs: null, perCellUs: null, r2: null });
    const row = costRows(r, null, null).find((x) => x.name === 'perCellRead');
    expect(row?.google).toBeNull();
    expect(formatValue(row?.google ?? null)).toBe('—');
    expect(leftBehind(env)).toEqual(NOTHING_LEFT);
  });

  it('refuses a spreadsheet that is not a scratch one, touching nothing', () => {
    const env = createGasEnvironment({ htmlDir: DIST, spreadsheetName: 'A village', now: () => new Date() });
    expect(() => loadScenario(env).smokeCosts(SMALL)).toThrow(/is not a scratch spreadsheet/);
    expect(env.counter.count({ kind: 'write' })).toBe(0);
  });

  it('deletes its sheet, property and cache entry when any Spreadsheet write or read throws', () => {
    const env = syntheticEnv();
    const smoke: ScenarioGlobals = loadScenario(env);
    const before = sheetNames(env);
    env.counter.reset();
    smoke.smokeCosts(SMALL);
    const writes = env.counter.count({ service: 'SpreadsheetApp', kind: 'write' });
    expect(writes).toBeGreaterThan(20);
    const faults: ((c: CallRecord) => boolean)[] = [
      ...Array.from({ length: writes }, () => (c: CallRecord) => c.service === 'SpreadsheetApp' && c.kind === 'write'),
      (c) => c.method === 'Range.getValues',
      (c) => c.method === 'Sheet.getLastRow',
      (c) => c.method === 'Utilities.formatDate',
    ];
    const hit: string[] = [];
    faults.forEach((match, i) => {
      const n = i < writes ? i + 1 : 2;
      env.counter.failAt(n, match);
      let thrown: unknown;
      try {
        smoke.smokeCosts(SMALL);
      } catch (err) {
        thrown = err;
      }
      expect(thrown).toBeInstanceOf(InjectedFault);
      const method = (thrown as InjectedFault).call.method;
      hit.push(method);
      if (method === 'Spreadsheet.deleteSheet') {
        // the fault hit the deletion itself (as Apps Script's time limit would): the next run deletes the sheet
        expect(sheetNames(env)).toContain(COSTS_SHEET);
        smoke.smokeCosts(SMALL);
      }
      expect(sheetNames(env)).toEqual(before);
      expect(leftBehind(env)).toEqual(NOTHING_LEFT);
    });
    expect(new Set(hit)).toEqual(
      new Set([
        'Spreadsheet.insertSheet',
        'Range.setValue',
        'Range.setValues',
        'SpreadsheetApp.flush',
        'Spreadsheet.deleteSheet',
        'Range.getValues',
        'Sheet.getLastRow',
        'Utilities.formatDate',
      ]),
    );
  });
});

/** The result type main.ts reads must name what the scenario returns (a field renamed in one would be null). */
it('the JSON of smokeCosts has exactly the fields of CostsResult', () => {
  const r: CostsResult = runCostsOn(syntheticEnv(), SMALL);
  expect(Object.keys(r).sort()).toEqual(
    [
      'cache',
      'calls',
      'elapsedMs',
      'js',
      'kind',
      'options',
      'properties',
      'read',
      'skipped',
      'utilities',
      'write',
    ].sort(),
  );
  expect(r.options).toEqual({ ...SMALL, widthCells: 10 });
});
