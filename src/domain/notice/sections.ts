/**
 * The prose of each body section of the notice, in the seed's order and wording
 * (seed/thong-bao-pac-khuong-2023.txt), driven by the settings, the compliance report
 * and the facts of the period. A figure that is zero is never written: its clause or
 * its sentence is left out. Counts go through `formatCount` (05, 1.700), percentages
 * through `formatPercent` (91,5%).
 */
import { COMMITMENT_METRIC_PREFIX } from '../metricKeys';
import type { ComplianceReport, Metric } from '../report';
import type { Settings } from '../settings';
import { endSentence, formatCount, formatDecimal, formatPercent, lowerFirst, proseDate } from '../viFormat';
import type { NoticeFacts } from './facts';
import type { NoticeBlock } from './model';
import { administration } from './administration';

export interface ProseContext {
  settings: Settings;
  report: ComplianceReport;
  facts: NoticeFacts;
  /** ISO day of issue (the name of the identity card depends on it). */
  issuedOn?: string;
}

/** One term throughout (the legal texts say `bảo đảm`): `đảm bảo` in any text of the document becomes `bảo đảm`. */
export function oneTerm(t: string): string {
  return t
    .replace(/đảm bảo/g, 'bảo đảm')
    .replace(/Đảm bảo/g, 'Bảo đảm')
    .replace(/ĐẢM BẢO/g, 'BẢO ĐẢM');
}

/** The identity card's name on a day: `căn cước công dân` until 30/6/2024, `thẻ căn cước` since (Luật Căn cước). */
export function idCardName(day: string | undefined): string {
  return day && day < ID_CARD_LAW ? 'căn cước công dân' : 'thẻ căn cước';
}
const ID_CARD_LAW = '2024-07-01';

/** How a topic of `Danh mục` reads in a sentence: the seed's list words said as prose. */
const TOPIC_PHRASES: Record<string, string> = {
  'bạo lực học đường': 'phòng, chống bạo lực học đường',
  'căn cước, định danh điện tử': 'căn cước và định danh điện tử',
};
export function topicPhrase(topic: string): string {
  return TOPIC_PHRASES[topic.trim().toLocaleLowerCase('vi')] ?? lowerFirst(topic);
}

export function text(s: Settings, key: string): string {
  const v = s[key];
  if (Array.isArray(v)) return v.join('\n').trim();
  return v === null || v === undefined ? '' : String(v).trim();
}

export function lines(s: Settings, key: string): string[] {
  const v = s[key];
  const all = Array.isArray(v) ? v : String(v ?? '').split(/\r?\n/);
  return all.map((l) => String(l).trim()).filter((l) => l !== '');
}

/** Counts padded below 10 unless `dem_so_0` is off. */
export function counter(s: Settings): (n: number) => string {
  const pad = s.dem_so_0 !== false;
  return (n) => formatCount(n, pad);
}

const upperFirst = (t: string) => (t ? t[0].toLocaleUpperCase('vi') + t.slice(1) : t);
const join = (parts: (string | null | undefined | false)[], sep = ' ') =>
  parts.filter((p): p is string => !!p).join(sep);
const lowerAll = (items: string[]) => items.map(lowerFirst).join(', ');
const topicsOf = (items: string[]) => items.map(topicPhrase).join(', ');

/** The model's name: `ten_mo_hinh`, else `Thôn … tự quản về ANTT`. */
export function modelName(s: Settings): string {
  const own = text(s, 'ten_mo_hinh');
  if (own) return own;
  const village = text(s, 'ten_thon');
  return village ? `Thôn ${village} tự quản về ANTT` : 'Tự quản về an ninh trật tự';
}

/**
 * `thôn Pác Khuông, xã Thiện Thuật, huyện Bình Gia, tỉnh Lạng Sơn` (the parts that are set; no district under the
 * two-level preset).
 */
