import { loaded } from '../support/env';
import { callAsScriptRun } from '../../local/bundle';
import { cells, records, rid, rowCount, spreadsheetCalls, village, writes } from '../support/saves';

const idsOf = (v: ReturnType<typeof village>, key: Parameters<typeof records>[1]) =>
  records(v.env, key).rows.map((r) => String(r.record.id));
const lastLog = (v: ReturnType<typeof village>) => {
  const log = cells(v.env, 'log');
  return log[log.length - 1].slice(2, 6);
};

describe('apiDeleteRecord', () => {
  it('deletes a patrol with its reminder, one deleteRows per sheet, one Nhật ký line; a retry answers the same', () => {
    const v = village();
    const patrols = rowCount(v.env, 'patrols');
    const reminders = rowCount(v.env, 'reminders');
    v.env.counter.reset();
    const input = { requestId: rid('del'), sheet: 'patrols', id: 'TT-0044' };
    const r = v.call('apiDeleteRecord', input);
    expect(r).toEqual({
      ok: true,
      data: {
        id: 'TT-0044',
        removed: [
          { sheet: 'patrols', ids: ['TT-0044'] },
          { sheet: 'reminders', ids: ['NN-0024'] },
        ],
      },
    });
    const m = v.env.counter.byMethod('SpreadsheetApp');
    expect(m['Sheet.deleteRows']).toBe(2);
    expect(m['Sheet.appendRow']).toBe(1);
    // Measured: the spreadsheet and its zone; Nhật ký, Tuần tra and Nhắc nhở found, their last rows asked and read
    // (small: whole, 4 calls each); the owner asked (protections); two deleteRows, one appendRow.
    expect(spreadsheetCalls(v.env)).toBe(19);
    expect(rowCount(v.env, 'patrols')).toBe(patrols - 1);
    expect(rowCount(v.env, 'reminders')).toBe(reminders - 1);
    expect(idsOf(v, 'patrols')).not.toContain('TT-0044');
    expect(idsOf(v, 'reminders')).not.toContain('NN-0024');
    expect(lastLog(v)).toEqual([
      'Xoá khỏi "Tuần tra"',
      'Tuần tra, Nhắc nhở',
      'TT-0044, NN-0024',
      expect.stringMatching(
        new RegExp(
          /^Ghi tuần tra ngày 22\/07\/2023\. Ngày: 22\/07\/2023 → \(trống\); Giờ bắt đầu: .*\(trống\); /.source +
            /kèm 1 dòng trang "Nhắc nhở" \(NN-0024\)$/.source,
        ),
      ),
    ]);

    v.env.counter.reset();
    expect(v.call('apiDeleteRecord', input)).toEqual(r);
    expect(writes(v.env)).toBe(0);
    // Also when the document cache has lost it: the ring of recent saves answers.
    v.env.ctx.now = () => new Date('2023-06-20T10:00:00Z');
    expect(v.call('apiDeleteRecord', input)).toEqual(r);
    expect(rowCount(v.env, 'patrols')).toBe(patrols - 1);
  });

  it('removes adjacent rows in one deleteRows, bottom first', () => {
    const v = village();
    const log = (name: string) =>
      (v.env.spreadsheet.getSheetByName(name) as unknown as { structureLog: { op: string }[] }).structureLog;
    const saved = v.call<{ id: string; reminderIds: string[] }>('apiSavePatrol', {
      requestId: rid(),
      date: '2023-06-18',
      start: '19:00',
      end: '21:00',
      teamId: 'T2',
      memberIds: [],
      participants: 2,
      withPolice: false,
      result: '',
      reminders: [
        { category: 'Khác', cases: 1, action: 'Nhắc nhở', note: '' },
        { category: 'Khác', cases: 2, action: 'Nhắc nhở', note: '' },
        { category: 'Khác', cases: 3, action: 'Nhắc nhở', note: '' },
      ],
    });
    expect(saved).toMatchObject({ ok: true, data: { id: 'TT-0047', reminderIds: ['NN-0025', 'NN-0026', 'NN-0027'] } });
    const before = [log('Tuần tra').length, log('Nhắc nhở').length];
    const r = v.call('apiDeleteRecord', { requestId: rid(), sheet: 'patrols', id: 'TT-0047' });
    expect(r).toMatchObject({
      ok: true,
      data: { removed: [{}, { sheet: 'reminders', ids: ['NN-0025', 'NN-0026', 'NN-0027'] }] },
    });
    expect([log('Tuần tra').slice(before[0]), log('Nhắc nhở').slice(before[1])]).toEqual([
      [{ op: 'deleteRows', position: 48, howMany: 1 }],
      [{ op: 'deleteRows', position: 26, howMany: 3 }],
    ]);
  });

  it('a household with residents and commitments: refused naming them, deleted with them when cascade is true', () => {
    const v = village();
    const h = v.call<{ id: string }>('apiSaveRecord', {
      requestId: rid(),
      sheet: 'households',
      record: { head: 'Hộ Thử Xoá', teamId: 'T2' },
    });
    expect(h).toEqual({ ok: true, data: { id: 'H110', created: true } });
    for (const name of ['Người A', 'Người B'])
      v.call('apiSaveRecord', { requestId: rid(), sheet: 'residents', record: { name, householdId: 'H110' } });
    v.call('apiSaveCommitments', {
      requestId: rid(),
      year: 2023,
      type: 'Không ma tuý',
      signedOn: '2023-06-10',
      householdIds: ['H110'],
      signer: '',
    });
    v.env.counter.reset();
    const refused = v.call('apiDeleteRecord', { requestId: rid(), sheet: 'households', id: 'H110' });
    expect(refused).toEqual({
      ok: false,
      errors: [
        {
          field: 'cascade',
          message:
            'Không xoá H110 một mình: còn 2 dòng trang "Nhân khẩu" (NK-0426, NK-0427), ' +
            '1 dòng trang "Cam kết" (CK-0863). Chọn xoá kèm (cascade) để xoá cả những bản ghi này.',
        },
      ],
    });
    expect(writes(v.env)).toBe(0);

    const r = v.call('apiDeleteRecord', { requestId: rid(), sheet: 'households', id: 'H110', cascade: true });
    expect(r).toEqual({
      ok: true,
      data: {
        id: 'H110',
        removed: [
          { sheet: 'households', ids: ['H110'] },
          { sheet: 'residents', ids: ['NK-0426', 'NK-0427'] },
          { sheet: 'commitments', ids: ['CK-0863'] },
        ],
      },
    });
    expect(idsOf(v, 'households')).not.toContain('H110');
    expect(records(v.env, 'residents').rows.filter((x) => x.record.householdId === 'H110')).toEqual([]);
    expect(lastLog(v)).toEqual([
      'Xoá khỏi "Hộ gia đình"',
      'Hộ gia đình, Nhân khẩu, Cam kết',
      'H110, NK-0426, NK-0427, CK-0863',
      'H110: Hộ Thử Xoá. Chủ hộ: Hộ Thử Xoá → (trống); Tổ: T2 → (trống); ' +
        'kèm 2 dòng trang "Nhân khẩu" (NK-0426, NK-0427), 1 dòng trang "Cam kết" (CK-0863)',
    ]);
  });

  it('a record still referenced is refused, naming where (cascade does not help)', () => {
    const v = village();
    const team = v.call('apiDeleteRecord', { requestId: rid(), sheet: 'teams', id: 'T6', cascade: true });
    expect(team.ok).toBe(false);
    const message = team.ok ? '' : team.errors[0].message;
    expect(message).toMatch(/^Không xoá được T6: còn được dùng ở trang "Hộ gia đình", cột "Tổ" \(H\d{3}, /);
    expect(message).toContain('trang "Thành viên", cột "Mã tổ"');
    expect(message).toContain('trang "Tuần tra", cột "Mã tổ" (');
    expect(message).toMatch(
      /\(TT-0006, TT-0012, TT-0018, TT-0024, TT-0030, …\)\. Hãy sửa hoặc xoá các bản ghi đó trước\.$/,
    );

    const member = v.call('apiDeleteRecord', { requestId: rid(), sheet: 'members', id: 'TV-0001' });
    expect(member.ok ? '' : member.errors[0].message).toBe(
      'Không xoá được TV-0001: còn được dùng ở trang "Đối tượng giúp đỡ", cột "Thành viên phụ trách" (DT-0001). ' +
        'Hãy sửa hoặc xoá các bản ghi đó trước.',
    );
    const patroller = v.call('apiDeleteRecord', { requestId: rid(), sheet: 'members', id: 'TV-0114' });
    expect(patroller.ok ? '' : patroller.errors[0].message).toMatch(
      /^Không xoá được TV-0114: còn được dùng ở trang "Tuần tra", cột "Thành viên tham gia" \(.*TT-0046/,
    );
    const household = v.call('apiDeleteRecord', { requestId: rid(), sheet: 'households', id: 'H001', cascade: true });
    expect(household.ok ? '' : household.errors[0].message).toContain(
      'trang "Sinh hoạt, tuyên truyền", cột "Hộ tham dự" (SH-0003, SH-0005, SH-0012, SH-0016, SH-0019, …)',
    );
    expect(writes(v.env)).toBe(0);
  });

  it('an unknown id, a bad input', () => {
    const v = village();
    expect(v.call('apiDeleteRecord', { requestId: rid(), sheet: 'cameras', id: 'CAM-99' })).toEqual({
      ok: false,
      errors: [{ field: 'id', message: 'Mã: không có "CAM-99" trong trang "Camera"' }],
    });
    const bad = v.call('apiDeleteRecord', { requestId: rid(), sheet: 'summary', id: 'X', cascade: 'yes' });
    expect(bad.ok ? [] : bad.errors.map((e) => e.field).sort()).toEqual(['cascade', 'sheet']);
    expect(writes(v.env)).toBe(0);
  });

  it('a sensitive record: no name in Nhật ký', () => {
    const v = village();
    expect(v.call('apiDeleteRecord', { requestId: rid(), sheet: 'supervised', id: 'DT-0002' })).toMatchObject({
      ok: true,
    });
    expect(lastLog(v)).toEqual(['Xoá khỏi "Đối tượng giúp đỡ"', 'Đối tượng giúp đỡ', 'DT-0002', 'DT-0002']);
  });

  it('the only row of a sheet (Sheets keeps one row below the header)', () => {
    const l = loaded();
    l.bundle.setupWorkbook();
    const call = (fn: string, input: unknown) => callAsScriptRun(l.bundle, fn, [input]) as { ok: boolean };
    expect(call('apiSaveRecord', { requestId: rid(), sheet: 'teams', record: { name: 'Tổ 1' } })).toMatchObject({
      ok: true,
    });
    const sheet = () => l.env.spreadsheet.getSheetByName('Tổ tự quản')!;
    l.env.counter.quiet(() => {
      const s = sheet();
      if (s.getMaxRows() > 2) s.deleteRows(3, s.getMaxRows() - 2);
    });
    expect(call('apiDeleteRecord', { requestId: rid(), sheet: 'teams', id: 'T1' })).toMatchObject({ ok: true });
    expect(l.env.counter.quiet(() => sheet().getLastRow())).toBe(1);
    expect(call('apiSaveRecord', { requestId: rid(), sheet: 'teams', record: { name: 'Tổ mới' } })).toEqual({
      ok: true,
      data: { id: 'T2', created: true },
    });
  });
});
