/**
 * A set-up workbook with `n` rows in every record sheet, generated fast: the cells are made
 * directly (dates as Date at midnight in Asia/Ho_Chi_Minh, numbers, booleans, text) and each
 * sheet gets one setValues, uncounted. Also: the counts of the
 * period a direct loop over the generated rows gives (to check apiComputeCompliance
 * against), and one call of every API with its input — for test/reliability/scale.test.ts (the bench's
 * operations table, scripts/bench/operations.ts, uses generate.ts's 10,000-household workbook instead).
 */
import { DIST, loadBundle } from '../../local/bundle';
import { createGasEnvironment, type GasEnvironment } from '../../local/emulator';
import { intlClock } from '../../src/domain/clock';
import { mapHeaders } from '../../src/domain/codec';
import { DEFAULT_LISTS } from '../../src/domain/lists';
import type { Counts } from '../../src/domain/report';
import { sheetDef, type SheetKey } from '../../src/domain/sheets';

export const SCALE_NOW = new Date('2023-06-20T03:00:00Z');
/** Every generated dated record lies in 2022; the saves of `SCALE_CALLS` are dated 2023. */
export const SCALE_PERIOD = { from: '2022-01-01', to: '2022-12-31' };
export const RECORD_SHEETS: SheetKey[] = [
  'teams',
  'members',
  'households',
  'residents',
  'patrols',
  'reminders',
  'commitments',
  'sessions',
  'mediations',
  'supervised',
  'cameras',
  'events',
  'incidents',
  'registrations',
];

const clock = intlClock('Asia/Ho_Chi_Minh');
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const DAYS = Array.from({ length: 365 }, (_, d) =>
  clock.midnight(new Date(Date.UTC(2022, 0, 1 + d)).toISOString().slice(0, 10)),
);
const day = (i: number) => DAYS[i % 365];
/** `HH:mm` of the 10-minute slot of the `i`th record of its day, plus `plus` minutes. */
const slot = (i: number, plus: number) => {
  const m = (Math.floor(i / 365) % 144) * 10 + plus;
  return `${pad(Math.floor(m / 60), 2)}:${pad(m % 60, 2)}`;
};
const at = (iso: string) => clock.midnight(iso);
/** Six teams hold everyone (`T1`…`T6`); the other rows of `Tổ tự quản` are teams nobody is in. */
const team = (i: number) => `T${(i % 6) + 1}`;

