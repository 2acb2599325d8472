/**
 * Issue 15: the figures read only the columns they use (`READS`, `readFor`). The narrow read gives the figures of the
 * whole read — compliance, the notice's preview, the report's preview, the TT 124 self-assessment — on the sample and
 * on a generated workbook, reads fewer cells (counted on the emulator: every `Range.getValues`), and finds moved
 * columns by their header.
 */
import { callAsScriptRun } from '../../local/bundle';
import type { GasEnvironment } from '../../local/emulator';
import { FakeRange } from '../../local/emulator/spreadsheet/range';
import { computeCompliance } from '../../src/domain/compliance';
import { composeNotice } from '../../src/domain/notice/compose';
import { noticeFacts } from '../../src/domain/notice/facts';
import { SECTION_HEADING, sectionLines, noticeTexts } from '../../src/domain/notice/model';
import { keyFigures } from '../../src/domain/notice/preview';
import { composeReport, reportFigures } from '../../src/domain/notice/report';
import { READS } from '../../src/domain/reads';
import type { WorkbookData } from '../../src/domain/report';
import { sheetDef } from '../../src/domain/sheets';
import { neededColumns, unreadableRowCount, workbookFromValues } from '../../src/domain/workbook';
import { nextNumberOf } from '../../src/server/notice/number';
import { assessTt124, type Tt124Request } from '../../src/domain/tt124/assess';
import { planSpans, READ_SHEETS } from '../../src/server/workbook';
import { intlClock } from '../../src/domain/clock';
import { loaded } from '../support/env';
import { SCALE_PERIOD, scaleWorkbook } from '../support/scale';

const clock = intlClock('Asia/Ho_Chi_Minh');
const SAMPLE_PERIOD = { from: '2021-06-23', to: '2023-06-15' };

/** Cells every `Range.getValues` returns while `fn` runs. */
function cellsRead(fn: () => void): number {
  const original = FakeRange.prototype.getValues;
  let cells = 0;
  FakeRange.prototype.getValues = function (this: FakeRange) {
    const v = original.call(this);
    for (const row of v) cells += row.length;
    return v;
  };
  try {
    fn();
  } finally {
    FakeRange.prototype.getValues = original;
  }
  return cells;
}

/** The whole workbook as the figures read it before issue 15: `getDataRange().getValues()` of every sheet. */
function wholeRead(env: GasEnvironment): { data: WorkbookData; cells: number } {
  return env.counter.quiet(() => {
    const values: Record<string, unknown[][]> = {};
    let cells = 0;
    for (const name of READ_SHEETS) {
      const sheet = env.spreadsheet.getSheetByName(name);
      if (!sheet) continue;
      values[name] = sheet.getDataRange().getValues();
      cells += values[name].length * (values[name][0]?.length ?? 0);
    }
    // The bundle's clock: the same today (a plan leaves out the months to come, SPEC §3).
    return { data: workbookFromValues(values, intlClock(clock.timeZone, env.ctx.now)), cells };
  });
}

type Ok<T> = { ok: true; data: T };
const call = <T>(bundle: Record<string, (...a: unknown[]) => unknown>, name: string, input: unknown) => {
  const r = callAsScriptRun(bundle as never, name, [input]) as Ok<T> | { ok: false; errors: unknown };
  if (!r.ok) throw new Error(`${name}: ${JSON.stringify(r.errors)}`);
  return r.data;
};

