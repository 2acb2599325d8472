/**
 * Rules of the registry beyond one column (SPEC §2.1): a commitment's year against its signing day, a member's
 * email and phone (one address per member), days before the model's founding — at save (the input schemas, as the
 * server and the forms use them) and in the data check (`checkWorkbook` on the sample village).
 */
import { checkWorkbook } from '../../src/domain/check';
import { intlClock } from '../../src/domain/clock';
import { fieldCheck } from '../../src/domain/fieldChecks';
import {
  activityInput,
  commitmentsInput,
  errorsOf,
  type InputContext,
  patrolInput,
  recordInput,
} from '../../src/domain/inputs';
import { defaultLists } from '../../src/domain/lists';
import { isEmailAddress, isPhoneNumber } from '../../src/domain/recordRules';
import { COMMITMENTS } from '../../src/domain/registry/recordTypes';
import { sampleSheetValues } from '../support/sampleValues';

const errors = (r: { success: boolean; error?: unknown }) => (r.success ? [] : errorsOf(r.error as never));
const ctx: InputContext = { lists: defaultLists(), today: '2023-06-16', households: [{ id: 'H001' }] };

describe('a commitment’s year agrees with its signing day', () => {
  const row = (year: number, signedOn: string) =>
    recordInput(ctx).safeParse({
      requestId: 'r',
      sheet: 'commitments',
      record: { householdId: 'H001', type: 'Không ma tuý', year, signedOn, status: 'Đã ký' },
    });
  const mismatch = (value: number, day: string, year: number) =>
    `Năm: ${value} không khớp với Ngày ký ${day}. Cam kết ký năm ${year} là cam kết năm ${year}; ` +
    `ký từ 01/10 trở đi có thể là cam kết năm ${year + 1}.`;

  it('refuses a year other than the signing year (the reviewer’s 2099, 1990, 2024 signed on 16/06/2023)', () => {
    expect(errors(row(2099, '2023-06-16'))).toEqual([
      { field: 'record.year', message: 'Năm: 2099 không được sau năm 2024 (năm sau của năm nay)' },
      { field: 'record.year', message: mismatch(2099, '16/06/2023', 2023) },
    ]);
    expect(errors(row(1990, '2023-06-16'))).toEqual([
      { field: 'record.year', message: mismatch(1990, '16/06/2023', 2023) },
    ]);
    expect(errors(row(2024, '2023-06-16'))).toEqual([
      { field: 'record.year', message: mismatch(2024, '16/06/2023', 2023) },
    ]);
    expect(errors(row(2022, '2023-01-05'))).toEqual([
      { field: 'record.year', message: mismatch(2022, '05/01/2023', 2023) },
    ]);
  });

  it('accepts the signing year, and the next year from 01/10', () => {
    expect(errors(row(2023, '2023-06-16'))).toEqual([]);
    expect(errors(row(2023, '2022-10-01'))).toEqual([]);
    expect(errors(row(2023, '2022-12-20'))).toEqual([]);
    expect(errors(row(2023, '2022-09-30'))).toEqual([
      { field: 'record.year', message: mismatch(2023, '30/09/2022', 2022) },
    ]);
  });

  it('bounds a year without a signing day by next year (a row typed into the sheet)', () => {
    const year = fieldCheck(COMMITMENTS.list.find((c) => c.field === 'year')!, undefined, '2023-06-16');
    expect(year(2024)).toEqual([]);
    expect(year(2032)).toEqual(['Năm: 2032 không được sau năm 2024 (năm sau của năm nay)']);
  });

  it('applies the same rule to Ký cam kết (several households at once)', () => {
    const batch = (year: number, signedOn: string) =>
      errors(
        commitmentsInput(ctx).safeParse({
          requestId: 'r',
          year,
          type: '*',
          signedOn,
          householdIds: ['H001'],
          signer: '',
        }),
      );
    expect(batch(2099, '2023-06-16')).toEqual([
      { field: 'year', message: 'Năm: 2099 không được sau năm 2024 (năm sau của năm nay)' },
      { field: 'year', message: mismatch(2099, '16/06/2023', 2023) },
    ]);
    expect(batch(2024, '2023-06-16')).toEqual([{ field: 'year', message: mismatch(2024, '16/06/2023', 2023) }]);
    expect(batch(2023, '2023-06-16')).toEqual([]);
  });
});

