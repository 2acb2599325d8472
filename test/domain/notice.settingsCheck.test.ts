/**
 * What the settings must allow before a notice is made (defects 5 and 8): no period that ends before the founding
 * day; under `Cấp hành chính` = `từ 01/7/2025`, no `Cài đặt` row still naming a district-level body (the sample's
 * 2023 district rows kept after switching the level gave a notice headed by UBND HUYỆN / BAN CHỈ ĐẠO 138 and closed
 * by "Công an xã Thiện Thuật thông báo…").
 */
import { checkWorkbook } from '../../src/domain/check';
import { districtLeftovers } from '../../src/domain/notice/administration';
import { periodBeforeFounding, districtErrors, districtWarnings } from '../../src/domain/notice/settingsCheck';
import { settingDef, type Settings } from '../../src/domain/settings';
import { SHEET } from '../../src/domain/sheets';
import { sampleSheetValues } from '../support/sampleValues';
import { clock, sampleData } from './noticeSample';

const NEW = 'từ 01/7/2025';
const sample = (): Settings => sampleData().settings;
const switched = (more: Settings = {}): Settings => ({ ...sample(), cap_hanh_chinh: NEW, ...more });
/** The sample's settings moved to the commune level by hand, as a careful officer would. */
const communeRows: Settings = {
  co_quan_chu_quan: 'CÔNG AN TỈNH LẠNG SƠN',
  co_quan_ban_hanh: 'CÔNG AN XÃ THIỆN THUẬT',
  ky_hieu_van_ban: 'TB-CAX',
  dia_danh: 'Thiện Thuật',
  tham_quyen_ky: 'TRƯỞNG CÔNG AN XÃ',
  chuc_vu_kiem_nhiem: '',
  noi_nhan: ['Đảng uỷ xã Thiện Thuật', 'UBND xã Thiện Thuật', 'Các thôn trên địa bàn xã', 'Lưu: VT, CAX'],
};

describe('a period before the founding day (defect 8)', () => {
  it('is refused on "Đến ngày", naming the founding day', () => {
    expect(periodBeforeFounding(sample(), { from: '2020-01-01', to: '2020-01-31' })).toEqual({
      field: 'to',
      message:
        'Kỳ kết thúc ngày 31/01/2020, trước ngày thành lập mô hình (23/06/2021, mục Ngày thành lập mô hình trong ' +
        'trang Cài đặt): chưa có mô hình để thông báo. Hãy chọn kỳ kết thúc từ ngày 23/06/2021 trở đi.',
    });
    expect(periodBeforeFounding(sample(), { from: '2021-01-01', to: '2021-06-22' })?.field).toBe('to');
  });

  it('is allowed when it ends on or after the founding day, or without a founding day', () => {
    expect(periodBeforeFounding(sample(), { from: '2021-06-23', to: '2021-06-23' })).toBeNull();
    expect(periodBeforeFounding(sample(), { from: '2020-01-01', to: '2023-06-15' })).toBeNull();
    expect(
      periodBeforeFounding({ ...sample(), ngay_thanh_lap: null }, { from: '2020-01-01', to: '2020-01-31' }),
    ).toBeNull();
  });
});

