/**
 * The periodic report (BÁO CÁO) of the village model to the commune police (issue 16): monthly, quarterly,
 * six-monthly (sơ kết 6 tháng) and annual (tổng kết năm). Pure: settings + the compliance reports of the period and
 * of the same period one year earlier → the same document model as the notice (model.ts), laid out and rendered by
 * the same code (layout.ts, render.ts). Every figure of the period stands beside the same period a year earlier, with
 * the difference and the percent (a small difference in words); the shortcomings come from the figures (a target
 * not met, no patrol, no session) and from `ton_tai_han_che`; the directions from `phuong_huong`. Like the notice,
 * the report holds aggregates and settings text only — never free text, never a name from the records.
 */
import { COMMITMENT_METRIC_PREFIX } from '../metricKeys';
import { computeCompliance } from '../compliance';
import type { ComplianceReport, Metric, Period } from '../report';
import { CAMERAS_INSTALLED_NEEDS, camerasInstalledIn } from './facts';
import { COMPLIANCE_NEEDS } from '../compliance/scope';
import { type DataFor, mergeNeeds } from '../fieldNeeds';
import { t } from '../i18n';
import { ROSTER_NEEDS, type RosterFigures, rosterFigures } from '../roster';
import type { Settings } from '../settings';
import { formatDecimal, formatPercent, placeDateLine, slashDate, upperVi } from '../viFormat';
import { recipientLines, MOTTO, NATION } from './compose';
import type { NoticeBlock, NoticeModel } from './model';
import { counter, lines, modelName, oneTerm, text } from './sections';