describe('a member’s email and phone', () => {
  const member = (record: Record<string, unknown>, more: InputContext = {}, id?: string) =>
    errors(recordInput({ ...ctx, ...more }).safeParse({ requestId: 'r', sheet: 'members', id, record }));

  it('takes one plausible address, as the rights of Cài đặt do', () => {
    expect(['totruong1@example.com', 'Nguyen.Van-A+antt@mail.thon.vn'].map(isEmailAddress)).toEqual([true, true]);
    // No domain, no dot in it, a space, two addresses, a Cyrillic "а" that looks Latin, a Vietnamese letter.
    const bad = ['abc@', 'abc@example', 'a b@example.com', 'a@x.com, b@x.com', 'tоtruong@example.com', 'hà@x.vn'];
    expect(bad.filter(isEmailAddress)).toEqual([]);
    expect(member({ name: 'A', email: 'abc@' })).toEqual([
      {
        field: 'record.email',
        message:
          'Email: "abc@" không phải địa chỉ email (ví dụ ten@gmail.com): chỉ chữ cái không dấu, chữ số, ' +
          "dấu . _ % + - ' trước @, sau @ là tên miền có dấu chấm, không có dấu cách",
      },
    ]);
  });

  it('takes a phone of digits, spaces and a leading +, 8 to 15 digits', () => {
    expect(['0912 345 678', '+84 912 345 678', '02053123456'].map(isPhoneNumber)).toEqual([true, true, true]);
    expect(['abc', '0912-345-678', '1234567', '1234567890123456', '84+912345678'].filter(isPhoneNumber)).toEqual([]);
    expect(member({ name: 'A', phone: 'abc' })).toEqual([
      {
        field: 'record.phone',
        message:
          'Điện thoại: "abc" không phải số điện thoại: chỉ gồm chữ số, dấu cách và dấu + ở đầu, từ 8 đến 15 chữ số',
      },
    ]);
    expect(member({ name: 'A', phone: '0912 345 678', email: '' })).toEqual([]);
  });

  it('refuses an email another member has (case ignored), naming that member; an edit keeps its own', () => {
    const peers = [
      { id: 'TV-0008', email: 'totruong1@example.com' },
      { id: 'TV-0009', email: '' },
    ];
    expect(member({ name: 'B', email: 'TOTRUONG1@example.com' }, { peers })).toEqual([
      {
        field: 'record.email',
        message: 'Email: TOTRUONG1@example.com đã dùng cho TV-0008 ở trang Thành viên; mỗi dòng phải có Email riêng',
      },
    ]);
    expect(member({ name: 'B', email: 'totruong2@example.com' }, { peers })).toEqual([]);
    // The server leaves the member edited out of the peers (save/session.ts).
    expect(member({ email: 'totruong1@example.com' }, { peers: peers.slice(1) }, 'TV-0008')).toEqual([]);
  });
});

