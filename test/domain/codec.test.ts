import { decodeCell, encodeRow, mapHeaders, readRecords } from '../../src/domain/codec';
import { intlClock } from '../../src/domain/clock';
import { defaultLists } from '../../src/domain/lists';
import type { Patrol } from '../../src/domain/records';
import { sheetDef } from '../../src/domain/sheets';

const clock = intlClock('Asia/Ho_Chi_Minh');
const lists = defaultLists();
const patrols = sheetDef('patrols');
const reminders = sheetDef('reminders');
const HEADERS = patrols.columns.map((c) => c.header);
const midnight = (d: string) => clock.midnight(d);

describe('mapHeaders', () => {
  it('finds columns by header text, whatever the order, and keeps user columns out', () => {
    const header = ['Ghi chú riêng', ...[...HEADERS].reverse()];
    const m = mapHeaders(patrols, header);
    expect(m.missing).toEqual([]);
    expect(m.index.id).toBe(header.indexOf('Mã'));
    expect(m.index.participants).toBe(header.indexOf('Số người tham gia'));
    expect(m.width).toBe(header.length);
  });
  it('tolerates case and spaces, reports missing headers', () => {
    const m = mapHeaders(patrols, ['mã', '  Ngày ', 'Giờ bắt  đầu']);
    expect(m.index).toMatchObject({ id: 0, date: 1, start: 2 });
    expect(m.missing).toContain('Số người tham gia');
    expect(m.missing).not.toContain('Mã');
  });
});

