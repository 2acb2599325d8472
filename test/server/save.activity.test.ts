import { byId, cells, clock, isDateCell, rid, rowCount, village, writes } from '../support/saves';
import type { SheetKey } from '../../src/domain/sheets';

const session = () => ({
  requestId: rid('sh'),
  kind: 'session',
  date: '2023-06-18',
  form: 'Họp thôn',
  topics: 'Lừa đảo qua mạng, Ma tuý',
  place: 'Nhà văn hoá',
  audience: 'Nhân dân',
  attendees: 40,
  householdIds: ['H001', 'H002', 'H003'],
  partners: 'Công an xã',
  note: '-',
});
const mediation = () => ({
  requestId: rid('hg'),
  kind: 'mediation',
  date: '2023-06-02',
  subject: 'Tranh chấp lối đi',
  parties: '+ hộ A, hộ B',
  outcome: 'Thành',
  chair: 'Lăng Thị Thuỷ',
  note: '',
});
const supervised = () => ({
  requestId: rid('dt'),
  kind: 'supervised',
  name: 'Nguyễn Văn X',
  type: 'Án treo',
  startOn: '2023-05-01',
  endOn: '2024-05-01',
  memberId: 'TV-0006',
  reoffended: false,
  note: '@ghi chú',
});
const camera = () => ({
  requestId: rid('cam'),
  kind: 'camera',
  location: 'Ngã ba chợ',
  installedOn: '2023-06-01',
  funding: 'Xã hội hoá',
  working: true,
  note: '',
});
const event = () => ({
  requestId: rid('sk'),
  kind: 'event',
  date: '2023-06-19',
  type: 'Bảo đảm ANTT lễ hội, sự kiện',
  festival: 'Lễ hội Háng Pò',
  content: '=HYPERLINK("x")',
  participants: 3,
  toPolice: true,
  note: '',
});

const KINDS: [string, () => Record<string, unknown>, SheetKey, string, string][] = [
  ['session', session, 'sessions', 'SH-0021', 'Ghi sinh hoạt, tuyên truyền'],
  ['mediation', mediation, 'mediations', 'HG-0008', 'Ghi hoà giải'],
  ['supervised', supervised, 'supervised', 'DT-0007', 'Ghi đối tượng giúp đỡ'],
  ['camera', camera, 'cameras', 'CAM-07', 'Ghi camera'],
  ['event', event, 'events', 'SK-0009', 'Ghi tin báo, sự kiện'],
];

