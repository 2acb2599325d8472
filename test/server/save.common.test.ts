/** What every save API shares: the lock, constant service calls, rows typed by hand. */
import { OTHER_EXECUTION } from '../../local/emulator/lock';
import { callAsScriptRun } from '../../local/bundle';
import { readRecords } from '../../src/domain/codec';
import { defaultLists } from '../../src/domain/lists';
import { sheetDef } from '../../src/domain/sheets';
import { loaded } from '../support/env';
import { fillSheets, SAVE_SHEETS } from '../support/fill';
import {
  byId,
  cells,
  clock,
  patrolInput,
  records,
  rid,
  rowCount,
  spreadsheetCalls,
  village,
  writes,
} from '../support/saves';

/** A different household each time (H001…H030, active in the sample and in the generated sheets). */
let household = 0;
const nextHousehold = () => `H${String((household++ % 30) + 1).padStart(3, '0')}`;

const SAVES: [string, () => Record<string, unknown>][] = [
  [
    'apiSavePatrol',
    () =>
      patrolInput({
        requestId: rid(),
        reminders: [{ category: 'Khác', cases: 1, action: 'Nhắc nhở', note: '' }],
        confirm: true, // the same patrol again and again: saved as asked, no duplicate warning
      }),
  ],
  [
    'apiSaveCommitments',
    () => ({
      requestId: rid(),
      year: 2023, // the signing day's year (SPEC §2.1); new households have signed nothing
      type: '*',
      signedOn: '2023-06-01',
      householdIds: [nextHousehold(), nextHousehold()],
      signer: '',
    }),
  ],
  [
    'apiSaveActivity',
    () => ({
      requestId: rid(),
      kind: 'session',
      date: '2023-06-01',
      form: 'Họp thôn',
      householdIds: ['H001', 'H002'],
      attendees: 10,
      confirm: true,
    }),
  ],
  [
    'apiSaveActivity',
    () => ({
      requestId: rid(),
      kind: 'supervised',
      name: 'A',
      type: 'Khác',
      startOn: '2023-06-01',
      memberId: 'TV-0002',
    }),
  ],
  [
    'apiSaveRecord',
    () => ({ requestId: rid(), sheet: 'households', record: { head: 'Hộ mới', teamId: 'T1' }, confirm: true }),
  ],
  ['apiSaveRecord', () => ({ requestId: rid(), sheet: 'members', id: 'TV-0002', record: { phone: '0912345678' } })],
];

describe('the document lock', () => {
  it.each(SAVES)(
    '%s: held by another execution → "Bảng tính đang bận, vui lòng thử lại", nothing written',
    (fn, make) => {
      const v = village();
      v.env.locks.holdDocumentLock();
      const before = cells(v.env, 'log').length;
      expect(() => v.call(fn, make())).toThrow('Bảng tính đang bận, vui lòng thử lại');
      expect(writes(v.env)).toBe(0);
      expect(cells(v.env, 'log').length).toBe(before);
      expect(v.env.locks.holder('document')).toBe(OTHER_EXECUTION);
      const tries = v.env.locks.requests.filter((r) => r.kind === 'document');
      expect(tries[tries.length - 1]).toMatchObject({ method: 'tryLock', acquired: false });
      expect(tries[tries.length - 1].timeoutMs).toBeGreaterThan(0);
      // Once free, the same request saves.
      v.env.locks.releaseDocumentLock();
      expect(v.call(fn, make()).ok).toBe(true);
      expect(v.env.locks.isHeld('document')).toBe(false);
    },
  );

  it.each(SAVES)('%s: no lock is left held after a save, an invalid input or a fault', (fn, make) => {
    const v = village();
    expect(v.call(fn, make()).ok).toBe(true);
    expect(v.env.locks.isHeld('document')).toBe(false);
    expect(v.call(fn, { ...make(), requestId: '' }).ok).toBe(false);
    expect(v.env.locks.isHeld('document')).toBe(false);
    // A fault inside the lock (a sheet deleted by someone) is an error a person can act on.
    v.env.counter.quiet(() => v.env.spreadsheet.deleteSheet(v.env.spreadsheet.getSheetByName('Nhật ký')!));
    expect(() => v.call(fn, make())).toThrow('Thiếu trang "Nhật ký". Hãy chạy ANTT tự quản › Thiết lập bảng tính.');
    expect(v.env.locks.isHeld('document')).toBe(false);
  });
});

