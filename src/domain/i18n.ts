/**
 * Every user-facing string, in Vietnamese, in one place (so English can follow).
 * `t(key, params)` fills `{name}` placeholders.
 */
export const VI = {
  'menu.title': 'ANTT tự quản',
  'menu.setup': 'Thiết lập bảng tính',
  'menu.patrol': 'Ghi tuần tra',
  'menu.commitments': 'Ký cam kết',
  'menu.activity': 'Ghi hoạt động',
  'menu.compliance': 'Tỷ lệ tuân thủ',
  'menu.validate': 'Kiểm tra dữ liệu',
  'menu.notice': 'Tạo thông báo',
  'menu.sample': 'Nạp dữ liệu mẫu (thôn Pác Khuông)',
  'menu.help': 'Hướng dẫn',
  'setup.done': 'Đã thiết lập bảng tính: tạo {created} trang, sửa {repaired} trang.',
  'setup.nothing': 'Bảng tính đã đúng cấu trúc, không cần sửa gì.',
  'setup.title': 'Thiết lập bảng tính',
  'setup.headerNote': 'Dòng tiêu đề do tiện ích ANTT tự quản quản lý. Có thể thêm cột mới ở bên phải.',
  'setup.sensitiveNote': 'Thông tin nhạy cảm: chỉ chủ bảng tính và người được giao mới được sửa.',
  'lock.busy': 'Bảng tính đang bận, vui lòng thử lại',
  'sample.loaded': 'Đã nạp dữ liệu mẫu thôn Pác Khuông ({rows} dòng).',
  'sample.notEmpty': 'Trang "{sheet}" đã có dữ liệu. Dữ liệu mẫu chỉ nạp vào bảng tính trống.',
  'codec.badDate': '{name}: "{value}" không phải ngày hợp lệ (dd/mm/yyyy)',
  'codec.badDateTime': '{name}: "{value}" không phải ngày giờ hợp lệ (dd/mm/yyyy hh:mm)',
  'codec.badTime': '{name}: "{value}" không phải giờ hợp lệ (hh:mm)',
  'codec.badNumber': '{name}: "{value}" không phải số',
  'codec.badBool': '{name}: "{value}" phải là có hoặc không (ô đánh dấu)',
  'sheet.missing': 'Thiếu trang "{sheet}". Hãy chạy ANTT tự quản › Thiết lập bảng tính.',
  'sheet.missingColumns': 'Trang "{sheet}" thiếu cột {columns}. Hãy chạy ANTT tự quản › Thiết lập bảng tính để thêm lại.',
  'notReady': 'Chức năng "{name}" chưa hoàn thành trong phiên bản này.',
} as const;

export type MessageKey = keyof typeof VI;

export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  return VI[key].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