export function placeOf(s: Settings): string {
  const parts: [string, string][] = [
    ['thôn', 'ten_thon'],
    ['xã', 'ten_xa'],
    ...(administration(s).withDistrict ? [['huyện', 'ten_huyen'] as [string, string]] : []),
    ['tỉnh', 'ten_tinh'],
  ];
  return parts
    .map(([word, key]) => (text(s, key) ? `${word} ${text(s, key)}` : ''))
    .filter(Boolean)
    .join(', ');
}

// -------------------------------------------------------------------------------- 1.

export function situation(ctx: ProseContext): NoticeBlock[] {
  const { settings: s, report } = ctx;
  const n = counter(s);
  const village = text(s, 'ten_thon');
  const commune = text(s, 'ten_xa');
  const area = typeof s.dien_tich_ha === 'number' && s.dien_tich_ha > 0 ? s.dien_tich_ha : null;
  const borders = text(s, 'vi_tri_giap_ranh');
  const subject = join([village ? `Thôn ${village}` : 'Địa bàn thôn', commune ? `, xã ${commune}` : ''], '');
  const sentences: string[] = [];
  if (area !== null || borders) {
    sentences.push(
      endSentence(
        join(
          [
            subject,
            area !== null ? `có diện tích ${formatDecimal(area)} Ha` : 'có vị trí',
            borders ? (area !== null ? `, ${borders}` : `: ${borders}`) : '',
          ],
          ' ',
        ).replace(/ ([,:])/g, '$1'),
      ),
    );
  }
  const { households, residents } = report.counts;
  if (households > 0)
    sentences.push(`Có ${n(households)} hộ dân sinh sống${residents > 0 ? ` với ${n(residents)} nhân khẩu` : ''}.`);
  else if (residents > 0) sentences.push(`Trên địa bàn có ${n(residents)} nhân khẩu.`);
  const ethnic = text(s, 'dan_toc');
  if (ethnic) {
    sentences.push(
      /[,;]/.test(ethnic)
        ? `Trên địa bàn có nhiều dân tộc cùng chung sống như: ${ethnic}.`
        : `Nhân dân trên địa bàn là đồng bào dân tộc ${ethnic}.`,
    );
  }
  const economy = text(s, 'kinh_te');
  if (economy) sentences.push(endSentence(upperFirst(economy)));
  return sentences.length ? [{ kind: 'paragraph', text: sentences.join(' ') }] : [];
}

// -------------------------------------------------------------------------------- 2.

/** `68/QĐ-UBND` → `Quyết định số 68/QĐ-UBND` (kept as typed when it already says so). */
function decision(s: Settings): string {
  const d = text(s, 'so_quyet_dinh');
  if (!d) return '';
  return /^quyết định/i.test(d) ? d : `Quyết định số ${d}`;
}

/** A task or lesson line without the marker or ordinal the user may have typed. */
function bare(line: string): string {
  return line
    .replace(/^\s*[-+•*]\s*/, '')
    .replace(/^(một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|thứ \d+) là,\s*/i, '')
    .trim();
}

export function organisation(ctx: ProseContext): NoticeBlock[] {
  const { settings: s, report } = ctx;
  const n = counter(s);
  const name = modelName(s);
  const { teams, members, boardMembers } = report.counts;
  const out: NoticeBlock[] = [
    {
      kind: 'paragraph',
      text:
        '- Xuất phát từ yêu cầu bảo đảm an ninh trật tự tại địa bàn, ' +
        `thực hiện phong trào toàn dân bảo vệ an ninh Tổ quốc, mô hình “${name}” được xây dựng nhằm phát huy ` +
        'sức mạnh tổng hợp của cả hệ thống chính trị và Nhân dân tham gia bảo vệ ANTT ở cơ sở.',
    },
  ];
  const founded = text(s, 'ngay_thanh_lap');
  const dec = decision(s);
  const size = join([teams > 0 ? `${n(teams)} tổ` : '', members > 0 ? `${n(members)} thành viên` : ''], ' với ');
  const board = boardMembers > 0 ? `${n(1)} Ban đại diện gồm ${n(boardMembers)} thành viên quản lý các tổ` : '';
  const now = join([size, board], ' và ');
  const opening = founded ? `Ngày ${proseDate(founded)}, m` : 'M';
  const byDecision = dec ? ` theo ${dec}` : '';
  // A stock: the teams and members on the period's last day, said as of that day.
  const today = now ? `; tính đến ngày ${proseDate(report.period.to)}, mô hình có ${now}` : '';
  out.push({ kind: 'paragraph', text: `- ${opening}ô hình “${name}” được thành lập${byDecision}${today}.` });
  const tasks = lines(s, 'nhiem_vu').map(bare).filter(Boolean);
  if (tasks.length) {
    out.push({
      kind: 'paragraph',
      text:
        'Ngay sau khi được thành lập, mô hình đã xây dựng kế hoạch hoạt động, ' +
        'phân công nhiệm vụ cụ thể cho từng thành viên, trong đó tập trung thực hiện các nhiệm vụ sau:',
    });
    out.push({ kind: 'list', marker: '+', items: tasks.map((t) => endSentence(upperFirst(t))) });
  }
  return out;
}