describe('a sheet missing a column', () => {
  it('stops the save with the repair message before anything is written', () => {
    const v = village();
    v.env.counter.quiet(() => {
      const s = v.env.spreadsheet.getSheetByName('Nhắc nhở')!;
      s.getRange(1, 5).setValue('Số vụ'); // "Số trường hợp" retyped as something else
    });
    v.env.counter.reset();
    expect(() => v.call(SAVES[0][0], SAVES[0][1]())).toThrow('Trang "Nhắc nhở" thiếu cột "Số trường hợp"');
    expect(writes(v.env)).toBe(0);
  });
});

describe('what a save reads as its sheets grow (issue 15)', () => {
  const ROWS = 50_000;
  const workbook = (n: number) => {
    const l = loaded();
    l.bundle.setupWorkbook();
    fillSheets(l.env, clock, n, SAVE_SHEETS);
    return l;
  };
  let small: ReturnType<typeof loaded>;
  let large: ReturnType<typeof loaded>;
  beforeAll(() => {
    small = workbook(100);
    large = workbook(ROWS);
  }, 240_000);
  const measure = (l: ReturnType<typeof loaded>, fn: string, input: Record<string, unknown>) => {
    l.env.counter.reset();
    const r = callAsScriptRun(l.bundle, fn, [input]) as { ok: boolean };
    expect(r).toMatchObject({ ok: true });
    const cellsRead: Record<string, number> = {};
    for (const c of l.env.counter.log)
      if (c.kind === 'read' && c.cells && c.sheet) cellsRead[c.sheet] = (cellsRead[c.sheet] ?? 0) + c.cells;
    return { calls: spreadsheetCalls(l.env), writes: writes(l.env), cellsRead };
  };
  /**
   * Whole columns read of each sheet of 50,000 rows (cells ÷ 50,001 rows): only those the save looks at — ids,
   * request ids, the known records' ids and active days — never the whole sheet (13 columns for Tuần tra).
   */
  const COLUMNS: Record<string, number>[] = [
    { 'Tuần tra': 2, 'Nhắc nhở': 1, 'Thành viên': 3 },
    { 'Cam kết': 6, 'Hộ gia đình': 3 },
    { 'Sinh hoạt, tuyên truyền': 2, 'Hộ gia đình': 3 },
    { 'Đối tượng giúp đỡ': 2, 'Thành viên': 3 },
    { 'Hộ gia đình': 2 },
    { 'Thành viên': 2 },
  ];
  it.each(SAVES.map(([fn, make], i) => [fn, make, COLUMNS[i]] as const))(
    '%s: at 50,000 rows the columns it needs, the same writes, a bounded number of calls more',
    (fn, make, columns) => {
      const input = make();
      const few = measure(small, fn, input);
      const many = measure(large, fn, input);
      expect(many.writes).toBe(few.writes);
      // Header rows and one range per run of columns: a few calls, whatever the rows.
      expect(many.calls).toBeGreaterThan(few.calls);
      expect(many.calls - few.calls).toBeLessThanOrEqual(12);
      const whole = Object.fromEntries(
        Object.entries(many.cellsRead)
          .map(([sheet, n]) => [sheet, Math.floor(n / (ROWS + 1))] as const)
          .filter(([, n]) => n > 0),
      );
      expect(whole).toEqual(columns);
    },
  );
});

