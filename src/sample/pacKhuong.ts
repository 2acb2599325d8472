/**
 * Deterministic sample workbook: thôn Pác Khuông, xã Thiện Thuật, huyện Bình Gia, tỉnh Lạng Sơn.
 *
 * Computing SPEC §3 over SAMPLE_PERIOD gives the figures of the district notice
 * (seed/thong-bao-pac-khuong-2023.txt): 106 households, 415 residents, 6 teams,
 * 117 members, a board of 7, 43 patrols with 209 participations, reminders 43/7/5,
 * 5 school sessions with 1700 pupils, > 90 % households reached, 100 % commitments,
 * 100 % ID cards and e-ID, 2 + 2 supervised persons, 5 cameras, Lễ hội Háng Pò.
 * Records outside the period or of inactive households/members are there on purpose
 * (they must not count). All names are fictitious.
 *
 * Pure: no Apps Script or Node API, no clock; randomness only from a seeded PRNG.
 */
import { type Ethnic, type Gender, fullName, int, mulberry32, pick, shuffled, surname, givenName } from './names';
import { LATER_FROM, laterRecords, laterRoster } from './later';
import { SAMPLE_SETTINGS } from './settings';
import {
  DEFAULT_LISTS,
  DEFAULT_REQUIRED_COMMITMENTS,
  FESTIVAL_EVENT,
  LIST,
  LIST_NAMES,
  type ListName,
  LISTS_SHEET_HEADERS,
  REQUIRED_COMMITMENT_HEADER,
} from '../domain/lists';

export type SampleCell = string | number | boolean | null;
export type SampleRow = Record<string, SampleCell>;
export interface SampleWorkbook {
  sheets: Record<string, SampleRow[]>;
}

export const SAMPLE_PERIOD = { from: '2021-06-23', to: '2023-06-15' };
/** The day before the records that continue after the seed (later.ts): `buildPacKhuong()` stops there. */
export const SEED_ONLY = '2023-10-31';

const FOUNDED = SAMPLE_PERIOD.from;
const TO = SAMPLE_PERIOD.to;

// ---------------------------------------------------------------- headers (SPEC §2)
const HEADERS: Record<string, string> = {
  'Cài đặt': 'Mục|Giá trị|Ghi chú',
  'Hộ gia đình': 'Mã hộ|Chủ hộ|Tổ|Địa chỉ|Số nhân khẩu|Dân tộc|Ngày đến|Ngày chuyển đi|Ghi chú|Mã yêu cầu',
  'Nhân khẩu': 'Mã|Họ tên|Mã hộ|Năm sinh|Giới tính|Có thẻ căn cước|Định danh điện tử|Ghi chú|Mã yêu cầu',
  'Tổ tự quản': 'Mã tổ|Tên tổ|Tổ trưởng|Địa bàn phụ trách|Ghi chú|Mã yêu cầu',
  'Thành viên':
    'Mã|Họ tên|Mã tổ|Vai trò|Điện thoại|Email|Ngày tham gia|Ngày rời|' +
    'Chức danh Tổ bảo vệ ANTT|Ngày tập huấn|Đã cấp giấy chứng nhận|Ngày cấp giấy|Ghi chú|Mã yêu cầu',
  'Tuần tra':
    'Mã|Ngày|Giờ bắt đầu|Giờ kết thúc|Mã tổ|Địa bàn|Thành viên tham gia|Số người tham gia|Phối hợp Công an xã|' +
    'Tình hình, kết quả|Người ghi|Thời điểm ghi|Mã yêu cầu',
  'Nhắc nhở': 'Mã|Mã tuần tra|Ngày|Loại|Số trường hợp|Hình thức xử lý|Mô tả|Mã yêu cầu',
  'Cam kết': 'Mã|Mã hộ|Loại cam kết|Năm|Ngày ký|Người ký|Trạng thái|Ghi chú|Mã yêu cầu',
  'Sinh hoạt, tuyên truyền':
    'Mã|Ngày|Hình thức|Chủ đề|Địa điểm|Đối tượng dự|Số người dự|Hộ tham dự|Đơn vị phối hợp|Ghi chú|Mã yêu cầu',
  'Hoà giải': 'Mã|Ngày|Nội dung|Các bên|Kết quả|Người chủ trì|Ghi chú|Mã yêu cầu',
  'Đối tượng giúp đỡ': 'Mã|Họ tên|Loại|Ngày bắt đầu|Ngày kết thúc|Thành viên phụ trách|Tái phạm|Ghi chú|Mã yêu cầu',
  Camera: 'Mã|Vị trí|Ngày lắp|Nguồn kinh phí|Đang hoạt động|Ghi chú|Mã yêu cầu',
  'Tin báo, sự kiện': 'Mã|Ngày|Loại|Lễ hội, sự kiện|Nội dung|Số người tham gia|Chuyển Công an xã|Ghi chú|Mã yêu cầu',
  'Vụ việc': 'Mã|Ngày|Loại vụ việc|Tóm tắt|Người xử lý|Chuyển Công an xã|Tình trạng|Ghi chú|Mã yêu cầu',
  'Nghị quyết, đăng ký': 'Mã|Năm|Loại văn bản|Số văn bản|Ngày|Ghi chú|Mã yêu cầu',
};

