/**
 * The smoke scenario, pushed as `Smoke.js` beside `Code.js` to a scratch spreadsheet by
 * `npm run smoke:google`, and run the same way on the local emulator (both load this file
 * next to the bundle, so it calls the same globals). Plain JavaScript that Apps Script's V8
 * runtime runs as it is: no import, no export, no build step.
 *
 * The scenario of the bundle tests: set-up, the Pác Khuông sample, the figures of the sample
 * period, one patrol saved (and the same request repeated), the figures again. It returns only
 * JSON: what the two runs must agree on.
 *
 * `smokeCosts` (a second entry, run after the scenario) times the constants of the cost model of
 * `npm run bench` (scripts/bench/cost.ts) on a scratch sheet of its own, and returns them as JSON.
 */

/* Globals of the bundle (`dist/Code.js`) and of Apps Script. */
/* global SMOKE_OPTIONS, SpreadsheetApp, LockService, PropertiesService, CacheService, Utilities */
/* global setupWorkbook, loadSampleVillage, apiBootstrap, apiSavePatrol, apiComputeCompliance */

/** Only a spreadsheet whose name starts with this is ever emptied by the scenario. */
const SMOKE_MARKER = 'ANTT smoke';

function smokeScenario(options) {
  const opts = options || {};
  const ss = smokeSpreadsheet(opts, 'smokeScenario');
  if (!LockService.getDocumentLock())
    throw new Error('smokeScenario: LockService.getDocumentLock() is null in this context; run it from the editor.');
  smokeReset(ss);

  const out = {};
  out.setup = setupWorkbook();
  out.sample = loadSampleVillage();
  out.layout = smokeLayout(ss);
  out.before = smokeFigures(apiComputeCompliance(opts.period));

  const boot = apiBootstrap();
  out.bootstrap = boot.ok
    ? {
        teams: boot.data.teams.length,
        members: boot.data.members.length,
        households: boot.data.households.length,
        unreadableRows: boot.data.unreadableRows,
        timeZone: boot.data.timeZone,
      }
    : boot;
  const patrol = Object.assign({}, opts.patrol, { requestId: opts.requestId });
  const team = boot.ok ? boot.data.members.filter((m) => m.teamId === patrol.teamId) : [];
  patrol.memberIds = team.slice(0, 3).map((m) => m.id);
  patrol.participants = patrol.memberIds.length + 1;
  out.patrol = apiSavePatrol(patrol);
  out.patrolRepeated = apiSavePatrol(patrol);
  out.after = smokeFigures(apiComputeCompliance(opts.period));
  return out;
}

/** For the Apps Script editor's Run button (no arguments): the options the push wrote, result in the log. */
// biome-ignore lint/correctness/noUnusedVariables: run from the Apps Script editor; SMOKE_OPTIONS is SmokeOptions.js
function smokeScenarioFromEditor() {
  const result = smokeScenario(SMOKE_OPTIONS);
  console.log(JSON.stringify(result));
  return result;
}

/**
 * The scratch spreadsheet: the active one, or the one of `opts.spreadsheetId` (run through the Apps Script
 * API, a bound script may have no active spreadsheet). Refuses a spreadsheet whose name does not start with
 * SMOKE_MARKER.
 */
function smokeSpreadsheet(opts, who) {
  let ss = SpreadsheetApp.getActive();
  if (!ss && opts.spreadsheetId) {
    ss = SpreadsheetApp.openById(opts.spreadsheetId);
    SpreadsheetApp.setActiveSpreadsheet(ss);
  }
  if (!ss) throw new Error(`${who}: no active spreadsheet here; give spreadsheetId (SMOKE_SPREADSHEET_ID).`);
  if (ss.getName().indexOf(SMOKE_MARKER) !== 0)
    throw new Error(`${who}: "${ss.getName()}" is not a scratch spreadsheet (name must start with "${SMOKE_MARKER}").`);
  return ss;
}

/** Empties a scratch spreadsheet (smokeSpreadsheet refused any other): one blank sheet, no document properties. */
function smokeReset(ss) {
  const blank = ss.insertSheet();
  for (const sheet of ss.getSheets()) if (sheet.getSheetId() !== blank.getSheetId()) ss.deleteSheet(sheet);
  PropertiesService.getDocumentProperties().deleteAllProperties();
}

