/**
 * Administration presets (issue 16): before 01/7/2025 the district's Ban Chỉ đạo 138 issued the notice; since then
 * there is no district level — a spreadsheet set up today works under the commune–province structure, and a notice
 * under it says nothing of a district. Settings that are filled in win over the preset (the sample keeps 2023's).
 */
import { administration, adminPreset } from '../../src/domain/notice/administration';
import { noticeTexts } from '../../src/domain/notice/model';
import { defaultSettings } from '../../src/domain/settings';
import { composeSample, sampleData } from './noticeSample';

/** The sample with its district lines left blank, under a preset. */
function under(preset: string, more: Record<string, string> = {}) {
  const data = sampleData();
  for (const k of ['co_quan_chu_quan', 'co_quan_ban_hanh', 'ky_hieu_van_ban', 'dia_danh', 'tham_quyen_ky'])
    data.settings[k] = '';
  data.settings.chuc_vu_kiem_nhiem = '';
  data.settings.noi_nhan = [];
  data.settings.cap_hanh_chinh = preset;
  Object.assign(data.settings, more);
  return data;
}

describe('a spreadsheet set up today', () => {
  it('defaults to the two-level structure', () => {
    const s = defaultSettings();
    expect(s.cap_hanh_chinh).toBe('từ 01/7/2025');
    expect(adminPreset(s)).toBe('twoLevel');
    expect(s.ky_hieu_van_ban).toBe('');
    expect(s.tham_quyen_ky).toBe('');
  });
  it('the sample keeps its 2023 district settings', () => {
    const s = sampleData().settings;
    expect(adminPreset(s)).toBe('district');
    expect(administration(s)).toMatchObject({
      parentAgency: 'UBND HUYỆN BÌNH GIA',
      agency: 'BAN CHỈ ĐẠO 138',
      authority: 'TRƯỞNG BAN',
      post: 'CHỦ TỊCH UBND HUYỆN',
    });
  });
});

describe('a notice under the two-level preset (từ 01/7/2025)', () => {
  const m = composeSample({ issuedOn: '2025-12-15' }, undefined, under('từ 01/7/2025'));
  const all = noticeTexts(m).join('\n');

  it('contains no district wording', () => {
    expect(all).not.toMatch(/huyện|HUYỆN|CAH|138|thị trấn|Bình Gia|BCĐ/);
  });

  it('is issued by the commune police under the province, dated at the commune', () => {
    expect(m.header).toMatchObject({
      parentAgency: 'CÔNG AN TỈNH LẠNG SƠN',
      agency: 'CÔNG AN XÃ THIỆN THUẬT',
      number: 'Số: 01/TB-CAX',
      placeDate: 'Thiện Thuật, ngày 15 tháng 12 năm 2025',
    });
    expect(m.subject).toMatch(/thôn Pác Khuông, xã Thiện Thuật, tỉnh Lạng Sơn$/);
    expect(m.signature).toEqual({ authority: 'TRƯỞNG CÔNG AN XÃ', post: '', name: 'Nguyễn Mạnh Tuấn' });
    expect(m.recipients.lines).toEqual([
      '- Đảng uỷ xã Thiện Thuật;',
      '- UBND xã Thiện Thuật;',
      '- Các thôn trên địa bàn xã;',
      '- Lưu: VT, CAX.',
    ]);
    expect(m.closing).toMatch(/^Công an xã Thiện Thuật thông báo kết quả, kinh nghiệm .* để các thôn trên địa bàn xã/);
    expect(all).toContain('trên địa bàn xã Thiện Thuật, rút ra');
  });

  it('writes the signer block of Nghị định 30: KT. (a deputy signs) and TM. (on behalf of a body)', () => {
    const kt = composeSample({}, undefined, under('từ 01/7/2025', { hinh_thuc_ky: 'KT.' })).signature;
    expect([kt.authority, kt.post]).toEqual(['KT. TRƯỞNG CÔNG AN XÃ', 'PHÓ TRƯỞNG CÔNG AN XÃ']);
    const tm = composeSample({}, undefined, under('trước 01/7/2025', { hinh_thuc_ky: 'TM' })).signature;
    expect([tm.authority, tm.post]).toEqual(['TM. BAN CHỈ ĐẠO', 'TRƯỞNG BAN']);
  });
});

describe('the district preset (trước 01/7/2025) with blank lines', () => {
  it("fills the seed's lines", () => {
    const m = composeSample({}, undefined, under('trước 01/7/2025'));
    expect(m.header).toMatchObject({ parentAgency: 'UBND HUYỆN BÌNH GIA', agency: 'BAN CHỈ ĐẠO 138' });
    expect(m.header.number).toBe('Số: 01/TB-BCĐ');
    expect(m.header.placeDate).toBe('Bình Gia, ngày 20 tháng 6 năm 2023');
    expect(m.recipients.lines).toEqual([
      '- Thường trực BCĐ 138 tỉnh;',
      '- BCĐ 138 huyện;',
      '- UBND các xã, thị trấn;',
      '- Lưu: VT, CAH.',
    ]);
    expect(m.signature.authority).toBe('TRƯỞNG BAN');
  });
});