type Row = Record<string, unknown>;
const rowsOf = (n: number): Partial<Record<SheetKey, (i: number) => Row>> =>
  ({
    teams: (i) => ({
      id: `T${i + 1}`,
      name: `Tổ ${i + 1}`,
      leader: `Tổ trưởng ${i + 1}`,
      area: `Xóm ${i % 20}`,
      note: '',
    }),
    members: (i) => ({
      id: `TV-${pad(i + 1, 4)}`,
      name: `Thành viên ${i + 1}`,
      teamId: team(i),
      role: DEFAULT_LISTS['Vai trò'][i % DEFAULT_LISTS['Vai trò'].length],
      phone: '',
      joinedOn: at('2020-01-01'),
      leftOn: '',
      // The Tổ bảo vệ ANTT: three of four in it, two of three of those trained, half of the trained with papers.
      guardRole: ['Tổ trưởng', 'Tổ phó', 'Tổ viên', ''][i % 4],
      trainedOn: i % 4 !== 3 && i % 3 !== 0 ? at('2022-08-17') : '',
      papers: i % 4 !== 3 && i % 3 !== 0 && i % 2 === 0,
      papersOn: i % 4 !== 3 && i % 3 !== 0 && i % 2 === 0 ? at('2022-09-27') : '',
      note: '',
    }),
    households: (i) => ({
      id: `H${pad(i + 1, 3)}`,
      head: `Chủ hộ ${i + 1}`,
      teamId: team(i),
      address: `Xóm ${i % 20}`,
      size: 4,
      ethnicity: 'Nùng',
      arrivedOn: '',
      leftOn: '',
      note: '',
    }),
    residents: (i) => ({
      id: `NK-${pad(i + 1, 4)}`,
      name: `Người ${i + 1}`,
      householdId: `H${pad((i % n) + 1, 3)}`,
      birthYear: 1950 + (i % 60),
      gender: i % 2 ? 'Nam' : 'Nữ',
      hasIdCard: i % 10 !== 0,
      eidLevel: ['Chưa', 'Mức 1', 'Mức 2'][i % 3],
      note: '',
    }),
    patrols: (i) => ({
      id: `TT-${pad(i + 1, 4)}`,
      date: day(i),
      // Patrols of one day each have their own 10-minute slot: none is a likely duplicate of another.
      start: slot(i, 0),
      end: slot(i, 5),
      teamId: team(i),
      area: 'Địa bàn',
      memberIds: `TV-${pad((i % n) + 1, 4)}, TV-${pad(((i + 1) % n) + 1, 4)}`,
      participants: 2 + (i % 3),
      withPolice: i % 3 === 0,
      result: 'Bình thường',
      recordedBy: '',
      recordedAt: '',
      requestId: `old-${i}`,
    }),
    reminders: (i) => ({
      id: `NN-${pad(i + 1, 4)}`,
      patrolId: `TT-${pad(i + 1, 4)}`,
      date: day(i),
      category: DEFAULT_LISTS['Loại nhắc nhở'][i % DEFAULT_LISTS['Loại nhắc nhở'].length],
      cases: 1 + (i % 3),
      action: 'Nhắc nhở',
      note: '',
      requestId: `old-${i}`,
    }),
    commitments: (i) => ({
      id: `CK-${pad(i + 1, 4)}`,
      householdId: `H${pad(Math.floor(i / 4) + 1, 3)}`,
      type: DEFAULT_LISTS['Loại cam kết'][i % 4],
      year: 2022,
      signedOn: at('2022-02-01'),
      signer: 'Trưởng thôn',
      status: i % 100 === 99 ? 'Vi phạm' : 'Đã ký',
      note: '',
      requestId: `old-${i}`,
    }),
    sessions: (i) => ({
      id: `SH-${pad(i + 1, 4)}`,
      date: day(i),
      form: i % 10 === 0 ? 'Tuyên truyền tại trường học' : 'Họp thôn',
      topics: `Ma tuý ${i + 1}`, // one topic per session: no likely duplicates
      place: 'Nhà văn hoá',
      audience: i % 10 === 0 ? 'Học sinh' : 'Nhân dân',
      attendees: 30,
      householdIds: `H${pad((i % n) + 1, 3)}`,
      partners: '',
      note: '',
      requestId: `old-${i}`,
    }),
    mediations: (i) => ({
      id: `HG-${pad(i + 1, 4)}`,
      date: day(i),
      subject: 'Tranh chấp',
      parties: 'Hai hộ',
      outcome: DEFAULT_LISTS['Kết quả hoà giải'][i % 3],
      chair: 'Trưởng thôn',
      note: '',
      requestId: `old-${i}`,
    }),
    supervised: (i) => ({
      id: `DT-${pad(i + 1, 4)}`,
      name: `Đối tượng ${i + 1}`,
      type: DEFAULT_LISTS['Loại đối tượng'][i % 5],
      startOn: at('2021-01-01'),
      endOn: i % 2 ? at('2022-06-01') : '',
      memberId: '',
      reoffended: i % 17 === 0,
      note: '',
      requestId: `old-${i}`,
    }),
    cameras: (i) => ({
      id: `CAM-${pad(i + 1, 2)}`,
      location: `Vị trí ${i + 1}`,
      installedOn: at('2021-05-01'),
      funding: 'Xã hội hoá',
      working: i % 9 !== 0,
      note: '',
      requestId: `old-${i}`,
    }),
    events: (i) => ({
      id: `SK-${pad(i + 1, 4)}`,
      date: day(i),
      type: DEFAULT_LISTS['Loại sự kiện'][i % DEFAULT_LISTS['Loại sự kiện'].length],
      // A festival secured is named from its list (the data check notes one without a name).
      festival:
        DEFAULT_LISTS['Loại sự kiện'][i % DEFAULT_LISTS['Loại sự kiện'].length] === 'Bảo đảm ANTT lễ hội, sự kiện'
          ? DEFAULT_LISTS['Lễ hội, sự kiện'][i % DEFAULT_LISTS['Lễ hội, sự kiện'].length]
          : '',
      content: 'Nội dung',
      participants: 5,
      toPolice: i % 2 === 0,
      note: '',
      requestId: `old-${i}`,
    }),
    incidents: (i) => ({
      id: `VV-${pad(i + 1, 4)}`,
      date: day(i),
      type: DEFAULT_LISTS['Loại vụ việc'][i % DEFAULT_LISTS['Loại vụ việc'].length],
      summary: 'Tóm tắt',
      handledBy: team(i),
      toPolice: i % 3 === 0,
      status: i % 4 === 0 ? 'Đang giải quyết' : 'Đã giải quyết',
      note: '',
      requestId: `old-${i}`,
    }),
    registrations: (i) => ({
      id: `DK-${pad(i + 1, 3)}`,
      year: 2022,
      type: i % 2 === 0 ? 'Nghị quyết của chi bộ' : 'Đăng ký của khu dân cư',
      number: `${pad((i % 99) + 1, 2)}/ĐK`,
      date: day(i),
      note: '',
      requestId: `old-${i}`,
    }),
  }) satisfies Partial<Record<SheetKey, (i: number) => Row>>;

