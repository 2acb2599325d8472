/**
 * Issue 12, parts 6 and 7 in the pure domain: text as people type it (NFC, invisible
 * characters out, spaces collapsed) at the API and in the sheets, and plausible values
 * (days from 01/01/1900, not after today when they happened; birth years not in the
 * future; counts with an upper bound) — each measurement of the issue gives the right answer.
 */
import { checkWorkbook } from '../../src/domain/check';
import { intlClock } from '../../src/domain/clock';
import { decodeCell, readRecords } from '../../src/domain/codec';
import { computeCompliance } from '../../src/domain/compliance';
import { fieldCheck } from '../../src/domain/fieldChecks';
import { activityInput, errorsOf, type InputContext, patrolInput, recordInput } from '../../src/domain/inputs';
import { defaultLists } from '../../src/domain/lists';
import { parseListsValues } from '../../src/domain/listsValues';
import type { Metric } from '../../src/domain/report';
import { parseSettingsValues } from '../../src/domain/settingsValues';
import { sheetDef } from '../../src/domain/sheets';
import { cleanLine, cleanLongText } from '../../src/domain/text';
import { type SheetValues, workbookFromValues } from '../../src/domain/workbook';
import { SAMPLE_PERIOD } from '../../src/sample/pacKhuong';
import { sampleSheetValues } from '../support/sampleValues';

const ZWSP = '\u200B';
const nfd = (s: string) => s.normalize('NFD');
const clock = intlClock('Asia/Ho_Chi_Minh', () => new Date('2023-06-20T03:00:00Z'));
const errors = (r: { success: boolean; error?: unknown }) => (r.success ? [] : errorsOf(r.error as never));

describe('text.ts', () => {
  it('makes one line NFC, drops invisible characters and collapses spaces', () => {
    expect(nfd('Loại cam kết')).not.toBe('Loại cam kết');
    expect(cleanLine(nfd('Loại cam kết'))).toEqual({ text: 'Loại cam kết', hidden: 0 });
    expect(cleanLine(`  H001${ZWSP} `)).toEqual({ text: 'H001', hidden: 1 });
    expect(cleanLine('\uFEFFNông\u00A0 Văn\t\u2060A\u200D\u200C\n')).toEqual({ text: 'Nông Văn A', hidden: 4 });
    expect(cleanLine('a\u0000b\u0007c\u009F')).toEqual({ text: 'abc', hidden: 3 });
    expect(cleanLine('TT-0001')).toEqual({ text: 'TT-0001', hidden: 0 });
    expect(cleanLine(`${ZWSP}${ZWSP}`)).toEqual({ text: '', hidden: 2 });
  });

  it('keeps the line breaks of long text, each line cleaned', () => {
    expect(cleanLongText(`\n Dòng  một${ZWSP}\r\n\r\n\r\n  dòng hai \n\n`)).toEqual({
      text: 'Dòng một\n\ndòng hai',
      hidden: 1,
    });
  });
});

