/**
 * Placeholders of a custom notice template (a Google Doc with `{{so_ho}}`, `{{ty_le_cam_ket}}`…):
 * the documented list with a Vietnamese description each (shown in the dialog), their values
 * for a composed notice, and the search for the placeholders a template holds.
 *
 * A block placeholder (`{{muc_3}}`, `{{noi_nhan}}`…) stands for several paragraphs: alone in
 * its paragraph it becomes one paragraph per line, inline its lines are joined by spaces.
 * Zero counts are written `0` (the user placed the figure); a percent without data is
 * written `chưa có số liệu`.
 */
import type { ComplianceReport } from '../report';
import type { Settings } from '../settings';
import { formatDecimal, formatPercent, lowerFirst, proseDate, slashDate } from '../viFormat';
import { publicReport } from './facts';
import { type NoticeModel, SECTION_HEADING, sectionLines } from './model';
import { counter, modelName, text } from './sections';

export interface PlaceholderDef {
  key: string;
  description: string;
  /** Several paragraphs (a section, a list). */
  block?: boolean;
}

const placeholder = (key: string, description: string, block = false): PlaceholderDef =>
  block ? { key, description, block } : { key, description };

export const PLACEHOLDERS: readonly PlaceholderDef[] = [
  placeholder('co_quan_chu_quan', 'Cơ quan chủ quản (chữ in hoa)'),
  placeholder('co_quan_ban_hanh', 'Cơ quan ban hành (chữ in hoa)'),
  placeholder('so_ky_hieu', 'Số và ký hiệu, ví dụ 01/TB-BCĐ'),
  placeholder('so_van_ban', 'Số văn bản, ví dụ 01'),
  placeholder('ky_hieu', 'Ký hiệu văn bản, ví dụ TB-BCĐ'),
  placeholder('dia_danh_ngay', 'Địa danh và ngày ban hành, ví dụ Bình Gia, ngày 05 tháng 02 năm 2023'),
  placeholder('ngay_ban_hanh', 'Ngày ban hành, dd/mm/yyyy'),
  placeholder('tu_ngay', 'Đầu kỳ báo cáo, dd/mm/yyyy'),
  placeholder('den_ngay', 'Cuối kỳ báo cáo, dd/mm/yyyy'),
  placeholder('trich_yeu', 'Trích yếu (dòng dưới chữ THÔNG BÁO)'),
  placeholder('ten_mo_hinh', 'Tên mô hình'),
  placeholder('ten_thon', 'Tên thôn'),
  placeholder('ten_xa', 'Tên xã'),
  placeholder('ten_huyen', 'Tên huyện'),
  placeholder('ten_tinh', 'Tên tỉnh'),
  placeholder('ngay_thanh_lap', 'Ngày thành lập mô hình, ví dụ 23/6/2021'),
  placeholder('so_quyet_dinh', 'Số quyết định thành lập'),
  placeholder('dien_tich', 'Diện tích (ha), ví dụ 189,33'),
  placeholder('so_ho', 'Số hộ gia đình'),
  placeholder('so_nhan_khau', 'Số nhân khẩu'),
  placeholder('so_to', 'Số tổ tự quản'),
  placeholder('so_thanh_vien', 'Số thành viên'),
  placeholder('so_thanh_vien_ban_dai_dien', 'Số thành viên Ban đại diện'),
  placeholder('so_luot_tuan_tra', 'Số lượt tuần tra'),
  placeholder('so_luot_tham_gia_tuan_tra', 'Số lượt thành viên tham gia tuần tra'),
  placeholder('so_luot_phoi_hop_cong_an', 'Số lượt tuần tra phối hợp Công an xã'),
  placeholder('so_truong_hop_nhac_nho', 'Tổng số trường hợp nhắc nhở'),
  placeholder(
    'nhac_nho_theo_loai',
    'Nhắc nhở theo loại, ví dụ 43 trường hợp kinh doanh quá giờ quy định; 07 trường hợp…',
  ),
  placeholder('so_buoi_tuyen_truyen', 'Số buổi sinh hoạt, tuyên truyền'),
  placeholder('so_nguoi_du', 'Số lượt người dự sinh hoạt, tuyên truyền'),
  placeholder('so_buoi_truong_hoc', 'Số buổi tuyên truyền tại trường học'),
  placeholder('so_hoc_sinh', 'Số lượt học sinh dự tuyên truyền'),
  placeholder('so_vu_hoa_giai', 'Số vụ hoà giải'),
  placeholder('so_vu_hoa_giai_thanh', 'Số vụ hoà giải thành'),
  placeholder('so_doi_tuong', 'Số đối tượng được quản lý, giúp đỡ'),
  placeholder('doi_tuong_theo_loai', 'Đối tượng theo loại, ví dụ 02 tù tha, 02 án treo'),
  placeholder('so_doi_tuong_tai_pham', 'Số đối tượng tái phạm'),
  placeholder('so_camera', 'Số mắt camera đã lắp'),
  placeholder('so_camera_hoat_dong', 'Số mắt camera đang hoạt động'),
  placeholder('so_tin_bao', 'Số tin báo, tố giác'),
  placeholder('so_le_hoi', 'Số lượt lễ hội, sự kiện được bảo đảm ANTT'),
  placeholder('ty_le_tham_gia', 'Tỷ lệ hộ tham gia sinh hoạt, tuyên truyền, ví dụ 91,5%'),
  placeholder('ty_le_cam_ket', 'Tỷ lệ hộ ký đủ các cam kết bắt buộc'),
  placeholder('ty_le_tt124', 'Tỷ lệ hộ đăng ký khu dân cư an toàn về ANTT (TT 124/2021)'),
  placeholder('ty_le_can_cuoc', 'Tỷ lệ người dân có thẻ căn cước'),
  placeholder('ty_le_dinh_danh', 'Tỷ lệ người dân kích hoạt định danh điện tử'),
  placeholder('ty_le_dinh_danh_muc_2', 'Tỷ lệ người dân có định danh điện tử mức 2'),
  placeholder('ty_le_tuan_tra', 'Tỷ lệ tuần tra so với kế hoạch'),
  placeholder('ty_le_thanh_vien_tuan_tra', 'Tỷ lệ thành viên tham gia tuần tra'),
  placeholder('ty_le_khong_tai_pham', 'Tỷ lệ đối tượng không tái phạm'),
  placeholder('ty_le_camera_hoat_dong', 'Tỷ lệ camera đang hoạt động'),
  placeholder('ty_le_hoa_giai_thanh', 'Tỷ lệ hoà giải thành'),
  placeholder('tham_quyen_ky', 'Thẩm quyền ký, ví dụ TRƯỞNG BAN'),
  placeholder('chuc_vu_kiem_nhiem', 'Chức vụ kiêm nhiệm của người ký'),
  placeholder('nguoi_ky', 'Họ tên người ký'),
  placeholder('muc_1', 'Cả mục 1. Đặc điểm tình hình (các đoạn văn)', true),
  placeholder('muc_2', 'Cả mục 2. Công tác chỉ đạo, triển khai (các đoạn văn)', true),
  placeholder('muc_3', 'Cả mục 3. Kết quả hoạt động (các đoạn văn)', true),
  placeholder('muc_4', 'Cả mục 4. Kinh nghiệm (các đoạn văn)', true),
  placeholder('ket_luan', 'Đoạn kết, kết thúc bằng ./.'),
  placeholder('noi_nhan', 'Danh sách nơi nhận, mỗi dòng "- …;"', true),
];