describe('district rows under "từ 01/7/2025" (defect 5)', () => {
  it('finds every district row the sample keeps, and only those lines of Nơi nhận', () => {
    expect(districtLeftovers(switched())).toEqual([
      { key: 'co_quan_chu_quan', lines: ['UBND HUYỆN BÌNH GIA'] },
      { key: 'co_quan_ban_hanh', lines: ['BAN CHỈ ĐẠO 138'] },
      { key: 'ky_hieu_van_ban', lines: ['TB-BCĐ'] },
      { key: 'dia_danh', lines: ['Bình Gia'] },
      { key: 'tham_quyen_ky', lines: ['TRƯỞNG BAN'] },
      { key: 'chuc_vu_kiem_nhiem', lines: ['CHỦ TỊCH UBND HUYỆN'] },
      {
        key: 'noi_nhan',
        lines: ['Thường trực BCĐ 138 tỉnh', 'BCĐ 138 huyện', 'UBND các xã, thị trấn', 'Lưu: VT, CAH'],
      },
    ]);
    const mixed = switched({ ...communeRows, noi_nhan: ['UBND xã Thiện Thuật', 'Công an huyện Bình Gia', 'Lưu: VT'] });
    expect(districtLeftovers(mixed)).toEqual([{ key: 'noi_nhan', lines: ['Công an huyện Bình Gia'] }]);
  });

  it('finds nothing under "trước 01/7/2025", with the rows left blank, or moved to the commune level', () => {
    expect(districtLeftovers(sample())).toEqual([]);
    const blank = Object.fromEntries(Object.keys(communeRows).map((k) => [k, '']));
    expect(districtLeftovers(switched(blank))).toEqual([]);
    expect(districtLeftovers(switched(communeRows))).toEqual([]);
    // The district's name as the place only when a district is named; the commune's name always passes.
    expect(districtLeftovers(switched({ ...communeRows, dia_danh: 'Bình Gia', ten_huyen: '' }))).toEqual([]);
  });

  it('warns in the preview with one message naming each row and its value', () => {
    const [w, ...more] = districtWarnings(switched());
    expect(more).toEqual([]);
    expect(w).toMatch(/^Cấp hành chính là “từ 01\/7\/2025” \(không còn cấp huyện\) nhưng trang Cài đặt vẫn ghi/);
    for (const s of [
      'Cơ quan chủ quản (“UBND HUYỆN BÌNH GIA”)',
      'Cơ quan ban hành (“BAN CHỈ ĐẠO 138”)',
      'Ký hiệu văn bản (“TB-BCĐ”)',
      'Địa danh (“Bình Gia”)',
      'Thẩm quyền ký (“TRƯỞNG BAN”)',
      'Chức vụ kiêm nhiệm (“CHỦ TỊCH UBND HUYỆN”)',
      'Nơi nhận (“Thường trực BCĐ 138 tỉnh; BCĐ 138 huyện; UBND các xã, thị trấn; Lưu: VT, CAH”)',
      'chưa tạo thông báo',
      'đặt Cấp hành chính là “trước 01/7/2025”',
    ])
      expect(w).toContain(s);
    expect(districtWarnings(sample())).toEqual([]);
    expect(districtWarnings(switched(communeRows))).toEqual([]);
  });

  it("refuses generating: the dialog's authority and recipients on their fields, the other rows on settings", () => {
    const s = switched({ ...communeRows, co_quan_ban_hanh: 'BAN CHỈ ĐẠO 138' });
    expect(districtErrors(s, {})).toEqual([
      { field: 'settings', message: expect.stringContaining('Cơ quan ban hành (“BAN CHỈ ĐẠO 138”)') },
    ]);
    // The dialog's fields stand for their rows: a district authority typed there, good recipients.
    const e = districtErrors(switched(), { authority: 'TRƯỞNG BAN', recipients: communeRows.noi_nhan as string[] });
    expect(e.map((x) => x.field)).toEqual(['authority', 'settings']);
    expect(e[0].message).toBe(
      'Thẩm quyền ký vẫn ghi cơ quan cấp huyện (“TRƯỞNG BAN”) trong khi Cấp hành chính là “từ 01/7/2025” ' +
        '(không còn cấp huyện): hãy sửa theo cấp xã.',
    );
    expect(e[1].message).not.toContain('Nơi nhận');
    expect(e[1].message).not.toContain('Thẩm quyền ký');
    expect(districtErrors(switched(communeRows), { authority: 'TRƯỞNG CÔNG AN XÃ' })).toEqual([]);
  });

  it('is reported by Kiểm tra dữ liệu on each row of Cài đặt, with its cell', () => {
    const values = sampleSheetValues(clock);
    const rows = values[SHEET.settings]!.map((r) => [...r]);
    // The sample's `Mục` holds the keys (a label works the same).
    const at = (key: string) => rows.findIndex((r) => r[0] === key || r[0] === settingDef(key)!.label);
    rows[at('cap_hanh_chinh')][1] = NEW;
    const issues = checkWorkbook({ ...values, [SHEET.settings]: rows }, clock).issues.filter(
      (i) => i.sheet === SHEET.settings,
    );
    expect(issues.map((i) => [i.a1, i.message.slice(0, i.message.indexOf(':'))])).toEqual(
      ['co_quan_chu_quan', 'co_quan_ban_hanh', 'ky_hieu_van_ban', 'dia_danh', 'tham_quyen_ky']
        .concat(['chuc_vu_kiem_nhiem', 'noi_nhan'])
        .map((k) => [`B${at(k) + 1}`, settingDef(k)!.label]),
    );
    expect(issues[0].message).toBe(
      'Cơ quan chủ quản: “UBND HUYỆN BÌNH GIA” là cơ quan cấp huyện, nhưng Cấp hành chính là “từ 01/7/2025” ' +
        '(không còn cấp huyện). Hãy sửa theo cấp xã hoặc xoá trống (để điền sẵn theo cấp hành chính); chưa sửa ' +
        'thì không tạo được thông báo.',
    );
    // The sample as it is (trước 01/7/2025) has no such issue.
    expect(checkWorkbook(values, clock).issues.filter((i) => i.sheet === SHEET.settings)).toEqual([]);
  });
});
