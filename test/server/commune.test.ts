/**
 * The commune's view (SPEC §9) through dist/Code.js: a commune spreadsheet and its villages in one emulator — the
 * sample village and two generated ones (test/support/fill.ts), plus one the commune may not open, one not set up
 * and a wrong address. Each village's figures equal that village's own apiComputeCompliance; the totals are the
 * sums of numerators and denominators; a simulated time limit is continued to completion.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { documentToJson, type ElementJson } from '../../local/emulator/document';
import type { FakeSpreadsheet } from '../../local/emulator/spreadsheet';
import { parseFigures } from '../../src/domain/commune/figures';
import { RUN_LIMIT_MS } from '../../src/domain/commune/progress';
import { percentOf } from '../../src/domain/compliance';
import { buildCommune, type Commune, PERIOD, POLICE, SECRETARY } from '../support/commune';
import { RECORD_KEYS } from '../../src/domain/workbook';

interface Metric {
  key: string;
  label: string;
  numerator: number;
  denominator: number;
  percent: number | null;
}
interface Compliance {
  counts: Record<string, number | Record<string, number>>;
  metrics: Metric[];
}
type Run = {
  ok: boolean;
  data: { finished: boolean; done: number; total: number; runs: number; statuses: Record<string, number> };
  errors?: { message: string }[];
};

const build = (): Commune => buildCommune();

/** A village's own figures, as its `Tỷ lệ tuân thủ` computes them (run bound to it, as its secretary). */
function own(c: Commune, ss: FakeSpreadsheet): Compliance {
  const active = c.env.spreadsheet;
  const user = c.env.ctx.user.email;
  c.env.setActiveSpreadsheet(ss);
  c.env.setUser(SECRETARY);
  const r = c.bundle.apiComputeCompliance(PERIOD) as { ok: true; data: Compliance };
  c.env.setActiveSpreadsheet(active);
  c.env.setUser(user);
  expect(r.ok).toBe(true);
  return r.data;
}

const rowsOf = (c: Commune) =>
  c.commune
    .getSheetByName('Các thôn')!
    .getDataRange()
    .getValues()
    .slice(1)
    .map((r) => r.slice(0, 7));

const summaryValues = (c: Commune) => c.commune.getSheetByName('Tổng hợp xã')!.getDataRange().getValues();

/** The block of `Tổng hợp xã` under the row whose first cell is `title` (to the next blank row). */
function block(values: unknown[][], title: string): unknown[][] {
  const at = values.findIndex((r) => r[0] === title);
  expect(at).toBeGreaterThan(-1);
  const out: unknown[][] = [];
  for (let i = at + 2; i < values.length && values[i].some((v) => v !== ''); i++) out.push(values[i]);
  return out;
}

