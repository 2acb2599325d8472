/**
 * Settings of SPEC §5: stable keys, the Vietnamese label shown in `Cài đặt`!Mục,
 * defaults, and parsing of the sheet's rows into a typed object.
 */
import { METRIC_KEYS, DEFAULT_TARGETS } from './metricKeys';
import { normalizeHeader } from './sheets';
import { ADMIN_PRESET, DEFAULT_ADMIN_PRESET } from './notice/administration';

/** The columns of `Cài đặt` by role (the sheet's declaration in sheets.ts uses the same headers). */
export const SETTINGS_COLUMN = { item: 'Mục', value: 'Giá trị', note: 'Ghi chú' } as const;

/** What a yes/no setting may say besides a ticked box, lower-cased. */
export const YES_WORDS: readonly string[] = ['true', 'có', 'x', '1'];
export const NO_WORDS: readonly string[] = ['false', 'không', '0'];

/** What a checkbox cell of a record sheet may say instead of a tick, lower-cased (the row codec reads these). */
export const CELL_YES_WORDS: readonly string[] = ['true', 'có', 'co', 'x', '1', 'đúng', 'yes'];
export const CELL_NO_WORDS: readonly string[] = ['false', 'không', 'khong', '0', 'sai', 'no'];

export type SettingType = 'text' | 'lines' | 'bool' | 'int' | 'number' | 'date' | 'percent';

export interface SettingDef {
  key: string;
  label: string;
  type: SettingType;
  default: string | number | boolean | null;
  note: string;
}

const setting = (key: string, label: string, type: SettingType, def: SettingDef['default'], note = ''): SettingDef => ({
  key,
  label,
  type,
  default: def,
  note,
});