/** What set-up made of each sheet of the add-on: headers, rows, frozen rows, row-2 formats and rules, protections. */
function smokeLayout(ss) {
  const out = {};
  for (const sheet of ss.getSheets()) {
    const name = sheet.getName();
    if (/^(Sheet|Trang tính)\d+$/.test(name)) continue; // the blank default sheet, named by the account's language
    const width = sheet.getLastColumn();
    const row2 = width > 0 ? sheet.getRange(2, 1, 1, width) : null;
    out[name] = {
      headers: width > 0 ? sheet.getRange(1, 1, 1, width).getValues()[0].map(String) : [],
      lastRow: sheet.getLastRow(),
      frozenRows: sheet.getFrozenRows(),
      formats: row2 ? row2.getNumberFormats()[0] : [],
      rules: row2 ? row2.getDataValidations()[0].map((r) => (r ? String(r.getCriteriaType()) : null)) : [],
      sheetProtections: sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length,
      rangeProtections: sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).length,
    };
  }
  return out;
}

/** The figures of an `apiComputeCompliance` answer (or the answer itself when it refused). */
function smokeFigures(r) {
  if (!r?.ok) return r;
  return {
    counts: r.data.counts,
    metrics: r.data.metrics.map((m) => ({
      key: m.key,
      numerator: m.numerator,
      denominator: m.denominator,
      percent: m.percent,
      target: m.target,
      met: m.met,
    })),
    unreadableRows: r.data.unreadableRows,
    issueCount: r.data.issueCount,
  };
}

// ------------------------------------------------------------------------------ the cost model's constants

/** What a `smokeCosts` result says it is (`npm run smoke:google -- --compare` tells it from a scenario's). */
const SMOKE_COSTS_KIND = 'ANTT smoke costs';
/** The scratch sheet `smokeCosts` makes, works on and deletes; no other sheet is touched. */
const SMOKE_COSTS_SHEET = 'ANTT smoke costs';
/** The document property and the cache key `smokeCosts` reads (put first, removed at the end). */
const SMOKE_COSTS_KEY = 'ANTT smoke costs';
/** Columns of a timed block (and of every row of `smokeCostsRow`); the marker cell is in the next one. */
const SMOKE_COSTS_WIDTH = 10;

/**
 * What `smokeCosts` does by default (block sizes in cells). On Google it should take about a minute; any
 * block still to time when `budgetMs` has gone by is skipped (and listed), far from Apps Script's 6 minutes.
 */
const SMOKE_COSTS_DEFAULTS = {
  sizes: [1000, 10000, 100000, 300000],
  repeats: 2,
  roundTrips: 20,
  calls: 100,
  serviceCalls: 30,
  utilityCalls: 200,
  jsObjects: 50000,
  jsRuns: 3,
  budgetMs: 120000,
};

/**
 * Times, with `Date.now()`, what the cost model of `npm run bench` (scripts/bench/cost.ts) assumes:
 * - `calls`: a SpreadsheetApp call no cache serves (`roundTrip`: a one-cell write, then `getLastRow()`, which
 *   must wait for it), the same read repeated with no write between (`repeatedRead`), a cheap call (`getRange`);
 * - `read` / `write`: `getValues` / `setValues` + `SpreadsheetApp.flush()` of blocks of `sizes` cells (text,
 *   numbers, dates, booleans and blanks, as in the add-on's sheets), each `repeats` times, fitted by least squares
 *   to a time per call (`interceptMs`) plus a time per cell (`perCellUs`); before each timed read a one-cell write
 *   and a flush, so that no cache holds the block;
 * - `js`: the script's own speed, a fixed pure-JavaScript workload (`smokeJsTiming`; main.ts times it in Node);
 * - `properties`, `cache`, `utilities`: `getProperty` / `get` / `formatDate`, on a held store (one call each)
 *   and, for the first two, through `getDocumentProperties()` / `getDocumentCache()` each time (`chainMs`).
 * It works only on the sheet SMOKE_COSTS_SHEET, which it makes and deletes (also when a call throws), in a
 * spreadsheet whose name starts with SMOKE_MARKER. Returns JSON only: each number's unit ends its name.
 */
