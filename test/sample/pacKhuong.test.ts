/**
 * The sample village must reproduce every figure of the district notice
 * (seed/thong-bao-pac-khuong-2023.txt) under SPEC §3. The figures are computed here
 * from the rows, independently of the generator.
 */
import { buildPacKhuong, SAMPLE_PERIOD, type SampleRow, type SampleWorkbook } from '../../src/sample/pacKhuong';

const { from, to } = SAMPLE_PERIOD;
const YEAR = +to.slice(0, 4);
const wb: SampleWorkbook = buildPacKhuong();
const rowsOf = (name: string): SampleRow[] => wb.sheets[name];

// ---- SPEC §2, copied by hand
const SPEC_HEADERS: Record<string, string[]> = {
  'Cài đặt': ['Mục', 'Giá trị', 'Ghi chú'],
  'Hộ gia đình': [
    'Mã hộ',
    'Chủ hộ',
    'Tổ',
    'Địa chỉ',
    'Số nhân khẩu',
    'Dân tộc',
    'Ngày đến',
    'Ngày chuyển đi',
    'Ghi chú',
    'Mã yêu cầu',
  ],
  'Nhân khẩu': [
    'Mã',
    'Họ tên',
    'Mã hộ',
    'Năm sinh',
    'Giới tính',
    'Có thẻ căn cước',
    'Định danh điện tử',
    'Ghi chú',
    'Mã yêu cầu',
  ],
  'Tổ tự quản': ['Mã tổ', 'Tên tổ', 'Tổ trưởng', 'Địa bàn phụ trách', 'Ghi chú', 'Mã yêu cầu'],
  'Thành viên': [
    'Mã',
    'Họ tên',
    'Mã tổ',
    'Vai trò',
    'Điện thoại',
    'Email',
    'Ngày tham gia',
    'Ngày rời',
    'Chức danh Tổ bảo vệ ANTT',
    'Ngày tập huấn',
    'Đã cấp giấy chứng nhận',
    'Ngày cấp giấy',
    'Ghi chú',
    'Mã yêu cầu',
  ],
  'Tuần tra': [
    'Mã',
    'Ngày',
    'Giờ bắt đầu',
    'Giờ kết thúc',
    'Mã tổ',
    'Địa bàn',
    'Thành viên tham gia',
    'Số người tham gia',
    'Phối hợp Công an xã',
    'Tình hình, kết quả',
    'Người ghi',
    'Thời điểm ghi',
    'Mã yêu cầu',
  ],
  'Nhắc nhở': ['Mã', 'Mã tuần tra', 'Ngày', 'Loại', 'Số trường hợp', 'Hình thức xử lý', 'Mô tả', 'Mã yêu cầu'],
  'Cam kết': ['Mã', 'Mã hộ', 'Loại cam kết', 'Năm', 'Ngày ký', 'Người ký', 'Trạng thái', 'Ghi chú', 'Mã yêu cầu'],
  'Sinh hoạt, tuyên truyền': [
    'Mã',
    'Ngày',
    'Hình thức',
    'Chủ đề',
    'Địa điểm',
    'Đối tượng dự',
    'Số người dự',
    'Hộ tham dự',
    'Đơn vị phối hợp',
    'Ghi chú',
    'Mã yêu cầu',
  ],
  'Hoà giải': ['Mã', 'Ngày', 'Nội dung', 'Các bên', 'Kết quả', 'Người chủ trì', 'Ghi chú', 'Mã yêu cầu'],
  'Đối tượng giúp đỡ': [
    'Mã',
    'Họ tên',
    'Loại',
    'Ngày bắt đầu',
    'Ngày kết thúc',
    'Thành viên phụ trách',
    'Tái phạm',
    'Ghi chú',
    'Mã yêu cầu',
  ],
  Camera: ['Mã', 'Vị trí', 'Ngày lắp', 'Nguồn kinh phí', 'Đang hoạt động', 'Ghi chú', 'Mã yêu cầu'],
  'Tin báo, sự kiện': [
    'Mã',
    'Ngày',
    'Loại',
    'Lễ hội, sự kiện',
    'Nội dung',
    'Số người tham gia',
    'Chuyển Công an xã',
    'Ghi chú',
    'Mã yêu cầu',
  ],
  'Danh mục': [
    'Loại cam kết',
    'Cam kết bắt buộc',
    'Loại nhắc nhở',
    'Hình thức xử lý',
    'Hình thức sinh hoạt',
    'Chủ đề tuyên truyền',
    'Đối tượng dự',
    'Loại đối tượng',
    'Loại sự kiện',
    'Vai trò',
    'Kết quả hoà giải',
    'Đơn vị phối hợp',
    'Lễ hội, sự kiện',
    'Loại vụ việc',
  ],
  'Vụ việc': [
    'Mã',
    'Ngày',
    'Loại vụ việc',
    'Tóm tắt',
    'Người xử lý',
    'Chuyển Công an xã',
    'Tình trạng',
    'Ghi chú',
    'Mã yêu cầu',
  ],
  'Nghị quyết, đăng ký': ['Mã', 'Năm', 'Loại văn bản', 'Số văn bản', 'Ngày', 'Ghi chú', 'Mã yêu cầu'],
};

