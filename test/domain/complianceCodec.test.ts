/**
 * Compliance over cells as Sheets returns them: the period's ends are days in
 * Asia/Ho_Chi_Minh, and rows the codec cannot read are reported and not counted.
 */
import { intlClock } from '../../src/domain/clock';
import { computeCompliance } from '../../src/domain/compliance';
import { SHEET, sheetDef } from '../../src/domain/sheets';
import { RECORD_KEYS, type SheetValues, unreadableRowCount, workbookFromValues } from '../../src/domain/workbook';

const clock = intlClock('Asia/Ho_Chi_Minh');
const PERIOD = { from: '2023-06-01', to: '2023-06-30' };
const headers = (key: 'patrols' | 'households' | 'reminders') => sheetDef(key).columns.map((c) => c.header);
const rowOf = (key: 'patrols' | 'households' | 'reminders', o: Record<string, unknown>) =>
  headers(key).map((h) => (h in o ? o[h] : ''));
const all = (): SheetValues => {
  const v: SheetValues = {};
  for (const key of RECORD_KEYS) {
    v[sheetDef(key).name] = [sheetDef(key).columns.map((c) => c.header)];
  }
  return v;
};

describe('period boundaries in Asia/Ho_Chi_Minh', () => {
  const v = all();
  v[SHEET.patrols] = [
    headers('patrols'),
    // The last day at 23:30 local is 16:30 UTC: it counts.
    rowOf('patrols', { Mã: 'TT-1', Ngày: clock.at('2023-06-30', '23:30'), 'Số người tham gia': 3 }),
    // 00:00 local on 1 July is still 30 June in UTC: it does not count.
    rowOf('patrols', { Mã: 'TT-2', Ngày: clock.midnight('2023-07-01'), 'Số người tham gia': 4 }),
    // The first day at midnight local is 31 May in UTC: it counts.
    rowOf('patrols', { Mã: 'TT-3', Ngày: clock.midnight('2023-06-01'), 'Số người tham gia': 5 }),
    // 23:59 local on 31 May: it does not count.
    rowOf('patrols', { Mã: 'TT-4', Ngày: clock.at('2023-05-31', '23:59'), 'Số người tham gia': 6 }),
  ];
  const data = workbookFromValues(v, clock);
  const r = computeCompliance(data, PERIOD);

  it('counts what happens on the first and the last local day, and nothing else', () => {
    expect(new Date(clock.at('2023-06-30', '23:30')).toISOString()).toBe('2023-06-30T16:30:00.000Z');
    expect(data.patrols.map((p) => [p.id, p.date])).toEqual([
      ['TT-1', '2023-06-30'],
      ['TT-2', '2023-07-01'],
      ['TT-3', '2023-06-01'],
      ['TT-4', '2023-05-31'],
    ]);
    expect([r.counts.patrols, r.counts.patrolParticipations]).toEqual([2, 8]);
  });
});

describe('unreadable rows', () => {
  const v = all();
  v[SHEET.patrols] = [
    headers('patrols'),
    rowOf('patrols', { Mã: 'TT-1', Ngày: clock.midnight('2023-06-10'), 'Số người tham gia': 3 }),
    rowOf('patrols', { Mã: 'TT-2', Ngày: '31/06/2023', 'Số người tham gia': 4 }), // no such day
    rowOf('patrols', { Mã: 'TT-3', Ngày: clock.midnight('2023-06-12'), 'Số người tham gia': 'năm' }),
    rowOf('patrols', { Mã: '', Ngày: clock.midnight('2023-06-13'), 'Số người tham gia': 2 }), // blank id: still counts
  ];
  v[SHEET.households] = [
    headers('households'),
    rowOf('households', { 'Mã hộ': 'H001', 'Chủ hộ': '', 'Số nhân khẩu': 3 }),
  ];
  const data = workbookFromValues(v, clock);
  const r = computeCompliance(data, PERIOD);

  it('are reported with sheet, row, column and message', () => {
    expect(r.issues).toEqual([
      { sheet: 'Hộ gia đình', row: 2, column: 'Chủ hộ', message: 'Chủ hộ: không được để trống' },
      { sheet: 'Tuần tra', row: 3, column: 'Ngày', message: 'Ngày: "31/06/2023" không phải ngày hợp lệ (dd/mm/yyyy)' },
      { sheet: 'Tuần tra', row: 4, column: 'Số người tham gia', message: 'Số người tham gia: "năm" không phải số' },
    ]);
    expect(unreadableRowCount(r.issues)).toBe(3);
  });

  it('are left out of the figures', () => {
    expect([r.counts.patrols, r.counts.patrolParticipations, r.counts.households]).toEqual([2, 5, 0]);
  });
});

describe('missing sheets and columns', () => {
  it('a missing record sheet is one issue with the repair hint', () => {
    const v = all();
    delete v[SHEET.cameras];
    const r = computeCompliance(workbookFromValues(v, clock), PERIOD);
    expect(r.issues).toEqual([
      {
        sheet: 'Camera',
        row: 0,
        column: '',
        message: 'Thiếu trang "Camera". Hãy chạy ANTT tự quản › Thiết lập bảng tính.',
      },
    ]);
    expect(r.counts.cameras).toBe(0);
  });

  it('a missing required column leaves the sheet out with one issue; an optional one only warns', () => {
    const v = all();
    const h = headers('patrols').filter((x) => x !== 'Số người tham gia');
    v[SHEET.patrols] = [h, h.map((x) => (x === 'Ngày' ? clock.midnight('2023-06-10') : x === 'Mã' ? 'TT-1' : ''))];
    const hr = headers('reminders').filter((x) => x !== 'Hình thức xử lý');
    v[SHEET.reminders] = [
      hr,
      hr.map((x) =>
        x === 'Ngày' ? clock.midnight('2023-06-10') : x === 'Loại' ? 'Khác' : x === 'Số trường hợp' ? 2 : '',
      ),
    ];
    const r = computeCompliance(workbookFromValues(v, clock), PERIOD);
    expect(r.issues).toEqual([
      {
        sheet: 'Tuần tra',
        row: 1,
        column: 'Số người tham gia',
        message: expect.stringContaining('1 dòng không được tính'),
      },
      {
        sheet: 'Nhắc nhở',
        row: 1,
        column: 'Hình thức xử lý',
        message: expect.stringContaining('thiếu cột "Hình thức xử lý"'),
      },
    ]);
    expect([r.counts.patrols, r.counts.reminders]).toEqual([0, 2]);
  });
});
