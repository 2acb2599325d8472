import {
  activityInput,
  commitmentsInput,
  errorsOf,
  type InputContext,
  isOvernight,
  patrolInput,
  recordInput,
} from '../../src/domain/inputs';
import { idsText, nextIds } from '../../src/domain/ids';
import { defaultLists } from '../../src/domain/lists';
import { sheetDef } from '../../src/domain/sheets';

const ctx: InputContext = {
  lists: defaultLists(),
  today: '2023-06-20',
  teams: [{ id: 'T1' }, { id: 'T2' }],
  members: [
    { id: 'TV-0001', joinedOn: '2021-01-01', leftOn: null },
    { id: 'TV-0002', joinedOn: '2023-07-01', leftOn: null },
    { id: 'TV-0003', joinedOn: null, leftOn: '2023-06-10' },
  ],
  households: [{ id: 'H001' }, { id: 'H002', arrivedOn: '2023-06-05', leftOn: null }],
};

const errors = (r: { success: boolean; error?: unknown }) => (r.success ? [] : errorsOf(r.error as never));

describe('patrolInput', () => {
  const ok = {
    requestId: 'r',
    date: '2023-06-15',
    start: '20:00',
    end: '22:00',
    teamId: 'T1',
    memberIds: ['TV-0001'],
    participants: 2,
  };

  it('fills what may be left out with blanks', () => {
    const r = patrolInput(ctx).safeParse(ok);
    expect(r.success && r.data).toEqual({ ...ok, area: '', withPolice: false, result: '', reminders: [] });
  });

  it('checks members against the day of the patrol (joined after, left before)', () => {
    expect(errors(patrolInput(ctx).safeParse({ ...ok, memberIds: ['TV-0002', 'TV-0003'], participants: 2 }))).toEqual([
      { field: 'memberIds', message: 'Thành viên tham gia: "TV-0002" không hoạt động vào ngày 15/06/2023' },
      { field: 'memberIds', message: 'Thành viên tham gia: "TV-0003" không hoạt động vào ngày 15/06/2023' },
    ]);
    // The day a member leaves, they are no longer active; the day before they are.
    expect(patrolInput(ctx).safeParse({ ...ok, date: '2023-06-09', memberIds: ['TV-0003'] }).success).toBe(true);
    expect(patrolInput(ctx).safeParse({ ...ok, date: '2023-06-10', memberIds: ['TV-0003'] }).success).toBe(false);
  });

  it('without a context, checks the shape only (what the server does before reading anything)', () => {
    expect(patrolInput().safeParse({ ...ok, teamId: 'T9', memberIds: ['X'], date: '2030-01-01' }).success).toBe(true);
    expect(errors(patrolInput().safeParse({ ...ok, participants: 0 }))).toEqual([
      { field: 'participants', message: 'Số người tham gia: phải ít nhất 1' },
    ]);
  });

  it('an overnight patrol is allowed and recognised', () => {
    expect(patrolInput(ctx).safeParse({ ...ok, start: '22:00', end: '02:00' }).success).toBe(true);
    expect(isOvernight({ start: '22:00', end: '02:00' })).toBe(true);
    expect(isOvernight({ start: '20:00', end: '22:00' })).toBe(false);
  });

  it('reminder paths are dotted: reminders.1.cases', () => {
    const r = patrolInput(ctx).safeParse({
      ...ok,
      reminders: [
        { category: 'Khác', cases: 1 },
        { category: 'Khác', cases: -1 },
      ],
    });
    expect(errors(r)).toEqual([{ field: 'reminders.1.cases', message: 'Số trường hợp: không được âm' }]);
  });

  it('a list extended in Danh mục is accepted', () => {
    const lists = defaultLists();
    lists.values['Loại nhắc nhở'].push('Thả rông gia súc');
    const r = patrolInput({ ...ctx, lists }).safeParse({
      ...ok,
      reminders: [{ category: 'Thả rông gia súc', cases: 1 }],
    });
    expect(r.success).toBe(true);
  });
});

