/**
 * Fault injection (issue 13): for every save type × every write call that save makes
 * (Spreadsheet writes, and the document-property writes that store and clear its plan), that
 * call throws once; then the same request is sent again. The workbook after the retry must equal
 * the workbook after one clean save, every cell of every sheet (the emulator's clock is fixed, so
 * timestamps are equal too), the retry must answer what the clean save answered, and no plan may
 * be left: 0 half-writes, 0 duplicates, 0 orphans.
 */
import { type CallRecord, isSpreadsheetWrite } from '../../local/emulator/counter';
import { callAsScriptRun, loadBundle } from '../../local/bundle';
import { createGasEnvironment } from '../../local/emulator';
import { DEFAULT_LISTS } from '../../src/domain/lists';
import { loaded, snapshot } from '../support/env';
import { records } from '../support/saves';
import { fillSheets, SAVE_SHEETS } from '../support/fill';
import { intlClock } from '../../src/domain/clock';

const NOW = () => new Date('2023-06-20T03:00:00Z');

type Case = [name: string, fn: string, input: Record<string, unknown>];

const first = (list: keyof typeof DEFAULT_LISTS) => DEFAULT_LISTS[list][0];

/** The base workbook: the sample village, plus a household of its own with two residents and a commitment. */
function base(): { spreadsheet: unknown; properties: [string, string][] } {
  const l = loaded({ now: NOW });
  l.bundle.setupWorkbook();
  l.bundle.loadSampleVillage();
  const call = (fn: string, x: unknown) => callAsScriptRun(l.bundle, fn, [x]) as { ok: boolean };
  const add = (sheet: string, record: Record<string, unknown>) =>
    call('apiSaveRecord', {
      requestId: `base-${sheet}-${Math.random().toString(36).slice(2)}`,
      sheet,
      record,
      confirm: true,
    });
  expect(add('households', { head: 'Hộ thử', teamId: 'T1' }).ok).toBe(true);
  const household = records<{ id: string; head: string }>(l.env, 'households').rows.find(
    (r) => r.record.head === 'Hộ thử',
  )!.record.id;
  expect(add('residents', { name: 'Người một', householdId: household }).ok).toBe(true);
  expect(add('residents', { name: 'Người hai', householdId: household }).ok).toBe(true);
  expect(
    call('apiSaveCommitments', {
      requestId: 'base-commitment',
      year: 2023,
      type: first('Loại cam kết'),
      signedOn: '2023-06-01',
      householdIds: [household],
      signer: '',
    }).ok,
  ).toBe(true);
  HOUSEHOLD = household;
  const patrol = records<{ id: string; patrolId: string }>(l.env, 'reminders').rows[0].record.patrolId;
  PATROL = patrol;
  return { spreadsheet: l.env.saveSpreadsheet(), properties: [...l.env.properties.document.data] };
}

let HOUSEHOLD = '';
let PATROL = '';