export const SETTING_DEFS: readonly SettingDef[] = [
  setting('ten_thon', 'Tên thôn', 'text', ''),
  setting('ten_xa', 'Tên xã', 'text', ''),
  setting('ten_huyen', 'Tên huyện', 'text', ''),
  setting('ten_tinh', 'Tên tỉnh', 'text', ''),
  setting('ten_mo_hinh', 'Tên mô hình', 'text', '', 'Ví dụ: Thôn … tự quản về ANTT'),
  setting('ngay_thanh_lap', 'Ngày thành lập mô hình', 'date', null),
  setting('so_quyet_dinh', 'Số quyết định thành lập', 'text', ''),
  setting('dien_tich_ha', 'Diện tích (ha)', 'number', null),
  setting('vi_tri_giap_ranh', 'Vị trí, giáp ranh', 'text', ''),
  setting('dan_toc', 'Các dân tộc', 'text', ''),
  setting('kinh_te', 'Đặc điểm kinh tế', 'text', ''),
  setting(
    'cap_hanh_chinh',
    'Cấp hành chính',
    'text',
    DEFAULT_ADMIN_PRESET,
    `${ADMIN_PRESET.district} (có cấp huyện) hoặc ${ADMIN_PRESET.twoLevel} (xã – tỉnh); ` +
      'điền sẵn các mục để trống dưới đây',
  ),
  setting('co_quan_chu_quan', 'Cơ quan chủ quản', 'text', '', 'Dòng trên của tiêu đề trái; để trống: theo cấp'),
  setting('co_quan_ban_hanh', 'Cơ quan ban hành', 'text', '', 'In đậm dưới cơ quan chủ quản; để trống: theo cấp'),
  setting('co_quan_trong_van', 'Cơ quan ban hành (câu kết)', 'text', '', 'Ví dụ: Công an xã Thiện Thuật'),
  setting('noi_van_dung', 'Nơi nghiên cứu, vận dụng (câu kết)', 'text', '', 'Ví dụ: các thôn trên địa bàn xã'),
  setting('ky_hieu_van_ban', 'Ký hiệu văn bản', 'text', '', 'Để trống: TB-CAX (từ 01/7/2025) hoặc TB-BCĐ'),
  setting('so_van_ban_tiep_theo', 'Số văn bản tiếp theo', 'int', 1, 'Tăng sau mỗi thông báo tạo thành công'),
  setting('dia_danh', 'Địa danh', 'text', ''),
  setting('hinh_thuc_ky', 'Hình thức ký', 'text', '', 'Để trống: người đứng đầu ký; TM. (thay mặt) hoặc KT. (ký thay)'),
  setting('tham_quyen_ky', 'Thẩm quyền ký', 'text', '', 'Để trống: theo cấp hành chính và hình thức ký'),
  setting('chuc_vu_kiem_nhiem', 'Chức vụ kiêm nhiệm', 'text', ''),
  setting('nguoi_ky', 'Người ký', 'text', ''),
  setting('noi_nhan', 'Nơi nhận', 'lines', '', 'Mỗi dòng một nơi nhận'),
  setting('nhiem_vu', 'Nhiệm vụ của mô hình', 'lines', '', 'Mỗi dòng một nhiệm vụ'),
  setting('nguoi_ky_bao_cao', 'Người ký báo cáo', 'text', '', 'Trưởng Ban đại diện; để trống: ký tay'),
  setting('ton_tai_han_che', 'Tồn tại, hạn chế (báo cáo)', 'lines', '', 'Mỗi dòng một ý; thêm vào các ý từ số liệu'),
  setting(
    'phuong_huong',
    'Phương hướng, nhiệm vụ (báo cáo)',
    'lines',
    [
      'Tiếp tục tuyên truyền, vận động Nhân dân tham gia phong trào toàn dân bảo vệ an ninh Tổ quốc',
      'Duy trì tuần tra, kiểm soát theo kế hoạch; phối hợp chặt chẽ với Công an xã',
      'Phấn đấu đạt các chỉ tiêu chưa đạt trong kỳ',
    ].join('\n'),
    'Mỗi dòng một nhiệm vụ',
  ),
  setting('kinh_nghiem', 'Bài học kinh nghiệm', 'lines', '', 'Mỗi dòng một bài học'),
  setting('dem_so_0', 'Thêm số 0 trước số nhỏ hơn 10', 'bool', true, 'Ví dụ: 05 camera'),
  setting('tuoi_cap_can_cuoc', 'Tuổi cấp căn cước', 'int', 14),
  setting('muc_tieu_tuan_tra_thang', 'Số lần tuần tra mỗi tháng (kế hoạch)', 'int', 4),
  ...METRIC_KEYS.map((k) =>
    setting(
      `muc_tieu_${k.key}`,
      `Mục tiêu (%): ${k.label}`,
      'percent',
      DEFAULT_TARGETS[k.key] ?? null,
      'Để trống: không đặt mục tiêu',
    ),
  ),
  setting('mau_thong_bao', 'Mẫu thông báo (đường dẫn Google Docs)', 'text', '', 'Để trống: dùng mẫu có sẵn'),
  setting('nguoi_sua_doi_tuong', 'Người được sửa trang Đối tượng giúp đỡ', 'lines', '', 'Email, mỗi dòng một người'),
];

const defByKey = new Map(SETTING_DEFS.map((d) => [d.key, d]));
const defByLabel = new Map(SETTING_DEFS.map((d) => [normalizeHeader(d.label), d]));
/** Keys as a `Mục` cell may hold them: compared like labels (case, spaces, Unicode form). */
const defByTypedKey = new Map(SETTING_DEFS.map((d) => [normalizeHeader(d.key), d]));

/** The setting a `Mục` cell names: by its label, or by its stable key. */
export function settingFor(item: unknown): SettingDef | undefined {
  const n = normalizeHeader(item);
  return defByLabel.get(n) ?? defByTypedKey.get(n);
}

export function settingDef(key: string): SettingDef | undefined {
  return defByKey.get(key);
}

export type SettingValue = string | number | boolean | string[] | null;
export type Settings = Record<string, SettingValue>;

export function defaultSettings(): Settings {
  const out: Settings = {};
  for (const d of SETTING_DEFS) out[d.key] = d.type === 'lines' ? linesOf(d.default) : d.default;
  return out;
}

export function linesOf(v: unknown): string[] {
  return String(v ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '');
}
