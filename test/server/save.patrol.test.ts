import { byId, cells, clock, isDateCell, records, rid, rowCount, village, writes } from '../support/saves';

const base = () => ({
  requestId: rid('patrol'),
  date: '2023-06-15',
  start: '20:00',
  end: '22:30',
  teamId: 'T1',
  area: 'Khu trung tâm',
  memberIds: ['TV-0001', 'TV-0002'],
  participants: 3,
  withPolice: true,
  result: 'Tình hình ổn định.',
  reminders: [
    { category: 'Kinh doanh quá giờ quy định', cases: 2, action: 'Nhắc nhở', note: 'Quán nước' },
    { category: 'Khác', cases: 1, action: 'Lập biên bản', note: '' },
  ],
});

describe('apiSavePatrol', () => {
  it('writes the patrol and its reminders, read back by the domain codec', () => {
    const v = village();
    const input = { ...base(), result: '=1+1', area: '+84 912' };
    input.reminders[0].note = '@x';
    input.reminders[1].note = '-';
    const r = v.call<{ id: string; reminderIds: string[]; overnight: boolean }>('apiSavePatrol', input);
    expect(r).toEqual({ ok: true, data: { id: 'TT-0047', reminderIds: ['NN-0025', 'NN-0026'], overnight: false } });

    const { record, raw } = byId(v.env, 'patrols', 'TT-0047');
    expect(record).toEqual({
      id: 'TT-0047',
      date: '2023-06-15',
      start: '20:00',
      end: '22:30',
      teamId: 'T1',
      area: '+84 912',
      memberIds: ['TV-0001', 'TV-0002'],
      participants: 3,
      withPolice: true,
      result: '=1+1',
      recordedBy: 'thuky@example.com',
      recordedAt: '2023-06-20 10:00',
      requestId: input.requestId,
    });
    // The date is a real date cell at midnight in the spreadsheet's zone; user text stays text.
    expect(isDateCell(raw[1])).toBe(true);
    expect((raw[1] as Date).getTime()).toBe(clock.midnight('2023-06-15').getTime());
    expect(raw[5]).toBe('+84 912');
    expect(raw[9]).toBe('=1+1');
    const formulas = v.env.counter.quiet(
      () => v.env.spreadsheet.getSheetByName('Tuần tra')!.getRange(48, 1, 1, 13).getFormulas()[0],
    );
    expect(formulas.every((f) => f === '')).toBe(true);

    const n1 = byId(v.env, 'reminders', 'NN-0025');
    expect(n1.record).toEqual({
      id: 'NN-0025',
      patrolId: 'TT-0047',
      date: '2023-06-15',
      category: 'Kinh doanh quá giờ quy định',
      cases: 2,
      action: 'Nhắc nhở',
      note: '@x',
      requestId: input.requestId,
    });
    expect(byId(v.env, 'reminders', 'NN-0026').record).toMatchObject({
      patrolId: 'TT-0047',
      category: 'Khác',
      cases: 1,
      action: 'Lập biên bản',
      note: '-',
    });
  });

  it('writes each touched sheet once: one row insertion, one format and one value write per sheet, one log row', () => {
    const v = village();
    v.call('apiSavePatrol', base());
    const m = v.env.counter.byMethod('SpreadsheetApp');
    // lists, teams, members, patrols, reminders, Cài đặt (the founding day: no patrol before it), Nhật ký header
    expect(m['Range.getValues']).toBe(7);
    expect(m['Range.setValues']).toBe(2); // patrols, reminders
    expect(m['Range.setNumberFormats']).toBe(2);
    expect(m['Sheet.insertRowsAfter']).toBe(2); // new rows right below the data, formatted like it
    expect(m['Sheet.appendRow']).toBe(1); // Nhật ký
    expect(writes(v.env)).toBe(7);
  });

  it('states an overnight patrol (end before start) without changing the result text', () => {
    const v = village();
    const r = v.call<{ id: string; overnight: boolean }>('apiSavePatrol', {
      ...base(),
      start: '22:00',
      end: '01:30',
      reminders: [],
      confirm: true, // the sample has T1's 23:30–01:30 patrol that night: a likely duplicate, saved as asked
    });
    expect(r.ok && r.data.overnight).toBe(true);
    const id = r.ok ? r.data.id : '';
    expect(byId(v.env, 'patrols', id).record).toMatchObject({
      start: '22:00',
      end: '01:30',
      result: 'Tình hình ổn định.',
    });
    const log = cells(v.env, 'log');
    expect(String(log[log.length - 1][5])).toContain('qua nửa đêm');
  });

  it('a patrol without reminders writes no reminder row and does not read Nhắc nhở', () => {
    const v = village();
    const before = rowCount(v.env, 'reminders');
    const r = v.call<{ reminderIds: string[] }>('apiSavePatrol', { ...base(), reminders: [] });
    expect(r.ok && r.data.reminderIds).toEqual([]);
    expect(rowCount(v.env, 'reminders')).toBe(before);
  });

  it('logs one Nhật ký row per save: time, user, action, sheets, ids, summary', () => {
    const v = village();
    v.call('apiSavePatrol', base());
    const log = cells(v.env, 'log');
    expect(log).toHaveLength(2);
    const [at, user, action, sheet, ids, summary] = log[1];
    expect(isDateCell(at)).toBe(true);
    expect(user).toBe('thuky@example.com');
    expect(action).toBe('Ghi tuần tra');
    expect(sheet).toBe('Tuần tra, Nhắc nhở');
    expect(ids).toBe('TT-0047, NN-0025, NN-0026');
    expect(summary).toBe('Tuần tra ngày 15/06/2023, 20:00–22:30, 3 người tham gia, 3 trường hợp nhắc nhở');
  });

  describe('invalid input: the field is named in Vietnamese and nothing is written', () => {
    const cases: [string, (b: ReturnType<typeof base>) => unknown, string, RegExp][] = [
      ['a day that does not exist', (b) => ({ ...b, date: '2023-02-30' }), 'date', /^Ngày: không phải ngày/],
      [
        'a day in the future',
        (b) => ({ ...b, date: '2023-06-21' }),
        'date',
        /không được sau ngày hôm nay \(20\/06\/2023\)/,
      ],
      ['24:10', (b) => ({ ...b, start: '24:10' }), 'start', /^Giờ bắt đầu: không phải giờ hợp lệ/],
      ['7:30 (not HH:mm)', (b) => ({ ...b, end: '7:30' }), 'end', /^Giờ kết thúc: không phải giờ hợp lệ/],
      ['end equal to start', (b) => ({ ...b, end: '20:00' }), 'end', /^Giờ kết thúc: phải khác giờ bắt đầu/],
      ['participants 0', (b) => ({ ...b, participants: 0 }), 'participants', /^Số người tham gia: phải ít nhất 1/],
      [
        'fewer participants than members named',
        (b) => ({ ...b, participants: 1 }),
        'participants',
        /không được ít hơn số thành viên đã chọn \(2\)/,
      ],
      ['participants not whole', (b) => ({ ...b, participants: 2.5 }), 'participants', /phải là số nguyên/],
      ['participants as text', (b) => ({ ...b, participants: '3' }), 'participants', /^Số người tham gia: phải là số/],
      [
        'an unknown member',
        (b) => ({ ...b, memberIds: ['TV-0001', 'TV-9999'] }),
        'memberIds',
        /không có mã "TV-9999" trong trang "Thành viên"/,
      ],
      [
        'a member who had left',
        (b) => ({ ...b, memberIds: ['TV-0118'] }),
        'memberIds',
        /"TV-0118" không hoạt động vào ngày 15\/06\/2023/,
      ],
      [
        'a member named twice',
        (b) => ({ ...b, memberIds: ['TV-0001', 'TV-0001'] }),
        'memberIds',
        /"TV-0001" được chọn hai lần/,
      ],
      ['an unknown team', (b) => ({ ...b, teamId: 'T9' }), 'teamId', /^Mã tổ: không có mã "T9"/],
      [
        'a category not in Danh mục',
        (b) => ({ ...b, reminders: [{ ...b.reminders[0], category: 'Đánh bạc' }] }),
        'reminders.0.category',
        /^Loại: "Đánh bạc" không có trong danh mục/,
      ],
      [
        'an action not in Danh mục',
        (b) => ({ ...b, reminders: [b.reminders[0], { ...b.reminders[1], action: 'Phạt tiền' }] }),
        'reminders.1.action',
        /^Hình thức xử lý: "Phạt tiền"/,
      ],
      [
        'zero cases',
        (b) => ({ ...b, reminders: [{ ...b.reminders[0], cases: 0 }] }),
        'reminders.0.cases',
        /^Số trường hợp: phải ít nhất 1/,
      ],
      [
        'a too long result',
        (b) => ({ ...b, result: 'x'.repeat(5001) }),
        'result',
        /^Tình hình, kết quả: dài quá 5000 ký tự/,
      ],
      ['a too long area', (b) => ({ ...b, area: 'x'.repeat(201) }), 'area', /^Địa bàn: dài quá 200 ký tự/],
      [
        'withPolice as text',
        (b) => ({ ...b, withPolice: 'có' }),
        'withPolice',
        /^Phối hợp Công an xã: phải là có\/không/,
      ],
      [
        'memberIds as text',
        (b) => ({ ...b, memberIds: 'TV-0001' }),
        'memberIds',
        /^Thành viên tham gia: phải là danh sách/,
      ],
      ['a missing date', (b) => ({ ...b, date: undefined }), 'date', /^Ngày: không được để trống/],
      ['a missing end', (b) => ({ ...b, end: undefined }), 'end', /^Giờ kết thúc: không được để trống/],
      ['a missing request id', (b) => ({ ...b, requestId: undefined }), 'requestId', /^Mã yêu cầu/],
    ];
    it.each(cases)('%s', (_name, make, field, message) => {
      const v = village();
      const input = JSON.parse(JSON.stringify(make(base())));
      const before = {
        patrols: rowCount(v.env, 'patrols'),
        reminders: rowCount(v.env, 'reminders'),
        log: rowCount(v.env, 'log'),
      };
      const r = v.call('apiSavePatrol', input);
      expect(r.ok).toBe(false);
      const errors = r.ok ? [] : r.errors;
      expect(errors.find((e) => e.field === field)?.message).toMatch(message);
      expect(writes(v.env)).toBe(0);
      expect({
        patrols: rowCount(v.env, 'patrols'),
        reminders: rowCount(v.env, 'reminders'),
        log: rowCount(v.env, 'log'),
      }).toEqual(before);
      expect(v.env.locks.isHeld('document')).toBe(false);
    });

    it('names every wrong field at once: the shape first, without reading the spreadsheet…', () => {
      const v = village();
      const r = v.call('apiSavePatrol', {
        ...base(),
        date: '2023-02-30',
        start: '24:10',
        participants: 0,
        withPolice: 1,
        teamId: 'T9',
        memberIds: ['X'],
      });
      expect(r.ok ? [] : r.errors.map((e) => e.field).sort()).toEqual(['date', 'participants', 'start', 'withPolice']);
      expect(v.env.counter.count({ service: 'SpreadsheetApp' })).toBe(0);
    });

    it('…then every id and list value against the sheets', () => {
      const v = village();
      const b = base();
      const r = v.call('apiSavePatrol', {
        ...b,
        date: '2023-06-01',
        teamId: 'T9',
        memberIds: ['X', 'TV-0001'],
        reminders: [{ ...b.reminders[0], category: 'Y' }],
      });
      expect(r.ok ? [] : r.errors.map((e) => e.field).sort()).toEqual(['memberIds', 'reminders.0.category', 'teamId']);
      expect(writes(v.env)).toBe(0);
    });

    it('a value that is not an object', () => {
      const v = village();
      expect(v.call('apiSavePatrol', null)).toEqual({
        ok: false,
        errors: [{ field: '', message: 'Dữ liệu gửi lên không hợp lệ' }],
      });
      expect(v.env.counter.count({ service: 'SpreadsheetApp' })).toBe(0);
    });
  });

  it('a repeated request id returns the first data and writes nothing, whenever it comes', () => {
    const v = village();
    const input = base();
    const first = v.call('apiSavePatrol', input);
    const rows = rowCount(v.env, 'patrols');
    v.env.counter.reset();
    expect(v.call('apiSavePatrol', input)).toEqual(first);
    expect(writes(v.env)).toBe(0);
    // A week later (no cache keeps anything that long): the sheets still know the request.
    v.env.ctx.now = () => new Date('2023-06-27T10:00:00Z');
    v.env.counter.reset();
    expect(v.call('apiSavePatrol', input)).toEqual(first);
    expect(writes(v.env)).toBe(0);
    expect(rowCount(v.env, 'patrols')).toBe(rows);
    expect(records(v.env, 'reminders').rows.filter((r) => r.record.requestId === input.requestId)).toHaveLength(2);
  });
});
