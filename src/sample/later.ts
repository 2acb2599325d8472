/**
 * The sample village after the seed (issue 16, part 5): its records continue, month by month, from November 2023
 * up to a given day (the loader's today), so that every report and period has figures. Deterministic (its own
 * generator, seeded apart from the seed's, so the records of 23/06/2021–15/06/2023 and the seed's figures stay
 * exactly as they are). Each month: two patrols (one in some months, three in others), a reminder every other month;
 * each quarter a village meeting; a school session in March and October; each January the households sign the
 * year's commitments (one household late with one commitment in odd years); Lễ hội Háng Pò each May; a tip each
 * half-year; a mediation every five months; a new camera each autumn. No name: parties and contents are generic.
 * From 01/07/2024 eight members form the thôn's Tổ bảo vệ ANTT, trained and given papers over 2024–2026
 * (`laterRoster`: their cells of `Thành viên` as they stand on the day).
 */
import type { SampleCell } from './pacKhuong';

export interface LaterInput {
  /** Last day to write (ISO); nothing after it. */
  until: string;
  /** Members who patrol: id, team index (0–5), role, left day. */
  members: readonly { id: string; team: number; role: string; left: string | null }[];
  /** Team ids (`T1`…) and their areas, by team index. */
  teams: readonly { id: string; area: string }[];
  /** Households active after the seed, with their head's name (who signs the commitments). */
  households: readonly { id: string; head: string }[];
  /** How many rows each sheet has already (ids continue from there). */
  counts: Readonly<Record<string, number>>;
  festival: string;
  festivalType: string;
  police: string;
  school: string;
  hall: string;
  commitmentTypes: readonly string[];
  /** The chi bộ's resolution and the area's registration, written each year in the first quarter. */
  registrationTypes: readonly string[];
}

/** The first month written: after the seed's last record (October 2023). */
export const LATER_FROM = '2023-11-01';

const pad = (n: number, w: number) => String(n).padStart(w, '0');
const day = (y: number, m: number, d: number) => `${y}-${pad(m, 2)}-${pad(d, 2)}`;

