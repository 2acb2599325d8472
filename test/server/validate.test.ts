/** apiValidateWorkbook and the "Kiểm tra dữ liệu" dialog through the built bundle on the emulator. */
import { callAsScriptRun } from '../../local/bundle';
import { loaded, snapshot } from '../support/env';

interface Issue {
  sheet: string;
  row: number;
  column: string;
  message: string;
  a1: string | null;
}
interface Data {
  issues: Issue[];
  filledIds: { sheet: string; row: number; id: string }[];
  url: string;
  gids: Record<string, number>;
}
type Result = { ok: true; data: Data };

function village() {
  // Today after the sample's last day (14/10/2023: rows after its report period), so no day of it lies ahead.
  const l = loaded({ now: () => new Date('2023-12-20T03:00:00Z') });
  l.bundle.setupWorkbook();
  l.bundle.loadSampleVillage();
  return l;
}

describe('apiValidateWorkbook', () => {
  it('finds nothing wrong in the sample village and writes nothing', () => {
    const { env, bundle } = village();
    const before = snapshot(env);
    env.counter.reset();
    const r = callAsScriptRun(bundle, 'apiValidateWorkbook', []) as Result;
    expect(r.ok).toBe(true);
    expect(r.data.issues).toEqual([]);
    expect(r.data.filledIds).toEqual([]);
    expect(env.counter.count({ service: 'SpreadsheetApp', kind: 'write' })).toBe(0);
    expect(env.counter.count({ service: 'SpreadsheetApp', method: 'Range.getValues' })).toBe(18); // one read per sheet
    expect(snapshot(env)).toEqual(before);
  });

  it('reports a bad date typed into Tuần tra, fills a blank id, and changes no other cell', () => {
    const { env, bundle } = village();
    const ss = env.spreadsheet;
    const patrols = ss.getSheetByName('Tuần tra')!;
    const last = env.counter.quiet(() => patrols.getLastRow());
    env.counter.quiet(() => {
      patrols.getRange(5, 2).setValue('31/04/2023'); // no such day
      patrols
        .getRange(last + 1, 1, 1, 8)
        .setValues([['', new Date('2023-06-10T00:00:00+07:00'), '20:00', '22:00', 'T1', 'Chợ', 'TV-0010', 3]]);
    });
    const before = snapshot(env);
    env.counter.reset();
    const r = callAsScriptRun(bundle, 'apiValidateWorkbook', []) as Result;
    const gid = env.counter.quiet(() => patrols.getSheetId());
    expect(r.data.issues).toEqual([
      {
        sheet: 'Tuần tra',
        row: 5,
        column: 'Ngày',
        message: 'Ngày: "31/04/2023" không phải ngày hợp lệ (dd/mm/yyyy)',
        a1: 'B5',
      },
    ]);
    // 46 patrols of the seed and four of November–December 2023 (the sample lives up to today, issue 16).
    expect(r.data.filledIds).toEqual([{ sheet: 'Tuần tra', row: last + 1, column: 0, id: 'TT-0051' }]);
    expect(r.data.gids['Tuần tra']).toBe(gid);
    expect(r.data.url).toBe(env.counter.quiet(() => ss.getUrl()));
    // Exactly one cell changed: the new id.
    const after = snapshot(env);
    const changed: string[] = [];
    for (const [name, rows] of Object.entries(after))
      rows.forEach((row, i) =>
        row.forEach((v, j) => v !== before[name]?.[i]?.[j] && changed.push(`${name}!${i + 1}:${j + 1}=${v}`)),
      );
    expect(changed).toEqual([`Tuần tra!${last + 1}:1=TT-0051`]);
    expect(env.counter.count({ service: 'SpreadsheetApp', method: 'Range.setValues' })).toBe(1);
    // A second check finds the id in place and fills nothing.
    const again = callAsScriptRun(bundle, 'apiValidateWorkbook', []) as Result;
    expect(again.data.filledIds).toEqual([]);
  });

  it('reports duplicate ids, unknown references and missing columns with the repair hint', () => {
    const { env, bundle } = village();
    const ss = env.spreadsheet;
    env.counter.quiet(() => {
      const residents = ss.getSheetByName('Nhân khẩu')!;
      residents.getRange(3, 1).setValue('NK-0001'); // duplicate of row 2
      residents.getRange(4, 3).setValue('H999'); // no such household
      const patrols = ss.getSheetByName('Tuần tra')!;
      patrols.getRange(2, 7).setValue('TV-0001, TV-9999'); // one unknown member
      const cameras = ss.getSheetByName('Camera')!;
      cameras.getRange(1, 5).setValue('Hoạt động?'); // header retyped: column missing
      ss.deleteSheet(ss.getSheetByName('Hoà giải')!);
    });
    const r = callAsScriptRun(bundle, 'apiValidateWorkbook', []) as Result;
    expect(r.data.issues).toEqual([
      { sheet: 'Nhân khẩu', row: 3, column: 'Mã', message: 'Mã: mã "NK-0001" trùng với dòng 2', a1: 'A3' },
      {
        sheet: 'Nhân khẩu',
        row: 4,
        column: 'Mã hộ',
        message: 'Mã hộ: không có mã "H999" trong trang "Hộ gia đình"',
        a1: 'C4',
      },
      {
        sheet: 'Tuần tra',
        row: 2,
        column: 'Thành viên tham gia',
        message: 'Thành viên tham gia: không có mã "TV-9999" trong trang "Thành viên"',
        a1: 'G2',
      },
      {
        sheet: 'Hoà giải',
        row: 0,
        column: '',
        message: 'Thiếu trang "Hoà giải". Hãy chạy ANTT tự quản › Thiết lập bảng tính.',
        a1: null,
      },
      {
        sheet: 'Camera',
        row: 1,
        column: 'Đang hoạt động',
        message: expect.stringContaining('thiếu cột "Đang hoạt động"'),
        a1: 'A1',
      },
    ]);
  });
});

describe('menuValidate', () => {
  it('opens the data check dialog with a link to each cell', () => {
    const { env, bundle } = village();
    const patrols = env.spreadsheet.getSheetByName('Tuần tra')!;
    env.counter.quiet(() => patrols.getRange(5, 2).setValue('31/04/2023'));
    bundle.menuValidate();
    const dialog = env.ui.dialogs[env.ui.dialogs.length - 1];
    expect(dialog.title).toBe('Kiểm tra dữ liệu');
    expect(dialog.html).toContain('"a1":"B5"');
    expect(dialog.html).toContain(`"Tuần tra":${env.counter.quiet(() => patrols.getSheetId())}`);
    expect(dialog.html).not.toContain('<?');
  });
});