describe('a commune of three villages (sample + two generated), one locked, one not set up, one wrong address', () => {
  const c = build();
  const run = c.bundle.apiCommuneUpdate(PERIOD) as Run;

  it('finishes in one run with the clock standing still, with a status per village', () => {
    expect(run.ok).toBe(true);
    expect(run.data).toMatchObject({ finished: true, done: 6, total: 6, runs: 1 });
    expect(run.data.statuses).toEqual({ ok: 3, noAccess: 2, notSetUp: 1 });
    const rows = rowsOf(c);
    expect(rows.map((r) => [r[1], r[2]])).toEqual([
      ['Pác Khuông', 'Đã cập nhật'],
      ['Nà Vường', 'Đã cập nhật'],
      ['Khuổi Cuồng', 'Đã cập nhật'],
      ['Bản Chu', 'Không có quyền'],
      ['Thôn mới', 'Chưa thiết lập'],
      ['Nà Pò', 'Không có quyền'],
    ]);
    expect(rows[3][4]).toContain('chưa chia sẻ cho tài khoản này');
    expect(rows[5][4]).toContain('Không phải địa chỉ của một bảng tính Google');
    expect(rows[0][3]).toBeInstanceOf(Date);
    expect(rows[0][5]).toBe('01/01/2023 – 20/06/2023');
  });

  it("each village's figures equal that village's own Tỷ lệ tuân thủ for the period", () => {
    const rows = rowsOf(c);
    c.villages.forEach((v, i) => {
      const mine = own(c, v.ss);
      const kept = parseFigures(rows[i][6])!;
      expect(kept.period).toEqual(PERIOD);
      expect(kept.counts).toEqual(mine.counts);
      expect(kept.metrics.map((m) => [m.key, m.numerator, m.denominator])).toEqual(
        mine.metrics.map((m) => [m.key, m.numerator, m.denominator]),
      );
    });
    // The three are not the same village: their households differ.
    expect(new Set(c.villages.map((v) => own(c, v.ss).counts.households)).size).toBe(3);
  });

  it('only aggregates reach the commune: no name, id or row of a village in any cell', () => {
    const text = JSON.stringify(
      c.env.counter.quiet(() => c.commune.getSheets().map((s) => s.getDataRange().getValues())),
    );
    for (const probe of ['Chủ hộ', 'Thành viên 1', 'TV-0001', 'H001', 'Người 1']) expect(text).not.toContain(probe);
  });

  it('the totals: counts summed, rates recomputed from the summed numerators and denominators', () => {
    const mine = c.villages.map((v) => own(c, v.ss));
    const values = summaryValues(c);
    const metrics = block(values, 'Chỉ tiêu của xã (cộng tử số và mẫu số của các thôn)');
    const byLabel = new Map(metrics.map((r) => [r[0], r]));
    for (const m of mine[0].metrics) {
      const n = mine.reduce((s, x) => s + x.metrics.find((y) => y.key === m.key)!.numerator, 0);
      const d = mine.reduce((s, x) => s + x.metrics.find((y) => y.key === m.key)!.denominator, 0);
      const row = byLabel.get(m.label)!;
      expect([row[1], row[2], row[3]]).toEqual([n, d, percentOf(n, d) ?? '']);
    }
    const counts = block(values, 'Số liệu của xã');
    const households = counts.find((r) => r[0] === 'Hộ gia đình')!;
    expect(households[1]).toBe(mine.reduce((s, x) => s + (x.counts.households as number), 0));
    const patrols = counts.find((r) => r[0] === 'Lượt tuần tra')!;
    expect(patrols[1]).toBe(mine.reduce((s, x) => s + (x.counts.patrols as number), 0));
    expect(values[2][0]).toContain('3/6 thôn có số liệu');
  });

  it('ranks the villages by the share of targets met; the unread ones last; one bar chart', () => {
    const ranking = block(summaryValues(c), 'Xếp hạng các thôn (theo tỷ lệ chỉ tiêu đạt)');
    expect(ranking.map((r) => r[1])).toHaveLength(6);
    const scored = ranking.slice(0, 3);
    expect(scored.map((r) => r[0])).toEqual([1, 2, 3]);
    expect(scored.map((r) => r[1]).sort()).toEqual(['Khuổi Cuồng', 'Nà Vường', 'Pác Khuông']);
    const scores = scored.map((r) => r[2] as number);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    expect(ranking.slice(3).map((r) => [r[0], r[4]])).toEqual([
      ['', 'Không có quyền'],
      ['', 'Chưa thiết lập'],
      ['', 'Không có quyền'],
    ]);
    // A village's rate in the ranking is its own percent.
    const pac = scored.find((r) => r[1] === 'Pác Khuông')!;
    const mine = own(c, c.villages[0].ss);
    const all = mine.metrics.find((m) => m.key === 'commitmentAll')!;
    expect(pac).toContain(all.percent);
    const charts = c.commune.getSheetByName('Tổng hợp xã')!.getCharts();
    expect(charts).toHaveLength(1);
  });

  it('reads each village in a bounded number of calls (openById, one read per sheet)', () => {
    const c2 = build();
    c2.bundle.apiCommuneUpdate(PERIOD);
    const opens = c2.counter.count({ method: 'SpreadsheetApp.openById' });
    expect(opens).toBe(5); // the wrong address is never opened
    const reads = c2.counter.count({ method: 'Range.getValues' });
    // Two reads of `Các thôn`; at most one per sheet of each village (the figures read Cài đặt, Danh mục and every
    // record sheet).
    expect(reads).toBeLessThanOrEqual(2 + 3 * (2 + RECORD_KEYS.length));
  });

  it('a village that cannot be read at the next update keeps its figures, marked stale, out of the totals', () => {
    c.villages[1].ss.viewers.splice(c.villages[1].ss.viewers.indexOf(POLICE), 1);
    const again = c.bundle.apiCommuneUpdate(PERIOD) as Run;
    expect(again.data.statuses).toEqual({ ok: 2, stale: 1, noAccess: 2, notSetUp: 1 });
    const row = rowsOf(c)[1];
    expect(row[2]).toBe('Cũ');
    expect(String(row[4])).toMatch(/^Giữ số liệu đọc lúc \d\d\/\d\d\/2023 \d\d:\d\d\. Không mở được/);
    expect(parseFigures(row[6])).not.toBeNull();
    const values = summaryValues(c);
    expect(values[2][0]).toContain('2/6 thôn có số liệu');
    const households = block(values, 'Số liệu của xã').find((r) => r[0] === 'Hộ gia đình')!;
    const expected = [0, 2].reduce((s, i) => s + (own(c, c.villages[i].ss).counts.households as number), 0);
    expect(households[1]).toBe(expected);
    const ranking = block(values, 'Xếp hạng các thôn (theo tỷ lệ chỉ tiêu đạt)');
    expect(ranking.find((r) => r[1] === 'Nà Vường')![4]).toBe('Cũ');
    c.villages[1].ss.viewers.push(POLICE);
  });
});