// -------------------------------------------------------------------------------- 3.

/** `trên 90%` when the percent lies above a round ten (not 100), else the exact percent. */
export function roughPercent(p: number): string {
  const floor = Math.floor(p / 10) * 10;
  return p < 100 && floor >= 10 && p > floor ? `trên ${floor}%` : formatPercent(p);
}

function metricOf(report: ComplianceReport, key: string): Metric | undefined {
  return report.metrics.find((m) => m.key === key);
}
const has = (m: Metric | undefined): m is Metric & { percent: number } => !!m && m.numerator > 0 && m.percent !== null;

function periodClause(ctx: ProseContext): string {
  const { from, to } = ctx.report.period;
  const founded = text(ctx.settings, 'ngay_thanh_lap');
  return from === founded
    ? `Từ khi thành lập (ngày ${proseDate(from)}) đến ngày ${proseDate(to)}`
    : `Từ ngày ${proseDate(from)} đến ngày ${proseDate(to)}`;
}

/** Propaganda sessions and the households they reached. */
function propaganda(ctx: ProseContext, n: (x: number) => string): string | null {
  const { facts: f, report } = ctx;
  const c = report.counts;
  const reached = metricOf(report, 'householdParticipation');
  const attendees = c.sessionAttendees - c.schoolAttendees;
  const parts: string[] = [];
  if (f.communeSessions > 0) {
    parts.push(
      join([
        f.sessionForms.length ? `qua các hình thức ${lowerAll(f.sessionForms)},` : '',
        'các thành viên của Ban đại diện thôn đã phối hợp',
        f.sessionPartners.length ? `với ${f.sessionPartners.join(', ')}` : '',
        `tổ chức ${n(f.communeSessions)} buổi tuyên truyền, vận động Nhân dân trong thôn`,
        f.sessionTopics.length ? `về ${topicsOf(f.sessionTopics)}` : '',
        attendees > 0 ? `với ${n(attendees)} lượt người dự` : '',
      ]),
    );
  }
  if (has(reached)) {
    const rough = roughPercent(reached.percent);
    const exact = rough === formatPercent(reached.percent) ? '' : `, đạt ${formatPercent(reached.percent)}`;
    parts.push(
      `qua các cuộc họp, hội nghị đã có ${rough} hộ gia đình ` +
        `(${n(reached.numerator)}/${n(reached.denominator)} hộ${exact}) ` +
        'nắm được và tham gia vào công tác phòng chống tội phạm, tệ nạn xã hội, ' +
        'xây dựng phong trào toàn dân bảo vệ ANTT',
    );
  }
  return parts.length ? `${upperFirst(parts.join('; '))}.` : null;
}

/** How a commitment type of `Danh mục` reads after `cam kết không`: the seed's words for the default types. */
const COMMITMENT_PHRASES: Record<string, string> = {
  'không ma tuý': 'buôn bán, tàng trữ, sử dụng trái phép chất ma tuý',
  'không vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo':
    'tàng trữ, sử dụng trái phép vũ khí, vật liệu nổ, công cụ hỗ trợ và pháo',
};