describe('the sample village typed in NFD or with zero-width spaces (through the row codec)', () => {
  const sheetClock = intlClock('Asia/Ho_Chi_Minh');
  const figures = (change: (v: SheetValues) => void) => {
    const values = sampleSheetValues(sheetClock);
    change(values);
    const report = computeCompliance(workbookFromValues(values, sheetClock), SAMPLE_PERIOD);
    const m = Object.fromEntries(report.metrics.map((x) => [x.key, x])) as Record<string, Metric>;
    return {
      all: [m.commitmentAll.numerator, m.commitmentAll.denominator],
      tt124: [m.tt124Registration.numerator, m.tt124Registration.denominator],
      issues: report.issues,
      check: checkWorkbook(values, sheetClock).issues.filter((i) => i.row > 0),
    };
  };
  const column = (values: SheetValues, sheet: string, header: string, f: (v: unknown) => unknown) => {
    const rows = values[sheet] as unknown[][];
    const c = rows[0].indexOf(header);
    for (const r of rows.slice(1)) r[c] = f(r[c]);
  };

  it('counts as before with the sheets as they are', () => {
    expect(figures(() => {})).toEqual({ all: [106, 106], tt124: [106, 106], issues: [], check: [] });
  });

  it('counts `Loại cam kết` typed in NFD as its NFC twin (was 0/106)', () => {
    const r = figures((v) => column(v, 'Cam kết', 'Loại cam kết', (x) => nfd(String(x))));
    expect(r).toEqual({ all: [106, 106], tt124: [106, 106], issues: [], check: [] });
  });

  it('counts a `Mã hộ` with a zero-width space after it as that household (was 0/106, no issue)', () => {
    const r = figures((v) => column(v, 'Cam kết', 'Mã hộ', (x) => `${x}${ZWSP}`));
    expect(r).toEqual({ all: [106, 106], tt124: [106, 106], issues: [], check: [] });
  });

  it('reads headers and `Danh mục` typed in NFD or with invisible characters', () => {
    const r = figures((v) => {
      const ck = v['Cam kết'] as unknown[][];
      ck[0][ck[0].indexOf('Mã hộ')] = `Mã hộ${ZWSP}`;
      ck[0][ck[0].indexOf('Loại cam kết')] = nfd('Loại cam kết');
      // The commitment types' column of `Danh mục` typed in NFD with invisible characters (the other lists kept).
      const lists = v['Danh mục'] as unknown[][];
      const c = lists[0].indexOf('Loại cam kết');
      lists[0][c] = nfd('Loại cam kết');
      for (const row of lists.slice(1)) if (row[c] !== '') row[c] = `${nfd(String(row[c]))}${ZWSP} `;
    });
    expect(r.all).toEqual([106, 106]);
    expect(r.issues).toEqual([]);
  });

  it('quotes a value as cleaned and says how many invisible characters it removed', () => {
    const def = sheetDef('commitments');
    const read = readRecords(
      def,
      [def.columns.map((c) => c.header), ['CK-1', 'H001', `Không${ZWSP} rượu\u2060`, 2023, '', '', 'Đã ký', '', '']],
      { clock, lists: defaultLists() },
    );
    expect(read.issues.map((i) => i.message)).toEqual([
      'Loại cam kết: "Không rượu" không có trong danh mục (đã bỏ 2 ký tự ẩn)',
    ]);
  });

  it('cleans dates, numbers and lists of ids typed as text before reading them', () => {
    const def = sheetDef('patrols');
    const col = (f: string) => def.columns.find((c) => c.field === f)!;
    expect(decodeCell(col('date'), `15/06/2023${ZWSP}`, clock)).toEqual({ value: '2023-06-15', hidden: 1 });
    expect(decodeCell(col('participants'), ` 1\u200D2 `, clock)).toEqual({ value: 12, hidden: 1 });
    expect(decodeCell(col('memberIds'), `TV-0001${ZWSP},\nTV-0002`, clock)).toEqual({
      value: ['TV-0001', 'TV-0002'],
      hidden: 1,
    });
    expect(decodeCell(col('date'), `31/04/2023${ZWSP}`, clock)).toEqual({
      error: 'Ngày: "31/04/2023" không phải ngày hợp lệ (dd/mm/yyyy) (đã bỏ 1 ký tự ẩn)',
    });
  });

  it('reads list items and settings typed in NFD or with invisible characters', () => {
    const lists = parseListsValues([
      ['Loại nhắc nhở', `Vai trò${ZWSP}`],
      [nfd('Khác'), nfd('Trưởng ban')],
      [`Khác${ZWSP}`, ''],
    ]);
    expect(lists.values['Loại nhắc nhở']).toEqual(['Khác']);
    expect(lists.values['Vai trò']).toEqual(['Trưởng ban']);
    const { settings, issues } = parseSettingsValues(
      [
        ['Mục', 'Giá trị'],
        [nfd('Tên thôn'), `${nfd('Pác  Khuông')}${ZWSP}`],
        [`ten_xa${ZWSP}`, nfd('Hồng Phong')],
        ['noi_nhan', `${nfd('Như trên;')}${ZWSP}\n  Lưu: VT.`],
        ['tuoi_cap_can_cuoc', `1${ZWSP}4`],
        ['ngay_thanh_lap', '01/01/0023'],
      ],
      clock,
    );
    expect([settings.ten_thon, settings.ten_xa, settings.noi_nhan, settings.tuoi_cap_can_cuoc]).toEqual([
      'Pác Khuông',
      'Hồng Phong',
      ['Như trên;', 'Lưu: VT.'],
      14,
    ]);
    expect(settings.ngay_thanh_lap).toBeNull();
    expect(issues.map((i) => i.message)).toEqual([
      'Ngày thành lập mô hình: "01/01/0023" phải từ 01/01/1900 đến hôm nay',
    ]);
  });
});