function mulberry(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const REMINDER_KINDS: [string, string][] = [
  ['Kinh doanh quá giờ quy định', 'Quán ăn, quán giải khát mở cửa quá giờ quy định'],
  ['Lấn chiếm lòng đường, vỉa hè', 'Bày bán hàng hoá lấn chiếm lề đường'],
  ['Xả rác không đúng nơi quy định', 'Đổ rác thải sinh hoạt ra ven đường'],
];
const MEETING_TOPICS = [
  'Lừa đảo qua mạng',
  'Phòng cháy chữa cháy',
  'An toàn giao thông',
  'Ma tuý',
  'Căn cước, định danh điện tử',
  'Phòng chống đuối nước',
];
/**
 * Incidents after the seed (issue 17): a few a year; date, kind, summary, who, police. The TT 124 year 2024
 * (01/11/2023 – 31/10/2024) has no crime or social evil (one the year before: Đạt); 2025 has a prolonged land dispute
 * and two social evils against none (Chưa đạt, criteria 3 and 4).
 */
const INCIDENTS: [string, string, string, string, boolean][] = [
  [
    '2024-01-27',
    'Tai nạn giao thông',
    'Xe máy tự ngã trên đường liên xã, người điều khiển bị thương nhẹ',
    'Tổ tự quản Trung tâm',
    true,
  ],
  ['2024-11-16', 'Cháy, nổ', 'Cháy đống rơm cạnh nhà dân, dập tắt kịp thời', 'Tổ tự quản Khuổi Pầy', false],
  [
    '2025-03-21',
    'Tai nạn giao thông',
    'Va chạm giữa hai xe máy tại ngã ba, không có thương vong',
    'Tổ tự quản Trung tâm',
    true,
  ],
  [
    '2025-04-12',
    'Mâu thuẫn, tranh chấp phức tạp kéo dài',
    'Tranh chấp ranh giới đất rừng giữa hai hộ ở xóm Khuổi Pầy, hoà giải ở thôn nhiều lần không thành',
    'Ban đại diện',
    true,
  ],
  ['2025-06-14', 'Tệ nạn xã hội', 'Nhóm người tụ tập đánh bạc nhỏ', 'Tổ tự quản Nà Phạ', true],
  ['2025-09-04', 'Ma tuý', 'Tin nghi có người sử dụng trái phép chất ma tuý', 'Ban đại diện', true],
  ['2026-05-19', 'Khác', 'Gây ồn ào, mất trật tự sau lễ hội', 'Tổ tự quản Trung tâm', false],
  ['2026-10-12', 'Tai nạn giao thông', 'Xe máy va chạm với xe đạp, không có thương vong', 'Tổ tự quản Bản Chang', true],
];
const CAMERA_PLACES = ['Cầu treo Nà Phạ', 'Ngã ba đường liên xã', 'Sân vận động thôn', 'Bến xe khách Pác Khuông'];

/** The day Luật 30/2023/QH15 came into force: the thôn's Tổ bảo vệ ANTT exists from then on. */
const GUARD_FROM = '2024-07-01';
/** Training courses of the commune police (TT 14/2024/TT-BCA): the day, and the day papers were issued after it. */
const COURSES: [string, string | null][] = [
  ['2024-08-17', '2024-09-27'],
  ['2025-10-18', '2025-11-28'],
  ['2026-09-19', null],
];
/**
 * The Tổ bảo vệ ANTT: who (team index, Vai trò, which one of them), position, course (index in COURSES, null:
 * not trained yet) and the day the papers were issued when not the course's (null: the course's).
 */
const GUARDS: [number, string, number, string, number | null, string | null][] = [
  [0, 'Tổ phó', 0, 'Tổ trưởng', 0, null],
  [3, 'Tổ phó', 0, 'Tổ phó', 0, null],
  [1, 'Thành viên', 0, 'Tổ phó', 0, null],
  [0, 'Thành viên', 0, 'Tổ viên', 0, null],
  [2, 'Thành viên', 0, 'Tổ viên', 0, '2025-11-28'],
  [4, 'Thành viên', 0, 'Tổ viên', 1, null],
  [5, 'Thành viên', 0, 'Tổ viên', 2, null],
  [1, 'Thành viên', 1, 'Tổ viên', null, null],
];

/**
 * The roster of the Tổ bảo vệ ANTT as it stands on `until` (issue 17): by member id, the position (from
 * 01/07/2024), training day, papers issued and their day — each only once it has happened. Eight active members
 * of the village's teams: a Tổ trưởng, two Tổ phó and five Tổ viên; five trained in August 2024 (papers for four
 * in September, the fifth's in November 2025), one in October 2025, one in September 2026 (papers not yet
 * issued), one not yet trained. Every other member: blank.
 */
export function laterRoster(
  members: LaterInput['members'],
  until: string,
): Map<string, [string, string | null, boolean, string | null]> {
  const out = new Map<string, [string, string | null, boolean, string | null]>();
  if (until < GUARD_FROM) return out;
  for (const [team, role, nth, position, course, papersDay] of GUARDS) {
    const m = members.filter((x) => x.team === team && x.role === role && !x.left)[nth];
    const [trained, issued] = course === null ? [null, null] : COURSES[course];
    const papersOn = papersDay ?? issued;
    const trainedOn = trained !== null && trained <= until ? trained : null;
    const papers = trainedOn !== null && papersOn !== null && papersOn <= until;
    out.set(m.id, [position, trainedOn, papers, papers ? papersOn : null]);
  }
  return out;
}

/** Rows (values in header order) to append to each sheet. */
export function laterRecords(o: LaterInput): Record<string, SampleCell[][]> {
  const rnd = mulberry(20231101);
  const out: Record<string, SampleCell[][]> = {
    'Tuần tra': [],
    'Nhắc nhở': [],
    'Sinh hoạt, tuyên truyền': [],
    'Cam kết': [],
    'Hoà giải': [],
    'Tin báo, sự kiện': [],
    Camera: [],
    'Vụ việc': [],
    'Nghị quyết, đăng ký': [],
  };
  const next = (sheet: string) => (o.counts[sheet] ?? 0) + out[sheet].length + 1;
  const within = (d: string) => d >= LATER_FROM && d <= o.until;
  const roster = (t: number) => o.members.filter((m) => m.team === t && !m.left && m.role !== 'Trưởng ban');
  const leader = (t: number) => o.members.find((m) => m.team === t && m.role === 'Tổ trưởng') ?? roster(t)[0];
  const pointer = o.teams.map(() => 0);
  for (let k = 0; ; k++) {
    const y = 2023 + Math.floor((10 + k) / 12);
    const m = ((10 + k) % 12) + 1;
    if (day(y, m, 1) > o.until) break;
    // Patrols: two a month; one in every fifth month, three in every seventh.
    const patrols = k % 5 === 4 ? 1 : k % 7 === 6 ? 3 : 2;
    for (let i = 0; i < patrols; i++) {
      const date = day(y, m, [9, 20, 27][i]);
      if (!within(date)) continue;
      const t = (k * 2 + i) % o.teams.length;
      const pool = roster(t);
      const n = 4 + Math.floor(rnd() * 3);
      const names: string[] = [];
      for (let j = 0; j < n; j++) names.push(pool[(pointer[t] + j) % pool.length].id);
      pointer[t] = (pointer[t] + n) % pool.length;
      const id = `TT-${pad(next('Tuần tra'), 4)}`;
      const remind = i === 0 && k % 2 === 0;
      const [cat, desc] = REMINDER_KINDS[((k / 2) % REMINDER_KINDS.length) | 0];
      const cases = 1 + Math.floor(rnd() * 3);
      out['Tuần tra'].push([
        id,
        date,
        '20:00',
        '22:30',
        o.teams[t].id,
        o.teams[t].area,
        names.join(', '),
        n,
        (k + i) % 3 === 0,
        remind ? `Nhắc nhở ${pad(cases, 2)} trường hợp ${cat.toLowerCase()}.` : 'Tình hình ANTT ổn định.',
        leader(t).id,
        `${date} 22:45`,
        null,
      ]);
      if (remind)
        out['Nhắc nhở'].push([`NN-${pad(next('Nhắc nhở'), 4)}`, id, date, cat, cases, 'Nhắc nhở', desc, null]);
    }
    // A village meeting each quarter; a school session in March and October; the loudspeakers every other month.
    if (m % 3 === 1) {
      const date = day(y, m, 15);
      const reached = o.households.filter(() => rnd() < 0.8).map((h) => h.id);
      if (within(date))
        out['Sinh hoạt, tuyên truyền'].push([
          `SH-${pad(next('Sinh hoạt, tuyên truyền'), 4)}`,
          date,
          'Họp thôn',
          MEETING_TOPICS[k % MEETING_TOPICS.length],
          o.hall,
          'Nhân dân',
          reached.length + 10,
          reached.join(', '),
          o.police,
          null,
          null,
        ]);
    }
    if (m === 3 || m === 10) {
      const date = day(y, m, 22);
      if (within(date))
        out['Sinh hoạt, tuyên truyền'].push([
          `SH-${pad(next('Sinh hoạt, tuyên truyền'), 4)}`,
          date,
          'Tuyên truyền tại trường học',
          m === 3 ? 'Bạo lực học đường' : 'An toàn giao thông',
          o.school,
          'Học sinh',
          280 + Math.floor(rnd() * 80),
          null,
          `${o.police}, ${o.school}`,
          null,
          null,
        ]);
    }
    if (m % 2 === 0) {
      const date = day(y, m, 5);
      if (within(date))
        out['Sinh hoạt, tuyên truyền'].push([
          `SH-${pad(next('Sinh hoạt, tuyên truyền'), 4)}`,
          date,
          'Loa truyền thanh',
          MEETING_TOPICS[(k + 3) % MEETING_TOPICS.length],
          'Cụm loa thôn Pác Khuông',
          'Nhân dân',
          null,
          null,
          null,
          null,
          null,
        ]);
    }
    // The year's commitments, signed in January by every household (in odd years one is late with one of them).
    if (m === 1)
      o.households.forEach((h, i) => {
        const date = day(y, 1, 10 + (i % 15));
        if (!within(date)) return;
        o.commitmentTypes.forEach((type, j) => {
          if (y % 2 === 1 && i === 7 && j === o.commitmentTypes.length - 1) return;
          out['Cam kết'].push([`CK-${pad(next('Cam kết'), 4)}`, h.id, type, y, date, h.head, 'Đã ký', null, null]);
        });
      });
    // Lễ hội Háng Pò in May (4th lunar month); a tip each half-year.
    const event = (date: string, type: string, festival: string | null, content: string, people: number | null) => {
      if (within(date))
        out['Tin báo, sự kiện'].push([
          `SK-${pad(next('Tin báo, sự kiện'), 4)}`,
          date,
          type,
          festival,
          content,
          people,
          type !== o.festivalType,
          null,
          null,
        ]);
    };
    if (m === 5) event(day(y, 5, 18), o.festivalType, o.festival, o.festival, 4000 + Math.floor(rnd() * 800));
    if (m === 2 || m === 8) event(day(y, m, 12), 'Tin báo, tố giác', null, 'Tin báo về hành vi trộm cắp tài sản', null);
    // A mediation every five months.
    if (k % 5 === 2) {
      const date = day(y, m, 14);
      if (within(date))
        out['Hoà giải'].push([
          `HG-${pad(next('Hoà giải'), 4)}`,
          date,
          k % 2 ? 'Tranh chấp ranh giới đất vườn' : 'Mâu thuẫn do vật nuôi phá hoại hoa màu',
          'Hai hộ liền kề',
          k % 10 === 7 ? 'Không thành' : 'Thành',
          null,
          null,
        ]);
    }
    // A new camera each October.
    if (m === 10) {
      const date = day(y, 10, 8);
      if (within(date))
        out.Camera.push([
          `CAM-${pad(next('Camera'), 2)}`,
          CAMERA_PLACES[(y - 2024) % CAMERA_PLACES.length],
          date,
          'Xã hội hoá (Nhân dân đóng góp)',
          true,
          null,
          null,
        ]);
    }
  }
  // Incidents: a fixed list, without the generator (the other records stay as they were).
  for (const [date, type, summary, handler, police] of INCIDENTS)
    if (within(date))
      out['Vụ việc'].push([
        `VV-${pad(next('Vụ việc'), 4)}`,
        date,
        type,
        summary,
        handler,
        police,
        'Đã giải quyết',
        null,
        null,
      ]);
  // The year's resolution (January) and registration (February), numbered from 1 each year.
  for (let y = 2024; `${y}-01-01` <= o.until; y++)
    o.registrationTypes.forEach((type, j) => {
      const date = day(y, j + 1, j === 0 ? 20 : 15);
      const number = j === 0 ? '01-NQ/CB' : '01/ĐK';
      if (within(date))
        out['Nghị quyết, đăng ký'].push([`DK-${pad(next('Nghị quyết, đăng ký'), 3)}`, y, type, number, date]);
    });
  return out;
}