/** A row with every header of the sheet, in order; missing trailing values are blank. */
function makeRow(sheet: string, values: SampleCell[]): SampleRow {
  const row: SampleRow = {};
  HEADERS[sheet].split('|').forEach((h, i) => (row[h] = values[i] === undefined ? null : values[i]));
  return row;
}

// ---------------------------------------------------------------- small helpers
const DAY = 86400000;
const toDays = (iso: string) => Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
const fromDays = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);
const addDays = (iso: string, n: number) => fromDays(toDays(iso) + n);
const pad = (n: number, w: number) => String(n).padStart(w, '0');
const hhmm = (min: number) => `${pad(Math.floor(min / 60) % 24, 2)}:${pad(min % 60, 2)}`;
const mins = (t: string) => +t.slice(0, 2) * 60 + +t.slice(3, 5);
const list = (ids: string[]) => ids.join(', ');

const COMMUNE_POLICE = 'Công an xã Thiện Thuật';
const SCHOOL_NAME = 'Trường THPT Pác Khuông';
const FESTIVAL = 'Lễ hội Háng Pò';
const HALL = 'Nhà văn hoá thôn Pác Khuông';

/**
 * The village's own entries of `Danh mục`, after the defaults: the partners and the festival
 * the notice names (it writes only list entries, SPEC §4). The loader adds them to the lists.
 */
export const SAMPLE_LIST_ADDITIONS: Readonly<Partial<Record<ListName, readonly string[]>>> = {
  [LIST.partners]: [COMMUNE_POLICE, SCHOOL_NAME],
  [LIST.festivals]: [FESTIVAL],
};

/** `Danh mục` of the sample: every list (defaults and the village's own entries), the required types ticked. */
function buildLists(): SampleRow[] {
  const columns = LIST_NAMES.map((name) => [...DEFAULT_LISTS[name], ...(SAMPLE_LIST_ADDITIONS[name] ?? [])]);
  const height = Math.max(...columns.map((c) => c.length));
  const rows: SampleRow[] = [];
  for (let r = 0; r < height; r++) {
    const row: SampleRow = {};
    for (const h of LISTS_SHEET_HEADERS) {
      const i = LIST_NAMES.indexOf(h as ListName);
      row[h] = i >= 0 ? (columns[i][r] ?? null) : null;
    }
    const type = row[LIST.commitmentTypes];
    row[REQUIRED_COMMITMENT_HEADER] = type === null ? null : DEFAULT_REQUIRED_COMMITMENTS.includes(String(type));
    rows.push(row);
  }
  return rows;
}
const COMMITMENT_TYPES = [
  'Gia đình văn hoá',
  'Khu dân cư an toàn về ANTT',
  'Không ma tuý',
  'Không vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo',
];
const NO_WEAPONS = COMMITMENT_TYPES[3];
/** The two documents of TT 124/2021/TT-BCA criterion 1 (`Loại văn bản` of `Nghị quyết, đăng ký`). */
const REGISTRATION_TYPES = ['Nghị quyết của chi bộ', 'Đăng ký của khu dân cư'];

// ---------------------------------------------------------------- teams
const TEAMS = [
  ['Trung tâm', 'Khu trung tâm thôn, chợ Pác Khuông'],
  ['Nà Phạ', 'Xóm Nà Phạ và đường liên thôn đi Khuổi Cườm'],
  ['Bản Chang', 'Xóm Bản Chang, khu Trường THPT Pác Khuông'],
  ['Nà Lùng', 'Xóm Nà Lùng, cánh đồng và bờ suối'],
  ['Khuổi Pầy', 'Xóm Khuổi Pầy và đường đi thôn Pò Sè'],
  ['Cốc Phường', 'Xóm Cốc Phường và đường đi thôn Viên Minh'],
];
const teamId = (t: number) => `T${t + 1}`;

// ---------------------------------------------------------------- households
interface Household {
  id: string;
  team: number;
  ethnic: Ethnic;
  size: number;
  arrived: string | null;
  left: string | null;
  note: string | null;
  head: string;
}
interface Resident {
  name: string;
  hh: Household;
  born: number | null;
  gender: Gender;
}

const HH_TOTAL = 109;
/** Households that are not active at the end of the period, and special dates. */
const SPECIAL: Record<string, [string | null, string | null, string]> = {
  H037: [null, '2022-03-15', 'Cả hộ chuyển đến thị trấn Bình Gia'],
  H052: [null, '2023-09-10', 'Chuyển đi sau kỳ báo cáo (vẫn tính trong kỳ)'],
  H081: [null, '2023-05-20', 'Cả hộ chuyển vào tỉnh Bình Dương làm ăn'],
  H098: ['2022-09-15', null, 'Chuyển đến từ xã Mông Ân'],
  H105: ['2023-01-05', null, 'Chuyển đến từ thị trấn Bình Gia'],
  H109: ['2023-08-01', null, 'Chuyển đến sau kỳ báo cáo'],
};
const INACTIVE_SIZES: Record<string, number> = { H037: 4, H081: 3, H109: 3 };
const ACTIVE_RESIDENTS = 415;

