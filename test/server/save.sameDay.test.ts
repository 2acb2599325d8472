/** A patrol's reminders are dated as the patrol (`sameDay`): an edit of its day moves them; another day is refused. */
import { byId, cells, clock, patrolInput, records, rid, village } from '../support/saves';

const patrol = () =>
  patrolInput({
    date: '2023-05-01',
    reminders: [
      { category: 'Khác', cases: 1, action: 'Nhắc nhở', note: '' },
      { category: 'Khác', cases: 2, action: 'Nhắc nhở', note: '' },
    ],
  });

const remindersOf = (v: ReturnType<typeof village>, patrolId: string) =>
  records<{ id: string; patrolId: string; date: string }>(v.env, 'reminders')
    .rows.map((r) => r.record)
    .filter((r) => r.patrolId === patrolId);

describe('a patrol and its reminders keep one day', () => {
  it('an edit of the patrol day moves its reminders, and only them, in the same save', () => {
    const v = village();
    const saved = v.call<{ id: string; reminderIds: string[] }>('apiSavePatrol', patrol());
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const { id, reminderIds } = saved.data;
    const others = records<{ id: string; date: string }>(v.env, 'reminders')
      .rows.map((r) => r.record)
      .filter((r) => !reminderIds.includes(r.id));

    const edit = v.call('apiSaveRecord', {
      requestId: rid('edit'),
      sheet: 'patrols',
      id,
      record: { date: '2023-06-01' },
    });
    expect(edit).toEqual({ ok: true, data: { id, created: false } });
    expect(byId<{ date: string }>(v.env, 'patrols', id).record.date).toBe('2023-06-01');
    expect(remindersOf(v, id).map((r) => [r.id, r.date])).toEqual(reminderIds.map((r) => [r, '2023-06-01']));
    // Every other reminder kept its day.
    const after = new Map(records<{ id: string; date: string }>(v.env, 'reminders').rows.map((r) => [r.record.id, r]));
    for (const o of others) expect(after.get(o.id)?.record.date).toBe(o.date);
    // The journal line says the reminders moved and names their sheet.
    const log = cells(v.env, 'log');
    const line = log[log.length - 1].map(String);
    expect(line.join(' | ')).toContain('Dời 2 dòng Nhắc nhở sang cùng ngày');
    expect(line).toContain('Tuần tra, Nhắc nhở');

    // The data check finds nothing to say about these reminders.
    const check = v.call<{ issues: { sheet: string; message: string }[] }>('apiValidateWorkbook', undefined);
    if (!check.ok) throw new Error(JSON.stringify(check));
    expect(check.data.issues.filter((i) => i.message.includes(id))).toEqual([]);
  });

  it('refuses a reminder of a patrol on another day, naming the patrol and its day', () => {
    const v = village();
    const saved = v.call<{ id: string; reminderIds: string[] }>('apiSavePatrol', patrol());
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const [first] = saved.data.reminderIds;
    const moved = v.call('apiSaveRecord', {
      requestId: rid('edit'),
      sheet: 'reminders',
      id: first,
      record: { date: '2023-05-02' },
    });
    expect(moved).toEqual({
      ok: false,
      errors: [
        { field: 'record.date', message: `Ngày: phải trùng ngày của ${saved.data.id} ở trang Tuần tra (01/05/2023)` },
      ],
    });
    const added = v.call('apiSaveRecord', {
      requestId: rid('add'),
      sheet: 'reminders',
      record: { patrolId: saved.data.id, date: '2023-04-30', category: 'Khác', cases: 1 },
    });
    expect(added.ok).toBe(false);
    // Without a patrol a reminder keeps its own day.
    const alone = v.call('apiSaveRecord', {
      requestId: rid('add'),
      sheet: 'reminders',
      record: { date: '2023-04-30', category: 'Khác', cases: 1 },
    });
    expect(alone.ok).toBe(true);
  });

  it('the data check reports a reminder typed on another day than its patrol', () => {
    const v = village();
    const saved = v.call<{ id: string; reminderIds: string[] }>('apiSavePatrol', patrol());
    if (!saved.ok) throw new Error(JSON.stringify(saved));
    const sheet = v.env.spreadsheet.getSheetByName('Nhắc nhở')!;
    const rows = cells(v.env, 'reminders');
    const row = rows.findIndex((r) => r[0] === saved.data.reminderIds[1]) + 1;
    const dateCol = rows[0].indexOf('Ngày') + 1;
    sheet.getRange(row, dateCol).setValue(clock.midnight('2023-05-03'));
    const check = v.call<{ issues: { sheet: string; row: number; column: string; message: string }[] }>(
      'apiValidateWorkbook',
      undefined,
    );
    if (!check.ok) throw new Error(JSON.stringify(check));
    expect(check.data.issues.filter((i) => i.sheet === 'Nhắc nhở' && i.row === row)).toEqual([
      expect.objectContaining({
        column: 'Ngày',
        message: `Ngày: phải trùng ngày của ${saved.data.id} ở trang Tuần tra (01/05/2023)`,
      }),
    ]);
  });
});
