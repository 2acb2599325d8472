import { byId, cells, clock, isDateCell, rid, rowCount, village, writes } from '../support/saves';

describe('apiSaveRecord', () => {
  it('adds a member with a phone kept as text and dates as date cells', () => {
    const v = village();
    const r = v.call('apiSaveRecord', {
      requestId: rid('tv'),
      sheet: 'members',
      record: { name: 'Nông Văn Mới', teamId: 'T3', role: 'Thành viên', phone: '0912345678', joinedOn: '2023-06-01' },
    });
    expect(r).toEqual({ ok: true, data: { id: 'TV-0119', created: true } });
    const { record, raw } = byId(v.env, 'members', 'TV-0119');
    expect(record).toEqual({
      id: 'TV-0119',
      name: 'Nông Văn Mới',
      teamId: 'T3',
      role: 'Thành viên',
      phone: '0912345678',
      joinedOn: '2023-06-01',
      leftOn: null,
      note: '',
    });
    expect(raw[4]).toBe('0912345678');
    expect(isDateCell(raw[5]) && raw[5].getTime()).toBe(clock.midnight('2023-06-01').getTime());
    const log = cells(v.env, 'log');
    expect(log[1].slice(2, 6)).toEqual(['Thêm vào "Thành viên"', 'Thành viên', 'TV-0119', 'TV-0119: Nông Văn Mới']);
  });

  it('adds a household, a resident of it and a team', () => {
    const v = village();
    const h = v.call<{ id: string }>('apiSaveRecord', {
      requestId: rid(),
      sheet: 'households',
      record: { head: '@Hộ mới', teamId: 'T1', size: 4, arrivedOn: '2023-03-01' },
    });
    expect(h).toEqual({ ok: true, data: { id: 'H110', created: true } });
    expect(byId(v.env, 'households', 'H110').record).toMatchObject({
      head: '@Hộ mới',
      teamId: 'T1',
      size: 4,
      arrivedOn: '2023-03-01',
      leftOn: null,
    });
    const p = v.call('apiSaveRecord', {
      requestId: rid(),
      sheet: 'residents',
      record: { name: 'Con', householdId: 'H110', birthYear: 2010, gender: 'Nữ', hasIdCard: false, eidLevel: 'Chưa' },
    });
    expect(p).toEqual({ ok: true, data: { id: 'NK-0426', created: true } });
    expect(byId(v.env, 'residents', 'NK-0426').record).toMatchObject({
      householdId: 'H110',
      birthYear: 2010,
      gender: 'Nữ',
      eidLevel: 'Chưa',
    });
    const t = v.call('apiSaveRecord', { requestId: rid(), sheet: 'teams', record: { name: 'Tổ 7', leader: '-' } });
    expect(t).toEqual({ ok: true, data: { id: 'T7', created: true } });
    expect(byId(v.env, 'teams', 'T7').record).toMatchObject({ name: 'Tổ 7', leader: '-' });
  });

  it('edits one row in one write: given fields change, the others and user columns stay', () => {
    const v = village();
    // A user column added at the right of `Thành viên`, with a formula.
    v.env.counter.quiet(() => {
      const s = v.env.spreadsheet.getSheetByName('Thành viên')!;
      s.getRange(1, 9).setValue('Ghi chú riêng');
      s.getRange(2, 9).setFormula('=LEN(B2)');
    });
    const before = byId(v.env, 'members', 'TV-0001');
    v.env.counter.reset();
    const r = v.call('apiSaveRecord', {
      requestId: rid(),
      sheet: 'members',
      id: 'TV-0001',
      record: { phone: '+84 981 989 954', leftOn: '2023-06-19' },
    });
    expect(r).toEqual({ ok: true, data: { id: 'TV-0001', created: false } });
    // Only the two changed cells, not adjacent: one write each.
    expect(v.env.counter.count({ service: 'SpreadsheetApp', method: 'Range.setValues' })).toBe(2);
    const after = byId(v.env, 'members', 'TV-0001');
    expect(after.record).toEqual({ ...before.record, phone: '+84 981 989 954', leftOn: '2023-06-19' });
    expect(after.raw[4]).toBe('+84 981 989 954');
    expect(v.env.counter.quiet(() => v.env.spreadsheet.getSheetByName('Thành viên')!.getRange(2, 9).getFormula())).toBe(
      '=LEN(B2)',
    );
    expect(rowCount(v.env, 'members')).toBe(119);
    const log = cells(v.env, 'log');
    expect(log[1].slice(2, 6)).toEqual([
      'Sửa trong "Thành viên"',
      'Thành viên',
      'TV-0001',
      'TV-0001: Lăng Thị Thuỷ. Điện thoại: 0981 989 954 → +84 981 989 954; Ngày rời: (trống) → 19/06/2023',
    ]);
  });

  it('a repeated request id returns the first data and writes nothing (cache, then the ring of recent saves)', () => {
    const v = village();
    const input = { requestId: rid(), sheet: 'teams', record: { name: 'Tổ 7' } };
    const first = v.call('apiSaveRecord', input);
    v.env.ctx.now = () => new Date('2023-06-20T10:00:00Z');
    v.env.counter.reset();
    expect(v.call('apiSaveRecord', input)).toEqual(first);
    expect(writes(v.env)).toBe(0);
    expect(rowCount(v.env, 'teams')).toBe(8);
  });

  it('an edit may not make a member leave before joining (checked against the kept date)', () => {
    const v = village();
    const r = v.call('apiSaveRecord', {
      requestId: rid(),
      sheet: 'members',
      id: 'TV-0001',
      record: { leftOn: '2021-01-01' },
    });
    expect(r).toEqual({
      ok: false,
      errors: [{ field: 'record.leftOn', message: 'Ngày rời: phải bằng hoặc sau Ngày tham gia' }],
    });
    expect(writes(v.env)).toBe(0);
  });

  describe('invalid input', () => {
    const cases: [string, Record<string, unknown>, string, RegExp][] = [
      [
        'an unknown sheet',
        { sheet: 'summary', record: {} },
        'sheet',
        /^Trang: phải là một trong households, residents, teams, members, patrols, reminders, commitments, sessions/,
      ],
      [
        'a new household without head',
        { sheet: 'households', record: { teamId: 'T1' } },
        'record.head',
        /^Chủ hộ: không được để trống/,
      ],
      [
        'an empty head on edit',
        { sheet: 'households', id: 'H001', record: { head: '' } },
        'record.head',
        /^Chủ hộ: không được để trống/,
      ],
      [
        'an unknown team',
        { sheet: 'households', record: { head: 'A', teamId: 'T9' } },
        'record.teamId',
        /^Tổ: không có mã "T9" trong trang "Tổ tự quản"/,
      ],
      [
        'left before arrived',
        { sheet: 'households', record: { head: 'A', arrivedOn: '2023-05-01', leftOn: '2023-04-01' } },
        'record.leftOn',
        /^Ngày chuyển đi: phải bằng hoặc sau Ngày đến/,
      ],
      [
        'a resident of an unknown household',
        { sheet: 'residents', record: { name: 'A', householdId: 'H999' } },
        'record.householdId',
        /không có mã "H999"/,
      ],
      [
        'a gender outside the list',
        { sheet: 'residents', record: { name: 'A', householdId: 'H001', gender: 'X' } },
        'record.gender',
        /^Giới tính: "X" không có trong danh mục/,
      ],
      [
        'an e-ID level outside the list',
        { sheet: 'residents', record: { name: 'A', householdId: 'H001', eidLevel: 'Mức 3' } },
        'record.eidLevel',
        /^Định danh điện tử: "Mức 3"/,
      ],
      [
        'a role outside Danh mục',
        { sheet: 'members', record: { name: 'A', role: 'Vua' } },
        'record.role',
        /^Vai trò: "Vua" không có trong danh mục/,
      ],
      [
        'a too long phone',
        { sheet: 'members', record: { name: 'A', phone: '0'.repeat(31) } },
        'record.phone',
        /^Điện thoại: dài quá 30 ký tự/,
      ],
      [
        'a size as text',
        { sheet: 'households', record: { head: 'A', size: '4' } },
        'record.size',
        /^Số nhân khẩu: phải là số/,
      ],
      [
        'an id that does not exist',
        { sheet: 'members', id: 'TV-9999', record: { phone: '1' } },
        'id',
        /^Mã: không có "TV-9999" trong trang "Thành viên"/,
      ],
      ['no record', { sheet: 'teams' }, 'record', /^Bản ghi/],
    ];
    it.each(cases)('%s', (_n, input, field, message) => {
      const v = village();
      const r = v.call('apiSaveRecord', { requestId: rid(), ...input });
      expect(r.ok ? null : r.errors.find((e) => e.field === field)?.message).toMatch(message);
      expect(writes(v.env)).toBe(0);
    });
  });
});