function cases(): Case[] {
  return [
    [
      'tuần tra + 2 nhắc nhở',
      'apiSavePatrol',
      {
        date: '2023-06-15',
        start: '21:00',
        end: '23:30',
        teamId: 'T1',
        memberIds: ['TV-0001', 'TV-0002'],
        participants: 2,
        withPolice: false,
        result: 'Bình thường',
        reminders: [
          { category: 'Khác', cases: 2, action: 'Nhắc nhở', note: '' },
          { category: 'Khác', cases: 1, action: 'Nhắc nhở', note: 'lần 2' },
        ],
        confirm: true,
      },
    ],
    [
      // The signing day's year (SPEC §2.1): the sample's households have signed it all, the base's own has one type.
      'cam kết (mọi loại bắt buộc còn thiếu, 1 hộ)',
      'apiSaveCommitments',
      { year: 2023, type: '*', signedOn: '2023-06-01', householdIds: [HOUSEHOLD], signer: 'Trưởng thôn' },
    ],
    [
      'sinh hoạt',
      'apiSaveActivity',
      {
        kind: 'session',
        date: '2023-06-01',
        form: first('Hình thức sinh hoạt'),
        householdIds: ['H001', 'H002'],
        attendees: 10,
        confirm: true,
      },
    ],
    [
      'hoà giải',
      'apiSaveActivity',
      { kind: 'mediation', date: '2023-06-02', subject: 'Tranh chấp ranh giới', outcome: first('Kết quả hoà giải') },
    ],
    [
      'đối tượng giúp đỡ',
      'apiSaveActivity',
      { kind: 'supervised', name: 'A', type: 'Khác', startOn: '2023-06-01', memberId: 'TV-0002' },
    ],
    ['camera', 'apiSaveActivity', { kind: 'camera', location: 'Ngã ba', working: true }],
    [
      'tin báo',
      'apiSaveActivity',
      { kind: 'event', date: '2023-06-03', type: first('Loại sự kiện'), content: 'Tin báo', toPolice: true },
    ],
    [
      'vụ việc',
      'apiSaveActivity',
      {
        kind: 'incident',
        date: '2023-06-04',
        type: first('Loại vụ việc'),
        summary: 'Va chạm xe máy',
        toPolice: true,
        status: 'Đã giải quyết',
      },
    ],
    ['thêm hộ', 'apiSaveRecord', { sheet: 'households', record: { head: 'Hộ mới', teamId: 'T1' }, confirm: true }],
    ['thêm nhân khẩu', 'apiSaveRecord', { sheet: 'residents', record: { name: 'Nhân khẩu mới', householdId: 'H001' } }],
    ['thêm tổ', 'apiSaveRecord', { sheet: 'teams', record: { name: 'Tổ mới' } }],
    ['thêm thành viên', 'apiSaveRecord', { sheet: 'members', record: { name: 'Thành viên mới', teamId: 'T1' } }],
    [
      'sửa thành viên (2 ô)',
      'apiSaveRecord',
      { sheet: 'members', id: 'TV-0001', record: { phone: '0912 345 678', leftOn: '2023-06-19' } },
    ],
    ['xoá tuần tra (kèm nhắc nhở)', 'apiDeleteRecord', { sheet: 'patrols', id: PATROL }],
    ['xoá hộ (kèm nhân khẩu, cam kết)', 'apiDeleteRecord', { sheet: 'households', id: HOUSEHOLD, cascade: true }],
  ];
}

const isWrite = (c: CallRecord) =>
  isSpreadsheetWrite(c) || (c.service === 'PropertiesService' && /^Properties\.(set|delete)/.test(c.method));

function pendingPlans(env: ReturnType<typeof createGasEnvironment>): string[] {
  return [...env.properties.document.data.keys()].filter((k) => k.startsWith('antt.pending.'));
}

type Start = { spreadsheet: unknown; properties: [string, string][] };

/** A fresh workbook from `start` with its document properties, counted from zero. */
function freshFrom(start: Start) {
  const env = createGasEnvironment({ htmlDir: 'dist', now: NOW, spreadsheet: start.spreadsheet });
  for (const [k, v] of start.properties) env.properties.document.data.set(k, v);
  const bundle = loadBundle(env);
  env.counter.reset();
  return { env, call: (fn: string, x: unknown) => callAsScriptRun(bundle, fn, [x]) };
}

/** Every case × every write point of its clean save, each failed once then retried; the number of faults. */
function runMatrix(start: Start, list: Case[], label: string): number {
  const matrix: string[] = [];
  let points = 0;
  for (const [name, fn, input] of list) {
    const x = { ...input, requestId: `fault-${fn}-${name.length}` };
    // One clean save: the workbook and the answer to reach.
    const clean = freshFrom(start);
    const answer = clean.call(fn, x) as { ok: boolean };
    expect({ name, ok: answer.ok, answer }).toMatchObject({ name, ok: true });
    const wanted = snapshot(clean.env);
    const writePoints = clean.env.counter.log.filter(isWrite).map((c) => `${c.service}:${c.method}`);
    expect(pendingPlans(clean.env)).toEqual([]);

    for (let k = 1; k <= writePoints.length; k++) {
      const run = freshFrom(start);
      run.env.counter.failAt(k, isWrite);
      expect(() => run.call(fn, x)).toThrow(); // the guard words it in Vietnamese
      expect(run.env.counter.faultPending()).toBe(false);
      expect(run.env.locks.isHeld('document')).toBe(false);
      const retried = run.call(fn, x);
      const where = `${name} — lỗi ở lần ghi ${k}/${writePoints.length} (${writePoints[k - 1]})`;
      expect({ where, retried }).toEqual({ where, retried: answer });
      expect({ where, sheets: snapshot(run.env) }).toEqual({ where, sheets: wanted });
      expect({ where, pending: pendingPlans(run.env) }).toEqual({ where, pending: [] });
      // A third call changes nothing more.
      const again = snapshot(run.env);
      expect(run.call(fn, x)).toEqual(answer);
      expect(snapshot(run.env)).toEqual(again);
      points++;
    }
    matrix.push(`${name}: ${writePoints.length}`);
  }
  console.log(
    `Fault injection (${label}): ${list.length} save types × their write points = ${points} faults, ` +
      `0 half-writes, 0 duplicates, 0 orphans\n  ${matrix.join('\n  ')}`,
  );
  return points;
}