describe('readRecords', () => {
  const row = (o: Record<string, unknown>) => HEADERS.map((h) => (h in o ? o[h] : ''));
  const values = [
    HEADERS,
    row({
      Mã: 'TT-0001',
      Ngày: midnight('2023-06-15'),
      'Giờ bắt đầu': '22:00',
      'Giờ kết thúc': '0:30',
      'Mã tổ': 'T1',
      'Thành viên tham gia': 'TV-0001, TV-0002;TV-0003',
      'Số người tham gia': 4,
      'Phối hợp Công an xã': true,
    }),
    row({}), // blank row: skipped silently
    row({ Mã: 'TT-0002', Ngày: '16/06/2023', 'Số người tham gia': '3', 'Phối hợp Công an xã': 'FALSE' }),
    row({ Mã: 'TT-0003', Ngày: 'ngày mai', 'Số người tham gia': 2 }),
    row({ Mã: 'TT-0004', Ngày: midnight('2023-06-17'), 'Số người tham gia': '' }),
    row({ Mã: '', Ngày: midnight('2023-06-18'), 'Số người tham gia': 1, 'Giờ bắt đầu': '25:00' }),
  ];
  const result = readRecords<Patrol>(patrols, values, { clock, lists });

  it('decodes good rows into typed records with their sheet row', () => {
    expect(result.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(result.rows[0].record).toEqual({
      id: 'TT-0001',
      date: '2023-06-15',
      start: '22:00',
      end: '00:30',
      teamId: 'T1',
      area: '',
      memberIds: ['TV-0001', 'TV-0002', 'TV-0003'],
      participants: 4,
      withPolice: true,
      result: '',
      recordedBy: '',
      recordedAt: null,
      requestId: '',
    });
    expect(result.rows[1].record).toMatchObject({ date: '2023-06-16', participants: 3, withPolice: false });
  });

  it('reports each bad row with sheet, row, column and a Vietnamese message, and leaves it out', () => {
    expect(result.issues).toEqual([
      { sheet: 'Tuần tra', row: 5, column: 'Ngày', message: 'Ngày: "ngày mai" không phải ngày hợp lệ (dd/mm/yyyy)' },
      { sheet: 'Tuần tra', row: 6, column: 'Số người tham gia', message: 'Số người tham gia: phải là số' },
      {
        sheet: 'Tuần tra',
        row: 7,
        column: 'Giờ bắt đầu',
        message: 'Giờ bắt đầu: "25:00" không phải giờ hợp lệ (hh:mm)',
      },
    ]);
  });

  it('checks list values against Danh mục', () => {
    const RH = reminders.columns.map((c) => c.header);
    const r = readRecords(
      reminders,
      [RH, ['NN-1', 'TT-0001', midnight('2023-01-02'), 'Đánh bạc', 2, 'Nhắc nhở', '', '']],
      { clock, lists },
    );
    expect(r.rows).toEqual([]);
    expect(r.issues[0]).toMatchObject({ row: 2, column: 'Loại', message: 'Loại: "Đánh bạc" không có trong danh mục' });
  });

  it('quotes a bad cell short, and a date as dd/mm/yyyy, in its message', () => {
    // Was: the whole 50,000-character cell pasted into the message, and a date as
    // "Thu Jun 15 2023 00:00:00 GMT+0700 (Indochina Time)".
    const r = readRecords(
      patrols,
      [HEADERS, row({ Mã: 'TT-1', Ngày: 'x'.repeat(50_000), 'Số người tham gia': midnight('2023-06-15') })],
      { clock, lists },
    );
    expect(r.issues).toEqual([
      {
        sheet: 'Tuần tra',
        row: 2,
        column: 'Ngày',
        message: `Ngày: "${'x'.repeat(59)}…" không phải ngày hợp lệ (dd/mm/yyyy)`,
      },
      {
        sheet: 'Tuần tra',
        row: 2,
        column: 'Số người tham gia',
        message: 'Số người tham gia: "15/06/2023" không phải số',
      },
    ]);
    const RH = reminders.columns.map((c) => c.header);
    const long = readRecords(reminders, [RH, ['NN-1', '', midnight('2023-01-02'), 'y'.repeat(50_000), 1, '', '', '']], {
      clock,
      lists,
    });
    expect(long.issues[0].message).toBe(`Loại: "${'y'.repeat(59)}…" không có trong danh mục`);
  });

  it('never throws on odd cells', () => {
    const odd = [HEADERS, HEADERS.map(() => ({})), HEADERS.map(() => NaN), HEADERS.map(() => 'x'.repeat(60000))];
    expect(() => readRecords(patrols, odd as unknown[][], { clock, lists })).not.toThrow();
  });
});

describe('decodeCell', () => {
  const col = (field: string) => patrols.columns.find((c) => c.field === field)!;
  it('reads a time cell that Sheets returned as a Date', () => {
    expect(decodeCell(col('start'), clock.at('1899-12-30', '21:15'), clock)).toEqual({ value: '21:15' });
  });
  it('reads a phone-like id typed as a number as text', () => {
    expect(decodeCell(col('teamId'), 12, clock)).toEqual({ value: '12' });
  });
  it('reads checkbox words', () => {
    expect(decodeCell(col('withPolice'), 'có', clock)).toEqual({ value: true });
    expect(decodeCell(col('withPolice'), 'maybe', clock)).toHaveProperty('error');
  });
});

describe('encodeRow', () => {
  it('aligns to the sheet columns, formats text as text and dates as dates, leaves user columns alone', () => {
    const header = mapHeaders(patrols, ['Ghi chú riêng', ...HEADERS]);
    const { values, formats } = encodeRow(
      patrols,
      header,
      {
        id: 'TT-0009',
        date: '2023-06-15',
        result: '=HYPERLINK("x")',
        memberIds: ['TV-1', 'TV-2'],
        participants: 2,
        withPolice: true,
        recordedAt: '2023-06-15 23:30',
      },
      clock,
      ['dd/mm/yyyy'],
    );
    expect(values[0]).toBe('');
    expect(formats[0]).toBe('dd/mm/yyyy');
    const at = (h: string) => header.index[patrols.columns.find((c) => c.header === h)!.field];
    expect(values[at('Mã')]).toBe('TT-0009');
    expect((values[at('Ngày')] as Date).toISOString()).toBe('2023-06-14T17:00:00.000Z');
    expect(formats[at('Ngày')]).toBe('dd/mm/yyyy');
    expect(values[at('Tình hình, kết quả')]).toBe('=HYPERLINK("x")');
    expect(formats[at('Tình hình, kết quả')]).toBe('@');
    expect(values[at('Thành viên tham gia')]).toBe('TV-1, TV-2');
    expect(values[at('Phối hợp Công an xã')]).toBe(true);
    expect((values[at('Thời điểm ghi')] as Date).toISOString()).toBe('2023-06-15T16:30:00.000Z');
    expect(values[at('Giờ bắt đầu')]).toBe('');
  });
});