const COMMITMENT_TYPES = [
  'Gia đình văn hoá',
  'Khu dân cư an toàn về ANTT',
  'Không ma tuý',
  'Không vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo',
];
const LISTS = {
  commitment: COMMITMENT_TYPES,
  reminder: [
    'Kinh doanh quá giờ quy định',
    'Lấn chiếm lòng đường, vỉa hè',
    'Xả rác không đúng nơi quy định',
    'Gây mất trật tự công cộng',
    'Vi phạm an toàn giao thông',
    'Khác',
  ],
  action: ['Nhắc nhở', 'Lập biên bản', 'Chuyển Công an xã'],
  form: ['Họp thôn', 'Sinh hoạt chi bộ', 'Tuyên truyền tại trường học', 'Loa truyền thanh', 'Khác'],
  topic: [
    'Phương thức, thủ đoạn tội phạm',
    'Phòng cháy chữa cháy',
    'Lừa đảo qua mạng',
    'Phòng chống đuối nước',
    'An toàn giao thông',
    'Bạo lực học đường',
    'Ma tuý',
    'Căn cước, định danh điện tử',
  ],
  audience: ['Nhân dân', 'Học sinh', 'Cán bộ, đảng viên'],
  supervised: ['Tù tha', 'Án treo', 'Cải tạo không giam giữ', 'Sau cai nghiện', 'Khác'],
  event: [
    'Tin báo, tố giác',
    'Thu hồi vũ khí, vật liệu nổ, pháo',
    'Bảo đảm ANTT lễ hội, sự kiện',
    'Phòng cháy chữa cháy',
    'Camera an ninh',
    'Khác',
  ],
  role: ['Trưởng ban', 'Phó ban', 'Ủy viên Ban đại diện', 'Tổ trưởng', 'Tổ phó', 'Thành viên'],
  mediation: ['Thành', 'Không thành', 'Đang giải quyết'],
  incident: [
    'Tội phạm',
    'Tệ nạn xã hội',
    'Ma tuý',
    'Tai nạn giao thông',
    'Cháy, nổ',
    'Mâu thuẫn, tranh chấp phức tạp kéo dài',
    'Khiếu kiện đông người',
    'Tụ tập đông người gây mất ANTT',
    'Khác',
  ],
  incidentStatus: ['Đang giải quyết', 'Đã giải quyết'],
  status: ['Đã ký', 'Vi phạm'],
  eid: ['Chưa', 'Mức 1', 'Mức 2'],
  gender: ['Nam', 'Nữ'],
  ethnic: ['Nùng', 'Tày', 'Kinh'],
};
const SETTING_KEYS = [
  'ten_thon',
  'ten_xa',
  'ten_huyen',
  'ten_tinh',
  'ten_mo_hinh',
  'ngay_thanh_lap',
  'so_quyet_dinh',
  'dien_tich_ha',
  'vi_tri_giap_ranh',
  'dan_toc',
  'kinh_te',
  'cap_hanh_chinh',
  'co_quan_chu_quan',
  'co_quan_ban_hanh',
  'ky_hieu_van_ban',
  'so_van_ban_tiep_theo',
  'dia_danh',
  'tham_quyen_ky',
  'chuc_vu_kiem_nhiem',
  'nguoi_ky',
  'noi_nhan',
  'nhiem_vu',
  'kinh_nghiem',
  'dem_so_0',
  'tuoi_cap_can_cuoc',
  'muc_tieu_tuan_tra_thang',
  'mau_thong_bao',
  'nguoi_sua_doi_tuong',
];

// ---- SPEC §3 rules, re-implemented for the test
const str = (v: unknown) => (v === null || v === undefined ? '' : String(v));
const ids = (v: unknown) =>
  str(v)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
const inPeriod = (d: unknown) => str(d) >= from && str(d) <= to;
const activeOn = (start: unknown, end: unknown) => (!str(start) || str(start) <= to) && (!str(end) || str(end) > to);
const setting = (k: string) => rowsOf('Cài đặt').find((r) => r['Mục'] === k)?.['Giá trị'];