const isActive = (h: Household, on: string) => (!h.arrived || h.arrived <= on) && (!h.left || h.left > on);

function buildHouseholds(rnd: () => number): { households: Household[]; residents: Resident[] } {
  const households: Household[] = [];
  for (let i = 1; i <= HH_TOTAL; i++) {
    const id = `H${pad(i, 3)}`;
    const r = rnd();
    const ethnic: Ethnic = r < 0.58 ? 'Nùng' : r < 0.9 ? 'Tày' : 'Kinh';
    const s = rnd();
    const size = s < 0.04 ? 1 : s < 0.14 ? 2 : s < 0.36 ? 3 : s < 0.66 ? 4 : s < 0.86 ? 5 : s < 0.96 ? 6 : 7;
    const sp = SPECIAL[id] || [null, null, ''];
    households.push({
      id,
      team: Math.floor(((i - 1) * 6) / HH_TOTAL),
      ethnic,
      size: INACTIVE_SIZES[id] || size,
      arrived: sp[0],
      left: sp[1],
      note: sp[2] || null,
      head: '',
    });
  }
  // Adjust the active households' sizes so that they sum to exactly 415.
  const active = households.filter((h) => isActive(h, TO));
  let sum = active.reduce((a, h) => a + h.size, 0);
  for (let k = 0; sum !== ACTIVE_RESIDENTS; k = (k + 7) % active.length) {
    const h = active[k];
    if (sum > ACTIVE_RESIDENTS && h.size > 2) {
      h.size--;
      sum--;
    } else if (sum < ACTIVE_RESIDENTS && h.size < 6) {
      h.size++;
      sum++;
    }
  }

  const residents: Resident[] = [];
  let unknownYears = 0;
  for (const h of households) {
    const people: Resident[] = [];
    const add = (gender: Gender, born: number | null, family: string | null) => {
      const name = family ? `${family} ${givenName(rnd, gender, born)}` : fullName(rnd, h.ethnic, gender, born);
      people.push({ name, hh: h, born, gender });
      return name;
    };
    const headMale = h.size > 1 ? rnd() < 0.9 : rnd() < 0.5;
    const headBorn = h.size === 1 ? int(rnd, 1945, 1960) : int(rnd, 1950, 1993);
    const family = surname(rnd, h.ethnic);
    h.head = add(headMale ? 'Nam' : 'Nữ', headBorn, headMale ? family : null);
    let left = h.size - 1;
    let motherBorn = headBorn;
    if (left > 0) {
      const spouseBorn = headBorn + int(rnd, -2, 5);
      add(headMale ? 'Nữ' : 'Nam', spouseBorn, headMale ? null : family);
      motherBorn = headMale ? spouseBorn : headBorn;
      left--;
    }
    if (left >= 3 && headBorn <= 1966) {
      // Three generations: a married son, his wife and their children.
      const sonBorn = Math.min(motherBorn + int(rnd, 21, 27), 1998);
      add('Nam', sonBorn, family);
      add('Nữ', sonBorn + int(rnd, -1, 3), null);
      left -= 2;
      motherBorn = sonBorn + 1;
    } else if (left >= 2 && headBorn >= 1975 && rnd() < 0.4) {
      // An elderly parent of the head; a few of them have an unknown birth year.
      const unknown = unknownYears < 3 && rnd() < 0.5;
      if (unknown) unknownYears++;
      add(rnd() < 0.35 ? 'Nam' : 'Nữ', unknown ? null : headBorn - int(rnd, 22, 30), family);
      left--;
    }
    let born = motherBorn + int(rnd, 20, 27);
    for (; left > 0; left--) {
      const y = born > 2022 ? int(rnd, 2012, 2022) : born;
      add(rnd() < 0.52 ? 'Nam' : 'Nữ', y, family);
      born += int(rnd, 2, 4);
    }
    residents.push(...people);
  }
  return { households, residents };
}

// ---------------------------------------------------------------- members
interface Member {
  id: string;
  name: string;
  team: number;
  role: string;
  phone: string | null;
  /** The Google account of a team leader (the phone page, SPEC §7.1); fictitious addresses. */
  email: string | null;
  left: string | null;
  note: string | null;
}
const TEAM_SIZES = [20, 20, 20, 19, 19, 19]; // 117
const BOARD: [string, number][] = [
  ['Trưởng ban', 0],
  ['Phó ban', 1],
  ['Phó ban', 2],
  ['Ủy viên Ban đại diện', 3],
  ['Ủy viên Ban đại diện', 4],
  ['Ủy viên Ban đại diện', 5],
  ['Ủy viên Ban đại diện', 0],
];
const LEFT_MEMBER_ON = '2022-12-01';

