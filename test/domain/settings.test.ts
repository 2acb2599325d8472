import { settingFor } from '../../src/domain/settings';

describe('settingFor: the setting a Mục cell names', () => {
  it('is found by its Vietnamese label, whatever the case and spaces', () => {
    expect(settingFor('Mục tiêu (%): Hộ ký đủ các cam kết bắt buộc')?.key).toBe('muc_tieu_commitmentAll');
    expect(settingFor('  MỤC TIÊU (%):  hộ ký đủ các cam kết bắt buộc ')?.key).toBe('muc_tieu_commitmentAll');
  });

  it('is found by its stable key as typed, capitals included (muc_tieu_commitmentAll)', () => {
    expect(settingFor('muc_tieu_commitmentAll')?.key).toBe('muc_tieu_commitmentAll');
    expect(settingFor('MUC_TIEU_IDCARD')?.key).toBe('muc_tieu_idCard');
    expect(settingFor('ten_thon')?.key).toBe('ten_thon');
  });

  it('names nothing for an unknown item', () => {
    expect(settingFor('muc_tieu_khong_co')).toBeUndefined();
  });
});
