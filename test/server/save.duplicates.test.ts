/**
 * Likely duplicates: warned (`needsConfirm`, nothing written), saved with `confirm: true`, listed by the data
 * check.
 */
import { rid, rowCount, village, writes } from '../support/saves';

const patrol = (over: Record<string, unknown> = {}) => ({
  requestId: rid('patrol'),
  date: '2023-06-15',
  start: '22:00',
  end: '23:45',
  teamId: 'T1',
  memberIds: [],
  participants: 2,
  withPolice: false,
  result: '',
  reminders: [],
  ...over,
});

describe('duplicate warnings', () => {
  it('a patrol of the same team, day and overlapping hours: warned, nothing written; confirm saves it', () => {
    const v = village();
    const before = rowCount(v.env, 'patrols');
    const input = patrol();
    expect(v.call('apiSavePatrol', input)).toEqual({
      ok: false,
      errors: [],
      needsConfirm: true,
      warnings: [{ field: 'date', message: 'Có thể trùng với TT-0043: cùng tổ T1, ngày 15/06/2023, giờ 23:30–01:30' }],
    });
    expect(writes(v.env)).toBe(0);
    expect(rowCount(v.env, 'patrols')).toBe(before);
    // The same request, confirmed ("Vẫn lưu").
    expect(v.call('apiSavePatrol', { ...input, confirm: true })).toMatchObject({ ok: true, data: { id: 'TT-0047' } });
    expect(rowCount(v.env, 'patrols')).toBe(before + 1);
    // Saved twice by mistake: the second is warned against both.
    const again = v.call('apiSavePatrol', patrol({ start: '23:00', end: '23:50' }));
    const warnings = again.ok ? [] : (again as unknown as { warnings: { message: string }[] }).warnings;
    expect(warnings.map((w) => w.message)).toEqual([
      'Có thể trùng với TT-0043: cùng tổ T1, ngày 15/06/2023, giờ 23:30–01:30',
      'Có thể trùng với TT-0047: cùng tổ T1, ngày 15/06/2023, giờ 22:00–23:45',
    ]);
  });

  it('hours that do not overlap, another team or another day: saved at once', () => {
    const v = village();
    expect(v.call('apiSavePatrol', patrol({ start: '19:00', end: '21:00' }))).toMatchObject({ ok: true });
    expect(v.call('apiSavePatrol', patrol({ teamId: 'T2' }))).toMatchObject({ ok: true });
    expect(v.call('apiSavePatrol', patrol({ date: '2023-06-14' }))).toMatchObject({ ok: true });
    // An overnight patrol the evening before does not reach 23:30 the next day.
    expect(v.call('apiSavePatrol', patrol({ date: '2023-06-16', start: '02:00', end: '04:00' }))).toMatchObject({
      ok: true,
    });
  });

  it('a household with the same head (accents, case and spaces ignored) in the same team', () => {
    const v = village();
    const input = { requestId: rid(), sheet: 'households', record: { head: '  bui van  QUAN ', teamId: 'T1' } };
    expect(v.call('apiSaveRecord', input)).toEqual({
      ok: false,
      errors: [],
      needsConfirm: true,
      warnings: [{ field: 'record.head', message: 'Có thể trùng với H001: cùng chủ hộ "Bùi Văn Quân", tổ T1' }],
    });
    expect(writes(v.env)).toBe(0);
    expect(v.call('apiSaveRecord', { ...input, confirm: true })).toEqual({
      ok: true,
      data: { id: 'H110', created: true },
    });
    // Another team: another household.
    expect(
      v.call('apiSaveRecord', {
        requestId: rid(),
        sheet: 'households',
        record: { head: 'Bùi Văn Quân', teamId: 'T2' },
      }),
    ).toEqual({ ok: true, data: { id: 'H111', created: true } });
  });

  it('an edit is checked only when it changes what the rule reads, and never against itself', () => {
    const v = village();
    const edit = (record: Record<string, unknown>) =>
      v.call('apiSaveRecord', { requestId: rid(), sheet: 'households', id: 'H002', record });
    expect(edit({ note: 'Đã cập nhật', head: 'Mông Văn Long' })).toMatchObject({ ok: true });
    expect(edit({ head: 'Bùi Văn Quân' })).toMatchObject({
      ok: false,
      needsConfirm: true,
      warnings: [{ field: 'record.head', message: 'Có thể trùng với H001: cùng chủ hộ "Bùi Văn Quân", tổ T1' }],
    });
  });

  it('a team with the same name', () => {
    const v = village();
    expect(v.call('apiSaveRecord', { requestId: rid(), sheet: 'teams', record: { name: 'TỔ 1 – TRUNG TÂM' } })).toEqual(
      {
        ok: false,
        errors: [],
        needsConfirm: true,
        warnings: [{ field: 'record.name', message: 'Có thể trùng với T1: cùng tên tổ "Tổ 1 – Trung tâm"' }],
      },
    );
  });

  it('a session on the same day with the same form and topic (Ghi hoạt động and apiSaveRecord)', () => {
    const v = village();
    const session = { date: '2021-07-10', form: 'Họp thôn', topics: 'Phương thức, thủ đoạn tội phạm', attendees: 40 };
    const warning = {
      field: 'date',
      message:
        'Có thể trùng với SH-0001: cùng ngày 10/07/2021, hình thức "Họp thôn", chủ đề "Phương thức, thủ đoạn tội phạm"',
    };
    const input = { requestId: rid(), kind: 'session', ...session };
    expect(v.call('apiSaveActivity', input)).toEqual({
      ok: false,
      errors: [],
      needsConfirm: true,
      warnings: [warning],
    });
    expect(v.call('apiSaveRecord', { requestId: rid(), sheet: 'sessions', record: session })).toEqual({
      ok: false,
      errors: [],
      needsConfirm: true,
      warnings: [{ ...warning, field: 'record.date' }],
    });
    expect(v.call('apiSaveActivity', { ...input, topics: 'Ma tuý' })).toMatchObject({ ok: true });
    expect(v.call('apiSaveActivity', { ...input, confirm: true })).toMatchObject({ ok: true });
  });

  it('the data check lists the duplicates already in the sheets', () => {
    const v = village();
    type Issues = { issues: { sheet: string; row: number; a1: string; message: string }[] };
    const duplicates = (r: ReturnType<typeof v.call<Issues>>) =>
      r.ok
        ? r.data.issues
            .filter((i) => i.message.startsWith('Có thể trùng'))
            .map(({ sheet, row, a1, message }) => ({ sheet, row, a1, message }))
        : [];
    expect(duplicates(v.call<Issues>('apiValidateWorkbook', undefined))).toEqual([]);
    v.call('apiSavePatrol', { ...patrol(), confirm: true });
    v.call('apiSaveRecord', { requestId: rid(), sheet: 'teams', record: { name: 'tổ 2 - nà phạ' }, confirm: true });
    v.call('apiSaveRecord', { requestId: rid(), sheet: 'teams', record: { name: 'Tổ 2 – Nà Phạ' }, confirm: true });
    expect(duplicates(v.call<Issues>('apiValidateWorkbook', undefined))).toEqual([
      { sheet: 'Tổ tự quản', row: 9, a1: 'B9', message: 'Có thể trùng với T2: cùng tên tổ "Tổ 2 – Nà Phạ"' },
      {
        sheet: 'Tuần tra',
        row: 48,
        a1: 'B48',
        message: 'Có thể trùng với TT-0043: cùng tổ T1, ngày 15/06/2023, giờ 23:30–01:30',
      },
    ]);
  });
});