describe('scopes: the village deployment cannot read other spreadsheets', () => {
  const VILLAGE = JSON.parse(readFileSync(path.join(__dirname, '..', '..', 'appsscript.json'), 'utf8')).oauthScopes;
  const READONLY = 'https://www.googleapis.com/auth/spreadsheets.readonly';

  it("with the village manifest every village is Không có quyền, the note says it is not the commune's edition", () => {
    expect(VILLAGE).not.toContain(READONLY);
    const c = buildCommune({ scopes: VILLAGE, faults: false });
    const r = c.bundle.apiCommuneUpdate(PERIOD) as Run;
    expect(r.data.statuses).toEqual({ noAccess: 3 });
    expect(String(rowsOf(c)[0][4])).toContain('đây không phải bản dành cho xã');
  });

  it('with the commune manifest (the village scopes plus spreadsheets.readonly) they are read', () => {
    const c = buildCommune({ scopes: [...VILLAGE, READONLY], faults: false });
    expect((c.bundle.apiCommuneUpdate(PERIOD) as Run).data.statuses).toEqual({ ok: 3 });
  });
});

describe('a village whose reading fails', () => {
  it('is marked Lỗi with a note naming no cell, and the update goes on with the others', () => {
    const c = build();
    // The third read of the update: the first sheet of the first village (two reads of Các thôn before it).
    c.counter.failAt(3, (call) => call.method === 'Range.getValues');
    const r = c.bundle.apiCommuneUpdate(PERIOD) as Run;
    expect(r.data.finished).toBe(true);
    expect(r.data.statuses).toEqual({ ok: 2, failed: 1, noAccess: 2, notSetUp: 1 });
    const row = rowsOf(c)[0];
    expect([row[2], row[4], row[6]]).toEqual([
      'Lỗi',
      'Không tính được số liệu của thôn. Thôn chạy "Kiểm tra dữ liệu" rồi xã cập nhật lại.',
      '',
    ]);
    expect(summaryValues(c)[2][0]).toContain('2/6 thôn có số liệu');
  });
});