describe('the sizes the last save read (a hint in the document cache)', () => {
  const patrol = () => SAVES[0][1](); // the same patrol, confirmed: saved each time
  const lastRowCalls = (v: ReturnType<typeof village>) =>
    v.env.counter.log.filter((c) => c.method === 'Sheet.getLastRow').map((c) => c.sheet);
  const cellsReadOf = (v: ReturnType<typeof village>, sheet: string) =>
    v.env.counter.log.filter((c) => c.kind === 'read' && c.sheet === sheet).reduce((n, c) => n + (c.cells ?? 0), 0);

  it('spare asking the last row of a small sheet; a sheet grown since is read right, then by columns', () => {
    const v = village();
    expect(v.call('apiSavePatrol', patrol()).ok).toBe(true);
    // No hint yet: every sheet's last row asked before it is read.
    expect(lastRowCalls(v)).toEqual(['Nhật ký', 'Tuần tra', 'Nhắc nhở', 'Tổ tự quản', 'Thành viên']);
    v.env.counter.reset();
    expect(v.call('apiSavePatrol', patrol()).ok).toBe(true);
    expect(lastRowCalls(v)).toEqual([]); // small, as the last save read them: read whole at once

    // 3,000 patrols pasted by hand since: the hint says small, the sheet is read whole (right, slower).
    const before = cells(v.env, 'patrols');
    const pasted = Array.from({ length: 3000 }, (_, i) => {
      const row = [...before[1]];
      row[0] = `TT-${String(5000 + i)}`;
      row[row.length - 1] = `pasted-${i}`;
      return row;
    });
    v.env.counter.quiet(() => {
      const sheet = v.env.spreadsheet.getSheetByName('Tuần tra')!;
      sheet.insertRowsAfter(sheet.getMaxRows(), pasted.length);
      sheet.getRange(before.length + 1, 1, pasted.length, before[0].length).setValues(pasted);
    });
    v.env.counter.reset();
    const third = v.call<{ id: string }>('apiSavePatrol', patrol());
    expect(third.ok && third.data.id).toBe('TT-8000'); // after the highest id, pasted or not
    expect(cellsReadOf(v, 'Tuần tra')).toBe((before.length + 3000) * before[0].length);
    // The next save knows: its last row, then the id and request-id columns only.
    v.env.counter.reset();
    expect(v.call('apiSavePatrol', patrol()).ok).toBe(true);
    expect(lastRowCalls(v)).toEqual(['Tuần tra']);
    const rows = before.length + 3001;
    expect(cellsReadOf(v, 'Tuần tra')).toBe(2 * rows + before[0].length); // two columns and the header row
  });
});

describe('a large sheet read by columns, with a column of the user inserted', () => {
  it('finds its columns by the header row and writes every cell under its header', () => {
    const v = village();
    // 5,000 patrols pasted by hand, then a user column inserted before "Giờ bắt đầu": the registry's places are wrong.
    v.env.counter.quiet(() => {
      const sheet = v.env.spreadsheet.getSheetByName('Tuần tra')!;
      const rows = sheet.getDataRange().getValues();
      const pasted = Array.from({ length: 5000 }, (_, i) => {
        const row = [...rows[1]];
        row[0] = `TT-${String(5000 + i)}`;
        row[row.length - 1] = `pasted-${i}`;
        return row;
      });
      sheet.insertRowsAfter(sheet.getMaxRows(), pasted.length);
      sheet.getRange(rows.length + 1, 1, pasted.length, rows[0].length).setValues(pasted);
      sheet.insertColumnBefore(3);
      sheet.getRange(1, 3).setValue('Ghi chú riêng');
    });
    const patrol = { ...SAVES[0][1](), confirm: false, date: '2023-06-16', start: '19:00', end: '20:00' };
    const r = v.call<{ id: string; reminderIds: string[] }>('apiSavePatrol', patrol);
    expect(r).toMatchObject({ ok: true, data: { id: 'TT-10000' } });
    // Read by columns (the sheet is large), not whole: no read of Tuần tra takes half of its 14 columns.
    const widest = Math.max(
      ...v.env.counter.log.filter((c) => c.kind === 'read' && c.sheet === 'Tuần tra').map((c) => c.cells ?? 0),
    );
    expect(widest).toBeLessThan(5000 * 7);
    const saved = byId(v.env, 'patrols', 'TT-10000');
    expect(saved.record).toMatchObject({ date: '2023-06-16', start: '19:00', end: '20:00', teamId: 'T1' });
    const header = cells(v.env, 'patrols')[0];
    expect(saved.raw[header.indexOf('Ghi chú riêng')]).toBe(''); // the user's column is left alone
    // The same patrol again: the duplicate check reads the moved columns where they are.
    const again = v.call('apiSavePatrol', { ...patrol, requestId: rid() });
    expect(again).toMatchObject({ ok: false, needsConfirm: true });
  });
});

