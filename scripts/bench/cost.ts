/**
 * The cost model of `npm run bench`, in one place: a run on the emulator, counted (calls, cells read, cells
 * written, other service calls, `Utilities` calls, the script's own Node time), is turned into an estimated time
 * in Apps Script. Every constant names where it comes from; where no published measurement was found it says
 * it is an assumption. The README (*Limits*) quotes this table. `npm run smoke:google` measures each constant on real
 * Google (README, *Kiểm tra trên Google thật*) and prints it beside these: replace an assumption's `value` and
 * `source` by a measurement there, then run `npm run bench`.
 */
import type { CallCounter } from '../../local/emulator';

export interface Constant {
  value: number;
  unit: string;
  source: string;
}

export const COST = {
  perSpreadsheetCall: {
    value: 0.1,
    unit: 's per SpreadsheetApp call',
    source:
      'assumption inside a measured range: a call served by Apps Script’s look-ahead cache took 3 ms ' +
      '(1,000 × getRange().getValue() in 3.06 s), one that is not took 160 ms (1,000 × getLastRow() in 160 s) — ' +
      'bugbugnow.net 2019, “GoogleAppsScriptのスプレッドシート処理を高速化する”; Google’s best-practices page ' +
      '(“Minimize calls to other services”, “Use batch operations”) gives no figure',
  },
  perCellRead: {
    value: 12.5e-6,
    unit: 's per cell read',
    source:
      'assumption: taken equal to a cell written (no published per-cell read figure found); reads do not ' +
      'recalculate, so this is likely high',
  },
  perCellWritten: {
    value: 12.5e-6,
    unit: 's per cell written',
    source:
      'measured upper bound: one setValues of 4,000 cells took under 50 ms (call included) — Stack Overflow, ' +
      '“What is faster: ScriptDb or SpreadsheetApp?” (2013)',
  },
  perOtherCall: {
    value: 0.1,
    unit: 's per DocumentApp, DriveApp, Properties, Cache or Lock call',
    source: 'assumption: the same as a Spreadsheet call (each is a call to a Google service)',
  },
  perUtilityCall: {
    value: 0.001,
    unit: 's per Utilities call (formatDate)',
    source: 'assumption: made in the script’s own process, no round trip',
  },
  jsFactor: {
    value: 10,
    unit: '× the script’s own Node time (emulator time taken out)',
    source: 'assumption: Apps Script’s V8 runs the same JavaScript 10× slower than Node on this machine',
  },
} satisfies Record<string, Constant>;

/** What one run cost on the emulator. */
export interface Measure {
  /** SpreadsheetApp calls. */
  calls: number;
  cellsRead: number;
  cellsWritten: number;
  /** Other Google service calls (DocumentApp, DriveApp, Properties, Cache, Lock, Session, …). */
  otherCalls: number;
  /** `Utilities` calls. */
  utilityCalls: number;
  /** Node time of the run, ms. */
  nodeMs: number;
  /** Node time outside the emulator's calls: the script's own work, ms (by the CPU time when that is less). */
  scriptMs: number;
  /** Most `getValues`/`getDisplayValues` calls on one sheet, and on which. */
  maxReadsOfOneSheet: { sheet: string; n: number };
  /** Most value writes (`setValues`, `setValue`, `appendRow`) to one sheet, and to which. */
  maxWritesOfOneSheet: { sheet: string; n: number };
  /** Sheets the run changed (any write call on one of its ranges or on the sheet: values, rows, formats). */
  sheetsWritten: string[];
}

const VALUE_READS = new Set(['Range.getValues', 'Range.getDisplayValues']);
const VALUE_WRITES = new Set(['Range.setValues', 'Range.setValue', 'Sheet.appendRow']);

/**
 * The figures of the counter's log since its last reset, with `nodeMs` of the run (wall time) and, if known, its
 * CPU time: on a busy machine the wall time counts the waits for a core, so the script's share of the CPU time
 * is taken when it is the smaller.
 */
export function measureOf(counter: CallCounter, nodeMs: number, cpuMs = Infinity): Measure {
  const reads = new Map<string, number>();
  const writes = new Map<string, number>();
  const written = new Set<string>();
  let other = 0;
  let utilities = 0;
  for (const c of counter.log) {
    if (c.service === 'Utilities') utilities++;
    else if (c.service !== 'SpreadsheetApp') other++;
    if (c.sheet === undefined) continue;
    if (VALUE_READS.has(c.method)) reads.set(c.sheet, (reads.get(c.sheet) ?? 0) + 1);
    if (VALUE_WRITES.has(c.method)) writes.set(c.sheet, (writes.get(c.sheet) ?? 0) + 1);
    if (c.kind === 'write') written.add(c.sheet);
  }
  const most = (m: Map<string, number>) =>
    [...m].reduce((a, [sheet, n]) => (n > a.n ? { sheet, n } : a), { sheet: '', n: 0 });
  return {
    calls: counter.count({ service: 'SpreadsheetApp' }),
    cellsRead: counter.cells({ service: 'SpreadsheetApp', kind: 'read' }),
    cellsWritten: counter.cells({ service: 'SpreadsheetApp', kind: 'write' }),
    otherCalls: other,
    utilityCalls: utilities,
    nodeMs,
    scriptMs: Math.max(0, Math.min(nodeMs - counter.serviceMs, (cpuMs * (nodeMs - counter.serviceMs)) / nodeMs)),
    maxReadsOfOneSheet: most(reads),
    maxWritesOfOneSheet: most(writes),
    sheetsWritten: [...written].sort(),
  };
}

/** Runs `fn` counted from zero and measures it. */
export function measure<T>(counter: CallCounter, fn: () => T): { result: T; m: Measure } {
  counter.reset();
  const cpu = process.cpuUsage();
  const t = performance.now();
  const result = fn();
  const nodeMs = performance.now() - t;
  const used = process.cpuUsage(cpu);
  return { result, m: measureOf(counter, nodeMs, (used.user + used.system) / 1000) };
}

/** Estimated seconds in Apps Script, by part and in total. */
export function estimate(m: Measure): {
  total: number;
  calls: number;
  cells: number;
  other: number;
  script: number;
} {
  const calls = m.calls * COST.perSpreadsheetCall.value;
  const cells = m.cellsRead * COST.perCellRead.value + m.cellsWritten * COST.perCellWritten.value;
  const other = m.otherCalls * COST.perOtherCall.value + m.utilityCalls * COST.perUtilityCall.value;
  const script = (m.scriptMs / 1000) * COST.jsFactor.value;
  return { total: calls + cells + other + script, calls, cells, other, script };
}

/** The model in one line, for a table's target column. */
export const MODEL_TEXT =
  `${COST.perSpreadsheetCall.value} s/Spreadsheet call + ${COST.perCellRead.value * 1e6} µs/cell read + ` +
  `${COST.perCellWritten.value * 1e6} µs/cell written + ${COST.perOtherCall.value} s/other service call + ` +
  `${COST.perUtilityCall.value * 1000} ms/Utilities call + script's Node time ×${COST.jsFactor.value}`;