describe('beyond one execution: a simulated time limit, continued to completion', () => {
  it('stops before 6 minutes, saves its progress, and "Tiếp tục" finishes with the same figures', () => {
    const still = build();
    still.bundle.apiCommuneUpdate(PERIOD);
    const expected = rowsOf(still).map((r) => [r[1], r[2], r[6]]);

    const c = build();
    c.clock.msPerCall = 2500; // every Apps Script call takes 2.5 s: a village read is about two minutes
    const started = c.env.ctx.now().getTime();
    let r = c.bundle.apiCommuneUpdate(PERIOD) as Run;
    const runs: number[] = [c.env.ctx.now().getTime() - started];
    expect(r.data.finished).toBe(false);
    expect(r.data.done).toBeGreaterThan(0);
    expect(r.data.done).toBeLessThan(6);
    const saved = JSON.parse(c.env.properties.document.data.get('commune.progress')!);
    expect(saved).toMatchObject({ next: r.data.done, total: 6, runs: 1, period: PERIOD });
    expect(c.env.ui.toasts.at(-1)!.message).toContain('Tiếp tục cập nhật');
    expect(rowsOf(c)[5][2]).toBe('Chờ cập nhật');
    let guard = 0;
    while (!r.data.finished && guard++ < 10) {
      c.clock.base += 60_000; // the next execution, a minute later
      const t0 = c.env.ctx.now().getTime();
      r = c.bundle.apiCommuneContinue() as Run;
      runs.push(c.env.ctx.now().getTime() - t0);
    }
    expect(r.data.finished).toBe(true);
    expect(r.data.runs).toBeGreaterThan(1);
    expect(r.data.runs).toBe(runs.length);
    for (const ms of runs) expect(ms).toBeLessThanOrEqual(RUN_LIMIT_MS);
    expect(c.env.properties.document.data.has('commune.progress')).toBe(false);
    // Same statuses and figures as the update that never stopped (the time read differs).
    const got = rowsOf(c).map((r) => [r[1], r[2], r[6]]);
    const strip = (rows: unknown[][]) =>
      rows.map(([a, b, g]) => [a, b, g ? { ...JSON.parse(String(g)), readAt: '' } : '']);
    expect(strip(got)).toEqual(strip(expected));
    expect(c.commune.getSheetByName('Tổng hợp xã')!.getCharts()).toHaveLength(1);
    // Nothing to continue once finished.
    const none = c.bundle.apiCommuneContinue() as Run;
    expect(none.ok).toBe(false);
    expect(none.errors![0].message).toBe('Không có lần cập nhật nào đang dở.');
  });
});

describe('commune menu and refusals', () => {
  it('a commune spreadsheet gets the commune menu; an update before set-up or without villages is refused', () => {
    const c = build();
    c.bundle.onOpen({ authMode: 'FULL' });
    const menu = c.env.ui.menus.at(-1)!;
    expect(menu.items.map((e) => ('caption' in e ? e.caption : '—'))).toEqual([
      'Cập nhật số liệu các thôn',
      'Tiếp tục cập nhật',
      'Tạo báo cáo xã',
      '—',
      'Thiết lập bảng tính xã',
      '—',
      'Hướng dẫn',
    ]);
    const other = c.env.addSpreadsheet({ name: 'Trống', owner: POLICE });
    c.env.setActiveSpreadsheet(other);
    const before = c.bundle.apiCommuneUpdate(PERIOD) as Run;
    expect(before.ok).toBe(false);
    expect(before.errors![0].message).toContain('Chưa có trang "Các thôn": chọn "Thiết lập bảng tính xã"');
    c.bundle.setupCommune();
    const r = c.bundle.apiCommuneUpdate(PERIOD) as Run;
    expect(r.ok).toBe(false);
    expect(r.errors![0].message).toContain('chưa có thôn nào');
    expect((c.bundle.apiCommuneUpdate({ from: '2023-07-01', to: '2023-01-01' }) as Run).ok).toBe(false);
  });

  it('the update menu asks the period; a wrong one is said, blank is this year so far', () => {
    const c = build();
    c.env.ui.nextResponses.push({ button: 'OK', text: '31/02/2023 - 01/03/2023' });
    c.bundle.menuCommuneUpdate();
    expect(c.env.ui.alerts.at(-1)!.message).toContain('Kỳ không hợp lệ');
    c.env.ui.nextResponses.push({ button: 'OK', text: '' });
    c.bundle.menuCommuneUpdate();
    expect(rowsOf(c)[0][5]).toBe('01/01/2023 – 20/06/2023');
  });
});