describe('rows typed by hand', () => {
  it('are read by the same codec as the sidebar rows, and count for ids and references', () => {
    const v = village();
    // A secretary types a member and a patrol straight into the sheets (as text, the way Sheets parses typing).
    v.env.counter.quiet(() => {
      const m = v.env.spreadsheet.getSheetByName('Thành viên')!;
      m.getRange(m.getLastRow() + 1, 1, 1, 9).setValues([
        ['TV-0200', 'Hà Văn Gõ', 'T2', 'Thành viên', '0987654321', '', '1/3/2023', '', ''],
      ]);
      const p = v.env.spreadsheet.getSheetByName('Tuần tra')!;
      p.getRange(p.getLastRow() + 1, 1, 1, 10).setValues([
        ['TT-0100', '15/06/2023', '7:30', '9:00', 'T2', 'Xóm Nà Phạ', 'TV-0200, TV-0002', '3', 'TRUE', 'Bình thường'],
      ]);
    });
    const typed = byId(v.env, 'patrols', 'TT-0100').record;

    // The same patrol through the API (naming the member typed by hand) reads back identically;
    // it is the same team, day and hours as the typed row, so it is saved only when confirmed.
    const patrol = {
      requestId: rid(),
      date: '2023-06-15',
      start: '07:30',
      end: '09:00',
      teamId: 'T2',
      area: 'Xóm Nà Phạ',
      memberIds: ['TV-0200', 'TV-0002'],
      participants: 3,
      withPolice: true,
      result: 'Bình thường',
    };
    expect(v.call('apiSavePatrol', patrol)).toEqual({
      ok: false,
      errors: [],
      needsConfirm: true,
      warnings: [{ field: 'date', message: 'Có thể trùng với TT-0100: cùng tổ T2, ngày 15/06/2023, giờ 07:30–09:00' }],
    });
    const r = v.call<{ id: string }>('apiSavePatrol', { ...patrol, confirm: true });
    expect(r.ok && r.data.id).toBe('TT-0101'); // after the largest id, typed or not
    const saved = byId(v.env, 'patrols', 'TT-0101').record;
    const strip = (x: Record<string, unknown>) => ({ ...x, id: '', recordedBy: '', recordedAt: '', requestId: '' });
    expect(strip(typed as Record<string, unknown>)).toEqual(strip(saved as Record<string, unknown>));
    expect(typed).toMatchObject({
      date: '2023-06-15',
      start: '07:30',
      end: '09:00',
      memberIds: ['TV-0200', 'TV-0002'],
      participants: 3,
      withPolice: true,
    });
    expect(byId(v.env, 'members', 'TV-0200').record).toMatchObject({ phone: '0987654321', joinedOn: '2023-03-01' });

    // And the whole sheet still reads without issues, with the codec the figures use.
    const read = readRecords(sheetDef('patrols'), cells(v.env, 'patrols'), { clock, lists: defaultLists() });
    expect(read.issues).toEqual([]);
  });
});