const households = rowsOf('Hộ gia đình');
const activeHouseholds = households.filter((h) => activeOn(h['Ngày đến'], h['Ngày chuyển đi']));
const activeHh = new Set(activeHouseholds.map((h) => str(h['Mã hộ'])));
const residents = rowsOf('Nhân khẩu').filter((r) => activeHh.has(str(r['Mã hộ'])));
const age = Number(setting('tuoi_cap_can_cuoc'));
const ofAge = residents.filter((r) => r['Năm sinh'] === null || YEAR - Number(r['Năm sinh']) >= age);
const members = rowsOf('Thành viên').filter((m) => activeOn(m['Ngày tham gia'], m['Ngày rời']));
const activeMemberIds = new Set(members.map((m) => str(m['Mã'])));
const patrols = rowsOf('Tuần tra').filter((p) => inPeriod(p['Ngày']));
const reminders = rowsOf('Nhắc nhở').filter((r) => inPeriod(r['Ngày']));
const sessions = rowsOf('Sinh hoạt, tuyên truyền').filter((s) => inPeriod(s['Ngày']));
const sum = (rows: SampleRow[], col: string) => rows.reduce((a, r) => a + Number(r[col] ?? 0), 0);
const pct = (n: number, d: number) => Math.round((1000 * n) / d) / 10;

function monthsTouched(a: string, b: string): number {
  return (+b.slice(0, 4) - +a.slice(0, 4)) * 12 + (+b.slice(5, 7) - +a.slice(5, 7)) + 1;
}

function committed(hh: string, type: string): boolean {
  const rows = rowsOf('Cam kết').filter(
    (c) => c['Mã hộ'] === hh && c['Loại cam kết'] === type && Number(c['Năm']) === YEAR,
  );
  return rows.some((c) => c['Trạng thái'] === 'Đã ký') && !rows.some((c) => c['Trạng thái'] === 'Vi phạm');
}

