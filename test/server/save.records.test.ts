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
      email: '',
      joinedOn: '2023-06-01',
      leftOn: null,
      guardRole: '',
      trainedOn: null,
      papers: false,
      papersOn: null,
      note: '',
      requestId: expect.stringMatching(/^tv-/),
    });
    expect(raw[4]).toBe('0912345678');
    expect(isDateCell(raw[6]) && raw[6].getTime()).toBe(clock.midnight('2023-06-01').getTime());
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
      s.getRange(1, 15).setValue('Ghi chú riêng'); // after the 14 columns of SPEC §2
      s.getRange(2, 15).setFormula('=LEN(B2)');
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
    expect(
      v.env.counter.quiet(() => v.env.spreadsheet.getSheetByName('Thành viên')!.getRange(2, 15).getFormula()),
    ).toBe('=LEN(B2)');
    expect(rowCount(v.env, 'members')).toBe(119);
    const log = cells(v.env, 'log');
    expect(log[1].slice(2, 6)).toEqual([
      'Sửa trong "Thành viên"',
      'Thành viên',
      'TV-0001',
      'TV-0001: Lăng Thị Thuỷ. Điện thoại: 0981 989 954 → +84 981 989 954; Ngày rời: (trống) → 19/06/2023',
    ]);
  });

  it('an edit writes only the changed cells: a formula and a custom date format in the row survive', () => {
    const v = village();
    const sheet = () => v.env.spreadsheet.getSheetByName('Hộ gia đình')!;
    // H001 (row 2): a formula in "Ghi chú" and a custom format on "Ngày đến", set by the secretary.
    v.env.counter.quiet(() => {
      sheet().getRange('I2').setFormula('=B2&" (chủ hộ)"');
      sheet().getRange('G2').setValue(clock.midnight('2019-03-01')).setNumberFormat('d mmm yyyy');
    });
    v.env.counter.reset();
    const r = v.call('apiSaveRecord', { requestId: rid(), sheet: 'households', id: 'H001', record: { size: 4 } });
    expect(r).toEqual({ ok: true, data: { id: 'H001', created: false } });
    const m = v.env.counter.byMethod('SpreadsheetApp');
    expect([m['Range.setValues'], m['Range.setNumberFormats'] ?? 0]).toEqual([1, 0]); // E2 alone, its format kept
    const cell = (a1: string) =>
      v.env.counter.quiet(() => {
        const c = sheet().getRange(a1);
        return { value: c.getValue(), formula: c.getFormula(), format: c.getNumberFormat() };
      });
    expect(cell('E2')).toMatchObject({ value: 4, formula: '' });
    expect(cell('I2').formula).toBe('=B2&" (chủ hộ)"');
    expect(cell('G2').format).toBe('d mmm yyyy');

    // The date itself edited: a new value, the custom format stays; the same values again write nothing.
    v.env.counter.reset();
    v.call('apiSaveRecord', { requestId: rid(), sheet: 'households', id: 'H001', record: { arrivedOn: '2019-04-02' } });
    expect(cell('G2').format).toBe('d mmm yyyy');
    expect(byId(v.env, 'households', 'H001').record).toMatchObject({ size: 4, arrivedOn: '2019-04-02' });
    v.env.counter.reset();
    const same = v.call('apiSaveRecord', {
      requestId: rid(),
      sheet: 'households',
      id: 'H001',
      record: { size: 4, head: 'Bùi Văn Quân' },
    });
    expect(same).toEqual({ ok: true, data: { id: 'H001', created: false } });
    expect(v.env.counter.count({ service: 'SpreadsheetApp', method: 'Range.setValues' })).toBe(0);
    expect(cell('I2').formula).toBe('=B2&" (chủ hộ)"');
    const log = cells(v.env, 'log');
    expect(log[log.length - 2][5]).toBe('H001: Bùi Văn Quân. Ngày đến: 01/03/2019 → 02/04/2019');
    expect(log[log.length - 1][5]).toBe('H001: Bùi Văn Quân. không đổi gì');
  });

  it('an edit of the sensitive sheet names the columns changed, not the values', () => {
    const v = village();
    const r = v.call('apiSaveRecord', {
      requestId: rid(),
      sheet: 'supervised',
      id: 'DT-0001',
      record: { reoffended: true, note: 'Tái phạm tháng 6' },
    });
    expect(r).toEqual({ ok: true, data: { id: 'DT-0001', created: false } });
    const log = cells(v.env, 'log');
    expect(log[log.length - 1].slice(2, 6)).toEqual([
      'Sửa trong "Đối tượng giúp đỡ"',
      'Đối tượng giúp đỡ',
      'DT-0001',
      'Sửa trong "Đối tượng giúp đỡ" ngày 02/11/2020. Đổi cột Tái phạm, Ghi chú',
    ]);
  });

  it('a mediation and a camera corrected through apiSaveRecord', () => {
    const v = village();
    const m = v.call<{ id: string }>('apiSaveActivity', {
      requestId: rid(),
      kind: 'mediation',
      date: '2023-06-10',
      subject: 'Tranh chấp ranh giới đất',
      outcome: 'Đang giải quyết',
    });
    const id = m.ok ? m.data.id : '';
    expect(
      v.call('apiSaveRecord', { requestId: rid(), sheet: 'mediations', id, record: { outcome: 'Thành' } }),
    ).toEqual({ ok: true, data: { id, created: false } });
    expect(byId(v.env, 'mediations', id).record).toMatchObject({
      outcome: 'Thành',
      subject: 'Tranh chấp ranh giới đất',
    });
    const log = cells(v.env, 'log');
    expect(log[log.length - 1][5]).toBe('Sửa trong "Hoà giải" ngày 10/06/2023. Kết quả: Đang giải quyết → Thành');
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
        { sheet: 'members', id: 'TV-9999', record: { phone: '0912 345 678' } },
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
