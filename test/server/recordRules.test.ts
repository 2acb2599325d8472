/**
 * The registry's rules beyond one cell, as the saves apply them on the emulator (SPEC §2.1): a member's email
 * unique among members (the save reads the other rows' emails), a patrol or an activity not before the founding day
 * (the save reads `Cài đặt`), a commitment's year against its signing day. Nothing is written when refused.
 */
import { byId, rid, village, writes } from '../support/saves';

type Answer = { ok: boolean; errors?: { field: string; message: string }[]; data?: { id: string } };

describe('a member’s email', () => {
  it('is refused when another member has it (TV-0008 has totruong1@example.com), naming that member', () => {
    const v = village();
    const r = v.call<Answer>('apiSaveRecord', {
      requestId: rid('tv'),
      sheet: 'members',
      record: { name: 'Nông Văn Mới', teamId: 'T1', email: 'Totruong1@example.com' },
    });
    expect(r).toEqual({
      ok: false,
      errors: [
        {
          field: 'record.email',
          message: 'Email: Totruong1@example.com đã dùng cho TV-0008 ở trang Thành viên; mỗi dòng phải có Email riêng',
        },
      ],
    });
    expect(writes(v.env)).toBe(0);
  });

  it('is refused when not an address (abc@), and a phone that is not one (abc)', () => {
    const v = village();
    const r = v.call<Answer>('apiSaveRecord', {
      requestId: rid('tv'),
      sheet: 'members',
      record: { name: 'Nông Văn Mới', email: 'abc@', phone: 'abc' },
    });
    expect(r.ok ? [] : r.errors!.map((e) => e.field)).toEqual(['record.email', 'record.phone']);
    expect(writes(v.env)).toBe(0);
  });

  it('stays with its member on an edit, and moves to another member once freed', () => {
    const v = village();
    const edit = (id: string, record: Record<string, unknown>) =>
      v.call<Answer>('apiSaveRecord', { requestId: rid(), sheet: 'members', id, record });
    expect(edit('TV-0008', { email: 'totruong1@example.com', phone: '0912 345 678' }).ok).toBe(true);
    expect(edit('TV-0009', { email: 'totruong1@example.com' }).ok).toBe(false);
    expect(edit('TV-0008', { email: 'moi@example.com' }).ok).toBe(true);
    expect(edit('TV-0009', { email: 'totruong1@example.com' }).ok).toBe(true);
    expect(byId(v.env, 'members', 'TV-0009').record.email).toBe('totruong1@example.com');
  });
});

describe('days before the founding day (23/06/2021 in the sample)', () => {
  const patrol = (date: string) => ({
    requestId: rid('tt'),
    date,
    start: '20:00',
    end: '22:00',
    teamId: 'T1',
    memberIds: [],
    participants: 3,
    reminders: [],
  });
  const message = (day: string) =>
    `Ngày: ${day} trước ngày thành lập mô hình (23/06/2021, trang Cài đặt). Kiểm tra lại ngày; ` +
    'nếu ngày thành lập ghi sai, sửa mục Ngày thành lập mô hình trong Cài đặt.';

  it('refuse a patrol on 01/03/1995 and on 01/06/2021; one on the founding day is saved', () => {
    const v = village();
    expect(v.call('apiSavePatrol', patrol('1995-03-01'))).toEqual({
      ok: false,
      errors: [{ field: 'date', message: message('01/03/1995') }],
    });
    expect(v.call('apiSavePatrol', patrol('2021-06-01'))).toEqual({
      ok: false,
      errors: [{ field: 'date', message: message('01/06/2021') }],
    });
    expect(writes(v.env)).toBe(0);
    expect(v.call<Answer>('apiSavePatrol', { ...patrol('2021-06-23'), confirm: true }).ok).toBe(true);
  });

  it('refuse a mediation through Ghi hoạt động', () => {
    const v = village();
    const r = v.call('apiSaveActivity', {
      requestId: rid(),
      kind: 'mediation',
      date: '2020-05-04',
      subject: 'Tranh chấp lối đi',
      outcome: 'Thành',
    });
    expect(r).toEqual({ ok: false, errors: [{ field: 'date', message: message('04/05/2020') }] });
  });
});

describe('a commitment’s year', () => {
  it('is refused when it is not the signing day’s year (2099, 2024 signed on 10/06/2023)', () => {
    const v = village();
    const sign = (year: number) =>
      v.call<Answer>('apiSaveCommitments', {
        requestId: rid('ck'),
        year,
        type: '*',
        signedOn: '2023-06-10',
        householdIds: ['H001'],
        signer: '',
      });
    for (const year of [2099, 2024, 1990]) {
      const r = sign(year);
      expect(r.ok ? [] : r.errors!.map((e) => e.field)).toContain('year');
    }
    expect(writes(v.env)).toBe(0);
  });
});
