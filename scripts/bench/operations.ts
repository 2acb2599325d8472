/**
 * Issue 15, part 5: every operation's cost on the emulator — Spreadsheet calls, cells read, cells written — with
 * its limit, the ratio to it, and the time cost.ts estimates in Apps Script, at village size (the sample: set up,
 * then `loadSampleVillage`) and at 10,000 households / 50,000 patrols (generate.ts's `LARGE_SIZE`).
 *
 * Limits (issue 15): a save ≤ 10 Spreadsheet calls and ≤ 2 cells read per existing row of the sheets it writes;
 * set-up ≤ 60 calls on an empty spreadsheet, ≤ 20 on a complete one (the sample loader likewise); compliance at
 * 10,000 households / 50,000 patrols estimated ≤ 10 s; one read per needed sheet, one write per changed sheet
 * (counted as the most `getValues`/`getDisplayValues`, and the most `setValues`/`setValue`/`appendRow`, on one
 * sheet). Whole-workbook menu calls keep ⅓ of Apps Script's 6-minute limit (≤ 120 s estimated), the commune's
 * update must fit a village in its 5-minute run budget.
 */
import { callAsScriptRun } from '../../local/bundle';
import type { GasEnvironment } from '../../local/emulator';
import { RUN_BUDGET_MS } from '../../src/domain/commune/progress';
import { intlClock } from '../../src/domain/clock';
import { readRecords } from '../../src/domain/codec';
import { sheetDef } from '../../src/domain/sheets';
import { SAMPLE_PERIOD } from '../../src/sample/pacKhuong';
import { buildCommune, PERIOD as COMMUNE_PERIOD, POLICE, SECRETARY } from '../../test/support/commune';
import { estimate, type Measure, measure } from './cost';
import { fresh } from './foundation';
import { GENERATED_PERIOD, generateWorkbook, LARGE_SIZE, loadGenerated } from './generate';
import { type SaveContext, SAVES } from './saves';
import type { AddOp, Bound } from './table';

const VILLAGE = 'village (sample)';
const LARGE = '10,000 hh / 50,000 patrols';
const MENU_S = 120;
const COMPLIANCE_S = 10;

type Bundle = ReturnType<typeof fresh>['bundle'];

const oneReadOneWrite = (m: Measure): Bound[] => [
  { name: `reads of one sheet (${m.maxReadsOfOneSheet.sheet || '—'})`, value: m.maxReadsOfOneSheet.n, limit: 1 },
  { name: `writes of one sheet (${m.maxWritesOfOneSheet.sheet || '—'})`, value: m.maxWritesOfOneSheet.n, limit: 1 },
];

function row(addOp: AddOp, operation: string, size: string, m: Measure, bounds: Bound[], note?: string): void {
  const { total, ...parts } = estimate(m);
  addOp({
    operation,
    size,
    calls: m.calls,
    cellsRead: m.cellsRead,
    cellsWritten: m.cellsWritten,
    seconds: total,
    parts,
    bounds,
    note,
  });
}

/** `fn` as `google.script.run` calls it, counted; `ok` false when the API answered a refusal or threw. */
function run(env: GasEnvironment, fn: () => unknown): { m: Measure; ok: boolean } {
  const { result, m } = measure(env.counter, () => {
    try {
      return fn() as { ok?: boolean };
    } catch {
      return { ok: false };
    }
  });
  return { m, ok: result === undefined || result?.ok !== false };
}

/** Existing data rows of every sheet (header excluded), uncounted. */
function dataRows(env: GasEnvironment): Map<string, number> {
  return env.counter.quiet(
    () => new Map(env.spreadsheet.getSheets().map((s) => [s.getName(), Math.max(0, s.getLastRow() - 1)])),
  );
}

