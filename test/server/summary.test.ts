/**
 * apiWriteSummary through the built bundle on the emulator: the `Tổng hợp` sheet, its charts, and nothing else
 * touched.
 */
import { callAsScriptRun } from '../../local/bundle';
import { loaded, snapshot } from '../support/env';
import { READS } from '../../src/domain/reads';

type FakeSheet = GoogleAppsScript.Spreadsheet.Sheet & {
  describeCharts(): { type: string; ranges: { sheet: string; a1: string }[]; options: Record<string, unknown> }[];
};
type Result =
  | { ok: true; data: { sheet: string; range: string; charts: number; message: string } }
  | { ok: false; errors: { field: string }[] };

const PERIOD = { from: '2021-06-23', to: '2023-06-15' };

describe('apiWriteSummary', () => {
  const { env, bundle } = loaded();
  bundle.setupWorkbook();
  bundle.loadSampleVillage();
  const ss = env.spreadsheet;
  const summary = () => ss.getSheetByName('Tổng hợp')! as FakeSheet;
  const values = () => env.counter.quiet(() => summary().getDataRange().getValues());
  const others = () => {
    const all = snapshot(env);
    delete all['Tổng hợp'];
    return all;
  };
  const before = others();
  env.counter.reset();
  const first = callAsScriptRun(bundle, 'apiWriteSummary', [PERIOD]) as Result;
  const writes = env.counter.byMethod('SpreadsheetApp');

  it('answers with the sheet, the block and three charts', () => {
    if (!first.ok) throw new Error('not ok');
    expect(first.data.sheet).toBe('Tổng hợp');
    expect(first.data.charts).toBe(3);
    expect(first.data.message).toBe('Đã ghi trang "Tổng hợp" cho kỳ 23/06/2021 – 15/06/2023.');
  });

  it('writes the period, the metric table with Đạt / Chưa đạt in colour, and the counts', () => {
    const v = values();
    const text = v.map((r) => r.join('|')).join('\n');
    expect(v[0][0]).toBe('TỔNG HỢP KẾT QUẢ THỰC HIỆN MÔ HÌNH "THÔN PÁC KHUÔNG TỰ QUẢN VỀ ANTT"');
    expect(v[1][0]).toBe('Kỳ báo cáo: 23/06/2021 – 15/06/2023');
    expect(v[5].slice(0, 6)).toEqual(['Chỉ tiêu', 'Đạt được', 'Trên tổng số', 'Tỷ lệ (%)', 'Mục tiêu (%)', 'Đánh giá']);
    const row = (label: string) => v.find((r) => r[0] === label)!;
    expect(row('Hộ gia đình tham gia sinh hoạt, tuyên truyền').slice(0, 6)).toEqual([
      'Hộ gia đình tham gia sinh hoạt, tuyên truyền',
      97,
      106,
      91.5,
      90,
      'Đạt',
    ]);
    expect(row('Hộ ký đủ các cam kết bắt buộc').slice(0, 6)).toEqual([
      'Hộ ký đủ các cam kết bắt buộc',
      106,
      106,
      100,
      100,
      'Đạt',
    ]);
    expect(row('Người dân có định danh điện tử mức 2').slice(0, 6)).toEqual([
      'Người dân có định danh điện tử mức 2',
      263,
      365,
      72.1,
      '',
      '',
    ]);
    expect(row('Lượt tuần tra').slice(0, 2)).toEqual(['Lượt tuần tra', 43]);
    expect(row('Lượt thành viên tham gia tuần tra').slice(0, 2)).toEqual(['Lượt thành viên tham gia tuần tra', 209]);
    expect(text).toContain('Nhắc nhở: Lấn chiếm lòng đường, vỉa hè|7');
    const r = v.findIndex((x) => x[0] === 'Hộ gia đình tham gia sinh hoạt, tuyên truyền') + 1;
    const cell = env.counter.quiet(() => summary().getRange(r, 6));
    expect([cell.getBackground(), cell.getFontColor(), cell.getFontWeight()]).toEqual(['#e6f4ea', '#137333', 'bold']);
  });

  it('writes the table block with one setValues and one call per style', () => {
    expect(writes['Range.setValues']).toBe(1);
    expect(writes['Range.setBackgrounds']).toBe(1);
    expect(writes['Range.setFontColors']).toBe(1);
    // One read per sheet the figures come from: Cài đặt, Danh mục and the record sheets they use.
    expect(writes['Range.getValues']).toBe(2 + Object.keys(READS.summary).length);
  });

  it('embeds three charts on helper tables of the same sheet', () => {
    const charts = summary().describeCharts();
    expect(charts.map((c) => c.type)).toEqual(['COLUMN', 'BAR', 'PIE']);
    expect(charts.map((c) => c.options.title)).toEqual([
      'Tuần tra theo tháng',
      'Tỷ lệ đạt được so với mục tiêu (%)',
      'Nhắc nhở theo loại (trường hợp)',
    ]);
    for (const c of charts) expect(c.ranges.map((r) => r.sheet)).toEqual(['Tổng hợp']);
    const v = values();
    const [monthly, targets, reminders] = charts.map((c) =>
      env.counter.quiet(() => summary().getRange(c.ranges[0].a1).getValues()),
    );
    expect(monthly[0]).toEqual(['Tháng', 'Lượt tuần tra', 'Lượt người tham gia']);
    expect(monthly).toHaveLength(26); // 25 months touched
    expect(monthly[1][0]).toBe('06/2021');
    expect(monthly.slice(1).reduce((a, r) => a + Number(r[1]), 0)).toBe(43);
    expect(monthly.slice(1).reduce((a, r) => a + Number(r[2]), 0)).toBe(209);
    expect(targets[0]).toEqual(['Chỉ tiêu', 'Tỷ lệ (%)', 'Mục tiêu (%)']);
    expect(targets.find((r) => r[0] === 'Tuần tra theo kế hoạch')).toEqual(['Tuần tra theo kế hoạch', 86, 80]);
    expect(reminders).toEqual([
      ['Loại nhắc nhở', 'Số trường hợp'],
      ['Kinh doanh quá giờ quy định', 43],
      ['Lấn chiếm lòng đường, vỉa hè', 7],
      ['Xả rác không đúng nơi quy định', 5],
    ]);
    expect(v.length).toBeGreaterThan(40);
  });

  it('a second write replaces the summary and its charts, and no other sheet changes', () => {
    const second = callAsScriptRun(bundle, 'apiWriteSummary', [{ from: '2023-01-01', to: '2023-06-30' }]) as Result;
    expect(second.ok).toBe(true);
    expect(summary().getCharts()).toHaveLength(3);
    const v = values();
    expect(v[1][0]).toBe('Kỳ báo cáo: 01/01/2023 – 30/06/2023');
    const charts = summary().describeCharts();
    const monthly = env.counter.quiet(() => summary().getRange(charts[0].ranges[0].a1).getValues());
    expect(monthly).toHaveLength(7);
    // Nothing of the longer first summary is left below or beside the new one.
    expect(v.flat().filter((x) => x === '06/2021')).toHaveLength(0);
    expect(others()).toEqual(before);
  });

  it('refuses a bad period and writes nothing', () => {
    env.counter.reset();
    const r = callAsScriptRun(bundle, 'apiWriteSummary', [{ from: 'hôm qua', to: '2023-06-30' }]) as Result;
    expect(r).toMatchObject({ ok: false, errors: [{ field: 'from' }] });
    expect(env.counter.count({ service: 'SpreadsheetApp', kind: 'write' })).toBe(0);
  });

  it('shows each figure beside the same dates a year earlier, as the BÁO CÁO does', () => {
    // The year 2022 against 2021, figures taken from apiComputeCompliance of each year.
    const year = (y: number) => ({ from: `${y}-01-01`, to: `${y}-12-31` });
    const r = callAsScriptRun(bundle, 'apiWriteSummary', [year(2022)]) as Result;
    expect(r.ok).toBe(true);
    const figures = (y: number) =>
      (callAsScriptRun(bundle, 'apiComputeCompliance', [year(y)]) as { data: { counts: { patrols: number } } }).data;
    const [now, before] = [figures(2022), figures(2021)];
    const v = values();
    const title = v.findIndex((row) => row[0] === 'So với cùng kỳ năm trước (01/01/2021 – 31/12/2021)');
    expect(title).toBeGreaterThan(0);
    expect(v[title + 1].slice(0, 4)).toEqual(['Chỉ tiêu, số liệu', 'Kỳ này', 'Cùng kỳ năm trước', 'Thay đổi']);
    const patrols = v.slice(title + 2).find((row) => String(row[0]).startsWith('Tuần tra'))!;
    expect(now.counts.patrols).toBeGreaterThan(0);
    expect(String(patrols[1])).toContain(String(now.counts.patrols));
    expect(String(patrols[2])).toContain(String(before.counts.patrols));
    expect(String(patrols[3])).not.toBe('');
    // The metric rows compare rates too.
    expect(v.slice(title + 2).some((row) => row[0] === 'Hộ ký đủ các cam kết bắt buộc')).toBe(true);
  });
});