/**
 * The required commitments as the seed writes them: `đăng ký xây dựng gia đình văn hoá, khu dân cư an toàn về ANTT,
 * cam kết không buôn bán, tàng trữ, sử dụng trái phép chất ma tuý; không tàng trữ, …` — a type `Không …` is a promise
 * not to, any other type something the household registers to build.
 */
export function commitmentProse(types: readonly string[]): string {
  const not = (t: string) => /^không\s/i.test(t.trim());
  const build = types.filter((t) => !not(t)).map(lowerFirst);
  const promises = types.filter(not).map((t) => {
    const k = t.trim().toLocaleLowerCase('vi');
    return COMMITMENT_PHRASES[k] ?? lowerFirst(t.trim().replace(/^không\s+/i, ''));
  });
  return join(
    [
      build.length ? `đăng ký xây dựng ${build.join(', ')}` : '',
      promises.length ? `cam kết không ${promises.join('; không ')}` : '',
    ],
    ', ',
  );
}

function commitments(ctx: ProseContext, n: (x: number) => string): string | null {
  const { report, facts } = ctx;
  const all = metricOf(report, 'commitmentAll');
  const byType = report.metrics.filter((m) => m.key.startsWith(COMMITMENT_METRIC_PREFIX));
  const typeOf = (m: Metric) => m.key.slice(COMMITMENT_METRIC_PREFIX.length);
  const required = facts.requiredCommitments.length ? facts.requiredCommitments : byType.map(typeOf);
  const sentences: string[] = [];
  if (has(all)) {
    sentences.push(
      `Phối hợp với Công an xã tổ chức ký cam kết ${formatPercent(all.percent)} hộ gia đình trong thôn ` +
        `(${n(all.numerator)}/${n(all.denominator)} hộ) ${commitmentProse(required)}.`,
    );
  }
  // The per-type figures: none when every required type has the overall figure (the seed's 100 %); otherwise every
  // type, so the type that explains the overall figure is never the one left out (a type at the overall figure
  // is the one short of 100 %, not a repetition). Types that are not required are always listed.
  const same = (m: Metric) => has(all) && m.numerator === all.numerator && m.denominator === all.denominator;
  const allSame = byType.filter((m) => required.includes(typeOf(m))).every(same);
  const others = byType.filter((m) => has(m) && (!allSame || !required.includes(typeOf(m))));
  if (others.length) {
    const list = others
      .map((m) => `“${typeOf(m)}” đạt ${formatPercent(m.percent!)} (${n(m.numerator)}/${n(m.denominator)} hộ)`)
      .join('; ');
    sentences.push(
      has(all)
        ? `Theo từng loại cam kết: ${list}.`
        : `Phối hợp với Công an xã tổ chức cho các hộ gia đình ký cam kết: ${list}.`,
    );
  }
  const tt124 = metricOf(report, 'tt124Registration');
  if (has(tt124) && !byType.some((m) => typeOf(m) === 'Khu dân cư an toàn về ANTT')) {
    sentences.push(
      `${formatPercent(tt124.percent)} hộ gia đình (${n(tt124.numerator)}/${n(tt124.denominator)} hộ) ` +
        'đăng ký xây dựng khu dân cư an toàn về ANTT theo Thông tư số 124/2021/TT-BCA.',
    );
  }
  return sentences.length ? sentences.join(' ') : null;
}

