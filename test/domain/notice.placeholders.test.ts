/**
 * Template placeholders (list, values for the sample, search, unknown ones, the template address) and the input check
 * of apiGenerateNotice.
 */
import { computeCompliance } from '../../src/domain/compliance';
import { validateNoticeInput } from '../../src/domain/notice/input';
import {
  findPlaceholders,
  PLACEHOLDERS,
  placeholderValues,
  templateIdOf,
  unknownPlaceholders,
} from '../../src/domain/notice/placeholders';
import { SAMPLE_PERIOD } from '../../src/sample/pacKhuong';
import { composeSample, sampleData, section } from './noticeSample';

describe('placeholders', () => {
  const data = sampleData();
  const model = composeSample({}, SAMPLE_PERIOD, data);
  const report = computeCompliance(data, SAMPLE_PERIOD);
  const values = placeholderValues({ model, settings: data.settings, report, number: 1, issuedOn: '2023-06-20' });

  it('documents every key it fills, with a Vietnamese description, and fills every documented key', () => {
    expect(new Set(PLACEHOLDERS.map((p) => p.key)).size).toBe(PLACEHOLDERS.length);
    for (const p of PLACEHOLDERS) {
      expect(p.description.length).toBeGreaterThan(5);
      expect(values).toHaveProperty(p.key);
    }
    expect(Object.keys(values).sort()).toEqual(PLACEHOLDERS.map((p) => p.key).sort());
    expect(PLACEHOLDERS.filter((p) => p.block).map((p) => p.key)).toEqual([
      'muc_1',
      'muc_2',
      'muc_3',
      'muc_4',
      'noi_nhan',
    ]);
  });

  it('gives the sample figures as the notice writes them', () => {
    expect(values).toMatchObject({
      so_ky_hieu: '01/TB-BCĐ',
      so_van_ban: '01',
      ky_hieu: 'TB-BCĐ',
      dia_danh_ngay: 'Bình Gia, ngày 20 tháng 6 năm 2023',
      tu_ngay: '23/06/2021',
      den_ngay: '15/06/2023',
      dien_tich: '189,33',
      so_ho: '106',
      so_nhan_khau: '415',
      so_to: '06',
      so_luot_tuan_tra: '43',
      so_luot_tham_gia_tuan_tra: '209',
      so_camera: '05',
      so_hoc_sinh: '1.700',
      nhac_nho_theo_loai:
        '43 trường hợp kinh doanh quá giờ quy định; 07 trường hợp lấn chiếm lòng đường, vỉa hè; ' +
        '05 trường hợp xả rác không đúng nơi quy định',
      doi_tuong_theo_loai: '02 tù tha, 02 án treo',
      ty_le_tham_gia: '91,5%',
      ty_le_cam_ket: '100%',
      ty_le_hoa_giai_thanh: '83,3%',
      nguoi_ky: 'Nguyễn Mạnh Tuấn',
      ngay_thanh_lap: '23/6/2021',
    });
    expect(values.muc_3).toEqual(section(model, 3));
    expect(values.noi_nhan).toEqual(model.recipients.lines);
    expect(String(values.ket_luan).endsWith('./.')).toBe(true);
  });

  it('writes a zero count as 0 and a percent without data as "chưa có số liệu"', () => {
    const empty = computeCompliance({ ...data, cameras: [], mediations: [] }, SAMPLE_PERIOD);
    const v = placeholderValues({ model, settings: data.settings, report: empty, number: 1, issuedOn: '2023-06-20' });
    expect([v.so_camera, v.so_vu_hoa_giai, v.ty_le_hoa_giai_thanh, v.ty_le_camera_hoat_dong]).toEqual([
      '0',
      '0',
      'chưa có số liệu',
      'chưa có số liệu',
    ]);
  });

  it('finds placeholders (spaces inside the braces allowed) and tells the unknown ones', () => {
    const found = findPlaceholders('Số: {{so_ky_hieu}} {{ so_ho }} {{so_ho}} {{khong_co}} {single} {{ bad key }}');
    expect(found).toEqual(['so_ky_hieu', 'so_ho', 'khong_co']);
    expect(unknownPlaceholders(found)).toEqual(['khong_co']);
  });

  it('reads the template address of the settings', () => {
    expect(
      templateIdOf('https://docs.google.com/document/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit?usp=sharing'),
    ).toBe('1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789');
    expect(templateIdOf('https://drive.google.com/open?id=1AbCdEfGhIjKlMnOpQrStUv')).toBe('1AbCdEfGhIjKlMnOpQrStUv');
    expect(templateIdOf('1AbCdEfGhIjKlMnOpQrStUvWxYz')).toBe('1AbCdEfGhIjKlMnOpQrStUvWxYz');
    expect(templateIdOf('mẫu của tôi')).toBeNull();
    expect(templateIdOf('')).toBeNull();
  });
});

describe('validateNoticeInput', () => {
  const ok = { from: '2021-06-23', to: '2023-06-15', issuedOn: '2023-06-20' };

  it('accepts a period and an issue date; number, signer, authority, recipients are optional', () => {
    expect(validateNoticeInput(ok)).toEqual({
      ok: true,
      value: {
        period: { from: '2021-06-23', to: '2023-06-15' },
        issuedOn: '2023-06-20',
        number: null,
        useTemplate: false,
      },
    });
    const full = validateNoticeInput({
      ...ok,
      number: '7',
      useTemplate: true,
      signer: ' Hoàng Thị Lan ',
      authority: '',
      recipients: ['UBND xã', '', ' Lưu: VT '],
    });
    expect(full).toEqual({
      ok: true,
      value: {
        period: { from: '2021-06-23', to: '2023-06-15' },
        issuedOn: '2023-06-20',
        number: 7,
        useTemplate: true,
        signer: 'Hoàng Thị Lan',
        recipients: ['UBND xã', 'Lưu: VT'],
      },
    });
    expect(validateNoticeInput({ ...ok, recipients: 'A\nB' })).toMatchObject({
      ok: true,
      value: { recipients: ['A', 'B'] },
    });
  });

  it('names each bad field in Vietnamese', () => {
    const r = validateNoticeInput({
      from: '2023-06-15',
      to: '2021-06-23',
      issuedOn: '2023-02-30',
      number: 'abc',
      signer: 'x'.repeat(201),
      recipients: Array(31).fill('A'),
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.errors).toEqual([
      { field: 'to', message: 'Đến ngày phải bằng hoặc sau Từ ngày' },
      { field: 'issuedOn', message: 'Ngày ban hành: "2023-02-30" không phải ngày hợp lệ' },
      { field: 'number', message: 'Số văn bản: phải là số nguyên từ 1 đến 9999' },
      { field: 'signer', message: 'Người ký: dài quá 200 ký tự' },
      { field: 'recipients', message: 'Nơi nhận: nhiều nhất 30 dòng' },
    ]);
    expect(validateNoticeInput({ from: '2021-06-23', to: '2023-06-15' })).toEqual({
      ok: false,
      errors: [{ field: 'issuedOn', message: 'Ngày ban hành: không được để trống' }],
    });
    expect(validateNoticeInput({ ...ok, number: 0 })).toMatchObject({ ok: false, errors: [{ field: 'number' }] });
    expect(validateNoticeInput({ ...ok, number: 2.5 })).toMatchObject({ ok: false, errors: [{ field: 'number' }] });
    expect(validateNoticeInput(null)).toMatchObject({ ok: false });
  });
});