/** Compliance, the notice's preview and the report's preview: through the bundle (narrow) and from a whole read. */
function compareFigures(
  env: GasEnvironment,
  bundle: Record<string, (...a: unknown[]) => unknown>,
  period: { from: string; to: string },
): void {
  const { data } = wholeRead(env);
  const report = computeCompliance(data, period);
  const compliance = call<{ counts: unknown; metrics: unknown; unreadableRows: number }>(
    bundle,
    'apiComputeCompliance',
    period,
  );
  expect(compliance.counts).toEqual(report.counts);
  expect(compliance.metrics).toEqual(report.metrics);
  expect(compliance.unreadableRows).toBe(unreadableRowCount(report.issues));

  const preview = call<{ figures: unknown; results: string[] }>(bundle, 'apiPreviewNotice', period);
  const model = composeNotice(data.settings, report, {
    issuedOn: period.to,
    number: nextNumberOf(data.settings),
    facts: noticeFacts(data, period),
  });
  const results = model.sections.find((s) => s.heading.endsWith(SECTION_HEADING.results));
  expect(preview.figures).toEqual(keyFigures(report, data.settings));
  expect(preview.results).toEqual(results ? sectionLines(results) : []);
  expect(preview.results.length).toBeGreaterThan(0);

  const year = Number(period.to.slice(0, 4));
  const req = { kind: 'nam' as const, year };
  const reportPreview = call<{ lines: string[] }>(bundle, 'apiPreviewReport', req);
  const figures = reportFigures(data, req);
  const whole = composeReport(data.settings, { ...req, issuedOn: figures.current.period.to }, figures);
  expect(reportPreview.lines).toEqual(noticeTexts(whole));
}

/** `apiAssessTt124` (narrow) equals the assessment of a whole read; returns the cells it and the whole read read. */
function compareTt124(
  env: GasEnvironment,
  bundle: Record<string, (...a: unknown[]) => unknown>,
  reqs: Tt124Request[],
): { before: number; after: number } {
  const { data, cells } = wholeRead(env);
  let after = 0;
  for (const req of reqs) {
    let narrow: unknown;
    after = cellsRead(() => {
      narrow = call(bundle, 'apiAssessTt124', req);
    });
    expect(narrow).toEqual(assessTt124(data, req, unreadableRowCount(data.issues)));
  }
  return { before: cells, after };
}