/** Every paragraph text of a Doc, tables' cells included, in order. */
function docLines(c: Commune, id: string): string[] {
  const out: string[] = [];
  const walk = (e: ElementJson) => {
    if (e.type === 'PARAGRAPH' && e.text !== undefined) out.push(e.text);
    for (const ch of e.children ?? []) walk(ch);
  };
  walk(documentToJson(c.env.docs.get(id)!).body as ElementJson);
  return out;
}

describe('the commune report (Nghị định 30 layout, the notice renderer)', () => {
  it('refused before any update; then the figures, the villages ranked, the models to replicate', () => {
    const c = build();
    const before = c.bundle.apiCommuneReport({ issuedOn: '2023-06-20' }) as Run;
    expect(before.ok).toBe(false);
    expect(before.errors![0].message).toBe('Chưa có số liệu của thôn nào: chọn "Cập nhật số liệu các thôn" trước.');
    const info = c.commune.getSheetByName('Thông tin xã')!;
    const labels = info
      .getDataRange()
      .getValues()
      .map((r) => r[0]);
    info.getRange(labels.indexOf('Tên xã') + 1, 2).setValue('Thiện Thuật');
    info.getRange(labels.indexOf('Tên tỉnh') + 1, 2).setValue('Lạng Sơn');
    c.bundle.apiCommuneUpdate(PERIOD);
    const r = c.bundle.apiCommuneReport({ issuedOn: '2023-06-20' }) as {
      ok: true;
      data: { docId: string; url: string; name: string };
    };
    expect(r.ok).toBe(true);
    expect(r.data.name).toBe('Báo cáo kết quả mô hình tự quản về ANTT các thôn xã Thiện Thuật – 20/06/2023');
    const lines = docLines(c, r.data.docId);
    expect(lines).toEqual(
      expect.arrayContaining([
        'CÔNG AN TỈNH LẠNG SƠN',
        'CÔNG AN XÃ THIỆN THUẬT',
        'BÁO CÁO',
        'Thiện Thuật, ngày 20 tháng 6 năm 2023',
        '1. Tình hình chung',
        '3. Xếp hạng các thôn',
        'TRƯỞNG CÔNG AN XÃ',
      ]),
    );
    expect(lines).toContain(
      'Trên địa bàn xã có 6 thôn theo dõi mô hình bằng sổ tự quản; 3 thôn có số liệu của kỳ 01/01/2023 – 20/06/2023.',
    );
    // Each village without figures named under its status.
    expect(lines).toContain(
      'Chưa có số liệu của kỳ: 2 thôn không có quyền (Bản Chu, Nà Pò), 1 thôn chưa thiết lập (Thôn mới).',
    );
    // The villages ranked as in Tổng hợp xã.
    const ranking = block(summaryValues(c), 'Xếp hạng các thôn (theo tỷ lệ chỉ tiêu đạt)').slice(0, 3);
    const ranked = lines.filter((l) => /^- \d\. Thôn /.test(l));
    expect(ranked.map((l) => l.replace(/^- \d\. Thôn (.*?):.*$/, '$1'))).toEqual(ranking.map((x) => x[1]));
    // The commune's households: the sum of the villages' own.
    const households = c.villages.reduce((s, v) => s + (own(c, v.ss).counts.households as number), 0);
    expect(lines.some((l) => l.startsWith(`Các thôn có ${households.toLocaleString('de-DE')} hộ`))).toBe(true);
    expect(lines.some((l) => /^Đề nghị nhân rộng|^Chưa có thôn nào đạt từ 80%/.test(l))).toBe(true);
    // Aggregates and names of villages only.
    const text = lines.join('\n');
    for (const probe of ['Chủ hộ', 'Thành viên 1', 'TV-0001', 'H001', 'Người 1']) expect(text).not.toContain(probe);
  });
});
