/** "Hướng dẫn": what the add-on does, the sheets it keeps, and the version. */
import './style.css';
import { boot, closeHost } from '../shared/run';
import { $, h } from '../shared/dom';

interface HelpBoot {
  version: string;
  sheets: { name: string; kind: string; columns: string[] }[];
}

const KIND: Record<string, string> = {
  settings: 'Cài đặt của thôn và của thông báo',
  lists: 'Danh mục cho các ô chọn',
  record: 'Sổ ghi chép',
  output: 'Do tiện ích ghi',
};

function render(data: HelpBoot): void {
  const app = $('#app');
  app.replaceChildren(
    h('h1', {}, 'ANTT tự quản — Hướng dẫn'),
    h('p', {}, 'Tiện ích giúp thôn ghi chép hoạt động của mô hình tự quản về an ninh trật tự, xem tỷ lệ tuân thủ và tạo dự thảo thông báo kết quả.'),
    h('h2', {}, 'Bắt đầu'),
    h(
      'ol',
      { class: 'steps' },
      h('li', {}, 'Chọn ANTT tự quản › Thiết lập bảng tính: tạo các trang và cột cần thiết (chạy lại bất cứ lúc nào để sửa cấu trúc; dữ liệu không bị xoá).'),
      h('li', {}, 'Điền trang "Cài đặt": tên thôn, xã, huyện, người ký, nơi nhận…'),
      h('li', {}, 'Ghi chép vào các trang, hoặc thử với dữ liệu mẫu của thôn Pác Khuông (ANTT tự quản › Nạp dữ liệu mẫu).'),
    ),
    h('h2', {}, 'Các trang trong bảng tính'),
    h(
      'table',
      { class: 'sheets' },
      h('thead', {}, h('tr', {}, h('th', {}, 'Trang'), h('th', {}, 'Nội dung'))),
      h(
        'tbody',
        {},
        ...data.sheets.map((s) =>
          h('tr', {}, h('th', { scope: 'row' }, s.name), h('td', {}, KIND[s.kind] ?? '', s.columns.length ? h('div', { class: 'muted' }, s.columns.join(' · ')) : null)),
        ),
      ),
    ),
    h('footer', {}, h('span', { class: 'muted', id: 'version' }, `Phiên bản ${data.version}`), h('button', { class: 'primary', id: 'close' }, 'Đóng')),
  );
  $('#close').addEventListener('click', () => closeHost());
}

render(boot<HelpBoot>());