function buildMembers(rnd: () => number, residents: Resident[]): Member[] {
  // Members are adults (18–62 in 2021) of the team's active households.
  const pools = TEAMS.map((_, t) =>
    shuffled(
      rnd,
      residents.filter(
        (r) => r.hh.team === t && isActive(r.hh, TO) && r.born !== null && r.born >= 1959 && r.born <= 2003,
      ),
    ),
  );
  const take = (t: number) => {
    const r = pools[t].shift();
    return r ? r.name : fullName(rnd, 'Nùng', 'Nam', 1980);
  };
  const phone = () => `09${int(rnd, 12, 89)} ${pad(int(rnd, 0, 999), 3)} ${pad(int(rnd, 0, 999), 3)}`;
  const members: Member[] = [];
  const push = (name: string, team: number, role: string, withPhone: boolean) =>
    members.push({
      id: `TV-${pad(members.length + 1, 4)}`,
      name,
      team,
      role,
      phone: withPhone ? phone() : null,
      email: role === 'Tổ trưởng' ? `totruong${team + 1}@example.com` : null,
      left: null,
      note: null,
    });
  for (const [role, t] of BOARD) push(take(t), t, role, true);
  TEAMS.forEach((_, t) => {
    push(take(t), t, 'Tổ trưởng', true);
    push(take(t), t, 'Tổ phó', true);
    const n = TEAM_SIZES[t] - BOARD.filter((b) => b[1] === t).length - 2;
    for (let i = 0; i < n; i++) push(take(t), t, 'Thành viên', rnd() < 0.3);
  });
  push(take(2), 2, 'Thành viên', false);
  const gone = members[members.length - 1];
  gone.left = LEFT_MEMBER_ON;
  gone.note = 'Đi làm ăn xa, xin thôi tham gia';
  return members;
}

// ---------------------------------------------------------------- patrols and reminders
const PATROLS = 43;
const PARTICIPATIONS = 209;
/** Reminder cases per row: 43 business hours, 7 encroachment, 5 littering. */
const REMINDERS: [string, number[], string][] = [
  [
    'Kinh doanh quá giờ quy định',
    [3, 2, 4, 2, 3, 2, 1, 3, 4, 2, 3, 2, 5, 3, 2, 2],
    'Quán ăn, quán giải khát mở cửa quá giờ quy định',
  ],
  ['Lấn chiếm lòng đường, vỉa hè', [2, 1, 3, 1], 'Bày bán hàng hoá, để vật liệu lấn chiếm lề đường'],
  ['Xả rác không đúng nơi quy định', [2, 1, 2], 'Đổ rác thải sinh hoạt ra bờ suối, ven đường'],
];
const QUIET = [
  'Tình hình ANTT ổn định, không phát sinh vụ việc.',
  'Tuần tra khu vực chợ, đường liên thôn; tình hình ổn định.',
  'Kiểm tra các điểm tụ tập đông người; không phát hiện vi phạm.',
  'Nhắc nhở người dân đóng cửa, cất giữ tài sản, phòng trộm cắp.',
];
const START_TIMES = ['19:00', '19:30', '20:00', '20:30', '21:00', '21:30'];