/**
 * The counts of `SCALE_PERIOD`, by direct loops over the generated rows (SPEC §3 rules, on data where they are
 * simple).
 */
function directCounts(n: number, rows: Record<SheetKey, Row[]>): Partial<Counts> {
  const sum = (key: SheetKey, f: (r: Row) => number) => rows[key].reduce((s, r) => s + f(r), 0);
  const count = (key: SheetKey, f: (r: Row) => boolean) => rows[key].filter(f).length;
  const board = new Set(DEFAULT_LISTS['Vai trò'].slice(0, 3));
  return {
    households: n,
    residents: n,
    teams: n,
    members: n,
    boardMembers: count('members', (r) => board.has(r.role as string)),
    patrols: n,
    patrolParticipations: sum('patrols', (r) => r.participants as number),
    patrolsWithPolice: count('patrols', (r) => r.withPolice === true),
    reminders: sum('reminders', (r) => r.cases as number),
    sessions: n,
    sessionAttendees: sum('sessions', (r) => r.attendees as number),
    schoolSessions: count('sessions', (r) => r.audience === 'Học sinh'),
    mediations: n,
    mediationsSuccessful: count('mediations', (r) => r.outcome === 'Thành'),
    supervised: n,
    supervisedReoffended: count('supervised', (r) => r.reoffended === true),
    cameras: n,
    camerasWorking: count('cameras', (r) => r.working === true),
    tips: count('events', (r) => r.type === 'Tin báo, tố giác'),
    eventsSupported: count('events', (r) => r.type === 'Bảo đảm ANTT lễ hội, sự kiện'),
  };
}

export interface ScaleWorkbook {
  env: GasEnvironment;
  bundle: ReturnType<typeof loadBundle>;
  n: number;
  counts: Partial<Counts>;
}

/** A set-up workbook with `n` generated rows in every record sheet (`n` ≥ 6). */
export function scaleWorkbook(n: number, code?: string): ScaleWorkbook {
  const env = createGasEnvironment({ htmlDir: DIST, now: () => SCALE_NOW });
  const bundle = code ? loadBundle(env, code) : loadBundle(env);
  bundle.setupWorkbook();
  const generated = {} as Record<SheetKey, Row[]>;
  const gen = rowsOf(n);
  env.counter.quiet(() => {
    for (const key of RECORD_SHEETS) {
      const def = sheetDef(key);
      const sheet = env.spreadsheet.getSheetByName(def.name)!;
      const header = mapHeaders(def, sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0]);
      const rows = Array.from({ length: n }, (_, i) => gen[key]!(i));
      generated[key] = rows;
      // The cells are laid out by header position directly. The new rows are inserted below
      // the rows set-up formatted, so they take their formats (text columns "@": ids and
      // times stay text), as rows added in Sheets do.
      const width = header.width;
      const place = def.columns
        .map((c) => [c.field, header.index[c.field]] as const)
        .filter(([, i]) => i !== undefined);
      const values = rows.map((r) => {
        const out: unknown[] = new Array(width).fill('');
        for (const [field, i] of place) out[i] = r[field] ?? '';
        return out;
      });
      const need = n + 1 - sheet.getMaxRows();
      if (need > 0) sheet.insertRowsAfter(sheet.getMaxRows(), need);
      sheet.getRange(2, 1, n, width).setValues(values);
    }
  });
  env.counter.reset();
  return { env, bundle, n, counts: directCounts(n, generated) };
}

export interface ScaleCall {
  api: string;
  label: string;
  input?: unknown;
  /** Reads or writes only (no Doc). */
  kind: 'read' | 'write' | 'notice';
}