describe('the API saves the clean NFC value', () => {
  const ctx: InputContext = {
    lists: defaultLists(),
    today: '2023-06-20',
    teams: [{ id: 'T1' }],
    households: [{ id: 'H001' }],
    members: [{ id: 'TV-0001' }],
  };

  it('cleans every text field, list value, id, id list and the request id', () => {
    const r = recordInput(ctx).safeParse({
      requestId: ` r-1${ZWSP}`,
      sheet: 'households',
      id: `H001${ZWSP}`,
      record: { head: `  ${nfd('Nông  Văn Ấn')}${ZWSP}`, teamId: `T1\uFEFF`, note: nfd(' Dòng một \n\n\n Dòng hai ') },
    });
    expect(errors(r)).toEqual([]);
    expect(r.data).toEqual({
      requestId: 'r-1',
      sheet: 'households',
      id: 'H001',
      record: { head: 'Nông Văn Ấn', teamId: 'T1', note: 'Dòng một\n\nDòng hai' },
    });
    const s = activityInput(ctx).safeParse({
      requestId: 'r',
      kind: 'session',
      date: '2023-06-10',
      form: nfd('Họp thôn'),
      audience: `${nfd('Nhân dân')}${ZWSP}`,
      householdIds: [`H001${ZWSP}`],
    });
    expect(errors(s)).toEqual([]);
    expect(s.data).toMatchObject({ form: 'Họp thôn', audience: 'Nhân dân', householdIds: ['H001'] });
  });

  it('names the invisible characters it removed in a message about the value', () => {
    const r = recordInput(ctx).safeParse({
      requestId: 'r',
      sheet: 'residents',
      record: { name: `${ZWSP}\u200C`, householdId: 'H001', gender: `Nữ${ZWSP}x` },
    });
    expect(errors(r)).toEqual([
      { field: 'record.name', message: 'Họ tên: không được để trống (đã bỏ 2 ký tự ẩn)' },
      { field: 'record.gender', message: 'Giới tính: "Nữx" không có trong danh mục (đã bỏ 1 ký tự ẩn)' },
    ]);
  });
});