function buildPatrols(rnd: () => number, members: Member[]) {
  const patrols: SampleRow[] = [];
  const reminders: SampleRow[] = [];
  const span = toDays(TO) - toDays(FOUNDED);
  // Participants per patrol: 3–7, then adjusted to total exactly 209.
  const counts: number[] = [];
  for (let i = 0; i < PATROLS; i++) counts.push(int(rnd, 3, 7));
  let sum = counts.reduce((a, b) => a + b, 0);
  for (let k = 0; sum !== PARTICIPATIONS; k = (k + 5) % PATROLS) {
    if (sum > PARTICIPATIONS && counts[k] > 3) {
      counts[k]--;
      sum--;
    } else if (sum < PARTICIPATIONS && counts[k] < 7) {
      counts[k]++;
      sum++;
    }
  }
  // Reminder rows hang on every other patrol.
  const byPatrol: [string, number, string, string][][] = [];
  let j = 0;
  for (const [cat, cases, desc] of REMINDERS)
    for (const n of cases) {
      const p = (j * 2 + 1) % PATROLS;
      (byPatrol[p] = byPatrol[p] || []).push([cat, n, j === 17 ? 'Lập biên bản' : 'Nhắc nhở', desc]);
      j++;
    }
  // Each team names its members in turn; the last three of each team never patrol.
  const pointer = TEAMS.map(() => 0);
  const roster = (t: number, date: string) => {
    const own = members.filter((m) => m.team === t && m.role !== 'Trưởng ban' && !m.left).slice(0, -3);
    return own.concat(members.filter((m) => m.team === t && m.left !== null && m.left > date));
  };
  const leaderOf = (t: number) => members.find((m) => m.team === t && m.role === 'Tổ trưởng')!;

  const add = (
    date: string,
    t: number,
    start: string,
    dur: number,
    n: number,
    listed: number,
    police: boolean,
    rows: [string, number, string, string][],
  ) => {
    const id = `TT-${pad(patrols.length + 1, 4)}`;
    const pool = roster(t, date);
    const names: string[] = [];
    for (let k = 0; k < listed; k++) names.push(pool[(pointer[t] + k) % pool.length].id);
    pointer[t] = (pointer[t] + listed) % pool.length;
    const endMin = mins(start) + dur;
    const recordedDay = endMin >= 1440 ? addDays(date, 1) : date;
    const result = rows.length
      ? rows.map(([cat, cases]) => `Nhắc nhở ${pad(cases, 2)} trường hợp ${cat.toLowerCase()}.`).join(' ')
      : pick(rnd, QUIET);
    patrols.push(
      makeRow('Tuần tra', [
        id,
        date,
        start,
        hhmm(endMin),
        teamId(t),
        TEAMS[t][1],
        list(names),
        n,
        police,
        result,
        leaderOf(t).id,
        `${recordedDay} ${hhmm(endMin + 15)}`,
        null,
      ]),
    );
    for (const [cat, cases, action, desc] of rows)
      reminders.push(
        makeRow('Nhắc nhở', [`NN-${pad(reminders.length + 1, 4)}`, id, date, cat, cases, action, desc, null]),
      );
  };

  for (let i = 0; i < PATROLS; i++) {
    const jitter = i === 0 || i === PATROLS - 1 ? 0 : int(rnd, -3, 3);
    const date = fromDays(toDays(FOUNDED) + Math.round((i * span) / (PATROLS - 1)) + jitter);
    // One patrol crosses midnight (22:00 → 00:30); the last one starts at 23:30 on the last day.
    const start = i === 20 ? '22:00' : i === PATROLS - 1 ? '23:30' : pick(rnd, START_TIMES);
    const dur = i === 20 ? 150 : i === PATROLS - 1 ? 120 : pick(rnd, [120, 150, 180]);
    const listed = i % 7 === 3 ? counts[i] - 1 : counts[i];
    add(date, i % 6, start, dur, counts[i], listed, i % 3 === 0, byPatrol[i] || []);
  }
  // After the period: these must not count.
  add('2023-07-22', 1, '20:00', 150, 5, 5, true, [[REMINDERS[0][0], 2, 'Nhắc nhở', REMINDERS[0][2]]]);
  add('2023-08-26', 3, '19:30', 180, 4, 4, false, []);
  add('2023-10-14', 5, '20:30', 150, 5, 5, true, []);
  return { patrols, reminders };
}

// ---------------------------------------------------------------- sessions
const MEETINGS: [string, string][] = [
  ['2021-07-10', 'Phương thức, thủ đoạn tội phạm'],
  ['2021-10-16', 'Phòng cháy chữa cháy'],
  ['2022-01-15', 'Lừa đảo qua mạng'],
  ['2022-04-09', 'Phòng chống đuối nước'],
  ['2022-07-16', 'Căn cước, định danh điện tử'],
  ['2022-10-15', 'Ma tuý'],
  ['2023-01-14', 'Phương thức, thủ đoạn tội phạm'],
  ['2023-04-15', 'Lừa đảo qua mạng'],
];
const PARTY: [string, string][] = [
  ['2021-08-05', 'Phương thức, thủ đoạn tội phạm'],
  ['2022-02-07', 'Ma tuý'],
  ['2022-08-04', 'Lừa đảo qua mạng'],
  ['2023-02-06', 'Phòng cháy chữa cháy'],
];
const RADIO: [string, string][] = [
  ['2022-05-20', 'Phòng chống đuối nước'],
  ['2022-12-12', 'Lừa đảo qua mạng'],
];
const SCHOOL: [string, string, number][] = [
  ['2021-11-18', 'An toàn giao thông', 420],
  ['2022-03-24', 'Bạo lực học đường', 350],
  ['2022-10-20', 'Phòng cháy chữa cháy', 310],
  ['2022-11-17', 'An toàn giao thông', 340],
  ['2023-03-16', 'Bạo lực học đường', 280],
]; // 1700 pupils
const NOT_REACHED = 9; // 97 of the 106 active households attend at least one meeting