function identity(ctx: ProseContext, n: (x: number) => string): string | null {
  const { report, settings } = ctx;
  const id = metricOf(report, 'idCard');
  const eid = metricOf(report, 'eid');
  const eid2 = metricOf(report, 'eidLevel2');
  const ageSetting = settings.tuoi_cap_can_cuoc;
  const age = typeof ageSetting === 'number' && ageSetting > 0 ? `từ đủ ${ageSetting} tuổi trở lên ` : '';
  const of = (m: Metric) => `(${n(m.numerator)}/${n(m.denominator)} người)`;
  const card = idCardName(ctx.issuedOn);
  const level2 = has(eid2)
    ? `, trong đó ${n(eid2.numerator)} người (${formatPercent(eid2.percent)}) đã kích hoạt mức độ 2`
    : '';
  if (has(id) && has(eid) && id.percent === eid.percent && id.numerator === eid.numerator) {
    return (
      `Tuyên truyền, vận động ${formatPercent(id.percent)} người dân ${age}${of(id)} ` +
      `đến làm thủ tục cấp ${card} và kích hoạt định danh điện tử mức độ 1, mức độ 2${level2}.`
    );
  }
  const parts: string[] = [];
  if (has(id))
    parts.push(
      `Tuyên truyền, vận động ${formatPercent(id.percent)} người dân ${age}${of(id)} ` + `đến làm thủ tục cấp ${card}`,
    );
  if (has(eid)) {
    const lead = has(id) ? '' : 'Tuyên truyền, vận động ';
    const ageOfEid = has(id) ? '' : age;
    parts.push(
      `${lead}${formatPercent(eid.percent)} người dân ${ageOfEid}${of(eid)} ` +
        `kích hoạt định danh điện tử mức độ 1, mức độ 2${level2}`,
    );
  } else if (level2)
    parts.push(
      `${n(eid2!.numerator)} người (${formatPercent(eid2!.percent!)}) đã kích hoạt định danh điện tử mức độ 2`,
    );
  return parts.length ? `${upperFirst(parts.join('; '))}.` : null;
}

function supervision(ctx: ProseContext, n: (x: number) => string): string | null {
  const c = ctx.report.counts;
  const types = Object.entries(c.supervisedByType).filter(([, v]) => v > 0);
  if (!types.length) return null;
  const list = types
    .map(([type, v], i) =>
      type === 'Khác' ? `${n(v)} đối tượng khác` : `${n(v)} ${i === 0 ? 'đối tượng ' : ''}${lowerFirst(type)}`,
    )
    .join(', ');
  const tail =
    c.supervisedReoffended > 0
      ? `; trong đó có ${n(c.supervisedReoffended)} đối tượng tái phạm`
      : ' bảo đảm không tái phạm tội và các hành vi vi phạm pháp luật';
  return `Phối hợp quản lý giáo dục ${list} trên địa bàn${tail}.`;
}

/**
 * Cameras: those installed in the period (a flow) and those on the ground at its end (a stock) are said apart —
 * `Phối hợp lắp đặt 02 mắt …; đến nay trên địa bàn có 06 mắt …` or, with none installed, `Duy trì 06 mắt …`.
 */
function cameras(ctx: ProseContext, n: (x: number) => string): string | null {
  const { cameras: all, camerasWorking: working } = ctx.report.counts;
  if (all <= 0) return null;
  const installed = Math.min(ctx.facts.camerasInstalled, all);
  const use = 'phục vụ công tác tuần tra, kiểm soát, bảo đảm ANTT, góp phần làm rõ các vụ việc liên quan đến ANTT';
  const state = working > 0 ? `${n(working)}/${n(all)} mắt đang hoạt động` : 'các mắt Camera chưa hoạt động';
  if (installed === all) return `Phối hợp lắp đặt ${n(all)} mắt Camera an ninh ${use} trên địa bàn; hiện có ${state}.`;
  if (installed > 0)
    return (
      `Phối hợp lắp đặt thêm ${n(installed)} mắt Camera an ninh; đến nay trên địa bàn có ${n(all)} mắt Camera ` +
      `${use} (${state}).`
    );
  return `Duy trì ${n(all)} mắt Camera an ninh ${use} (${state}).`;
}

/** Patrols and sessions are expected every period: a period without any says so. */
function noPatrols(ctx: ProseContext): string | null {
  const plan = ctx.settings.muc_tieu_tuan_tra_thang;
  return ctx.report.counts.patrols === 0 && typeof plan === 'number' && plan > 0
    ? `Mô hình chưa tổ chức tuần tra, kiểm soát trong kỳ (kế hoạch ${counter(ctx.settings)(plan)} lượt mỗi tháng).`
    : null;
}
function noSessions(ctx: ProseContext): string | null {
  const c = ctx.report.counts;
  return ctx.facts.communeSessions === 0 && c.schoolSessions === 0
    ? 'Mô hình chưa tổ chức buổi tuyên truyền, vận động nào trong kỳ.'
    : null;
}