describe('request ids', () => {
  it('stand for one save: the same id for another kind of save is refused, naming what it was used for', () => {
    const v = village();
    const requestId = rid();
    const camera = v.call('apiSaveActivity', { requestId, kind: 'camera', location: 'A' });
    expect(camera.ok).toBe(true);
    v.env.counter.reset();
    const patrol = v.call('apiSavePatrol', { ...SAVES[0][1](), requestId });
    expect(patrol).toEqual({
      ok: false,
      errors: [
        { field: 'requestId', message: expect.stringContaining('đã được dùng cho một lần lưu khác (Ghi camera)') },
      ],
    });
    expect(writes(v.env)).toBe(0);
    // The same for an event, then a supervised person (one API, two kinds).
    const other = rid();
    expect(v.call('apiSaveActivity', { ...SAVES[2][1](), requestId: other }).ok).toBe(true);
    const person = v.call('apiSaveActivity', {
      requestId: other,
      kind: 'supervised',
      name: 'B',
      type: 'Tù tha',
      startOn: '2023-01-01',
    });
    expect(person.ok).toBe(false);
    expect(records(v.env, 'cameras').rows.filter((r) => r.record.requestId === requestId)).toHaveLength(1);
    expect(records(v.env, 'patrols').rows.filter((r) => r.record.requestId === requestId)).toHaveLength(0);
    expect(records(v.env, 'supervised').rows.filter((r) => r.record.requestId === other)).toHaveLength(0);
  });

  it('are recognised for good: a registry add, an edit and a delete repeated after the cache forgot them', () => {
    const v = village();
    const team = { requestId: rid(), sheet: 'teams', record: { name: 'Tổ 9' } };
    const edit = { requestId: rid(), sheet: 'members', id: 'TV-0003', record: { phone: '0987 654 321' } };
    const added = v.call('apiSaveRecord', team);
    const edited = v.call('apiSaveRecord', edit);
    const remove = { requestId: rid('del'), sheet: 'cameras', id: 'CAM-01' };
    const gone = v.call('apiDeleteRecord', remove);
    expect([added.ok, edited.ok, gone.ok]).toEqual([true, true, true]);
    // Seven hours later: the document cache keeps nothing that long.
    v.env.ctx.now = () => new Date('2023-06-20T10:00:00Z');
    const log = rowCount(v.env, 'log');
    v.env.counter.reset();
    expect(v.call('apiSaveRecord', team)).toEqual(added);
    expect(v.call('apiSaveRecord', edit)).toEqual(edited);
    expect(v.call('apiDeleteRecord', remove)).toEqual(gone);
    expect(writes(v.env)).toBe(0);
    expect(rowCount(v.env, 'log')).toBe(log);
    expect(records(v.env, 'teams').rows.filter((r) => r.record.name === 'Tổ 9')).toHaveLength(1);
  });

  it('are trimmed and must look like one', () => {
    const v = village();
    const input = { ...SAVES[0][1](), requestId: '  abc-123  ' };
    const first = v.call('apiSavePatrol', input);
    expect(first.ok).toBe(true);
    expect(v.call('apiSavePatrol', { ...input, requestId: 'abc-123' })).toEqual(first);
    expect(records(v.env, 'patrols').rows.filter((r) => r.record.requestId === 'abc-123')).toHaveLength(1);
    for (const bad of ['', '   ', 'a b', 'x'.repeat(101), 'mã-1', '=1+1', 'a/b'])
      expect(v.call('apiSavePatrol', { ...input, requestId: bad })).toEqual({
        ok: false,
        errors: [{ field: 'requestId', message: expect.stringContaining('Mã yêu cầu') }],
      });
  });

  it('one Nhật ký row per save, none for a repeat', () => {
    const v = village();
    const before = rowCount(v.env, 'log');
    const input = SAVES[2][1]();
    v.call('apiSaveActivity', input);
    v.call('apiSaveActivity', input);
    expect(rowCount(v.env, 'log')).toBe(before + 1);
  });
});

describe("the owner's email for the protection pre-check", () => {
  it('is asked of the spreadsheet once, then kept in the document cache: later saves call no getOwner', () => {
    const v = village(); // set-up and the sample loader ask it themselves and keep nothing
    const camera = () => ({
      requestId: rid(),
      kind: 'camera',
      location: 'Ngã ba',
      installedOn: '2023-06-01',
      working: true,
    });
    const owners: number[] = [];
    for (let i = 0; i < 3; i++) {
      v.env.counter.reset();
      expect(v.call('apiSaveActivity', camera())).toMatchObject({ ok: true });
      owners.push(v.env.counter.byMethod('SpreadsheetApp')['Spreadsheet.getOwner'] ?? 0);
    }
    expect(owners).toEqual([1, 0, 0]);
  });
});