function smokeCosts(options) {
  const opts = Object.assign({}, SMOKE_COSTS_DEFAULTS, options || {});
  const ss = smokeSpreadsheet(opts, 'smokeCosts');
  const started = Date.now();
  const left = ss.getSheetByName(SMOKE_COSTS_SHEET);
  if (left) ss.deleteSheet(left); // a run stopped by Apps Script's time limit runs no `finally`
  const out = {
    kind: SMOKE_COSTS_KIND,
    options: {
      sizes: opts.sizes,
      repeats: opts.repeats,
      roundTrips: opts.roundTrips,
      calls: opts.calls,
      serviceCalls: opts.serviceCalls,
      utilityCalls: opts.utilityCalls,
      jsObjects: opts.jsObjects,
      jsRuns: opts.jsRuns,
      budgetMs: opts.budgetMs,
      widthCells: SMOKE_COSTS_WIDTH,
    },
    skipped: [],
  };
  let sheet = null;
  let props = null;
  let cache = null;
  try {
    sheet = ss.insertSheet(SMOKE_COSTS_SHEET);
    const marker = sheet.getRange(1, SMOKE_COSTS_WIDTH + 1);
    out.calls = smokeCostsCalls(sheet, marker, opts);

    props = PropertiesService.getDocumentProperties();
    props.setProperty(SMOKE_COSTS_KEY, 'x');
    out.properties = {
      n: opts.serviceCalls,
      perCallMs: smokeTimeEach(opts.serviceCalls, () => props.getProperty(SMOKE_COSTS_KEY)),
      chainMs: smokeTimeEach(opts.serviceCalls, () =>
        PropertiesService.getDocumentProperties().getProperty(SMOKE_COSTS_KEY),
      ),
    };
    cache = CacheService.getDocumentCache();
    out.cache = { n: opts.serviceCalls, store: 'document' };
    if (!cache) {
      // No document cache outside a document's context: the script cache costs a call the same way.
      cache = CacheService.getScriptCache();
      out.cache.store = 'script';
    }
    cache.put(SMOKE_COSTS_KEY, 'x', 600);
    out.cache.perCallMs = smokeTimeEach(opts.serviceCalls, () => cache.get(SMOKE_COSTS_KEY));
    out.cache.chainMs =
      out.cache.store === 'document'
        ? smokeTimeEach(opts.serviceCalls, () => CacheService.getDocumentCache().get(SMOKE_COSTS_KEY))
        : smokeTimeEach(opts.serviceCalls, () => CacheService.getScriptCache().get(SMOKE_COSTS_KEY));
    out.utilities = {
      n: opts.utilityCalls,
      perCallMs: smokeTimeEach(opts.utilityCalls, (i) =>
        Utilities.formatDate(new Date(Date.UTC(2023, 0, 1 + i)), 'UTC', 'dd/MM/yyyy'),
      ),
    };
    out.js = smokeJsTiming(opts.jsObjects, opts.jsRuns);

    const blocks = smokeCostsBlocks(sheet, marker, opts, started, out.skipped);
    out.read = Object.assign({ points: blocks.reads }, smokeCostsFit(blocks.reads));
    out.write = Object.assign({ points: blocks.writes }, smokeCostsFit(blocks.writes));
  } finally {
    if (sheet) ss.deleteSheet(sheet);
    if (props) props.deleteProperty(SMOKE_COSTS_KEY);
    if (cache) cache.remove(SMOKE_COSTS_KEY);
  }
  out.elapsedMs = Date.now() - started;
  return out;
}

/** For the Apps Script editor's Run button: the result in the log (then `npm run smoke:google -- --compare`). */
// biome-ignore lint/correctness/noUnusedVariables: run from the Apps Script editor
function smokeCostsFromEditor() {
  const result = smokeCosts(typeof SMOKE_OPTIONS === 'undefined' ? {} : { spreadsheetId: SMOKE_OPTIONS.spreadsheetId });
  console.log(JSON.stringify(result));
  return result;
}

/** Mean milliseconds of one `fn(i)`, over `n` calls timed together. */
function smokeTimeEach(n, fn) {
  const t = Date.now();
  for (let i = 0; i < n; i++) fn(i);
  return (Date.now() - t) / n;
}

/** The three kinds of SpreadsheetApp call, each timed over many calls (ms per call). */
function smokeCostsCalls(sheet, marker, opts) {
  return {
    roundTrip: {
      n: opts.roundTrips,
      perCallMs: smokeTimeEach(opts.roundTrips, (i) => {
        marker.setValue(i);
        sheet.getLastRow();
      }),
    },
    repeatedRead: { n: opts.calls, perCallMs: smokeTimeEach(opts.calls, () => sheet.getLastRow()) },
    cheap: { n: opts.calls, perCallMs: smokeTimeEach(opts.calls, (i) => sheet.getRange(1 + (i % 100), 1)) },
  };
}

/**
 * Writes then reads a block of each size, `opts.repeats` times (small to large, one repeat after the other):
 * the points `{ cells, ms }` of each. A block is skipped once `opts.budgetMs` has gone by since `started`.
 */
