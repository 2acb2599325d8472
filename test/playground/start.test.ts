/**
 * How a playground workbook starts: empty as a new spreadsheet (for the first-run loop) or
 * as the sample village; the active sheet the page follows; the charts it is served.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPlayground, type Playground } from '../../local/playground/server';
import type { CallReply, SheetSlice, WorkbookInfo } from '../../local/playground/protocol';
import { parseArgs } from '../../local/playground/main';
import { ensureDist } from './dist';

let dir: string;
beforeAll(() => {
  ensureDist();
  dir = mkdtempSync(path.join(os.tmpdir(), 'antt-playground-start-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const get = async <T>(pg: Playground, p: string) => (await (await fetch(pg.url + p)).json()) as T;
const post = async <T>(pg: Playground, p: string, body: unknown) =>
  (await (
    await fetch(pg.url + p, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    })
  ).json()) as T;
const items = (info: WorkbookInfo) =>
  info.menus
    .find((m) => m.caption === 'ANTT tự quản')!
    .items.flatMap((e) => (e.type === 'item' ? [e.functionName] : []));

test('--empty starts again from an empty workbook; --reset alone from the sample', () => {
  expect(parseArgs(['--empty'], {})).toMatchObject({ empty: true, reset: true });
  expect(parseArgs(['--reset'], {})).toMatchObject({ empty: false, reset: true });
  expect(parseArgs([], {})).toMatchObject({ empty: false, reset: false });
});

test('an empty start is a new spreadsheet: one blank sheet, the short menu; set-up lands on Cài đặt', async () => {
  const pg = await startPlayground({
    port: 0,
    stateFile: path.join(dir, 'empty.json'),
    quiet: true,
    empty: true,
    today: '2023-06-16',
  });
  try {
    let info = await get<WorkbookInfo>(pg, 'api/workbook');
    expect(info.sheets.map((s) => s.name)).toEqual(['Trang tính1']);
    expect(info.active).toBe('Trang tính1');
    expect(items(info)).toEqual(['menuSetup', 'menuLoadSample', 'menuCommuneSetup', 'menuHelp']);
    // What the short menu does not offer cannot be run from the page.
    expect((await post<CallReply>(pg, 'api/menu', { fn: 'menuPatrol' })).ok).toBe(false);

    const setup = await post<CallReply>(pg, 'api/menu', { fn: 'menuSetup' });
    expect(setup.ok).toBe(true);
    info = await get<WorkbookInfo>(pg, 'api/workbook');
    expect(info.sheets).toHaveLength(19);
    expect(info.active).toBe('Cài đặt');
    expect(items(info)).toContain('menuPatrol');

    // Back to the sample, and back to empty, from the page.
    await post<CallReply>(pg, 'api/reset', {});
    info = await get<WorkbookInfo>(pg, 'api/workbook');
    expect(info.sheets.find((s) => s.name === 'Hộ gia đình')!.rows).toBeGreaterThan(100);
    expect(info.active).toBe('Cài đặt');
    await post<CallReply>(pg, 'api/reset', { empty: true });
    info = await get<WorkbookInfo>(pg, 'api/workbook');
    expect(info.sheets.map((s) => s.name)).toEqual(['Trang tính1']);
  } finally {
    await pg.close();
  }
});

test('a sheet with charts is served with each chart’s type, position and data', async () => {
  const pg = await startPlayground({
    port: 0,
    stateFile: path.join(dir, 'charts.json'),
    quiet: true,
    reset: true,
    today: '2023-06-16',
  });
  try {
    const run = await post<{ ok: boolean; value: { ok: boolean } }>(pg, 'api/run', {
      fn: 'apiWriteSummary',
      args: [{ from: '2023-01-01', to: '2023-06-15' }],
    });
    expect(run.value.ok).toBe(true);
    const slice = await get<SheetSlice>(pg, `api/sheet?name=${encodeURIComponent('Tổng hợp')}`);
    expect(slice.charts.map((c) => c.type)).toEqual(['COLUMN', 'BAR', 'PIE']);
    const monthly = slice.charts[0];
    expect(monthly.title).toBe('Tuần tra theo tháng');
    expect(monthly.categories).toEqual(['01/2023', '02/2023', '03/2023', '04/2023', '05/2023', '06/2023']);
    expect(monthly.series).toEqual(['Lượt tuần tra', 'Lượt người tham gia']);
    // The same numbers as the helper table the chart points at.
    const sheet = pg.env.spreadsheet.getSheetByName('Tổng hợp')!;
    const raw = sheet as unknown as { describeCharts(): { ranges: { a1: string }[] }[] };
    const table = sheet.getRange(raw.describeCharts()[0].ranges[0].a1).getValues().slice(1);
    expect(monthly.values).toEqual([table.map((r) => r[1]), table.map((r) => r[2])]);
    expect([monthly.anchorRow, monthly.anchorColumn, monthly.width, monthly.height]).toEqual([1, 12, 560, 380]);
    expect(slice.charts[2].values[0].every((v) => typeof v === 'number' && v > 0)).toBe(true);
  } finally {
    await pg.close();
  }
});