function patrols(ctx: ProseContext, n: (x: number) => string): string | null {
  const { report } = ctx;
  const c = report.counts;
  const cats = Object.entries(c.remindersByCategory).filter(([, v]) => v > 0);
  const what = (cat: string) => (cat === 'Khác' ? 'vi phạm khác' : lowerFirst(cat));
  const byCategory = cats.map(([cat, v], i) => `${n(v)} trường hợp ${i === 0 ? 'có hành vi ' : ''}${what(cat)}`);
  const total = cats.length > 1 ? ` (tổng cộng ${n(c.reminders)} trường hợp)` : '';
  const reminders = cats.length ? `nhắc nhở ${byCategory.join('; ')}${total}` : '';
  const sentences: string[] = [];
  if (c.patrols > 0) {
    const participations =
      c.patrolParticipations > 0 ? ` với ${n(c.patrolParticipations)} lượt thành viên tham gia` : '';
    const withReminders = reminders ? `, ${reminders}` : '';
    sentences.push(
      `Các thành viên trong mô hình đã chủ động phối hợp tuần tra, kiểm soát ${n(c.patrols)} lượt` +
        `${participations}${withReminders}.`,
    );
  } else if (reminders) {
    sentences.push(`${upperFirst(reminders)}.`);
  }
  const more: string[] = [];
  if (c.patrolsWithPolice > 0) more.push(`có ${n(c.patrolsWithPolice)} lượt tuần tra phối hợp với Công an xã`);
  const plan = metricOf(report, 'patrolPlan');
  if (has(plan))
    more.push(
      `số lượt tuần tra đạt ${formatPercent(plan.percent)} kế hoạch (${n(plan.numerator)}/${n(plan.denominator)} lượt)`,
    );
  const active = metricOf(report, 'memberActivity');
  if (has(active))
    more.push(
      `${n(active.numerator)}/${n(active.denominator)} thành viên (${formatPercent(active.percent)}) ` +
        'đã trực tiếp tham gia tuần tra',
    );
  if (more.length) sentences.push(`${upperFirst(more.join('; '))}.`);
  return sentences.length ? sentences.join(' ') : null;
}

function school(ctx: ProseContext, n: (x: number) => string): string | null {
  const { facts: f } = ctx;
  const c = ctx.report.counts;
  if (c.schoolSessions <= 0) return null;
  return (
    join([
      f.schoolPartners.length
        ? `Phối hợp ${f.schoolPartners.join(', ')} tuyên truyền`
        : 'Tổ chức tuyên truyền tại trường học',
      f.schoolTopics.length ? `về ${topicsOf(f.schoolTopics)}` : '',
      `được ${n(c.schoolSessions)} buổi`,
      c.schoolAttendees > 0 ? `với ${n(c.schoolAttendees)} học sinh tham gia` : '',
    ]) + '.'
  );
}

function festivals(ctx: ProseContext, n: (x: number) => string): string | null {
  const c = ctx.report.counts;
  if (c.eventsSupported <= 0) return null;
  const { festivals: names, festivalTimes: times } = ctx.facts;
  const each = names.map((name, i) => ((times[i] ?? 1) > 1 ? `${name} (${n(times[i])} lần tổ chức)` : name));
  const others = c.eventsSupported - names.reduce((sum, _, i) => sum + (times[i] ?? 1), 0);
  const rest = others > 0 ? `${n(others)} lễ hội, sự kiện${each.length ? ' khác' : ''} trên địa bàn` : '';
  return `Hỗ trợ bảo đảm ANTT cho ${join([each.join(', '), rest], ' và ')}.`;
}