function smokeCostsBlocks(sheet, marker, opts, started, skipped) {
  const reads = [];
  const writes = [];
  const rowsOf = (cells) => Math.max(1, Math.ceil(cells / SMOKE_COSTS_WIDTH));
  const most = Math.max.apply(null, opts.sizes.map(rowsOf));
  if (sheet.getMaxRows() < most) sheet.insertRowsAfter(sheet.getMaxRows(), most - sheet.getMaxRows());
  for (let rep = 0; rep < opts.repeats; rep++)
    for (const size of opts.sizes) {
      const rows = rowsOf(size);
      const cells = rows * SMOKE_COSTS_WIDTH;
      if (Date.now() - started > opts.budgetMs) {
        skipped.push(`block of ${cells} cells, repeat ${rep + 1}: over the budget of ${opts.budgetMs} ms`);
        continue;
      }
      const block = [];
      for (let r = 0; r < rows; r++) block.push(smokeCostsRow(r, rep));
      const range = sheet.getRange(1, 1, rows, SMOKE_COSTS_WIDTH);
      let t = Date.now();
      range.setValues(block);
      SpreadsheetApp.flush();
      writes.push({ cells, ms: Date.now() - t });
      marker.setValue(`m${rep}-${size}`);
      SpreadsheetApp.flush();
      t = Date.now();
      const values = range.getValues();
      reads.push({ cells, ms: Date.now() - t });
      if (values.length !== rows || values[rows - 1][0] !== block[rows - 1][0])
        throw new Error(`smokeCosts: the block of ${cells} cells read back is not the one written.`);
    }
  return { reads, writes };
}

/** Row `r` of a timed block: ids, names, numbers, dates, a boolean, a blank, a phone, like the add-on's rows. */
function smokeCostsRow(r, rep) {
  return [
    `HK-${String(r + 1).padStart(6, '0')}`,
    `Nguyễn Văn ${r % 997} ${rep}`,
    r + rep,
    ((r * 7.25) % 1000) + rep / 10,
    new Date(Date.UTC(2023, r % 12, 1 + (r % 28))),
    r % 3 === 0,
    '',
    `09${String((r * 7919 + rep) % 100000000).padStart(8, '0')}`,
    `Tổ ${1 + (r % 10)}`,
    new Date(Date.UTC(2024, (r + rep) % 12, 1 + (r % 27), 19, 30)),
  ];
}

/** The least-squares line of `{ cells, ms }` points: ms per call, µs per cell, r²; nulls when it cannot be fitted. */
function smokeCostsFit(points) {
  const fit = smokeLeastSquares(points.map((p) => [p.cells, p.ms]));
  return fit
    ? { interceptMs: fit.intercept, perCellUs: fit.slope * 1000, r2: fit.r2 }
    : { interceptMs: null, perCellUs: null, r2: null };
}

/**
 * The least-squares line y = intercept + slope·x of `[x, y]` pairs, and its r² (1 when every y is the same and
 * the line goes through them); null with fewer than two distinct x.
 */
function smokeLeastSquares(pairs) {
  const n = pairs.length;
  if (n < 2) return null;
  let sx = 0;
  let sy = 0;
  for (const [x, y] of pairs) {
    sx += x;
    sy += y;
  }
  const mx = sx / n;
  const my = sy / n;
  let sxx = 0;
  let sxy = 0;
  let syy = 0;
  for (const [x, y] of pairs) {
    sxx += (x - mx) * (x - mx);
    sxy += (x - mx) * (y - my);
    syy += (y - my) * (y - my);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = my - slope * mx;
  let residual = 0;
  for (const [x, y] of pairs) residual += (y - intercept - slope * x) ** 2;
  return { intercept, slope, r2: syy === 0 ? 1 : 1 - residual / syy };
}

/**
 * The script's own speed: `runs` runs of `smokeJsWorkload(objects)`, each timed (ms), the best, and the checksum
 * (the same on every engine: the same work was done).
 */
function smokeJsTiming(objects, runs) {
  const runsMs = [];
  let checksum = null;
  for (let i = 0; i < runs; i++) {
    const t = Date.now();
    checksum = smokeJsWorkload(objects);
    runsMs.push(Date.now() - t);
  }
  return { objects, runsMs, bestMs: Math.min.apply(null, runsMs), checksum };
}

/**
 * A fixed pure-JavaScript workload like the add-on's own (no service call): `n` small records made, their dates
 * formatted, the whole turned to JSON and back, the dates parsed again; a checksum of the result.
 */
function smokeJsWorkload(n) {
  const pad = (v, w) => String(v).padStart(w, '0');
  const rows = [];
  for (let i = 0; i < n; i++) {
    const day = new Date(Date.UTC(2023, i % 12, 1 + (i % 28)));
    rows.push({
      id: `HK-${pad(i, 6)}`,
      name: `Household ${i % 997}`,
      day: `${pad(day.getUTCDate(), 2)}/${pad(day.getUTCMonth() + 1, 2)}/${day.getUTCFullYear()}`,
      members: 1 + (i % 7),
    });
  }
  let checksum = 0;
  for (const r of JSON.parse(JSON.stringify(rows))) {
    const [d, m, y] = r.day.split('/').map(Number);
    const days = Date.UTC(y, m - 1, d) / 86400000;
    checksum = (checksum * 31 + days + r.members + r.id.length + r.name.length) % 1000000007;
  }
  return checksum;
}