/** One call of every API, reads first (so the period's figures are the generated ones). */
export const SCALE_CALLS: ScaleCall[] = [
  { api: 'apiBootstrap', label: 'bootstrap of the forms', kind: 'read' },
  { api: 'apiListResidents', label: 'residents of one household', input: { householdId: 'H001' }, kind: 'read' },
  {
    api: 'apiFindHouseholds',
    label: 'households found by words, with who signed',
    input: { query: 'chu ho 12', limit: 20, signed: true },
    kind: 'read',
  },
  {
    api: 'apiFindHouseholds',
    label: "a team's households (Chọn cả tổ), ids only, with who signed",
    input: { teamId: 'T1', idsOnly: true, signed: true },
    kind: 'read',
  },
  {
    api: 'apiListRecords',
    label: 'patrols found by words, one page',
    input: { sheet: 'patrols', query: 'tuan tra', limit: 50 },
    kind: 'read',
  },
  { api: 'apiComputeCompliance', label: 'compliance of 2022', input: SCALE_PERIOD, kind: 'read' },
  { api: 'apiPreviewNotice', label: 'notice preview of 2022', input: SCALE_PERIOD, kind: 'read' },
  { api: 'apiWriteSummary', label: 'Tổng hợp of 2022 (table + charts)', input: SCALE_PERIOD, kind: 'write' },
  { api: 'apiValidateWorkbook', label: 'data check of every sheet', kind: 'read' },
  {
    api: 'apiGenerateNotice',
    label: 'notice of 2022 as a Doc',
    input: { ...SCALE_PERIOD, issuedOn: '2023-06-20' },
    kind: 'notice',
  },
  {
    api: 'apiPreviewReport',
    label: 'annual report of 2022, preview',
    input: { kind: 'nam', year: 2022 },
    kind: 'read',
  },
  {
    api: 'apiGenerateReport',
    label: 'annual report of 2022 as a Doc (and PDF)',
    input: { kind: 'nam', year: 2022, issuedOn: '2023-06-20' },
    kind: 'notice',
  },
  {
    api: 'apiAssessTt124',
    label: 'TT 124 self-assessment of 2022',
    input: { year: 2022, policy: 'met' },
    kind: 'read',
  },
  {
    api: 'apiGenerateTt124',
    label: 'TT 124 self-assessment of 2022 as a Doc (and PDF)',
    input: { year: 2022, issuedOn: '2023-06-20' },
    kind: 'notice',
  },
  {
    api: 'apiSavePatrol',
    label: 'patrol + 2 reminders',
    kind: 'write',
    input: {
      requestId: 'scale-patrol',
      date: '2023-06-15',
      start: '20:00',
      end: '22:00',
      teamId: 'T1',
      area: 'Thôn',
      memberIds: ['TV-0001'],
      participants: 2,
      withPolice: false,
      result: '',
      reminders: [
        { category: 'Khác', cases: 1, action: 'Nhắc nhở', note: '' },
        { category: 'Khác', cases: 2, action: 'Nhắc nhở', note: '' },
      ],
    },
  },
  {
    api: 'apiSaveCommitments',
    label: '2 households × 4 types',
    kind: 'write',
    input: {
      requestId: 'scale-commitments',
      year: 2023,
      type: '*',
      signedOn: '2023-06-01',
      householdIds: ['H001', 'H002'],
      signer: '',
    },
  },
  {
    api: 'apiSaveActivity',
    label: 'session',
    kind: 'write',
    input: {
      requestId: 'scale-session',
      kind: 'session',
      date: '2023-06-01',
      form: 'Họp thôn',
      householdIds: ['H001', 'H002'],
      attendees: 10,
    },
  },
  {
    api: 'apiSaveActivity',
    label: 'mediation',
    kind: 'write',
    input: { requestId: 'scale-mediation', kind: 'mediation', date: '2023-06-02', subject: 'Lối đi', outcome: 'Thành' },
  },
  {
    api: 'apiSaveActivity',
    label: 'supervised person',
    kind: 'write',
    input: {
      requestId: 'scale-supervised',
      kind: 'supervised',
      name: 'A',
      type: 'Khác',
      startOn: '2023-06-01',
      memberId: 'TV-0002',
    },
  },
  {
    api: 'apiSaveActivity',
    label: 'camera',
    kind: 'write',
    input: { requestId: 'scale-camera', kind: 'camera', location: 'Ngã ba', installedOn: '2023-06-01', working: true },
  },
  {
    api: 'apiSaveActivity',
    label: 'event',
    kind: 'write',
    input: { requestId: 'scale-event', kind: 'event', date: '2023-06-03', type: 'Khác', content: 'Việc' },
  },
  {
    api: 'apiSaveRecord',
    label: 'add a household',
    kind: 'write',
    input: { requestId: 'scale-household', sheet: 'households', record: { head: 'Hộ mới', teamId: 'T1' } },
  },
  {
    api: 'apiSaveRecord',
    label: 'add a resident',
    kind: 'write',
    input: { requestId: 'scale-resident', sheet: 'residents', record: { name: 'Người mới', householdId: 'H001' } },
  },
  {
    api: 'apiSaveRecord',
    label: 'add a team',
    kind: 'write',
    input: { requestId: 'scale-team', sheet: 'teams', record: { name: 'Tổ mới' } },
  },
  {
    api: 'apiSaveRecord',
    label: 'edit a member',
    kind: 'write',
    input: { requestId: 'scale-member', sheet: 'members', id: 'TV-0002', record: { phone: '0912345678' } },
  },
  {
    api: 'apiDeleteRecord',
    label: 'delete a patrol with its reminder',
    kind: 'write',
    input: { requestId: 'scale-delete', sheet: 'patrols', id: 'TT-0002' },
  },
];
