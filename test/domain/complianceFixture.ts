/** Small hand-built workbooks for the compliance tests: records with defaults for what a test does not care about. */
import { defaultLists } from '../../src/domain/lists';
import type {
  Camera,
  Commitment,
  EventRecord,
  Household,
  Mediation,
  Member,
  Patrol,
  Reminder,
  Resident,
  Session,
  Supervised,
  Team,
} from '../../src/domain/records';
import type { WorkbookData } from '../../src/domain/report';
import { defaultSettings } from '../../src/domain/settings';

export const hh = (id: string, o: Partial<Household> = {}): Household => ({
  id,
  head: `Chủ hộ ${id}`,
  teamId: 'T1',
  address: '',
  size: 3,
  ethnicity: 'Nùng',
  arrivedOn: null,
  leftOn: null,
  note: '',
  requestId: '',
  ...o,
});
export const resident = (
  id: string,
  householdId: string,
  birthYear: number | null,
  hasIdCard: boolean,
  eidLevel: string,
): Resident => ({
  id,
  name: `Người ${id}`,
  householdId,
  birthYear,
  gender: 'Nam',
  hasIdCard,
  eidLevel,
  note: '',
  requestId: '',
});
export const team = (id: string): Team => ({ id, name: `Tổ ${id}`, leader: '', area: '', note: '', requestId: '' });
export const member = (id: string, role: string, o: Partial<Member> = {}): Member => ({
  id,
  name: `Thành viên ${id}`,
  teamId: 'T1',
  role,
  phone: '',
  email: '',
  joinedOn: '2021-01-01',
  leftOn: null,
  guardRole: '',
  trainedOn: null,
  papers: false,
  papersOn: null,
  note: '',
  requestId: '',
  ...o,
});
export const patrol = (
  id: string,
  date: string,
  participants: number,
  memberIds: string[],
  withPolice = false,
): Patrol => ({
  id,
  date,
  start: '20:00',
  end: '22:00',
  teamId: 'T1',
  area: '',
  memberIds,
  participants,
  withPolice,
  result: '',
  recordedBy: '',
  recordedAt: null,
  requestId: '',
});
export const reminder = (id: string, patrolId: string, date: string, category: string, cases: number): Reminder => ({
  id,
  patrolId,
  date,
  category,
  cases,
  action: 'Nhắc nhở',
  note: '',
  requestId: '',
});
export const commitment = (
  id: string,
  householdId: string,
  type: string,
  year: number,
  status = 'Đã ký',
): Commitment => ({
  id,
  householdId,
  type,
  year,
  signedOn: `${year}-01-15`,
  signer: '',
  status,
  note: '',
  requestId: '',
});
export const session = (
  id: string,
  date: string,
  form: string,
  audience: string,
  attendees: number | null,
  householdIds: string[],
): Session => ({
  id,
  date,
  form,
  topics: '',
  place: '',
  audience,
  attendees,
  householdIds,
  partners: '',
  note: '',
  requestId: '',
});
export const mediation = (id: string, date: string, outcome: string): Mediation => ({
  id,
  date,
  subject: 'Tranh chấp',
  parties: '',
  outcome,
  chair: '',
  note: '',
  requestId: '',
});
export const supervised = (
  id: string,
  type: string,
  startOn: string,
  endOn: string | null,
  reoffended = false,
): Supervised => ({
  id,
  name: `Đối tượng ${id}`,
  type,
  startOn,
  endOn,
  memberId: '',
  reoffended,
  note: '',
  requestId: '',
});
export const camera = (id: string, installedOn: string | null, working: boolean): Camera => ({
  id,
  location: `Vị trí ${id}`,
  installedOn,
  funding: '',
  working,
  note: '',
  requestId: '',
});
export const event = (id: string, date: string, type: string): EventRecord => ({
  id,
  date,
  type,
  festival: '',
  content: 'Nội dung',
  participants: null,
  toPolice: false,
  note: '',
  requestId: '',
});

export function emptyWorkbook(o: Partial<WorkbookData> = {}): WorkbookData {
  return {
    households: [],
    residents: [],
    teams: [],
    members: [],
    patrols: [],
    reminders: [],
    commitments: [],
    sessions: [],
    mediations: [],
    supervised: [],
    cameras: [],
    events: [],
    incidents: [],
    registrations: [],
    settings: defaultSettings(),
    lists: defaultLists(),
    issues: [],
    ...o,
  };
}

export const TYPES = defaultLists().values['Loại cam kết'];
export const [FAMILY, TT124, NO_DRUGS, NO_WEAPONS] = TYPES;
export const BUSINESS = 'Kinh doanh quá giờ quy định';
export const ENCROACH = 'Lấn chiếm lòng đường, vỉa hè';
export const LITTER = 'Xả rác không đúng nơi quy định';

/** The half-year 2023-01-01 – 2023-06-30 of the tests; every record is there to test a rule (see the test). */
export const PERIOD = { from: '2023-01-01', to: '2023-06-30' };