/** Households living in the village from 2020-03-01 on (none moved out, none arrived later), read uncounted. */
function saveContext(env: GasEnvironment): SaveContext {
  const clock = intlClock('Asia/Ho_Chi_Minh');
  const def = sheetDef('households');
  const values = env.counter.quiet(() => env.spreadsheet.getSheetByName(def.name)!.getDataRange().getValues());
  const households = readRecords<{ id: string; arrivedOn: string | null; leftOn: string | null }>(def, values, {
    clock,
  })
    .rows.map((r) => r.record)
    .filter((h) => !h.leftOn && (!h.arrivedOn || h.arrivedOn <= '2020-03-01'))
    .map((h) => h.id);
  return { households };
}

interface Workbook {
  env: GasEnvironment;
  bundle: Bundle;
  size: string;
  period: { from: string; to: string };
  year: number;
  /** The TT 124 year assessed (01/11 of the year before to 31/10). */
  tt124Year: number;
}

/** The whole-workbook operations, then set-up on the complete workbook, then every save. */
function benchWorkbook(addOp: AddOp, w: Workbook, village?: Map<string, number>): Map<string, number> {
  const { env, bundle, size, period } = w;
  const api = (name: string, input?: unknown) => () =>
    callAsScriptRun(bundle, name, input === undefined ? [] : [input]);
  const issuedOn = period.to;
  const tt124 = { year: w.tt124Year, policy: 'met' };
  const calls: [string, () => unknown, number][] = [
    ['apiBootstrap (forms)', api('apiBootstrap'), MENU_S],
    ['apiComputeCompliance', api('apiComputeCompliance', period), COMPLIANCE_S],
    ['apiPreviewNotice', api('apiPreviewNotice', period), MENU_S],
    ['apiValidateWorkbook (data check)', api('apiValidateWorkbook'), MENU_S],
    ['apiWriteSummary (Tổng hợp)', api('apiWriteSummary', period), MENU_S],
    ['apiGenerateNotice (Doc)', api('apiGenerateNotice', { ...period, issuedOn }), MENU_S],
    [
      'apiGenerateReport (annual, Doc + PDF)',
      api('apiGenerateReport', { kind: 'nam', year: w.year, issuedOn }),
      MENU_S,
    ],
    ['apiAssessTt124 (TT 124 self-assessment)', api('apiAssessTt124', tt124), MENU_S],
    [
      'apiGenerateTt124 (TT 124, Doc + PDF)',
      api('apiGenerateTt124', { ...tt124, issuedOn: `${w.tt124Year}-11-05` }),
      MENU_S,
    ],
  ];
  for (const [name, fn, seconds] of calls) {
    const { m, ok } = run(env, fn);
    row(
      addOp,
      name,
      size,
      m,
      [{ name: 'est. s', value: estimate(m).total, limit: seconds }, ...oneReadOneWrite(m)],
      ok ? undefined : 'failed',
    );
  }
  const setup = run(env, () => bundle.setupWorkbook());
  row(addOp, 'setupWorkbook, complete workbook', size, setup.m, [
    { name: 'calls', value: setup.m.calls, limit: 20 },
    { name: 'est. s', value: estimate(setup.m).total, limit: MENU_S },
  ]);

  const context = saveContext(env);
  const callsBySave = new Map<string, number>();
  for (const [fn, label, make] of SAVES) {
    const before = dataRows(env);
    const input = make(context);
    const { m, ok } = run(env, () => callAsScriptRun(bundle, fn, [input]));
    const existing = m.sheetsWritten.reduce((n, s) => n + (before.get(s) ?? 0), 0);
    const key = `${fn} (${label})`;
    callsBySave.set(key, m.calls);
    const same = village?.get(key);
    const notes = [
      ok ? '' : 'failed',
      `writes ${m.sheetsWritten.join(', ') || 'nothing'}`,
      same === undefined ? '' : same === m.calls ? 'calls as at village size' : `village size: ${same} calls`,
    ].filter((s) => s !== '');
    row(
      addOp,
      key,
      size,
      m,
      [
        { name: 'calls', value: m.calls, limit: 10 },
        { name: `cells read (2 × ${existing.toLocaleString('en-US')} rows)`, value: m.cellsRead, limit: 2 * existing },
        ...oneReadOneWrite(m),
      ],
      notes.join('; '),
    );
  }
  return callsBySave;
}