describe('the narrow read (issue 15)', () => {
  it('gives the figures of the whole read on the sample, reading fewer cells', () => {
    const { env, bundle } = loaded();
    bundle.setupWorkbook();
    bundle.loadSampleVillage();
    compareFigures(env, bundle, SAMPLE_PERIOD);
    const before = wholeRead(env).cells;
    expect(before).toBe(16_145);
    // The sizes of the sheets are kept by the reads above (sizes.ts): each record sheet is read with open-ended
    // ranges, without its handle or last row — 2 calls a sheet fewer, the blank rows of set-up's grid read too.
    env.counter.reset();
    const after = cellsRead(() => call(bundle, 'apiComputeCompliance', SAMPLE_PERIOD));
    const method = (m: string) => env.counter.log.filter((c) => c.method === m).length;
    expect(method('Spreadsheet.getSheetByName')).toBe(2); // Cài đặt and Danh mục
    expect(method('Sheet.getLastRow')).toBe(0);
    // Vụ việc and Nghị quyết, đăng ký are not read for the figures.
    const sheetsRead = new Set(env.counter.log.filter((c) => c.method === 'Range.getValues').map((c) => c.sheet));
    expect(sheetsRead.size).toBe(2 + Object.keys(READS.compliance).length);
    expect([...sheetsRead]).not.toContain('Vụ việc');
    // Measured: 16,145 → 61,334 cells (the columns used and set-up's blank rows below them).
    expect(after).toBe(61_334);

    // The first read of a sample (no sizes kept yet): through each sheet, its last row, the columns used.
    const fresh = loaded();
    fresh.bundle.setupWorkbook();
    fresh.bundle.loadSampleVillage();
    fresh.env.counter.reset();
    const first = cellsRead(() => call(fresh.bundle, 'apiComputeCompliance', SAMPLE_PERIOD));
    expect(fresh.env.counter.log.filter((c) => c.method === 'Sheet.getLastRow').length).toBe(
      Object.keys(READS.compliance).length,
    );
    // Measured: 10,192 cells (Cài đặt and Danh mục whole; 12 of the 14 record sheets, one range each: on a few hundred
    // rows a call costs more than the unused columns between the used ones).
    expect(first).toBe(10_192);
  });

  it('reads a sheet whose grid has many blank rows below the data through the sheet, once it has seen them', () => {
    const { env, bundle } = loaded();
    bundle.setupWorkbook();
    bundle.loadSampleVillage();
    const expected = call(bundle, 'apiComputeCompliance', SAMPLE_PERIOD); // through the sheets; sizes kept
    // Someone pressed "add 1,000 rows" twenty times below Tuần tra's data.
    env.counter.quiet(() => {
      const sheet = env.spreadsheet.getSheetByName('Tuần tra')!;
      sheet.insertRowsAfter(sheet.getMaxRows(), 20_000);
    });
    const patrolCells = () =>
      env.counter.log
        .filter((c) => c.kind === 'read' && c.sheet === 'Tuần tra')
        .reduce((n, c) => n + (c.cells ?? 0), 0);
    // Open-ended, as the size says: the figures are right, the blank rows are read — and remembered.
    env.counter.reset();
    expect(call(bundle, 'apiComputeCompliance', SAMPLE_PERIOD)).toEqual(expected);
    expect(patrolCells()).toBeGreaterThan(20_000);
    // Next time Tuần tra is read through the sheet (its last row), the others still open-ended.
    env.counter.reset();
    expect(call(bundle, 'apiComputeCompliance', SAMPLE_PERIOD)).toEqual(expected);
    expect(env.counter.log.filter((c) => c.method === 'Sheet.getLastRow').map((c) => c.sheet)).toEqual(['Tuần tra']);
    expect(patrolCells()).toBeLessThan(5_000);
  });

  it('gives the figures of the whole read on a generated workbook and reads only the columns used', () => {
    const { env, bundle } = scaleWorkbook(3000);
    compareFigures(env, bundle, SCALE_PERIOD);
    const before = wholeRead(env).cells;
    const after = cellsRead(() => call(bundle, 'apiComputeCompliance', SCALE_PERIOD));
    // 3,000 rows in each sheet: a gap between used columns is left out when its cells cost more than the calls.
    // Measured: 387,435 → 183,367 cells for compliance, 204,374 for the notice's preview.
    expect(after).toBeLessThan(before * 0.5);
    const notice = cellsRead(() => call(bundle, 'apiPreviewNotice', SCALE_PERIOD));
    expect(notice).toBeLessThan(before * 0.6);
  });

  it('gives the TT 124 self-assessment of the whole read on the sample and a generated workbook, reading less', () => {
    const sample = loaded({ now: () => new Date('2026-12-07T03:00:00Z') });
    sample.bundle.setupWorkbook();
    sample.bundle.loadSampleVillage();
    const years = [2024, 2025].flatMap((year) => [{ year }, { year, policy: 'met' as const }]);
    const onSample = compareTt124(sample.env, sample.bundle, years);
    // Measured: 29,338 → 19,575 cells on the first call (every record sheet: the columns used and, on a few hundred
    // rows, the unused ones between them; the summary, handler and note of Vụ việc are never decoded); 91,138 on the
    // last (the private names of §4 included: no quoted value may hold one), the sizes known: open-ended ranges,
    // set-up's blank rows included, 2 calls a sheet fewer.
    expect(onSample).toEqual({ before: 29_338, after: 91_138 });
    const { env, bundle } = scaleWorkbook(3000);
    const onScale = compareTt124(env, bundle, [{ year: 2022, policy: 'met' }, { year: 2023 }]);
    // 3,000 rows in each sheet. Measured: 387,435 → 252,390 cells (237,385 before the private names were read).
    expect(onScale).toEqual({ before: 387_435, after: 252_390 });
  });

  it('finds a moved column by its header and reads the same figures', () => {
    const { env, bundle } = loaded();
    bundle.setupWorkbook();
    bundle.loadSampleVillage();
    const expected = call<{ counts: unknown; metrics: unknown }>(bundle, 'apiComputeCompliance', SAMPLE_PERIOD);
    env.counter.quiet(() => {
      // A user's columns inserted inside Tuần tra and before Hộ gia đình's columns: the registry's places are wrong.
      const patrols = env.spreadsheet.getSheetByName('Tuần tra')!;
      patrols.insertColumnBefore(2);
      patrols.getRange(1, 2).setValue('Ghi chú riêng');
      const households = env.spreadsheet.getSheetByName('Hộ gia đình')!;
      households.insertColumnBefore(1);
      households.getRange(1, 1).setValue('Cột của tôi');
      // Thành viên cut to 7 columns (its last six and `Tổ` deleted): the registry's place of `Ngày rời`, the 8th
      // column, is outside the grid, so the read there fails and the header row says where the columns are.
      const members = env.spreadsheet.getSheetByName('Thành viên')!;
      members.deleteColumns(9, members.getMaxColumns() - 8);
      members.deleteColumn(3);
    });
    env.counter.reset();
    const moved = call<{ counts: unknown; metrics: unknown; issues: unknown[] }>(
      bundle,
      'apiComputeCompliance',
      SAMPLE_PERIOD,
    );
    expect(moved.counts).toEqual(expected.counts);
    expect(moved.metrics).toEqual(expected.metrics);
    expect(moved.issues).toEqual([]);
    // The three sheets' header rows were read whole (getLastColumn) after the columns were not where set-up put them.
    expect(env.counter.count({ service: 'SpreadsheetApp', method: 'Sheet.getLastColumn' })).toBe(3);
  });

  it('keeps a row whose bad cell is in a column the figures do not use; the data check reports the cell', () => {
    const { env, bundle } = loaded();
    bundle.setupWorkbook();
    bundle.loadSampleVillage();
    const expected = call<{ counts: unknown; metrics: unknown }>(bundle, 'apiComputeCompliance', SAMPLE_PERIOD);
    env.counter.quiet(() => {
      const sheet = env.spreadsheet.getSheetByName('Cam kết')!;
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0];
      sheet.getRange(2, header.indexOf('Ngày ký') + 1).setValue('31/02/2023');
    });
    const r = call<{ counts: unknown; metrics: unknown; issues: unknown[] }>(
      bundle,
      'apiComputeCompliance',
      SAMPLE_PERIOD,
    );
    expect([r.counts, r.metrics, r.issues]).toEqual([expected.counts, expected.metrics, []]);
    const check = callAsScriptRun(bundle as never, 'apiValidateWorkbook', []) as Ok<{ issues: { sheet: string }[] }>;
    expect(check.data.issues.some((i) => i.sheet === 'Cam kết')).toBe(true);
  });

  it('plans the fewest ranges that pay for their calls', () => {
    // Two columns 5 apart: one range on a few rows, two ranges on many.
    expect(planSpans([2, 8], 100)).toEqual([{ first: 2, last: 8 }]);
    expect(planSpans([2, 8], 50_000)).toEqual([
      { first: 2, last: 2 },
      { first: 8, last: 8 },
    ]);
    expect(planSpans([1, 2, 3, 9], 50_000)).toEqual([
      { first: 1, last: 3 },
      { first: 9, last: 9 },
    ]);
    expect(planSpans([3, 1, 3], 10)).toEqual([{ first: 1, last: 3 }]);
  });

  it('decodes only the declared columns and a required one', () => {
    const cols = (key: Parameters<typeof sheetDef>[0], fields: string[]) =>
      neededColumns(sheetDef(key), fields).map((c) => c.field);
    expect(cols('cameras', ['installedOn', 'working'])).toEqual(['location', 'installedOn', 'working']);
    expect(cols('patrols', ['date', 'participants'])).toEqual(['date', 'participants']);
    expect(cols('teams', ['name'])).toEqual(['name']);
  });
});
