/** Ids are never given twice: a counter per sheet in the document properties, reconciled with the sheet and Nhật ký. */
import { cells, records, rid, village } from '../support/saves';

const patrol = (over: Record<string, unknown> = {}) => ({
  requestId: rid('patrol'),
  date: '2023-06-19',
  start: '19:00',
  end: '21:00',
  teamId: 'T3',
  memberIds: [],
  participants: 2,
  withPolice: false,
  result: '',
  reminders: [{ category: 'Khác', cases: 1, action: 'Nhắc nhở', note: 'Cũ' }],
  ...over,
});

type Village = ReturnType<typeof village>;
const deleteRowByHand = (v: Village, sheet: string, id: string) =>
  v.env.counter.quiet(() => {
    const s = v.env.spreadsheet.getSheetByName(sheet)!;
    const row = s
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === id);
    s.deleteRow(row + 1);
  });
const counters = (v: Village) =>
  JSON.parse(v.env.properties.document.data.get('antt.lastIds') ?? '{}') as Record<string, number>;

describe('new ids', () => {
  it('after the last patrol is deleted by hand: a new id, and its old reminders do not attach to it', () => {
    const v = village();
    const first = v.call<{ id: string; reminderIds: string[] }>('apiSavePatrol', patrol());
    expect(first).toEqual({ ok: true, data: { id: 'TT-0047', reminderIds: ['NN-0025'], overnight: false } });
    deleteRowByHand(v, 'Tuần tra', 'TT-0047');
    expect(records(v.env, 'patrols').rows.map((r) => r.record.id)).not.toContain('TT-0047');

    const second = v.call<{ id: string; reminderIds: string[] }>('apiSavePatrol', patrol({ reminders: [] }));
    expect(second).toEqual({ ok: true, data: { id: 'TT-0048', reminderIds: [], overnight: false } });
    // The old reminder still names the deleted patrol: nothing attaches to TT-0048.
    const reminders = records(v.env, 'reminders').rows.map((r) => r.record);
    expect(reminders.filter((r) => r.patrolId === 'TT-0048')).toEqual([]);
    expect(reminders.find((r) => r.id === 'NN-0025')).toMatchObject({ patrolId: 'TT-0047', note: 'Cũ' });
    expect(counters(v)).toMatchObject({ patrols: 48, reminders: 25 });
  });

  it('also without the counter (lost, or saved by an older version): the ids in Nhật ký count', () => {
    const v = village();
    expect(v.call('apiSavePatrol', patrol())).toMatchObject({ ok: true, data: { id: 'TT-0047' } });
    deleteRowByHand(v, 'Tuần tra', 'TT-0047');
    deleteRowByHand(v, 'Nhắc nhở', 'NN-0025');
    v.env.properties.document.data.delete('antt.lastIds');
    expect(v.call('apiSavePatrol', patrol())).toMatchObject({
      ok: true,
      data: { id: 'TT-0048', reminderIds: ['NN-0026'] },
    });
    const log = cells(v.env, 'log');
    expect(log[log.length - 1][4]).toBe('TT-0048, NN-0026');
  });

  it('the data check fills a blank id after the highest ever issued, and raises the counter', () => {
    const v = village();
    expect(v.call('apiSavePatrol', patrol({ reminders: [] }))).toMatchObject({ ok: true, data: { id: 'TT-0047' } });
    deleteRowByHand(v, 'Tuần tra', 'TT-0047');
    // A patrol typed by hand, its id left blank.
    v.env.counter.quiet(() => {
      const s = v.env.spreadsheet.getSheetByName('Tuần tra')!;
      const header = s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0].map(String);
      const typed: Record<string, unknown> = {
        Ngày: new Date('2023-06-18T17:00:00Z'),
        'Giờ bắt đầu': '19:00',
        'Giờ kết thúc': '21:00',
        'Mã tổ': 'T2',
        'Số người tham gia': 3,
      };
      s.appendRow(header.map((h) => typed[h] ?? ''));
    });
    const checked = v.call<{ filledIds: { sheet: string; id: string }[] }>('apiValidateWorkbook', {});
    expect(checked.ok && checked.data.filledIds.filter((f) => f.sheet === 'Tuần tra').map((f) => f.id)).toEqual([
      'TT-0048',
    ]);
    expect(counters(v)).toMatchObject({ patrols: 48 });
    expect(v.call('apiSavePatrol', patrol({ reminders: [], teamId: 'T4' }))).toMatchObject({
      ok: true,
      data: { id: 'TT-0049' },
    });
  });

  it('a record deleted through the API: its id is not given again', () => {
    const v = village();
    expect(v.call('apiDeleteRecord', { requestId: rid(), sheet: 'patrols', id: 'TT-0046' })).toMatchObject({
      ok: true,
    });
    expect(v.call('apiSavePatrol', patrol())).toMatchObject({ ok: true, data: { id: 'TT-0047' } });
    expect(v.call('apiDeleteRecord', { requestId: rid(), sheet: 'teams', id: 'T1' }).ok).toBe(false);
    const team = v.call('apiSaveRecord', { requestId: rid(), sheet: 'teams', record: { name: 'Tổ 7' } });
    expect(team).toEqual({ ok: true, data: { id: 'T7', created: true } });
    expect(v.call('apiDeleteRecord', { requestId: rid(), sheet: 'teams', id: 'T7' })).toMatchObject({ ok: true });
    expect(v.call('apiSaveRecord', { requestId: rid(), sheet: 'teams', record: { name: 'Tổ 8' } })).toEqual({
      ok: true,
      data: { id: 'T8', created: true },
    });
  });

  it('an id typed by hand above the counter is passed, as before', () => {
    const v = village();
    v.call('apiSaveRecord', { requestId: rid(), sheet: 'cameras', record: { location: 'Cổng chợ' } });
    v.env.counter.quiet(() => {
      const s = v.env.spreadsheet.getSheetByName('Camera')!;
      s.getRange(s.getLastRow() + 1, 1, 1, 2).setValues([['CAM-40', 'Đầu cầu']]);
    });
    expect(v.call('apiSaveActivity', { requestId: rid(), kind: 'camera', location: 'Trường học' })).toEqual({
      ok: true,
      data: { id: 'CAM-41', kind: 'camera' },
    });
  });
});