describe('sample village Pác Khuông', () => {
  test('period', () => {
    expect(SAMPLE_PERIOD).toEqual({ from: '2021-06-23', to: '2023-06-15' });
  });

  test('is deterministic', () => {
    expect(buildPacKhuong()).toEqual(buildPacKhuong());
    expect(JSON.stringify(buildPacKhuong())).toBe(JSON.stringify(wb));
  });

  test('sheets and headers are those of SPEC §2', () => {
    expect(Object.keys(wb.sheets).sort()).toEqual(Object.keys(SPEC_HEADERS).sort());
    for (const [sheet, rows] of Object.entries(wb.sheets)) {
      expect(rows.length).toBeGreaterThan(0);
      for (const r of rows) expect(Object.keys(r)).toEqual(SPEC_HEADERS[sheet]);
    }
  });

  test('cells have the contract formats', () => {
    const DATE = /^\d{4}-\d{2}-\d{2}$/;
    const dateCols = [
      'Ngày',
      'Ngày đến',
      'Ngày chuyển đi',
      'Ngày tham gia',
      'Ngày rời',
      'Ngày ký',
      'Ngày bắt đầu',
      'Ngày kết thúc',
      'Ngày lắp',
    ];
    for (const rows of Object.values(wb.sheets))
      for (const r of rows) {
        for (const c of dateCols) if (c in r && r[c] !== null) expect(str(r[c])).toMatch(DATE);
        if ('Mã yêu cầu' in r) expect(r['Mã yêu cầu']).toBeNull();
        for (const v of Object.values(r)) expect(['string', 'number', 'boolean', 'object']).toContain(typeof v);
      }
    for (const p of rowsOf('Tuần tra')) {
      expect(str(p['Giờ bắt đầu'])).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(str(p['Giờ kết thúc'])).toMatch(/^([01]\d|2[0-3]):[0-5]\d$/);
      expect(str(p['Thời điểm ghi'])).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(str(p['Thời điểm ghi']) > `${p['Ngày']} ${p['Giờ bắt đầu']}`).toBe(true);
      expect(typeof p['Phối hợp Công an xã']).toBe('boolean');
    }
    for (const r of rowsOf('Nhân khẩu')) expect(typeof r['Có thẻ căn cước']).toBe('boolean');
    for (const r of rowsOf('Camera')) expect(typeof r['Đang hoạt động']).toBe('boolean');
    for (const r of rowsOf('Đối tượng giúp đỡ')) expect(typeof r['Tái phạm']).toBe('boolean');
  });

  test('settings', () => {
    const rows = rowsOf('Cài đặt');
    const keys = rows.map((r) => str(r['Mục']));
    for (const k of SETTING_KEYS) expect(keys).toContain(k);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(SETTING_KEYS.includes(k) || k.startsWith('muc_tieu_')).toBe(true);
    for (const r of rows) expect(r['Ghi chú']).toBe('');
    expect(setting('ten_thon')).toBe('Pác Khuông');
    expect(setting('ten_xa')).toBe('Thiện Thuật');
    expect(setting('ten_huyen')).toBe('Bình Gia');
    expect(setting('ten_tinh')).toBe('Lạng Sơn');
    expect(setting('ten_mo_hinh')).toBe('Thôn Pác Khuông tự quản về ANTT');
    expect(setting('ngay_thanh_lap')).toBe('2021-06-23');
    expect(str(setting('so_quyet_dinh'))).toMatch(/^\d+\/QĐ-/);
    expect(setting('dien_tich_ha')).toBe(189.33);
    expect(setting('vi_tri_giap_ranh')).toBe(
      'phía Bắc giáp với thôn Khuổi Cườm, phía Nam giáp thôn Viên Minh, xã Mông Ân, ' +
        'phía Đông giáp thôn Khuổi Lù, phía Tây giáp thôn Pò Sè',
    );
    expect(setting('dan_toc')).toBe('Nùng, Tày, Kinh');
    expect(str(setting('kinh_te'))).toMatch(/^Cộng đồng các dân tộc.*chăn nuôi gia súc\.$/);
    // The seed's district structure, kept (a spreadsheet set up today defaults to the two-level one).
    expect(setting('cap_hanh_chinh')).toBe('trước 01/7/2025');
    expect(setting('co_quan_chu_quan')).toBe('UBND HUYỆN BÌNH GIA');
    expect(setting('co_quan_ban_hanh')).toBe('BAN CHỈ ĐẠO 138');
    expect(setting('ky_hieu_van_ban')).toBe('TB-BCĐ');
    expect(setting('so_van_ban_tiep_theo')).toBe(1);
    expect(setting('dia_danh')).toBe('Bình Gia');
    expect(setting('tham_quyen_ky')).toBe('TRƯỞNG BAN');
    expect(setting('chuc_vu_kiem_nhiem')).toBe('CHỦ TỊCH UBND HUYỆN');
    expect(setting('nguoi_ky')).toBe('Nguyễn Mạnh Tuấn');
    const lines = (k: string) => str(setting(k)).split('\n');
    expect(lines('noi_nhan')).toEqual([
      'Thường trực BCĐ 138 tỉnh',
      'BCĐ 138 huyện',
      'UBND các xã, thị trấn',
      'Lưu: VT, CAH',
    ]);
    expect(lines('nhiem_vu')).toHaveLength(4);
    expect(lines('nhiem_vu')[0]).toMatch(/^Tuyên truyền, vận động Nhân dân/);
    expect(lines('kinh_nghiem')).toHaveLength(6);
    expect(lines('kinh_nghiem')[5]).toMatch(/^kịp thời sơ kết, tổng kết/);
    for (const l of [...lines('nhiem_vu'), ...lines('kinh_nghiem'), ...lines('noi_nhan')]) {
      expect(l).not.toMatch(/^[-+] |là, |;$/);
      expect(l.trim()).toBe(l);
    }
    expect(setting('dem_so_0')).toBe(true);
    expect(setting('tuoi_cap_can_cuoc')).toBe(14);
    expect(setting('muc_tieu_tuan_tra_thang')).toBe(2);
    expect(setting('mau_thong_bao')).toBe('');
    expect(setting('nguoi_sua_doi_tuong')).toBe('');
  });

  test('list values come from SPEC §2 default lists', () => {
    const check = (sheet: string, col: string, allowed: string[], blankOk = false) => {
      for (const r of rowsOf(sheet)) {
        if (blankOk && r[col] === null) continue;
        expect(allowed).toContain(r[col]);
      }
    };
    check('Cam kết', 'Loại cam kết', LISTS.commitment);
    check('Cam kết', 'Trạng thái', LISTS.status);
    check('Nhắc nhở', 'Loại', LISTS.reminder);
    check('Nhắc nhở', 'Hình thức xử lý', LISTS.action);
    check('Sinh hoạt, tuyên truyền', 'Hình thức', LISTS.form);
    check('Sinh hoạt, tuyên truyền', 'Chủ đề', LISTS.topic);
    check('Sinh hoạt, tuyên truyền', 'Đối tượng dự', LISTS.audience);
    check('Đối tượng giúp đỡ', 'Loại', LISTS.supervised);
    check('Tin báo, sự kiện', 'Loại', LISTS.event);
    check('Thành viên', 'Vai trò', LISTS.role);
    check('Hoà giải', 'Kết quả', LISTS.mediation);
    check('Vụ việc', 'Loại vụ việc', LISTS.incident);
    check('Vụ việc', 'Tình trạng', LISTS.incidentStatus);
    check('Nhân khẩu', 'Định danh điện tử', LISTS.eid);
    check('Nhân khẩu', 'Giới tính', LISTS.gender);
    check('Hộ gia đình', 'Dân tộc', LISTS.ethnic);
  });

  test('ids are unique, in the expected style, and every reference exists', () => {
    const idCol: Record<string, [string, RegExp]> = {
      'Hộ gia đình': ['Mã hộ', /^H\d{3}$/],
      'Nhân khẩu': ['Mã', /^NK-\d{4}$/],
      'Tổ tự quản': ['Mã tổ', /^T[1-6]$/],
      'Thành viên': ['Mã', /^TV-\d{4}$/],
      'Tuần tra': ['Mã', /^TT-\d{4}$/],
      'Nhắc nhở': ['Mã', /^NN-\d{4}$/],
      'Cam kết': ['Mã', /^CK-\d{4}$/],
      'Sinh hoạt, tuyên truyền': ['Mã', /^SH-\d{4}$/],
      'Hoà giải': ['Mã', /^HG-\d{4}$/],
      'Đối tượng giúp đỡ': ['Mã', /^DT-\d{4}$/],
      Camera: ['Mã', /^CAM-\d{2}$/],
      'Tin báo, sự kiện': ['Mã', /^SK-\d{4}$/],
      'Vụ việc': ['Mã', /^VV-\d{4}$/],
      'Nghị quyết, đăng ký': ['Mã', /^DK-\d{3}$/],
    };
    const all: Record<string, Set<string>> = {};
    for (const [sheet, [col, re]] of Object.entries(idCol)) {
      const list = rowsOf(sheet).map((r) => str(r[col]));
      for (const id of list) expect(id).toMatch(re);
      all[sheet] = new Set(list);
      expect(all[sheet].size).toBe(list.length);
    }
    const refs = (sheet: string, col: string, target: string, many = false) => {
      for (const r of rowsOf(sheet))
        for (const id of many ? ids(r[col]) : [str(r[col])]) expect(all[target].has(id)).toBe(true);
    };
    refs('Hộ gia đình', 'Tổ', 'Tổ tự quản');
    refs('Nhân khẩu', 'Mã hộ', 'Hộ gia đình');
    refs('Thành viên', 'Mã tổ', 'Tổ tự quản');
    refs('Tuần tra', 'Mã tổ', 'Tổ tự quản');
    refs('Tuần tra', 'Thành viên tham gia', 'Thành viên', true);
    refs('Tuần tra', 'Người ghi', 'Thành viên');
    refs('Nhắc nhở', 'Mã tuần tra', 'Tuần tra');
    refs('Cam kết', 'Mã hộ', 'Hộ gia đình');
    refs('Sinh hoạt, tuyên truyền', 'Hộ tham dự', 'Hộ gia đình', true);
    refs('Đối tượng giúp đỡ', 'Thành viên phụ trách', 'Thành viên');
    // Lists are 'a, b, c'.
    for (const r of rowsOf('Sinh hoạt, tuyên truyền'))
      if (r['Hộ tham dự'] !== null) expect(str(r['Hộ tham dự'])).toBe(ids(r['Hộ tham dự']).join(', '));
    for (const r of rowsOf('Tuần tra'))
      expect(str(r['Thành viên tham gia'])).toBe(ids(r['Thành viên tham gia']).join(', '));
  });

  test('households and residents: 106 / 415, ID 100 %', () => {
    expect(households).toHaveLength(109);
    expect(activeHouseholds).toHaveLength(106);
    expect(sum(activeHouseholds, 'Số nhân khẩu')).toBe(415);
    expect(residents).toHaveLength(415);
    // Every household's size matches its resident rows, the head is one of them.
    for (const h of households) {
      const rs = rowsOf('Nhân khẩu').filter((r) => r['Mã hộ'] === h['Mã hộ']);
      expect(rs).toHaveLength(Number(h['Số nhân khẩu']));
      expect(rs.map((r) => r['Họ tên'])).toContain(h['Chủ hộ']);
    }
    // Inactive households: 2 moved out within the period, 1 arriving after it.
    const inactive = households.filter((h) => !activeHh.has(str(h['Mã hộ'])));
    expect(inactive.filter((h) => h['Ngày chuyển đi'] !== null && str(h['Ngày chuyển đi']) <= to)).toHaveLength(2);
    expect(inactive.filter((h) => h['Ngày đến'] === '2023-08-01')).toHaveLength(1);
    expect(rowsOf('Nhân khẩu').length).toBeGreaterThan(415);
    // Residents: under-14s exist; a few unknown birth years, who hold a card.
    const kids = residents.filter((r) => r['Năm sinh'] !== null && YEAR - Number(r['Năm sinh']) < age);
    expect(kids.length).toBeGreaterThan(10);
    for (const k of kids) expect([k['Có thẻ căn cước'], k['Định danh điện tử']]).toEqual([false, 'Chưa']);
    const unknown = residents.filter((r) => r['Năm sinh'] === null);
    expect(unknown.length).toBeGreaterThanOrEqual(1);
    for (const r of residents)
      if (r['Năm sinh'] !== null) {
        expect(Number(r['Năm sinh'])).toBeGreaterThanOrEqual(1920);
        expect(Number(r['Năm sinh'])).toBeLessThanOrEqual(2023);
      }
    const idCard = ofAge.filter((r) => r['Có thẻ căn cước'] === true).length;
    const eid = ofAge.filter((r) => r['Định danh điện tử'] === 'Mức 1' || r['Định danh điện tử'] === 'Mức 2').length;
    const eid2 = ofAge.filter((r) => r['Định danh điện tử'] === 'Mức 2').length;
    expect(idCard).toBe(ofAge.length);
    expect(eid).toBe(ofAge.length);
    expect(eid2).toBeLessThan(ofAge.length);
    expect({ ofAge: ofAge.length, eidLevel2: eid2, pct: pct(eid2, ofAge.length) }).toEqual({
      ofAge: 365,
      eidLevel2: 263,
      pct: 72.1,
    });
  });

  test('teams, members, board: 6 / 117 / 7', () => {
    const teams = rowsOf('Tổ tự quản');
    expect(teams.map((t) => t['Mã tổ'])).toEqual(['T1', 'T2', 'T3', 'T4', 'T5', 'T6']);
    expect(rowsOf('Thành viên')).toHaveLength(118);
    expect(members).toHaveLength(117);
    for (const m of members) expect(m['Ngày tham gia']).toBe('2021-06-23');
    const gone = rowsOf('Thành viên').filter((m) => !activeMemberIds.has(str(m['Mã'])));
    expect(gone.map((m) => m['Ngày rời'])).toEqual(['2022-12-01']);
    const roles = (r: string) => members.filter((m) => m['Vai trò'] === r).length;
    expect([roles('Trưởng ban'), roles('Phó ban'), roles('Ủy viên Ban đại diện')]).toEqual([1, 2, 4]);
    expect(roles('Tổ trưởng')).toBe(6);
    expect(roles('Tổ phó')).toBeGreaterThan(0);
    for (const t of teams) {
      const leader = members.find((m) => m['Mã tổ'] === t['Mã tổ'] && m['Vai trò'] === 'Tổ trưởng');
      expect(t['Tổ trưởng']).toBe(leader?.['Họ tên']);
      expect(str(t['Tên tổ'])).toMatch(/^Tổ \d – /);
      expect(members.filter((m) => m['Mã tổ'] === t['Mã tổ']).length).toBeGreaterThan(15);
    }
  });

  test('patrols: 43 / 209, plan and member activity', () => {
    expect(patrols).toHaveLength(43);
    expect(sum(patrols, 'Số người tham gia')).toBe(209);
    expect(rowsOf('Tuần tra').filter((p) => str(p['Ngày']) > to).length).toBeGreaterThanOrEqual(3);
    const memberTeam = new Map(rowsOf('Thành viên').map((m) => [str(m['Mã']), m]));
    for (const p of rowsOf('Tuần tra')) {
      const named = ids(p['Thành viên tham gia']);
      expect(named.length).toBeGreaterThan(0);
      expect(named.length).toBeLessThanOrEqual(Number(p['Số người tham gia']));
      expect(new Set(named).size).toBe(named.length);
      for (const id of named) {
        const m = memberTeam.get(id)!;
        expect(m['Mã tổ']).toBe(p['Mã tổ']);
        expect(str(m['Ngày tham gia']) <= str(p['Ngày'])).toBe(true);
        if (m['Ngày rời'] !== null) expect(str(p['Ngày']) < str(m['Ngày rời'])).toBe(true);
      }
    }
    expect(patrols.some((p) => p['Giờ bắt đầu'] === '22:00' && p['Giờ kết thúc'] === '00:30')).toBe(true);
    expect(patrols.some((p) => p['Ngày'] === to && p['Giờ bắt đầu'] === '23:30')).toBe(true);
    const withPolice = patrols.filter((p) => p['Phối hợp Công an xã'] === true).length;
    expect(withPolice).toBeGreaterThan(0);
    expect(withPolice).toBeLessThan(43);
    // patrolPlan = 43 / (2 × 25 months) = 86 %
    const months = monthsTouched(from, to);
    expect(months).toBe(25);
    expect(pct(patrols.length, Number(setting('muc_tieu_tuan_tra_thang')) * months)).toBe(86);
    // memberActivity: active members named at least once in a patrol of the period.
    const named = new Set(
      patrols.flatMap((p) => ids(p['Thành viên tham gia'])).filter((id) => activeMemberIds.has(id)),
    );
    expect(named.size / members.length).toBeGreaterThanOrEqual(0.8);
    expect({ named: named.size, pct: pct(named.size, members.length) }).toEqual({ named: 98, pct: 83.8 });
  });

  test('reminders: 43 / 7 / 5', () => {
    const patrolsById = new Map(rowsOf('Tuần tra').map((p) => [str(p['Mã']), p]));
    for (const r of rowsOf('Nhắc nhở')) expect(r['Ngày']).toBe(patrolsById.get(str(r['Mã tuần tra']))!['Ngày']);
    for (const r of reminders) expect(inPeriod(patrolsById.get(str(r['Mã tuần tra']))!['Ngày'])).toBe(true);
    const by: Record<string, number> = {};
    for (const r of reminders) by[str(r['Loại'])] = (by[str(r['Loại'])] || 0) + Number(r['Số trường hợp']);
    expect(by).toEqual({
      'Kinh doanh quá giờ quy định': 43,
      'Lấn chiếm lòng đường, vỉa hè': 7,
      'Xả rác không đúng nơi quy định': 5,
    });
    const mostly = reminders.filter((r) => r['Hình thức xử lý'] === 'Nhắc nhở').length;
    expect(mostly / reminders.length).toBeGreaterThan(0.8);
    expect(rowsOf('Nhắc nhở').some((r) => str(r['Ngày']) > to)).toBe(true);
  });

  test('commitments: 106 / 106 for every type in the year of `to`', () => {
    for (const type of COMMITMENT_TYPES)
      expect(activeHouseholds.filter((h) => committed(str(h['Mã hộ']), type))).toHaveLength(106);
    const all = activeHouseholds.filter((h) => COMMITMENT_TYPES.every((t) => committed(str(h['Mã hộ']), t)));
    expect(all).toHaveLength(106);
    for (const c of rowsOf('Cam kết'))
      if (Number(c['Năm']) === YEAR && activeHh.has(str(c['Mã hộ'])) && c['Trạng thái'] === 'Đã ký')
        expect(str(c['Ngày ký']) >= '2023-01-01' && str(c['Ngày ký']) <= '2023-03-31').toBe(true);
    // Rows that must not count: previous year, and a violation of a household that moved out.
    expect(rowsOf('Cam kết').some((c) => Number(c['Năm']) === YEAR - 1)).toBe(true);
    const violations = rowsOf('Cam kết').filter((c) => c['Trạng thái'] === 'Vi phạm');
    expect(violations.some((c) => Number(c['Năm']) === YEAR && !activeHh.has(str(c['Mã hộ'])))).toBe(true);
    for (const v of violations) if (Number(v['Năm']) === YEAR) expect(activeHh.has(str(v['Mã hộ']))).toBe(false);
  });

  test('sessions: 97 / 106 households reached, 5 school sessions with 1700 pupils', () => {
    const reached = new Set(sessions.flatMap((s) => ids(s['Hộ tham dự'])).filter((id) => activeHh.has(id)));
    expect(reached.size).toBe(97);
    expect(pct(reached.size, 106)).toBe(91.5);
    // Rows that would change the figure if the rules were ignored.
    const anyTime = new Set(rowsOf('Sinh hoạt, tuyên truyền').flatMap((s) => ids(s['Hộ tham dự'])));
    expect(anyTime.size).toBeGreaterThan(97);
    const school = sessions.filter((s) => s['Đối tượng dự'] === 'Học sinh');
    expect(school).toHaveLength(5);
    for (const s of school) {
      expect(s['Hình thức']).toBe('Tuyên truyền tại trường học');
      expect(['An toàn giao thông', 'Bạo lực học đường', 'Phòng cháy chữa cháy']).toContain(s['Chủ đề']);
      expect(s['Đơn vị phối hợp']).toBe('Công an xã Thiện Thuật, Trường THPT Pác Khuông');
    }
    expect(new Set(school.map((s) => s['Chủ đề'])).size).toBe(3);
    expect(sum(school, 'Số người dự')).toBe(1700);
    const forms = new Set(sessions.map((s) => s['Hình thức']));
    expect(forms.has('Họp thôn') && forms.has('Sinh hoạt chi bộ')).toBe(true);
    for (const t of [
      'Phương thức, thủ đoạn tội phạm',
      'Phòng cháy chữa cháy',
      'Lừa đảo qua mạng',
      'Phòng chống đuối nước',
    ])
      expect(
        sessions.some(
          (s) => s['Chủ đề'] === t && (s['Hình thức'] === 'Họp thôn' || s['Hình thức'] === 'Sinh hoạt chi bộ'),
        ),
      ).toBe(true);
  });

  test('supervised: 2 Tù tha + 2 Án treo overlapping the period, none reoffended', () => {
    const overl = rowsOf('Đối tượng giúp đỡ').filter(
      (s) => str(s['Ngày bắt đầu']) <= to && (s['Ngày kết thúc'] === null || str(s['Ngày kết thúc']) >= from),
    );
    expect(overl).toHaveLength(4);
    expect(overl.filter((s) => s['Loại'] === 'Tù tha')).toHaveLength(2);
    expect(overl.filter((s) => s['Loại'] === 'Án treo')).toHaveLength(2);
    expect(overl.filter((s) => s['Tái phạm'] === true)).toHaveLength(0);
    expect(rowsOf('Đối tượng giúp đỡ').length).toBeGreaterThan(4);
    // Fictitious: none is the name of a resident or member of the sample.
    const people = new Set([...rowsOf('Nhân khẩu'), ...rowsOf('Thành viên')].map((r) => r['Họ tên']));
    for (const s of rowsOf('Đối tượng giúp đỡ')) expect(people.has(s['Họ tên'])).toBe(false);
  });

  test('cameras: 5 installed by `to`, all working', () => {
    const installed = rowsOf('Camera').filter((c) => c['Ngày lắp'] === null || str(c['Ngày lắp']) <= to);
    expect(installed).toHaveLength(5);
    expect(installed.filter((c) => c['Đang hoạt động'] === true)).toHaveLength(5);
    for (const c of installed) expect(str(c['Nguồn kinh phí'])).toMatch(/hội hoá/);
  });

  test('events: Lễ hội Háng Pò, tips, weapons recovery', () => {
    const events = rowsOf('Tin báo, sự kiện').filter((e) => inPeriod(e['Ngày']));
    const festivals = events.filter((e) => e['Loại'] === 'Bảo đảm ANTT lễ hội, sự kiện');
    expect(festivals.map((e) => [str(e['Ngày']).slice(0, 7), e['Nội dung']])).toEqual([
      ['2022-05', 'Lễ hội Háng Pò'],
      ['2023-05', 'Lễ hội Háng Pò'],
    ]);
    // The notice names a festival from `Danh mục` only: the events name theirs from the list.
    for (const f of festivals) expect(f['Lễ hội, sự kiện']).toBe('Lễ hội Háng Pò');
    const lists = rowsOf('Danh mục');
    expect(lists.map((r) => r['Lễ hội, sự kiện']).filter(Boolean)).toContain('Lễ hội Háng Pò');
    expect(lists.map((r) => r['Đơn vị phối hợp']).filter(Boolean)).toEqual(
      expect.arrayContaining(['Công an xã Thiện Thuật', 'Trường THPT Pác Khuông']),
    );
    for (const e of rowsOf('Tin báo, sự kiện'))
      if (e['Loại'] !== 'Bảo đảm ANTT lễ hội, sự kiện') expect(e['Lễ hội, sự kiện']).toBeNull();
    // 4th lunar month: 2022-05-01 … 2022-05-29; 2023-05-19 … 2023-06-17.
    expect(str(festivals[0]['Ngày']) >= '2022-05-01' && str(festivals[0]['Ngày']) <= '2022-05-29').toBe(true);
    expect(str(festivals[1]['Ngày']) >= '2023-05-19').toBe(true);
    for (const f of festivals) expect(Number(f['Số người tham gia'])).toBeGreaterThan(1000);
    expect(events.filter((e) => e['Loại'] === 'Tin báo, tố giác').length).toBeGreaterThanOrEqual(2);
    expect(events.filter((e) => e['Loại'] === 'Thu hồi vũ khí, vật liệu nổ, pháo')).toHaveLength(1);
  });

  test('mediations: 6 in the period, 5 successful', () => {
    const m = rowsOf('Hoà giải').filter((r) => inPeriod(r['Ngày']));
    expect(m).toHaveLength(6);
    expect(m.filter((r) => r['Kết quả'] === 'Thành')).toHaveLength(5);
  });
});