describe('apiSaveActivity', () => {
  it.each(KINDS)(
    '%s: one row with every field, read back by the domain codec, and one log row',
    (kind, make, key, id, action) => {
      const v = village();
      const input = make();
      const before = rowCount(v.env, key);
      const r = v.call('apiSaveActivity', input);
      expect(r).toEqual({ ok: true, data: { id, kind } });
      expect(rowCount(v.env, key)).toBe(before + 1);
      const { record } = byId(v.env, key, id);
      const { kind: _k, ...fields } = input;
      expect(record).toEqual({ id, ...fields });
      expect(v.env.counter.count({ service: 'SpreadsheetApp', method: 'Range.setValues' })).toBe(1);
      const log = cells(v.env, 'log');
      expect(log).toHaveLength(2);
      expect(log[1][2]).toBe(action);
      expect(log[1][4]).toBe(id);
    },
  );

  it('keeps names and contents out of the journal (it is open to every editor)', () => {
    const v = village();
    v.call('apiSaveActivity', supervised());
    const log = cells(v.env, 'log');
    expect(JSON.stringify(log)).not.toContain('Nguyễn Văn X');
    expect(log[1][5]).toBe('Ghi đối tượng giúp đỡ ngày 01/05/2023');
  });

  it('Đối tượng giúp đỡ is written only by the owner and the editors listed in Cài đặt', () => {
    const v = village();
    v.env.counter.quiet(() => {
      // As set-up leaves it once Cài đặt lists an editor: the owner and that editor.
      const p = v.env.spreadsheet
        .getSheetByName('Đối tượng giúp đỡ')!
        .getProtections(
          (v.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType.SHEET,
        )[0];
      p.addEditor('phoban@example.com');
      v.env.spreadsheet.addEditors(['phoban@example.com', 'nguoi-la@example.com']);
    });
    v.env.setUser('nguoi-la@example.com');
    v.env.counter.reset();
    expect(() => v.call('apiSaveActivity', supervised())).toThrow(
      'Bạn không có quyền ghi vào trang "Đối tượng giúp đỡ"',
    );
    expect(writes(v.env)).toBe(0);
    expect(v.env.locks.isHeld('document')).toBe(false);
    // Other activities are open to every editor; a listed editor writes this one.
    expect(v.call('apiSaveActivity', camera()).ok).toBe(true);
    v.env.setUser('phoban@example.com');
    expect(v.call('apiSaveActivity', supervised()).ok).toBe(true);
  });

  it('dates are real date cells at midnight; user text stays text', () => {
    const v = village();
    v.call('apiSaveActivity', event());
    const { raw } = byId(v.env, 'events', 'SK-0009');
    expect(isDateCell(raw[1]) && raw[1].getTime()).toBe(clock.midnight('2023-06-19').getTime());
    expect(raw[3]).toBe('Lễ hội Háng Pò');
    expect(raw[4]).toBe('=HYPERLINK("x")');
    v.call('apiSaveActivity', mediation());
    expect(byId(v.env, 'mediations', 'HG-0008').raw[3]).toBe('+ hộ A, hộ B');
  });

  it('optional fields may be left out: blanks are written', () => {
    const v = village();
    const r = v.call('apiSaveActivity', { requestId: rid('cam'), kind: 'camera', location: 'Đầu cầu' });
    expect(r.ok).toBe(true);
    expect(byId(v.env, 'cameras', 'CAM-07').record).toMatchObject({
      location: 'Đầu cầu',
      installedOn: null,
      funding: '',
      working: false,
      note: '',
    });
  });

  it('a repeated request id returns the first data and writes nothing', () => {
    const v = village();
    const input = session();
    const first = v.call('apiSaveActivity', input);
    v.env.ctx.now = () => new Date('2023-06-20T10:00:00Z');
    v.env.counter.reset();
    expect(v.call('apiSaveActivity', input)).toEqual(first);
    expect(writes(v.env)).toBe(0);
  });

  describe('invalid input', () => {
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      [
        'an unknown kind',
        { ...camera(), kind: 'party' },
        'kind',
        /^Loại hoạt động: phải là một trong session, mediation, supervised, camera, event/,
      ],
      ['no kind', { ...camera(), kind: undefined }, 'kind', /^Loại hoạt động/],
      [
        'session: a form not in Danh mục',
        { ...session(), form: 'Liên hoan' },
        'form',
        /^Hình thức: "Liên hoan" không có trong danh mục/,
      ],
      ['session: a missing form', { ...session(), form: undefined }, 'form', /^Hình thức: không được để trống/],
      [
        'session: an unknown household',
        { ...session(), householdIds: ['H001', 'H404'] },
        'householdIds',
        /không có mã "H404"/,
      ],
      [
        'session: a household not yet arrived',
        { ...session(), householdIds: ['H109'] },
        'householdIds',
        /"H109" không hoạt động vào ngày 18\/06\/2023/,
      ],
      [
        'session: fewer attendees than households',
        { ...session(), attendees: 2 },
        'attendees',
        /không được ít hơn số hộ tham dự đã chọn \(3\)/,
      ],
      ['session: negative attendees', { ...session(), attendees: -1 }, 'attendees', /^Số người dự: không được âm/],
      ['session: a bad date', { ...session(), date: '2023-13-01' }, 'date', /^Ngày: không phải ngày/],
      [
        'mediation: an outcome not in Danh mục',
        { ...mediation(), outcome: 'Hoà' },
        'outcome',
        /^Kết quả: "Hoà" không có trong danh mục/,
      ],
      ['mediation: an empty subject', { ...mediation(), subject: '' }, 'subject', /^Nội dung: không được để trống/],
      [
        'supervised: end before start',
        { ...supervised(), endOn: '2023-04-01' },
        'endOn',
        /^Ngày kết thúc: phải bằng hoặc sau Ngày bắt đầu/,
      ],
      [
        'supervised: an unknown member',
        { ...supervised(), memberId: 'TV-0999' },
        'memberId',
        /^Thành viên phụ trách: không có mã "TV-0999"/,
      ],
      [
        'supervised: reoffended as text',
        { ...supervised(), reoffended: 'không' },
        'reoffended',
        /^Tái phạm: phải là có\/không/,
      ],
      ['camera: a missing location', { ...camera(), location: undefined }, 'location', /^Vị trí: không được để trống/],
      [
        'camera: installed in the future',
        { ...camera(), installedOn: '2023-07-01' },
        'installedOn',
        /^Ngày lắp: không được sau ngày hôm nay/,
      ],
      ['event: a type not in Danh mục', { ...event(), type: 'Cháy' }, 'type', /^Loại: "Cháy" không có trong danh mục/],
      [
        'event: a too long content',
        { ...event(), content: 'x'.repeat(5001) },
        'content',
        /^Nội dung: dài quá 5000 ký tự/,
      ],
      [
        'event: participants as text',
        { ...event(), participants: 'ba' },
        'participants',
        /^Số người tham gia: phải là số/,
      ],
    ];
    it.each(cases)('%s', (_n, input, field, message) => {
      const v = village();
      const r = v.call('apiSaveActivity', JSON.parse(JSON.stringify(input)));
      expect(r.ok ? null : r.errors.find((e) => e.field === field)?.message).toMatch(message);
      expect(writes(v.env)).toBe(0);
    });
  });
});