describe('days before the model’s founding', () => {
  const founded = '2021-06-23';
  const patrol = (date: string) => ({
    requestId: 'r',
    date,
    start: '20:00',
    end: '22:00',
    memberIds: [],
    participants: 3,
  });
  const tooEarly = (name: string, day: string) =>
    `${name}: ${day} trước ngày thành lập mô hình (23/06/2021, trang Cài đặt). Kiểm tra lại ngày; ` +
    'nếu ngày thành lập ghi sai, sửa mục Ngày thành lập mô hình trong Cài đặt.';

  it('refuses a patrol, a session, a mediation, an event dated before it; the founding day itself is fine', () => {
    expect(errors(patrolInput({ ...ctx, founded }).safeParse(patrol('1995-03-01')))).toEqual([
      { field: 'date', message: tooEarly('Ngày', '01/03/1995') },
    ]);
    expect(errors(patrolInput({ ...ctx, founded }).safeParse(patrol('2021-06-01')))).toEqual([
      { field: 'date', message: tooEarly('Ngày', '01/06/2021') },
    ]);
    expect(errors(patrolInput({ ...ctx, founded }).safeParse(patrol('2021-06-23')))).toEqual([]);
    const activity = (kind: string, fields: Record<string, unknown>) =>
      errors(activityInput({ ...ctx, founded }).safeParse({ requestId: 'r', kind, date: '2020-01-10', ...fields }));
    expect(activity('session', { form: 'Họp thôn' })).toEqual([
      { field: 'date', message: tooEarly('Ngày', '10/01/2020') },
    ]);
    expect(activity('mediation', { subject: 'Lối đi', outcome: 'Thành' })).toEqual([
      { field: 'date', message: tooEarly('Ngày', '10/01/2020') },
    ]);
    expect(activity('event', { type: 'Tin báo, tố giác', content: 'x' })).toEqual([
      { field: 'date', message: tooEarly('Ngày', '10/01/2020') },
    ]);
  });

  it('leaves other days alone (a camera, an incident, a household) and checks nothing without the founding day', () => {
    const other = activityInput({ ...ctx, founded }).safeParse({
      requestId: 'r',
      kind: 'camera',
      location: 'Cổng thôn',
      installedOn: '2019-05-01',
    });
    expect(errors(other)).toEqual([]);
    expect(errors(patrolInput(ctx).safeParse(patrol('1995-03-01')))).toEqual([]);
  });
});

describe('the data check', () => {
  const clock = intlClock('Asia/Ho_Chi_Minh');
  const check = (edit: (values: ReturnType<typeof sampleSheetValues>) => void) => {
    const values = sampleSheetValues(clock);
    edit(values);
    return checkWorkbook(values, clock).issues.filter((i) => i.row > 0);
  };
  const set = (values: ReturnType<typeof sampleSheetValues>, sheet: string, id: string, column: string, v: unknown) => {
    const rows = values[sheet]!;
    const c = rows[0].indexOf(column);
    const row = rows.find((r) => r[0] === id)!;
    (row as unknown[])[c] = v;
  };

  it('finds nothing in the sample village (its records start on the founding day)', () => {
    expect(check(() => {})).toEqual([]);
  });

  it('lists both members sharing an email, a bad email and phone, a session before the founding, a year', () => {
    const issues = check((values) => {
      set(values, 'Thành viên', 'TV-0012', 'Email', 'TotRuong1@example.com');
      set(values, 'Thành viên', 'TV-0013', 'Email', 'abc@');
      set(values, 'Thành viên', 'TV-0013', 'Điện thoại', 'abc');
      set(values, 'Sinh hoạt, tuyên truyền', 'SH-0001', 'Ngày', clock.midnight('2021-06-01'));
      set(values, 'Cam kết', 'CK-0001', 'Năm', 2032);
      set(values, 'Cam kết', 'CK-0002', 'Năm', 2021);
    });
    const owner = String(sampleSheetValues(clock)['Thành viên']!.find((r) => r[5] === 'totruong1@example.com')![0]);
    expect(issues.map((i) => [i.sheet, i.a1?.replace(/\d+$/, ''), i.message.split(';')[0]])).toEqual(
      expect.arrayContaining([
        ['Thành viên', 'F', `Email: totruong1@example.com đã dùng cho TV-0012 ở trang Thành viên`],
        ['Thành viên', 'F', `Email: TotRuong1@example.com đã dùng cho ${owner} ở trang Thành viên`],
        ['Thành viên', 'F', expect.stringContaining('Email: "abc@" không phải địa chỉ email')],
        ['Thành viên', 'E', expect.stringContaining('Điện thoại: "abc" không phải số điện thoại')],
        [
          'Sinh hoạt, tuyên truyền',
          'B',
          'Ngày: 01/06/2021 trước ngày thành lập mô hình (23/06/2021, trang Cài đặt). Kiểm tra lại ngày',
        ],
        ['Cam kết', 'D', expect.stringContaining('Năm: 2032 không được sau năm')],
        ['Cam kết', 'D', expect.stringContaining('Năm: 2021 không khớp với Ngày ký 09/01/2022.')],
      ]),
    );
    expect(issues).toHaveLength(7);
  });
});