/** The commune's update (SPEC §9.4) over the sample and two small villages, and over the sample and a large one. */
function benchCommuneUpdate(addOp: AddOp, large: ReturnType<typeof generateWorkbook>): void {
  const small = buildCommune({ faults: false });
  const s = run(small.env, () => small.bundle.apiCommuneUpdate(COMMUNE_PERIOD));
  const villages = small.villages.length;
  row(
    addOp,
    `commune update (apiCommuneUpdate), per village of ${villages}`,
    'sample + 40 and 90 rows/sheet',
    perVillage(s.m, villages),
    [{ name: 'est. s per village', value: estimate(s.m).total / villages, limit: RUN_BUDGET_MS / 1000 }],
    s.ok ? undefined : 'failed',
  );

  const big = buildCommune({ generated: [], faults: false });
  const { env, bundle } = big;
  env.setUser(SECRETARY);
  const ss = env.addSpreadsheet({ name: 'Thôn lớn' });
  env.setActiveSpreadsheet(ss);
  bundle.setupWorkbook();
  loadGenerated(env, large);
  ss.viewers.push(POLICE);
  env.setUser(POLICE);
  env.setActiveSpreadsheet(big.commune);
  env.counter.quiet(() =>
    big.commune
      .getSheetByName('Các thôn')!
      .appendRow([`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit#gid=0`, 'Thôn lớn']),
  );
  const l = run(env, () => bundle.apiCommuneUpdate(COMMUNE_PERIOD));
  row(
    addOp,
    'commune update (apiCommuneUpdate), the sample and one large village',
    LARGE,
    l.m,
    [{ name: 'est. s (one run)', value: estimate(l.m).total, limit: RUN_BUDGET_MS / 1000 }],
    l.ok ? undefined : 'failed',
  );
}

function perVillage(m: Measure, n: number): Measure {
  return {
    ...m,
    calls: Math.round(m.calls / n),
    cellsRead: Math.round(m.cellsRead / n),
    cellsWritten: Math.round(m.cellsWritten / n),
    otherCalls: m.otherCalls / n,
    utilityCalls: m.utilityCalls / n,
    nodeMs: m.nodeMs / n,
    scriptMs: m.scriptMs / n,
  };
}

export function benchOperations(addOp: AddOp): void {
  // Set-up and the sample loader: on an empty spreadsheet, then on a complete one.
  const { env, bundle } = fresh();
  const empty = run(env, () => bundle.setupWorkbook());
  row(addOp, 'setupWorkbook, empty spreadsheet', 'empty', empty.m, [
    { name: 'calls', value: empty.m.calls, limit: 60 },
    { name: 'est. s', value: estimate(empty.m).total, limit: MENU_S },
  ]);
  const sample = run(env, () => bundle.loadSampleVillage());
  row(addOp, 'loadSampleVillage, set-up spreadsheet', VILLAGE, sample.m, [
    { name: 'calls', value: sample.m.calls, limit: 20 },
    { name: 'est. s', value: estimate(sample.m).total, limit: MENU_S },
  ]);
  const other = fresh();
  const sampleEmpty = run(other.env, () => other.bundle.loadSampleVillage());
  row(addOp, 'loadSampleVillage, empty spreadsheet (set-up included)', 'empty', sampleEmpty.m, [
    { name: 'calls', value: sampleEmpty.m.calls, limit: 60 },
    { name: 'est. s', value: estimate(sampleEmpty.m).total, limit: MENU_S },
  ]);

  const village = benchWorkbook(addOp, {
    env,
    bundle,
    size: VILLAGE,
    period: SAMPLE_PERIOD,
    year: 2022,
    tt124Year: 2025,
  });

  const values = generateWorkbook(LARGE_SIZE, intlClock('Asia/Ho_Chi_Minh'));
  const large = fresh();
  large.bundle.setupWorkbook();
  loadGenerated(large.env, values);
  benchWorkbook(
    addOp,
    { env: large.env, bundle: large.bundle, size: LARGE, period: GENERATED_PERIOD, year: 2023, tt124Year: 2023 },
    village,
  );
  benchCommuneUpdate(addOp, values);
}