function buildSessions(rnd: () => number, households: Household[]): SampleRow[] {
  const active = households.filter((h) => isActive(h, TO));
  const absent = new Set(
    shuffled(rnd, active)
      .slice(0, NOT_REACHED)
      .map((h) => h.id),
  );
  const lists = MEETINGS.map(([date], m) =>
    households.filter((h) => isActive(h, date) && !absent.has(h.id) && (rnd() < 0.72 || (m === 0 && !isActive(h, TO)))),
  );
  // Every reached household attends at least once: add it to the last meeting it could attend.
  for (const h of active)
    if (!absent.has(h.id) && !lists.some((l) => l.indexOf(h) >= 0)) lists[MEETINGS.length - 1].push(h);
  const out: [string, SampleCell[]][] = [];
  MEETINGS.forEach(([date, topic], m) => {
    const ids = lists[m].map((h) => h.id).sort();
    out.push([date, ['Họp thôn', topic, HALL, 'Nhân dân', ids.length + int(rnd, 5, 25), list(ids), COMMUNE_POLICE]]);
  });
  // A meeting after the period, reaching households that must not count.
  const later = households
    .filter((h) => isActive(h, '2023-09-16') && (absent.has(h.id) || rnd() < 0.8))
    .map((h) => h.id);
  out.push([
    '2023-09-16',
    [
      'Họp thôn',
      'Phòng chống đuối nước',
      HALL,
      'Nhân dân',
      later.length + 12,
      list(later),
      COMMUNE_POLICE,
      'Sau kỳ báo cáo',
    ],
  ]);
  for (const [date, topic] of PARTY)
    out.push([date, ['Sinh hoạt chi bộ', topic, HALL, 'Cán bộ, đảng viên', int(rnd, 21, 28), null, COMMUNE_POLICE]]);
  for (const [date, topic] of RADIO)
    out.push([date, ['Loa truyền thanh', topic, 'Cụm loa thôn Pác Khuông', 'Nhân dân', null, null, null]]);
  for (const [date, topic, pupils] of SCHOOL)
    out.push([
      date,
      [
        'Tuyên truyền tại trường học',
        topic,
        SCHOOL_NAME,
        'Học sinh',
        pupils,
        null,
        `${COMMUNE_POLICE}, ${SCHOOL_NAME}`,
      ],
    ]);
  out.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return out.map(([date, v], i) => makeRow('Sinh hoạt, tuyên truyền', [`SH-${pad(i + 1, 4)}`, date, ...v]));
}

// ---------------------------------------------------------------- commitments
function buildCommitments(rnd: () => number, households: Household[]): SampleRow[] {
  const rows: SampleRow[] = [];
  const add = (h: Household, type: string, year: number, date: string, status: string, note: string | null) =>
    rows.push(
      makeRow('Cam kết', [
        `CK-${pad(rows.length + 1, 4)}`,
        h.id,
        type,
        year,
        date,
        status === 'Đã ký' ? h.head : null,
        status,
        note,
      ]),
    );
  for (const year of [2022, 2023]) {
    const jan = `${year}-01-01`;
    for (const h of households) {
      // Households sign together, team by team, in January–March; late arrivals on arrival.
      let date = addDays(jan, 8 + h.team * 12 + int(rnd, 0, 3));
      if (h.arrived && h.arrived > date) date = addDays(h.arrived, 10);
      if (date.slice(0, 4) !== String(year) || (h.left && h.left <= date)) continue;
      for (const type of COMMITMENT_TYPES) add(h, type, year, date, 'Đã ký', null);
    }
    if (year === 2022)
      add(
        households[11],
        NO_WEAPONS,
        2022,
        '2022-02-01',
        'Vi phạm',
        'Đốt pháo nổ đêm Giao thừa; đã nhắc nhở, ký lại năm 2023',
      );
  }
  add(
    households[80],
    NO_WEAPONS,
    2023,
    '2023-04-12',
    'Vi phạm',
    'Tàng trữ pháo nổ, đã chuyển Công an xã; hộ đã chuyển đi',
  );
  return rows;
}

// ---------------------------------------------------------------- the workbook
/**
 * The sample workbook; with `until` (the loader's today) its records continue after the seed up to that day
 * (later.ts, issue 16). Without it, the seed's records only.
 */