describe('a save that fails at any write is completed by its retry', () => {
  let start: Start;
  beforeAll(() => {
    start = base();
    jest.spyOn(console, 'error').mockImplementation(() => {}); // the guard logs each injected fault
  });
  afterAll(() => jest.restoreAllMocks());

  const fresh = () => freshFrom(start);

  it('every save type × every write point: 0 half-writes, 0 duplicates, 0 orphans', () => {
    const points = runMatrix(start, cases(), 'the sample village');
    expect(points).toBeGreaterThan(cases().length * 3);
  });

  it('a save that failed half way and was never retried is completed by the data check', () => {
    const [name, fn, input] = cases()[0];
    const x = { ...input, requestId: 'fault-never-retried' };
    const clean = fresh();
    expect(clean.call(fn, x)).toMatchObject({ ok: true });
    const run = fresh();
    run.env.counter.failAt(3, isWrite); // after the plan and the patrol's row insertion
    expect(() => run.call(fn, x)).toThrow();
    expect(pendingPlans(run.env)).toHaveLength(1);
    const check = run.call('apiValidateWorkbook', {}) as { ok: true; data: { completedSaves?: number } };
    expect({ name, completed: check.data.completedSaves }).toEqual({ name, completed: 1 });
    expect(pendingPlans(run.env)).toEqual([]);
    // The data check of the clean workbook changes nothing more: both equal, cell for cell.
    clean.call('apiValidateWorkbook', {});
    expect(snapshot(run.env)).toEqual(snapshot(clean.env));
  });
});

describe('the same on sheets large enough to be read by columns (issue 15)', () => {
  /** 2,500 rows in every sheet a save reads: a save reads the columns it needs, not whole sheets. */
  const ROWS = 2_500;
  let start: Start;
  beforeAll(() => {
    const l = loaded({ now: NOW });
    l.bundle.setupWorkbook();
    fillSheets(l.env, intlClock('Asia/Ho_Chi_Minh'), ROWS, SAVE_SHEETS);
    start = { spreadsheet: l.env.saveSpreadsheet(), properties: [...l.env.properties.document.data] };
    jest.spyOn(console, 'error').mockImplementation(() => {});
  }, 60_000);
  afterAll(() => jest.restoreAllMocks());

  it('a patrol with reminders, commitments, an edit and a delete: 0 half-writes, 0 duplicates, 0 orphans', () => {
    const list: Case[] = [
      cases()[0],
      [
        'cam kết (2 hộ)',
        'apiSaveCommitments',
        { year: 2023, type: '*', signedOn: '2023-06-01', householdIds: ['H001', 'H002'], signer: '' }, // filled: 2022
      ],
      ['sửa thành viên', 'apiSaveRecord', { sheet: 'members', id: 'TV-0002', record: { phone: '0912 345 678' } }],
      ['xoá tuần tra', 'apiDeleteRecord', { sheet: 'patrols', id: 'TT-0002' }],
    ];
    // Read by columns: no save reads a whole sheet of 2,500 rows (what a whole read of Tuần tra would be).
    const probe = freshFrom(start);
    expect(probe.call('apiSavePatrol', { ...cases()[0][2], requestId: 'probe' })).toMatchObject({ ok: true });
    const widest = Math.max(
      ...probe.env.counter.log.filter((c) => c.sheet === 'Tuần tra' && c.kind === 'read').map((c) => c.cells ?? 0),
    );
    expect(widest).toBeLessThanOrEqual(ROWS + 1);
    expect(runMatrix(start, list, `${ROWS} rows a sheet`)).toBeGreaterThan(list.length * 3);
  });
});