describe('commitmentsInput', () => {
  const ok = {
    requestId: 'r',
    year: 2023,
    type: '*',
    signedOn: '2023-06-10',
    householdIds: ['H001', 'H002'],
    signer: '',
  };
  it('accepts * (every required type) and a listed type', () => {
    expect(commitmentsInput(ctx).safeParse(ok).success).toBe(true);
    expect(commitmentsInput(ctx).safeParse({ ...ok, type: 'Không ma tuý' }).success).toBe(true);
  });
  it('* needs at least one required type in Danh mục', () => {
    const lists = { ...defaultLists(), requiredCommitments: [] };
    expect(errors(commitmentsInput({ ...ctx, lists }).safeParse(ok))).toEqual([
      { field: 'type', message: 'Loại cam kết: Danh mục chưa đánh dấu loại cam kết bắt buộc nào' },
    ]);
  });
  it('households must be active on the day of signing', () => {
    expect(errors(commitmentsInput(ctx).safeParse({ ...ok, signedOn: '2023-06-01' }))).toEqual([
      { field: 'householdIds', message: 'Mã hộ: "H002" không hoạt động vào ngày 01/06/2023' },
    ]);
  });
});

describe('activityInput', () => {
  it('is a union on kind with the sheet field names', () => {
    const r = activityInput(ctx).safeParse({
      requestId: 'r',
      kind: 'mediation',
      date: '2023-06-01',
      subject: 'Lối đi',
      outcome: 'Thành',
    });
    expect(r.success && r.data).toEqual({
      requestId: 'r',
      kind: 'mediation',
      date: '2023-06-01',
      subject: 'Lối đi',
      parties: '',
      outcome: 'Thành',
      chair: '',
      note: '',
    });
  });
  it('a supervised person may end later than today; the end is not before the start', () => {
    const base = {
      requestId: 'r',
      kind: 'supervised',
      name: 'A',
      type: 'Án treo',
      startOn: '2023-01-01',
      memberId: 'TV-0001',
    };
    expect(activityInput(ctx).safeParse({ ...base, endOn: '2025-01-01' }).success).toBe(true);
    expect(errors(activityInput(ctx).safeParse({ ...base, endOn: '2022-12-31' }))[0].field).toBe('endOn');
  });
});

describe('recordInput', () => {
  it('a new record needs its required columns; an edit may give only what changes', () => {
    expect(errors(recordInput(ctx).safeParse({ requestId: 'r', sheet: 'residents', record: { name: 'A' } }))).toEqual([
      { field: 'record.householdId', message: 'Mã hộ: không được để trống' },
    ]);
    expect(
      recordInput(ctx).safeParse({ requestId: 'r', sheet: 'residents', id: 'NK-0001', record: { hasIdCard: true } })
        .success,
    ).toBe(true);
  });
});

describe('errorsOf', () => {
  it('reports each problem once, in Vietnamese', () => {
    const r = patrolInput(ctx).safeParse({ requestId: 'r', date: 'x', start: 'y', end: 'z', participants: 'n' });
    const e = errors(r);
    expect(new Set(e.map((x) => `${x.field}|${x.message}`)).size).toBe(e.length);
    for (const x of e) expect(x.message).not.toMatch(/Invalid|expected|received/);
  });
});

describe('nextIds', () => {
  const def = sheetDef('patrols');
  it('continues after the largest numeric suffix with the registry prefix and width', () => {
    expect(nextIds(def, ['TT-0003', 'TT-0010', 'TT-7', '', 'X-0099', 'TT-abc'], 3)).toEqual([
      'TT-0011',
      'TT-0012',
      'TT-0013',
    ]);
    expect(nextIds(def, [], 1)).toEqual(['TT-0001']);
    expect(nextIds(sheetDef('teams'), ['T1', 'T9'], 2)).toEqual(['T10', 'T11']);
  });
  it('ids of a long batch are shortened in the journal', () => {
    const ids = nextIds(sheetDef('commitments'), [], 500);
    expect(idsText(ids)).toBe('CK-0001 … CK-0500 (500 mã)');
    expect(idsText(ids.slice(0, 3))).toBe('CK-0001, CK-0002, CK-0003');
  });
});

describe('long values in list fields', () => {
  it('a 6,000-character commitment type is refused with a short message', () => {
    const { commitmentsInput, errorsOf } =
      require('../../src/domain/inputs') as typeof import('../../src/domain/inputs');
    const { defaultLists } = require('../../src/domain/lists') as typeof import('../../src/domain/lists');
    const r = commitmentsInput({ lists: defaultLists() }).safeParse({
      requestId: 'r',
      year: 2023,
      type: 'x'.repeat(6000),
      signedOn: '2023-01-02',
      householdIds: ['H001'],
      signer: '',
    });
    expect(r.success).toBe(false);
    const errors = errorsOf((r as { error: import('zod/mini').core.$ZodError }).error);
    const type = errors.filter((e) => e.field === 'type');
    expect(type.length).toBeGreaterThan(0);
    for (const e of type) expect(e.message.length).toBeLessThan(120);
    expect(type.map((e) => e.message).join(' ')).toContain('dài quá 200 ký tự');
  });
});