export function buildPacKhuong(until = SEED_ONLY): SampleWorkbook {
  const rnd = mulberry32(20210623);
  const { households, residents } = buildHouseholds(rnd);
  const members = buildMembers(rnd, residents);
  const { patrols, reminders } = buildPatrols(rnd, members);
  const sessions = buildSessions(rnd, households);
  const commitments = buildCommitments(rnd, households);
  const nameOf = (role: string) => members.find((m) => m.role === role)!.name;
  const memberOf = (i: number) => members[i].id;
  // Names of parties and supervised persons: never the name of a resident or member of the sample.
  const used = new Set(residents.map((r) => r.name).concat(members.map((m) => m.name)));
  const someone = (): string => {
    const n = fullName(rnd, pick(rnd, ['Nùng', 'Tày', 'Kinh'] as Ethnic[]), 'Nam', 1980);
    if (used.has(n)) return someone();
    used.add(n);
    return n;
  };

  const sheets: Record<string, SampleRow[]> = {};
  sheets['Cài đặt'] = SAMPLE_SETTINGS.map(([k, v]) => makeRow('Cài đặt', [k, v, '']));
  sheets['Hộ gia đình'] = households.map((h) =>
    makeRow('Hộ gia đình', [
      h.id,
      h.head,
      teamId(h.team),
      `Xóm ${TEAMS[h.team][0]}, thôn Pác Khuông`,
      h.size,
      h.ethnic,
      h.arrived,
      h.left,
      h.note,
    ]),
  );
  sheets['Nhân khẩu'] = residents.map((r, i) => {
    const adult = r.born === null || 2023 - r.born >= 14;
    const level2 = adult && rnd() < (r.born === null || r.born < 1955 ? 0.45 : 0.78);
    return makeRow('Nhân khẩu', [
      `NK-${pad(i + 1, 4)}`,
      r.name,
      r.hh.id,
      r.born,
      r.gender,
      adult,
      adult ? (level2 ? 'Mức 2' : 'Mức 1') : 'Chưa',
      r.born === null ? 'Không rõ năm sinh' : null,
    ]);
  });
  sheets['Tổ tự quản'] = TEAMS.map(([name, area], t) =>
    makeRow('Tổ tự quản', [
      teamId(t),
      `Tổ ${t + 1} – ${name}`,
      members.find((m) => m.team === t && m.role === 'Tổ trưởng')!.name,
      area,
      null,
    ]),
  );
  // Issue 17: the Tổ bảo vệ ANTT (from 01/07/2024, later.ts) as it stands on `until`; blank before.
  const roster = laterRoster(members, until);
  sheets['Thành viên'] = members.map((m) =>
    makeRow('Thành viên', [
      m.id,
      m.name,
      teamId(m.team),
      m.role,
      m.phone,
      m.email,
      FOUNDED,
      m.left,
      ...(roster.get(m.id) ?? [null, null, false, null]),
      m.note,
    ]),
  );
  sheets['Tuần tra'] = patrols;
  sheets['Nhắc nhở'] = reminders;
  sheets['Cam kết'] = commitments;
  sheets['Sinh hoạt, tuyên truyền'] = sessions;

  const chair = [nameOf('Trưởng ban'), members[1].name, members[2].name];
  const mediations: [string, string, string, string | null][] = [
    ['2021-09-12', 'Tranh chấp ranh giới đất vườn giữa hai hộ liền kề', 'Thành', null],
    ['2021-12-04', 'Trâu thả rông phá hoại hoa màu', 'Thành', 'Bồi thường thiệt hại theo thoả thuận'],
    ['2022-04-23', 'Mâu thuẫn trong gia đình về chia đất canh tác', 'Thành', null],
    ['2022-08-14', 'Tranh chấp nước tưới ruộng', 'Thành', null],
    ['2022-11-27', 'Tranh chấp lối đi chung', 'Không thành', 'Hướng dẫn các bên gửi đơn đến UBND xã'],
    ['2023-03-19', 'Xô xát sau khi uống rượu tại đám cưới', 'Thành', null],
    ['2023-08-20', 'Tranh chấp ranh giới đồi hồi', 'Đang giải quyết', 'Sau kỳ báo cáo'],
  ];
  sheets['Hoà giải'] = mediations.map(([date, subject, outcome, note], i) =>
    makeRow('Hoà giải', [
      `HG-${pad(i + 1, 4)}`,
      date,
      subject,
      `Hộ ông ${someone()} – hộ ông ${someone()}`,
      outcome,
      chair[i % 3],
      note,
    ]),
  );

  const supervised: [string, string, string | null, number, string][] = [
    ['Tù tha', '2020-11-02', null, 0, 'Chấp hành xong án phạt tù, trở về địa phương'],
    ['Tù tha', '2022-04-18', null, 3, 'Chấp hành xong án phạt tù, trở về địa phương'],
    ['Án treo', '2021-03-10', '2023-03-10', 1, 'Thời gian thử thách 24 tháng'],
    ['Án treo', '2022-08-05', '2024-02-05', 4, 'Thời gian thử thách 18 tháng'],
    ['Án treo', '2018-09-01', '2021-03-01', 2, 'Đã hết thời gian thử thách trước kỳ báo cáo'],
    ['Cải tạo không giam giữ', '2023-09-12', '2024-09-12', 5, 'Bắt đầu sau kỳ báo cáo'],
  ];
  sheets['Đối tượng giúp đỡ'] = supervised.map(([type, start, end, m, note], i) =>
    makeRow('Đối tượng giúp đỡ', [`DT-${pad(i + 1, 4)}`, someone(), type, start, end, memberOf(m), false, note]),
  );

  const cameras: [string, string, string, string | null][] = [
    ['Ngã ba trung tâm thôn Pác Khuông', '2021-09-15', 'Xã hội hoá (Nhân dân đóng góp)', null],
    ['Cổng chợ Pác Khuông', '2021-09-15', 'Xã hội hoá (hộ kinh doanh tài trợ)', null],
    ['Cổng Trường THPT Pác Khuông', '2022-01-20', 'Xã hội hoá (Nhân dân đóng góp)', null],
    ['Đầu cầu xóm Nà Phạ', '2022-08-10', 'Xã hội hoá (doanh nghiệp tài trợ)', null],
    ['Nhà văn hoá thôn Pác Khuông', '2023-03-22', 'Ngân sách xã và xã hội hoá', null],
    ['Đường vào xóm Khuổi Pầy', '2023-09-20', 'Xã hội hoá (Nhân dân đóng góp)', 'Lắp sau kỳ báo cáo'],
  ];
  sheets['Camera'] = cameras.map(([place, date, funding, note], i) =>
    makeRow('Camera', [`CAM-${pad(i + 1, 2)}`, place, date, funding, true, note]),
  );

  const events: [string, string, string, number | null, boolean, string | null][] = [
    ['2021-08-14', 'Tin báo, tố giác', 'Nhân dân báo tin mất trộm gia súc', null, true, null],
    [
      '2021-10-03',
      'Thu hồi vũ khí, vật liệu nổ, pháo',
      'Vận động Nhân dân tự nguyện giao nộp 01 khẩu súng kíp tự chế',
      null,
      true,
      null,
    ],
    [
      '2022-05-08',
      FESTIVAL_EVENT,
      FESTIVAL,
      3500,
      false,
      'Tháng 4 âm lịch; bố trí thành viên các tổ trực bảo đảm ANTT',
    ],
    ['2022-07-19', 'Tin báo, tố giác', 'Tin báo người lạ mặt nghi trộm cắp tài sản', null, true, null],
    ['2022-12-05', 'Phòng cháy chữa cháy', 'Phối hợp dập tắt đám cháy nhỏ tại đồi keo', 18, true, null],
    ['2023-02-14', 'Tin báo, tố giác', 'Tin báo thủ đoạn lừa đảo qua mạng xã hội', null, true, null],
    [
      '2023-05-26',
      FESTIVAL_EVENT,
      FESTIVAL,
      4200,
      false,
      'Tháng 4 âm lịch; bố trí thành viên các tổ trực bảo đảm ANTT',
    ],
    ['2023-08-09', 'Tin báo, tố giác', 'Tin báo tụ tập gây mất trật tự', null, true, 'Sau kỳ báo cáo'],
  ];
  // The festival events name their festival from `Danh mục` (`Lễ hội, sự kiện`).
  sheets['Tin báo, sự kiện'] = events.map(([date, type, content, ...rest], i) =>
    makeRow('Tin báo, sự kiện', [
      `SK-${pad(i + 1, 4)}`,
      date,
      type,
      type === FESTIVAL_EVENT ? content : null,
      content,
      ...rest,
    ]),
  );
  // Issue 17: incidents in the area (TT 124/2021/TT-BCA criteria 3 and 4), a few a year, none of the gravest kinds.
  const incidents: [string, string, string, string, boolean, string | null][] = [
    ['2021-08-14', 'Tội phạm', 'Mất trộm 01 con bò thả rông tại xóm Nà Phạ', 'Tổ tự quản Nà Phạ', true, null],
    [
      '2022-03-12',
      'Tai nạn giao thông',
      'Va chạm giữa hai xe máy trên đường liên thôn, người điều khiển bị thương nhẹ',
      'Tổ tự quản Trung tâm',
      true,
      null,
    ],
    ['2022-12-05', 'Cháy, nổ', 'Cháy nhỏ tại đồi keo, không thiệt hại về người', 'Tổ tự quản Nà Lùng', true, null],
    [
      '2023-01-18',
      'Tệ nạn xã hội',
      'Nhóm người tụ tập đánh bạc nhỏ trong dịp đám cưới',
      'Tổ tự quản Bản Chang',
      true,
      'Công an xã xử phạt hành chính',
    ],
    [
      '2023-08-09',
      'Khác',
      'Nhóm thanh niên gây ồn ào, mất trật tự lúc đêm',
      'Tổ tự quản Trung tâm',
      true,
      'Sau kỳ báo cáo',
    ],
  ];
  sheets['Vụ việc'] = incidents.map(([date, type, summary, handler, police, note], i) =>
    makeRow('Vụ việc', [`VV-${pad(i + 1, 4)}`, date, type, summary, handler, police, 'Đã giải quyết', note]),
  );
  // Issue 17: each year in the first quarter, the chi bộ's resolution and the area's registration (TT 124 criterion 1).
  sheets['Nghị quyết, đăng ký'] = [2021, 2022, 2023].flatMap((y, i) => [
    makeRow('Nghị quyết, đăng ký', [`DK-${pad(2 * i + 1, 3)}`, y, REGISTRATION_TYPES[0], '01-NQ/CB', `${y}-01-20`]),
    makeRow('Nghị quyết, đăng ký', [`DK-${pad(2 * i + 2, 3)}`, y, REGISTRATION_TYPES[1], '01/ĐK', `${y}-02-15`]),
  ]);
  // Issue 16: the records continue after the seed up to `until`; those of the seed stay exactly as they are.
  const later = laterRecords({
    until,
    members,
    teams: TEAMS.map((team, t) => ({ id: teamId(t), area: team[1] })),
    households: households.filter((h) => isActive(h, LATER_FROM)).map((h) => ({ id: h.id, head: h.head })),
    counts: Object.fromEntries(Object.entries(sheets).map(([name, rows]) => [name, rows.length])),
    festival: FESTIVAL,
    festivalType: FESTIVAL_EVENT,
    police: COMMUNE_POLICE,
    school: SCHOOL_NAME,
    hall: HALL,
    commitmentTypes: COMMITMENT_TYPES,
    registrationTypes: REGISTRATION_TYPES,
  });
  for (const [name, rows] of Object.entries(later)) for (const v of rows) sheets[name].push(makeRow(name, v));
  sheets['Danh mục'] = buildLists();
  return { sheets };
}