function mediation(ctx: ProseContext, n: (x: number) => string): string | null {
  const { report } = ctx;
  const { mediations, mediationsSuccessful } = report.counts;
  if (mediations <= 0) return null;
  const success = metricOf(report, 'mediationSuccess');
  if (mediationsSuccessful > 0) {
    const rate = has(success) ? ` (đạt ${formatPercent(success.percent)})` : '';
    return (
      `Phối hợp hoà giải thành ${n(mediationsSuccessful)}/${n(mediations)} vụ việc tranh chấp, ` +
      `mâu thuẫn trong nội bộ Nhân dân${rate}.`
    );
  }
  return `Tham gia hoà giải ${n(mediations)} vụ việc tranh chấp, mâu thuẫn trong nội bộ Nhân dân.`;
}

function tips(ctx: ProseContext, n: (x: number) => string): string | null {
  const t = ctx.report.counts.tips;
  return t > 0
    ? `Tiếp nhận, phản ánh ${n(t)} tin báo, tố giác về tội phạm, vi phạm pháp luật tới cơ quan Công an.`
    : null;
}

/**
 * Section 3: three paragraphs (people and households; supervision, cameras, patrols; schools, events, mediation,
 * tips).
 */
export function results(ctx: ProseContext): NoticeBlock[] {
  const n = counter(ctx.settings);
  const groups = [
    [propaganda, commitments, identity],
    [supervision, cameras, patrols],
    [school, festivals, mediation, tips],
  ].map((fns) => fns.map((f) => f(ctx, n)).filter((x): x is string => !!x));
  const lead = periodClause(ctx);
  if (groups.some((g) => g.length)) {
    const sessionsNone = noSessions(ctx);
    const patrolsNone = noPatrols(ctx);
    if (sessionsNone) groups[0].unshift(sessionsNone);
    if (patrolsNone) groups[1].push(patrolsNone);
  }
  const paragraphs = groups.filter((g) => g.length).map((g) => g.join(' '));
  if (!paragraphs.length)
    return [{ kind: 'paragraph', text: `${lead}, chưa có số liệu hoạt động của mô hình được ghi nhận.` }];
  paragraphs[0] = `${lead}, ${lowerFirst(paragraphs[0])}`;
  return paragraphs.map((p) => ({ kind: 'paragraph', text: p }));
}

// -------------------------------------------------------------------------------- 4.

const ORDINALS = ['Một', 'Hai', 'Ba', 'Bốn', 'Năm', 'Sáu', 'Bảy', 'Tám', 'Chín', 'Mười'];

export function ordinal(i: number): string {
  return ORDINALS[i] ?? `Thứ ${i + 1}`;
}

export function lessons(ctx: ProseContext): NoticeBlock[] {
  const s = ctx.settings;
  const items = lines(s, 'kinh_nghiem').map(bare).filter(Boolean);
  if (!items.length) return [];
  const district = administration(s).withDistrict && text(s, 'ten_huyen') ? `huyện ${text(s, 'ten_huyen')}` : '';
  const where = join([text(s, 'ten_xa') ? `xã ${text(s, 'ten_xa')}` : '', district], ', ');
  return [
    {
      kind: 'paragraph',
      text:
        `Qua quá trình xây dựng, thực hiện mô hình “${modelName(s)}”${where ? ` trên địa bàn ${where}` : ''}, ` +
        'rút ra một số bài học kinh nghiệm sau:',
    },
    ...items.map(
      (l, i): NoticeBlock => ({ kind: 'paragraph', text: `${ordinal(i)} là, ${endSentence(lowerFirst(l))}` }),
    ),
  ];
}

/** The seed's closing: the issuer announces, the addressees study and apply (both from the preset or settings). */
export function closing(ctx: ProseContext): string {
  const a = administration(ctx.settings);
  return (
    `${upperFirst(a.issuer)} thông báo kết quả, kinh nghiệm trong công tác xây dựng, nhân rộng mô hình ` +
    `“${modelName(ctx.settings)}” trong phong trào toàn dân bảo vệ an ninh Tổ quốc để ${a.addressees} ` +
    'nghiên cứu, tham khảo, vận dụng./.'
  );
}