describe('plausible values', () => {
  const ctx: InputContext = { lists: defaultLists(), today: '2023-06-20', households: [{ id: 'H001' }] };
  const col = (key: 'residents' | 'reminders' | 'patrols' | 'supervised', field: string) =>
    sheetDef(key).columns.find((c) => c.field === field)!;

  it('refuses year 0023 with a Vietnamese message naming the field', () => {
    const r = activityInput(ctx).safeParse({
      requestId: 'r',
      kind: 'mediation',
      date: '0023-06-10',
      subject: 'Tranh chấp',
      outcome: 'Thành',
    });
    expect(errors(r)).toEqual([
      { field: 'date', message: 'Ngày: ngày 10/06/0023 không hợp lệ, phải từ 01/01/1900 trở đi' },
    ]);
    // Every date column, happened or not (the start of a supervision here).
    expect(fieldCheck(col('supervised', 'startOn'))('1899-12-31')).toEqual([
      'Ngày bắt đầu: ngày 31/12/1899 không hợp lệ, phải từ 01/01/1900 trở đi',
    ]);
    expect(fieldCheck(col('supervised', 'endOn'))('2101-01-01')).toEqual([
      'Ngày kết thúc: ngày 01/01/2101 không hợp lệ, phải trước năm 2101',
    ]);
    expect(fieldCheck(col('supervised', 'endOn'))('2030-01-01')).toEqual([]);
  });

  it('refuses a day after today for things that happened', () => {
    expect(fieldCheck(col('patrols', 'date'), undefined, '2023-06-20')('2023-06-21')).toEqual([
      'Ngày: không được sau ngày hôm nay (20/06/2023)',
    ]);
    expect(fieldCheck(col('patrols', 'date'), undefined, '2023-06-20')('2023-06-20')).toEqual([]);
  });

  it('refuses a birth year after this year', () => {
    const base = { requestId: 'r', sheet: 'residents', record: { name: 'Con', householdId: 'H001' } };
    const withYear = (birthYear: number) =>
      errors(recordInput(ctx).safeParse({ ...base, record: { ...base.record, birthYear } }));
    expect(withYear(2024)).toEqual([
      { field: 'record.birthYear', message: 'Năm sinh: 2024 không được sau năm nay (2023)' },
    ]);
    expect(withYear(2023)).toEqual([]);
    expect(withYear(23)).toEqual([{ field: 'record.birthYear', message: 'Năm sinh: năm không hợp lệ' }]);
  });

  it('refuses 999,999 cases in a reminder, and other counts above their bound', () => {
    const r = patrolInput(ctx).safeParse({
      requestId: 'r',
      date: '2023-06-15',
      start: '20:00',
      end: '22:00',
      participants: 501,
      reminders: [{ category: 'Khác', cases: 999_999 }],
    });
    expect(errors(r)).toEqual([
      { field: 'participants', message: 'Số người tham gia: 501 quá lớn, nhiều nhất là 500' },
      { field: 'reminders.0.cases', message: 'Số trường hợp: 999.999 quá lớn, nhiều nhất là 1.000' },
    ]);
    expect(fieldCheck(col('reminders', 'cases'))(1000)).toEqual([]);
    const bounds = Object.fromEntries(
      (['households', 'patrols', 'reminders', 'sessions', 'events'] as const).flatMap((k) =>
        sheetDef(k)
          .columns.filter((c) => c.type === 'int')
          .map((c) => [`${k}.${c.field}`, c.maxValue]),
      ),
    );
    expect(bounds).toEqual({
      'households.size': 50,
      'patrols.participants': 500,
      'reminders.cases': 1000,
      'sessions.attendees': 10_000,
      'events.participants': 100_000,
    });
  });

  it('lists rows typed into the sheets with such values in the data check, and leaves them out of the figures', () => {
    const sheetClock = intlClock('Asia/Ho_Chi_Minh', () => new Date('2023-12-20T03:00:00Z'));
    const values = sampleSheetValues(sheetClock);
    const add = (sheet: string, cells: Record<string, unknown>) => {
      const rows = values[sheet] as unknown[][];
      rows.push(rows[0].map((h) => cells[String(h)] ?? ''));
      return rows.length;
    };
    const mediation = add('Hoà giải', { Mã: 'HG-0100', Ngày: '10/06/0023', 'Nội dung': 'X', 'Kết quả': 'Thành' });
    const resident = add('Nhân khẩu', { Mã: 'NK-0900', 'Họ tên': 'Bé', 'Mã hộ': 'H001', 'Năm sinh': 2024 });
    const reminder = add('Nhắc nhở', {
      Mã: 'NN-0900',
      Ngày: sheetClock.midnight('2023-06-01'),
      Loại: 'Khác',
      'Số trường hợp': 999_999,
    });
    const patrol = add('Tuần tra', { Mã: 'TT-0900', Ngày: sheetClock.midnight('2023-12-21'), 'Số người tham gia': 3 });
    const found = checkWorkbook(values, sheetClock)
      .issues.filter((i) => i.row > 0)
      .map((i) => [i.sheet, i.row, i.a1, i.message]);
    expect(found).toEqual([
      ['Nhân khẩu', resident, `D${resident}`, 'Năm sinh: 2024 không được sau năm nay (2023)'],
      ['Tuần tra', patrol, `B${patrol}`, 'Ngày: không được sau ngày hôm nay (20/12/2023)'],
      ['Nhắc nhở', reminder, `E${reminder}`, 'Số trường hợp: 999.999 quá lớn, nhiều nhất là 1.000'],
      ['Hoà giải', mediation, `B${mediation}`, 'Ngày: ngày 10/06/0023 không hợp lệ, phải từ 01/01/1900 trở đi'],
    ]);
    // The figures leave out what can never be right (year 0023, 999,999 cases) and count the rest as before.
    const report = computeCompliance(workbookFromValues(values, sheetClock), SAMPLE_PERIOD);
    expect(report.counts.reminders).toBe(55);
    expect(report.issues.map((i) => [i.sheet, i.row])).toEqual([
      ['Nhắc nhở', reminder],
      ['Hoà giải', mediation],
    ]);
  });
});