export function villageFixture(): WorkbookData {
  const signAll = (h: string, year: number, first: number) =>
    TYPES.map((ty, i) => commitment(`CK-${first + i}`, h, ty, year));
  return emptyWorkbook({
    households: [
      hh('H001'),
      hh('H002', { arrivedOn: '2023-03-01' }),
      hh('H003', { leftOn: '2023-05-01' }), // moved out in the period
      hh('H004', { arrivedOn: '2023-07-15' }), // arrives after the period
      hh('H005', { leftOn: '2023-06-30' }), // moved out on the last day: not active at `to`
      hh('H006', { leftOn: '2023-07-01' }), // moves out after the period: active
    ],
    residents: [
      resident('NK-1', 'H001', 1980, true, 'Mức 2'),
      resident('NK-2', 'H001', 2010, false, 'Chưa'), // 13 in 2023: under age
      resident('NK-3', 'H001', 2009, true, 'Mức 1'), // 14 in 2023: counts
      resident('NK-4', 'H002', null, false, 'Chưa'), // unknown birth year: in the denominator
      resident('NK-5', 'H003', 1970, true, 'Mức 2'), // household moved out
      resident('NK-6', 'H006', 1990, true, 'Mức 2'),
      resident('NK-7', 'H999', 1990, true, 'Mức 2'), // unknown household
    ],
    teams: [team('T1'), team('T2')],
    members: [
      member('M1', 'Trưởng ban'),
      member('M2', 'Phó ban', { joinedOn: '2023-06-30' }),
      member('M3', 'Thành viên', { leftOn: '2023-06-15' }),
      member('M4', 'Tổ trưởng'),
      member('M5', 'Ủy viên Ban đại diện', { joinedOn: '2023-07-02' }),
    ],
    patrols: [
      patrol('P1', '2023-01-01', 3, ['M1', 'M3'], true),
      patrol('P2', '2023-06-30', 4, ['M4']),
      patrol('P3', '2022-12-31', 5, ['M2'], true), // before the period
      patrol('P4', '2023-07-01', 2, ['M2']), // after the period
      patrol('P5', '2023-03-15', 2, ['M3', 'M9'], true),
    ],
    reminders: [
      reminder('N1', 'P1', '2023-01-01', BUSINESS, 2),
      reminder('N2', 'P2', '2023-06-30', BUSINESS, 3),
      reminder('N3', 'P5', '2023-03-15', ENCROACH, 1),
      reminder('N4', 'P4', '2023-07-01', LITTER, 4), // after the period
    ],
    commitments: [
      ...signAll('H001', 2023, 1),
      ...signAll('H002', 2023, 11),
      commitment('CK-20', 'H002', NO_DRUGS, 2023, 'Vi phạm'), // voids H002's no-drugs commitment
      ...signAll('H006', 2022, 21), // previous year: does not count
      commitment('CK-30', 'H006', FAMILY, 2023),
      ...signAll('H003', 2023, 31), // household moved out
    ],
    sessions: [
      session('S1', '2023-02-10', 'Họp thôn', 'Nhân dân', 30, ['H001', 'H003']),
      session('S2', '2022-12-31', 'Họp thôn', 'Nhân dân', 25, ['H002']),
      session('S3', '2023-06-30', 'Tuyên truyền tại trường học', 'Học sinh', 200, []),
      session('S4', '2023-07-01', 'Họp thôn', 'Nhân dân', 20, ['H006']),
      session('S5', '2023-03-05', 'Loa truyền thanh', 'Nhân dân', null, ['H001', 'H002']),
    ],
    mediations: [
      mediation('HG1', '2023-02-01', 'Thành'),
      mediation('HG2', '2023-04-01', 'Không thành'),
      mediation('HG3', '2023-05-01', 'Đang giải quyết'),
      mediation('HG4', '2022-12-01', 'Thành'),
    ],
    supervised: [
      supervised('D1', 'Tù tha', '2022-05-01', null),
      supervised('D2', 'Án treo', '2021-01-01', '2022-12-31'), // ended before the period
      supervised('D3', 'Án treo', '2023-06-30', null, true), // re-offended
      supervised('D4', 'Tù tha', '2023-07-01', null), // starts after the period
      supervised('D5', 'Sau cai nghiện', '2020-01-01', '2023-01-01'), // ends on the first day
    ],
    cameras: [
      camera('C1', '2022-01-01', true),
      camera('C2', null, true), // no date: installed
      camera('C3', '2023-06-30', false), // broken
      camera('C4', '2023-07-01', true), // installed after the period
    ],
    events: [
      event('E1', '2023-02-02', 'Tin báo, tố giác'),
      event('E2', '2023-05-05', 'Bảo đảm ANTT lễ hội, sự kiện'),
      event('E3', '2022-12-30', 'Tin báo, tố giác'),
      event('E4', '2023-06-01', 'Khác'),
    ],
  });
}
