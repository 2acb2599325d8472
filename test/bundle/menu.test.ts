/**
 * The `ANTT tự quản` menu through dist/Code.js in every auth mode, before and after
 * set-up; what set-up and the sample leave the user looking at.
 */
import { loaded, type Loaded } from '../support/env';

type Entry = { type: string; caption?: string; functionName?: string };

function menu(l: Loaded): Entry[] {
  const m = l.env.ui.menus.find((x: { caption: string }) => x.caption === 'ANTT tự quản');
  if (!m) throw new Error('no menu');
  return m.items as Entry[];
}
const captions = (l: Loaded) => menu(l).map((e) => (e.type === 'separator' ? '—' : e.caption));
const functions = (l: Loaded) => menu(l).flatMap((e) => (e.functionName ? [e.functionName] : []));

const SHORT = ['Thiết lập bảng tính', 'Nạp dữ liệu mẫu (thôn Pác Khuông)', 'Thiết lập bảng tính xã', '—', 'Hướng dẫn'];
const FULL = [
  'Thiết lập bảng tính',
  '—',
  'Ghi tuần tra',
  'Ký cam kết',
  'Ghi hoạt động',
  'Hộ, nhân khẩu, tổ, thành viên',
  'Tra cứu, sửa, xoá',
  '—',
  'Tỷ lệ tuân thủ',
  'Kiểm tra dữ liệu',
  'Tạo thông báo',
  'Tạo báo cáo',
  'Tự đánh giá khu dân cư an toàn (TT 124)',
  'Liên kết nhập trên điện thoại',
  '—',
  'Nạp dữ liệu mẫu (thôn Pác Khuông)',
  'Hướng dẫn',
];

describe('onOpen before set-up', () => {
  it('AuthMode.NONE: the full menu, set-up first, without touching the document', () => {
    const l = loaded();
    l.env.counter.reset();
    l.bundle.onOpen({ authMode: 'NONE' });
    expect(captions(l)).toEqual(FULL);
    const calls = l.env.counter.log.map((c) => c.method);
    expect(calls.filter((m) => /^(Spreadsheet|Sheet|Range)\.|getActive/.test(m))).toEqual([]);
    expect(calls.every((m) => /^(SpreadsheetApp\.getUi|Ui\.|Menu\.)/.test(m))).toBe(true);
  });

  it.each(['LIMITED', 'FULL'])('AuthMode.%s: a short menu — set-up, sample, help — after two sheet lookups', (mode) => {
    const l = loaded();
    l.env.counter.reset();
    l.bundle.onOpen({ authMode: mode });
    expect(captions(l)).toEqual(SHORT);
    const docCalls = l.env.counter.log
      .filter((c) => /^Spreadsheet\.|^Sheet\.|^Range\./.test(c.method))
      .map((c) => c.method);
    // `Cài đặt` (set up?), then `Các thôn` (a commune's workbook?).
    expect(docCalls).toEqual(['Spreadsheet.getSheetByName', 'Spreadsheet.getSheetByName']);
  });

  it('onInstall builds the same menu as onOpen', () => {
    const l = loaded();
    l.bundle.onInstall({ authMode: 'FULL' });
    expect(captions(l)).toEqual(SHORT);
  });

  it('every item names a global function of the bundle', () => {
    const l = loaded();
    l.bundle.onOpen({ authMode: 'NONE' });
    for (const fn of functions(l)) expect(typeof l.bundle[fn]).toBe('function');
  });
});

describe('after set-up', () => {
  it.each(['NONE', 'LIMITED', 'FULL'])('AuthMode.%s: the full menu', (mode) => {
    const l = loaded();
    l.bundle.setupWorkbook();
    l.bundle.onOpen({ authMode: mode });
    expect(captions(l)).toEqual(FULL);
  });

  it('Thiết lập bảng tính lands on Cài đặt, keeps the blank sheet, says what to do next, shows the full menu', () => {
    const l = loaded();
    l.bundle.onOpen({ authMode: 'LIMITED' });
    const blank = l.env.spreadsheet.getSheets()[0].getName();
    l.bundle.menuSetup();
    const ss = l.env.spreadsheet;
    expect(ss.getActiveSheet().getName()).toBe('Cài đặt');
    expect(ss.getSheets()[0].getName()).toBe(blank);
    const toast = l.env.ui.toasts[l.env.ui.toasts.length - 1];
    expect(toast.message).toContain('tạo 18 trang');
    expect(toast.message).toContain('Bước tiếp theo');
    expect(captions(l)).toEqual(FULL);

    // Run again from another sheet: nothing to do, and the user stays where they are.
    ss.setActiveSheet(ss.getSheetByName('Tuần tra')!);
    l.bundle.menuSetup();
    expect(ss.getActiveSheet().getName()).toBe('Tuần tra');
    expect(l.env.ui.toasts[l.env.ui.toasts.length - 1].message).toBe('Bảng tính đã đúng cấu trúc, không cần sửa gì.');
  });

  it('Nạp dữ liệu mẫu from the short menu sets up, loads, lands on Cài đặt and shows the full menu', () => {
    const l = loaded();
    l.bundle.onOpen({ authMode: 'LIMITED' });
    expect(functions(l)).toContain('menuLoadSample');
    l.bundle.menuLoadSample();
    const ss = l.env.spreadsheet;
    expect(ss.getSheetByName('Hộ gia đình')!.getLastRow()).toBeGreaterThan(100);
    expect(ss.getActiveSheet().getName()).toBe('Cài đặt');
    expect(l.env.ui.toasts[l.env.ui.toasts.length - 1].message).toMatch(/^Đã nạp dữ liệu mẫu thôn Pác Khuông/);
    expect(captions(l)).toEqual(FULL);
  });

  it('a refused sample leaves the workbook and the short menu as they were', () => {
    const l = loaded();
    l.bundle.onOpen({ authMode: 'LIMITED' });
    (l.env.ui as unknown as { nextResponses: string[] }).nextResponses.push('CANCEL');
    l.bundle.menuLoadSample();
    expect(l.env.spreadsheet.getSheets()).toHaveLength(1);
    expect(captions(l)).toEqual(SHORT);
  });
});