export const REPORT_KINDS = ['thang', 'quy', '6thang', 'nam'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export interface ReportRequest {
  kind: ReportKind;
  year: number;
  /** 1–12 for `thang`. */
  month?: number;
  /** 1–4 for `quy`. */
  quarter?: number;
  /** 1 (first half) or 2 for `6thang`. */
  half?: number;
  /** ISO day of issue. */
  issuedOn: string;
  /** Number of the report (blank: left for the hand). */
  number?: number | null;
  signer?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const span = (y: number, m1: number, m2: number): Period => ({
  from: `${y}-${pad(m1)}-01`,
  to: `${y}-${pad(m2)}-${pad(lastDay(y, m2))}`,
});

/** The months a report covers: first and last. */
function months(r: Pick<ReportRequest, 'kind' | 'month' | 'quarter' | 'half'>): [number, number] {
  switch (r.kind) {
    case 'thang':
      return [r.month ?? 1, r.month ?? 1];
    case 'quy': {
      const q = r.quarter ?? 1;
      return [q * 3 - 2, q * 3];
    }
    case '6thang':
      return r.half === 2 ? [7, 12] : [1, 6];
    case 'nam':
      return [1, 12];
  }
}

/** The period of a report and the same period one year earlier. */
export function reportPeriods(r: Omit<ReportRequest, 'issuedOn'>): { current: Period; previous: Period } {
  const [a, b] = months(r);
  return { current: span(r.year, a, b), previous: span(r.year - 1, a, b) };
}

const ROMAN = ['I', 'II', 'III', 'IV'];

/** `tháng 6 năm 2025`, `quý II năm 2025`, `6 tháng đầu năm 2025`, `năm 2025`. */
export function periodPhrase(r: Omit<ReportRequest, 'issuedOn'>, year = r.year): string {
  switch (r.kind) {
    case 'thang':
      return `tháng ${r.month} năm ${year}`;
    case 'quy':
      return `quý ${ROMAN[(r.quarter ?? 1) - 1]} năm ${year}`;
    case '6thang':
      return `6 tháng ${r.half === 2 ? 'cuối' : 'đầu'} năm ${year}`;
    case 'nam':
      return `năm ${year}`;
  }
}

/** The period the directions are for: the next month, quarter, half-year or year. */
function nextPhrase(r: Omit<ReportRequest, 'issuedOn'>): string {
  switch (r.kind) {
    case 'thang':
      return r.month === 12 ? `tháng 1 năm ${r.year + 1}` : `tháng ${(r.month ?? 1) + 1} năm ${r.year}`;
    case 'quy':
      return r.quarter === 4 ? `quý I năm ${r.year + 1}` : `quý ${ROMAN[r.quarter ?? 1]} năm ${r.year}`;
    case '6thang':
      return r.half === 2 ? `năm ${r.year + 1}` : `6 tháng cuối năm ${r.year}`;
    case 'nam':
      return `năm ${r.year + 1}`;
  }
}

/** What the report is, as its subject and closing say it. */
function reportWhat(r: Omit<ReportRequest, 'issuedOn'>): string {
  if (r.kind === '6thang') return `sơ kết ${periodPhrase(r)}`;
  if (r.kind === 'nam') return `tổng kết ${periodPhrase(r)}`;
  return `kết quả hoạt động ${periodPhrase(r)}`;
}

/** A count the report compares: its label, its unit, and whether it is a stock (at the period's end) or a flow. */
interface CountFigure {
  key: string;
  label: string;
  unit: string;
  stock?: boolean;
}

/** The figures of the period, in the notice's order; `camerasInstalled` comes from the facts (flow). */
export const REPORT_COUNTS: readonly CountFigure[] = [
  { key: 'households', label: 'Hộ gia đình trên địa bàn', unit: 'hộ', stock: true },
  { key: 'residents', label: 'Nhân khẩu', unit: 'người', stock: true },
  { key: 'teams', label: 'Tổ tự quản', unit: 'tổ', stock: true },
  { key: 'members', label: 'Thành viên mô hình', unit: 'người', stock: true },
  { key: 'sessions', label: 'Buổi sinh hoạt, tuyên truyền', unit: 'buổi' },
  { key: 'sessionAttendees', label: 'Lượt người dự sinh hoạt, tuyên truyền', unit: 'lượt' },
  { key: 'schoolSessions', label: 'Buổi tuyên truyền tại trường học', unit: 'buổi' },
  { key: 'schoolAttendees', label: 'Lượt học sinh dự tuyên truyền', unit: 'lượt' },
  { key: 'supervised', label: 'Đối tượng được quản lý, giáo dục, giúp đỡ', unit: 'đối tượng', stock: true },
  { key: 'supervisedReoffended', label: 'Đối tượng tái phạm', unit: 'đối tượng' },
  { key: 'camerasInstalled', label: 'Camera an ninh lắp đặt mới', unit: 'mắt' },
  { key: 'cameras', label: 'Camera an ninh trên địa bàn', unit: 'mắt', stock: true },
  { key: 'patrols', label: 'Tuần tra, kiểm soát', unit: 'lượt' },
  { key: 'patrolParticipations', label: 'Lượt thành viên tham gia tuần tra', unit: 'lượt' },
  { key: 'patrolsWithPolice', label: 'Tuần tra phối hợp với Công an xã', unit: 'lượt' },
  { key: 'reminders', label: 'Nhắc nhở trường hợp vi phạm', unit: 'trường hợp' },
  { key: 'mediations', label: 'Vụ việc hoà giải', unit: 'vụ' },
  { key: 'mediationsSuccessful', label: 'Vụ việc hoà giải thành', unit: 'vụ' },
  { key: 'tips', label: 'Tin báo, tố giác chuyển cơ quan Công an', unit: 'tin' },
  { key: 'eventsSupported', label: 'Lễ hội, sự kiện được bảo đảm ANTT', unit: 'lượt' },
];

const WORDS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín', 'mười'];

/** A difference as the report writes it: in words up to ten (`hai lượt`), in figures above. */
export function amountText(n: number, unit: string): string {
  return `${n <= 10 ? WORDS[n] : formatDecimal(n, 0)} ${unit}`;
}

/** `tăng hai lượt, tương ứng 20%`, `giảm 12 lượt, tương ứng 37,5%`, `bằng cùng kỳ`, `… (cùng kỳ chưa có)`. */
export function changeText(cur: number, prev: number, unit: string): string {
  if (cur === prev) return 'bằng cùng kỳ';
  const d = Math.abs(cur - prev);
  const way = cur > prev ? 'tăng' : 'giảm';
  if (prev === 0) return `${way} ${amountText(d, unit)} (cùng kỳ chưa có)`;
  return `${way} ${amountText(d, unit)}, tương ứng ${formatPercent((d / prev) * 100)}`;
}

/** `tăng 3,5 điểm phần trăm`, `bằng cùng kỳ`. */
function pointsText(cur: number, prev: number): string {
  const d = Math.round((cur - prev) * 10) / 10;
  if (d === 0) return 'bằng cùng kỳ';
  return `${d > 0 ? 'tăng' : 'giảm'} ${formatDecimal(Math.abs(d), 1)} điểm phần trăm`;
}

export interface ReportFigures {
  current: ComplianceReport;
  previous: ComplianceReport;
  /** Cameras installed within each period (flow), from the facts. */
  camerasInstalled: { current: number; previous: number };
  /** The Tổ bảo vệ ANTT on each period's last day (roster.ts). */
  roster?: { current: RosterFigures; previous: RosterFigures };
}

/** The fields the report's figures read: compliance, the cameras installed and the roster (the summary's too). */
export const REPORT_NEEDS = mergeNeeds(mergeNeeds(COMPLIANCE_NEEDS, CAMERAS_INSTALLED_NEEDS), ROSTER_NEEDS);

/** The figures of a report's period and of the same period one year earlier, from the workbook. */
export function reportFigures(data: DataFor<typeof REPORT_NEEDS>, r: Omit<ReportRequest, 'issuedOn'>): ReportFigures {
  const { current, previous } = reportPeriods(r);
  return {
    current: computeCompliance(data, current),
    previous: computeCompliance(data, previous),
    camerasInstalled: {
      current: camerasInstalledIn(data, current),
      previous: camerasInstalledIn(data, previous),
    },
    roster: { current: rosterFigures(data.members, current.to), previous: rosterFigures(data.members, previous.to) },
  };
}

/** One comparison row: the label, this period, the same period a year earlier, the change. */
export interface ComparisonRow {
  label: string;
  current: string;
  previous: string;
  change: string;
}

function countOf(f: ReportFigures, which: 'current' | 'previous', key: string): number {
  if (key === 'camerasInstalled') return f.camerasInstalled[which];
  return (f[which].counts as unknown as Record<string, number>)[key] ?? 0;
}

/** Every figure of the period beside the same period one year earlier (a count that is zero in both is left out). */
export function comparisonRows(settings: Settings, f: ReportFigures): ComparisonRow[] {
  const n = counter(settings);
  const value = (x: number, unit: string) => (x > 0 ? `${n(x)} ${unit}` : 'chưa có');
  const rows: ComparisonRow[] = [];
  for (const c of REPORT_COUNTS) {
    const cur = countOf(f, 'current', c.key);
    const prev = countOf(f, 'previous', c.key);
    if (cur === 0 && prev === 0) continue;
    rows.push({
      label: c.label,
      current: value(cur, c.unit),
      previous: value(prev, c.unit),
      change: changeText(cur, prev, c.unit),
    });
  }
  rows.push(...rosterRows(settings, f));
  const before = new Map(f.previous.metrics.map((m) => [m.key, m]));
  // The per-type commitment rates are a breakdown of `commitmentAll`: left out.
  for (const m of f.current.metrics.filter((x) => !x.key.startsWith(COMMITMENT_METRIC_PREFIX))) {
    const p = before.get(m.key);
    if (m.percent === null && (p?.percent ?? null) === null) continue;
    const shown = (x: Metric | undefined) =>
      x && x.percent !== null ? `${formatPercent(x.percent)} (${n(x.numerator)}/${n(x.denominator)})` : 'chưa có';
    rows.push({
      label: m.label,
      current: shown(m),
      previous: shown(p),
      change: m.percent !== null && p && p.percent !== null ? pointsText(m.percent, p.percent) : 'không so sánh được',
    });
  }
  return rows;
}

/**
 * The Tổ bảo vệ ANTT on each period's last day beside the same day a year earlier: members with a position,
 * trained, with papers (a count zero on both days is left out), and the share trained.
 */
function rosterRows(settings: Settings, f: ReportFigures): ComparisonRow[] {
  if (!f.roster) return [];
  const n = counter(settings);
  const { current: cur, previous: prev } = f.roster;
  const value = (x: number) => (x > 0 ? `${n(x)} người` : 'chưa có');
  const rows: ComparisonRow[] = [];
  for (const [key, a, b] of [
    ['roster.guards', cur.guards, prev.guards],
    ['roster.trained', cur.trained, prev.trained],
    ['roster.papers', cur.papers, prev.papers],
  ] as const) {
    if (a === 0 && b === 0) continue;
    rows.push({ label: t(key), current: value(a), previous: value(b), change: changeText(a, b, 'người') });
  }
  if (cur.trainedPercent === null && prev.trainedPercent === null) return rows;
  const shown = (x: RosterFigures) =>
    x.trainedPercent === null ? 'chưa có' : `${formatPercent(x.trainedPercent)} (${n(x.trained)}/${n(x.guards)})`;
  rows.push({
    label: t('roster.trainedShare'),
    current: shown(cur),
    previous: shown(prev),
    change:
      cur.trainedPercent !== null && prev.trainedPercent !== null
        ? pointsText(cur.trainedPercent, prev.trainedPercent)
        : 'không so sánh được',
  });
  return rows;
}

/** The shortcomings the figures show: each target not met, no patrol, no session — one sentence each. */
export function shortcomingsFromFigures(settings: Settings, report: ComplianceReport): string[] {
  const n = counter(settings);
  const out: string[] = [];
  for (const m of report.metrics) {
    if (m.key.startsWith(COMMITMENT_METRIC_PREFIX)) continue;
    if (m.met !== false || m.percent === null || m.target === null) continue;
    out.push(
      `${m.label} mới đạt ${formatPercent(m.percent)} (${n(m.numerator)}/${n(m.denominator)}), ` +
        `chưa đạt mục tiêu ${formatPercent(m.target)}.`,
    );
  }
  const plan = settings.muc_tieu_tuan_tra_thang;
  if (report.counts.patrols === 0 && typeof plan === 'number' && plan > 0)
    out.push('Trong kỳ chưa tổ chức tuần tra, kiểm soát theo kế hoạch.');
  if (report.counts.sessions === 0) out.push('Trong kỳ chưa tổ chức buổi sinh hoạt, tuyên truyền nào.');
  return out;
}

/** The report's header lines: the commune above the village; it reports to the commune police. */
function issuer(s: Settings) {
  const commune = text(s, 'ten_xa');
  const village = text(s, 'ten_thon');
  return {
    parentAgency: commune ? upperVi(`UBND xã ${commune}`) : '',
    agency: village ? upperVi(`Thôn ${village}`) : upperVi(modelName(s)),
    police: commune ? `Công an xã ${commune}` : 'Công an xã',
    commune: commune ? `UBND xã ${commune}` : 'UBND xã',
  };
}

export function reportDocName(s: Settings, r: Omit<ReportRequest, 'issuedOn'>, issuedOn: string): string {
  return `Báo cáo ${reportWhat(r)} mô hình ${modelName(s)} – ${slashDate(issuedOn)}`;
}

export function composeReport(settings: Settings, r: ReportRequest, f: ReportFigures): NoticeModel {
  const n = counter(settings);
  const who = issuer(settings);
  const name = modelName(settings);
  const { current, previous } = { current: f.current.period, previous: f.previous.period };
  const c = f.current.counts;
  const size = [c.teams > 0 ? `${n(c.teams)} tổ` : '', c.members > 0 ? `${n(c.members)} thành viên` : '']
    .filter(Boolean)
    .join(' với ');
  const results: NoticeBlock[] = [
    {
      kind: 'paragraph',
      text:
        `Trong ${periodPhrase(r)} (từ ngày ${slashDate(current.from)} đến ngày ${slashDate(current.to)}), ` +
        `mô hình “${name}”${size ? ` có ${size}` : ''} đã triển khai các nhiệm vụ theo kế hoạch; kết quả so với ` +
        `cùng kỳ ${periodPhrase(r, r.year - 1)} (từ ngày ${slashDate(previous.from)} đến ngày ` +
        `${slashDate(previous.to)}) như sau:`,
    },
  ];
  const rows = comparisonRows(settings, f);
  results.push(
    rows.length
      ? {
          kind: 'list',
          marker: '-',
          items: rows.map((row) => `${row.label}: ${row.current} (cùng kỳ: ${row.previous}; ${row.change}).`),
        }
      : { kind: 'paragraph', text: 'Trong kỳ và cùng kỳ năm trước chưa có số liệu hoạt động được ghi nhận.' },
  );
  const fromFigures = shortcomingsFromFigures(settings, f.current);
  const fromSettings = lines(settings, 'ton_tai_han_che');
  const shortcomings: NoticeBlock[] =
    fromFigures.length || fromSettings.length
      ? [{ kind: 'list', marker: '-', items: [...fromFigures, ...fromSettings.map(sentence)] }]
      : [{ kind: 'paragraph', text: 'Các chỉ tiêu có mục tiêu trong kỳ đều đạt.' }];
  const directions = lines(settings, 'phuong_huong');
  const sections = [
    { heading: 'I. Kết quả thực hiện', blocks: results },
    { heading: 'II. Tồn tại, hạn chế và nguyên nhân', blocks: shortcomings },
    {
      heading: `III. Phương hướng, nhiệm vụ ${nextPhrase(r)}`,
      blocks: directions.length
        ? [{ kind: 'list' as const, marker: '-' as const, items: directions.map(sentence) }]
        : [{ kind: 'paragraph' as const, text: `Tiếp tục duy trì hoạt động của mô hình “${name}”.` }],
    },
  ].map((s) => ({ ...s, blocks: s.blocks.map(terms) }));
  const number = r.number ? `Số: ${pad(r.number)}/BC-TQ` : 'Số:       /BC-TQ';
  return {
    docName: reportDocName(settings, r, r.issuedOn),
    header: {
      parentAgency: who.parentAgency,
      agency: who.agency,
      number,
      nation: NATION,
      motto: MOTTO,
      placeDate: placeDateLine(text(settings, 'ten_xa') || text(settings, 'dia_danh'), r.issuedOn),
    },
    title: 'BÁO CÁO',
    subject: upperFirst(`${reportWhat(r)} mô hình “${name}”`),
    addressee: `Kính gửi: ${who.police}.`,
    sections,
    closing: oneTerm(
      `Trên đây là báo cáo ${reportWhat(r)} của mô hình “${name}”, kính báo cáo ${who.police} xem xét, chỉ đạo./.`,
    ),
    recipients: { label: 'Nơi nhận:', lines: recipientLines(['Như kính gửi', who.commune, 'Lưu: VT']) },
    signature: {
      authority: 'TM. BAN ĐẠI DIỆN',
      post: 'TRƯỞNG BAN',
      name: (r.signer ?? text(settings, 'nguoi_ky_bao_cao')).trim(),
    },
  };
}

const upperFirst = (t: string) => (t ? t[0].toLocaleUpperCase('vi') + t.slice(1) : t);
const sentence = (t: string) => {
  const s = upperFirst(t.replace(/^\s*[-+•*]\s*/, '').trim());
  return /[.!?:;]$/.test(s) ? s : `${s}.`;
};
function terms(b: NoticeBlock): NoticeBlock {
  return b.kind === 'paragraph' ? { ...b, text: oneTerm(b.text) } : { ...b, items: b.items.map(oneTerm) };
}