export const PLACEHOLDER_KEYS: ReadonlySet<string> = new Set(PLACEHOLDERS.map((p) => p.key));

/** `{{ key }}` — letters, digits and underscores, spaces inside the braces allowed. */
export const PLACEHOLDER_PATTERN = /\{\{\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Distinct placeholder keys in a text, in order of appearance. */
export function findPlaceholders(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PLACEHOLDER_PATTERN)) if (!out.includes(m[1])) out.push(m[1]);
  return out;
}

/** Keys of `found` that are not documented placeholders. */
export function unknownPlaceholders(found: readonly string[]): string[] {
  return found.filter((k) => !PLACEHOLDER_KEYS.has(k));
}

export type PlaceholderValue = string | string[];

export interface PlaceholderInput {
  model: NoticeModel;
  settings: Settings;
  report: ComplianceReport;
  number: number;
  issuedOn: string;
  /** `NoticeFacts.withheld`: list entries holding a person's name, left out of the breakdowns. */
  withheld?: readonly string[];
}

/** The value of every documented placeholder (block ones as lists of paragraphs). */
export function placeholderValues(x: PlaceholderInput): Record<string, PlaceholderValue> {
  const { model, settings: s } = x;
  const report = publicReport(x.report, x.withheld ?? []);
  const c = report.counts;
  const n = counter(s);
  const count = (v: number) => (v > 0 ? n(v) : '0');
  const pct = (key: string) => {
    const m = report.metrics.find((k) => k.key === key);
    return m && m.percent !== null ? formatPercent(m.percent) : 'chưa có số liệu';
  };
  /** A section by its title (sections are numbered as composed, so a missing one shifts the numbers). */
  const section = (title: string) => {
    const sec = model.sections.find((x) => x.heading.slice(x.heading.indexOf(' ') + 1) === title);
    return sec ? sectionLines(sec) : [];
  };
  const founded = text(s, 'ngay_thanh_lap');
  const area = typeof s.dien_tich_ha === 'number' ? formatDecimal(s.dien_tich_ha) : '';
  const listed = (m: Record<string, number>, word: string, sep: string) =>
    Object.entries(m)
      .filter(([, v]) => v > 0)
      .map(([k, v]) => `${n(v)} ${word}${lowerFirst(k)}`)
      .join(sep);
  const [symbolNumber = '', symbol = ''] = model.header.number.replace(/^Số:\s*/, '').split(/\/(.*)/s);
  return {
    co_quan_chu_quan: model.header.parentAgency,
    co_quan_ban_hanh: model.header.agency,
    so_ky_hieu: model.header.number.replace(/^Số:\s*/, ''),
    so_van_ban: symbolNumber,
    ky_hieu: symbol,
    dia_danh_ngay: model.header.placeDate,
    ngay_ban_hanh: slashDate(x.issuedOn),
    tu_ngay: slashDate(report.period.from),
    den_ngay: slashDate(report.period.to),
    trich_yeu: model.subject,
    ten_mo_hinh: modelName(s),
    ten_thon: text(s, 'ten_thon'),
    ten_xa: text(s, 'ten_xa'),
    ten_huyen: text(s, 'ten_huyen'),
    ten_tinh: text(s, 'ten_tinh'),
    ngay_thanh_lap: founded ? proseDate(founded) : '',
    so_quyet_dinh: text(s, 'so_quyet_dinh'),
    dien_tich: area,
    so_ho: count(c.households),
    so_nhan_khau: count(c.residents),
    so_to: count(c.teams),
    so_thanh_vien: count(c.members),
    so_thanh_vien_ban_dai_dien: count(c.boardMembers),
    so_luot_tuan_tra: count(c.patrols),
    so_luot_tham_gia_tuan_tra: count(c.patrolParticipations),
    so_luot_phoi_hop_cong_an: count(c.patrolsWithPolice),
    so_truong_hop_nhac_nho: count(c.reminders),
    nhac_nho_theo_loai: listed(c.remindersByCategory, 'trường hợp ', '; '),
    so_buoi_tuyen_truyen: count(c.sessions),
    so_nguoi_du: count(c.sessionAttendees),
    so_buoi_truong_hoc: count(c.schoolSessions),
    so_hoc_sinh: count(c.schoolAttendees),
    so_vu_hoa_giai: count(c.mediations),
    so_vu_hoa_giai_thanh: count(c.mediationsSuccessful),
    so_doi_tuong: count(c.supervised),
    doi_tuong_theo_loai: listed(c.supervisedByType, '', ', '),
    so_doi_tuong_tai_pham: count(c.supervisedReoffended),
    so_camera: count(c.cameras),
    so_camera_hoat_dong: count(c.camerasWorking),
    so_tin_bao: count(c.tips),
    so_le_hoi: count(c.eventsSupported),
    ty_le_tham_gia: pct('householdParticipation'),
    ty_le_cam_ket: pct('commitmentAll'),
    ty_le_tt124: pct('tt124Registration'),
    ty_le_can_cuoc: pct('idCard'),
    ty_le_dinh_danh: pct('eid'),
    ty_le_dinh_danh_muc_2: pct('eidLevel2'),
    ty_le_tuan_tra: pct('patrolPlan'),
    ty_le_thanh_vien_tuan_tra: pct('memberActivity'),
    ty_le_khong_tai_pham: pct('supervisedNoReoffence'),
    ty_le_camera_hoat_dong: pct('camerasWorking'),
    ty_le_hoa_giai_thanh: pct('mediationSuccess'),
    tham_quyen_ky: model.signature.authority,
    chuc_vu_kiem_nhiem: model.signature.post,
    nguoi_ky: model.signature.name,
    muc_1: section(SECTION_HEADING.situation),
    muc_2: section(SECTION_HEADING.organisation),
    muc_3: section(SECTION_HEADING.results),
    muc_4: section(SECTION_HEADING.lessons),
    ket_luan: model.closing,
    noi_nhan: model.recipients.lines,
  };
}

/**
 * The Doc id of the template setting (`mau_thong_bao`): a Google Docs address
 * (`…/document/d/<id>/…`, `…?id=<id>`) or a bare id; null for anything else.
 */
export function templateIdOf(setting: string): string | null {
  const s = setting.trim();
  if (!s) return null;
  const m = /\/d\/([-\w]{10,})/.exec(s) ?? /[?&]id=([-\w]{10,})/.exec(s);
  if (m) return m[1];
  return /^[-\w]{20,}$/.test(s) ? s : null;
}
