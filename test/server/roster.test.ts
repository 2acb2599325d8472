/**
 * The Tổ bảo vệ ANTT roster in `Thành viên` (issue 17, SPEC §10) through the built bundle: set-up adds its four
 * columns to the `Thành viên` sheet of an older workbook (data left where it was), the data check reports rows
 * typed with bad values in them, and a save refuses a training day or papers without a position.
 */
import { callAsScriptRun } from '../../local/bundle';
import { headerOf, loaded, snapshot } from '../support/env';
import { byId, records, rid } from '../support/saves';

interface Issue {
  sheet: string;
  row: number;
  column: string;
  message: string;
  a1: string | null;
}
type Check = { ok: true; data: { issues: Issue[] } };
type Save = { ok: true; data: { id: string } } | { ok: false; errors: { field: string; message: string }[] };

const MEMBERS = 'Thành viên';
const OLD = ['Mã', 'Họ tên', 'Mã tổ', 'Vai trò', 'Điện thoại', 'Email', 'Ngày tham gia', 'Ngày rời', 'Ghi chú'];
const ROSTER = ['Chức danh Tổ bảo vệ ANTT', 'Ngày tập huấn', 'Đã cấp giấy chứng nhận', 'Ngày cấp giấy'];

/** The sample up to 07/12/2026 (the roster is filled from 01/07/2024). */
function village() {
  const l = loaded({ now: () => new Date('2026-12-07T03:00:00Z') });
  l.bundle.setupWorkbook();
  l.bundle.loadSampleVillage();
  const sheet = () => l.env.spreadsheet.getSheetByName(MEMBERS)!;
  const check = () => (callAsScriptRun(l.bundle, 'apiValidateWorkbook', []) as Check).data.issues;
  const save = (record: Record<string, unknown>, id?: string) =>
    callAsScriptRun(l.bundle, 'apiSaveRecord', [{ requestId: rid('tv'), sheet: 'members', id, record }]) as Save;
  return { ...l, sheet, check, save };
}

describe('set-up on a Thành viên sheet of an older workbook (before the roster)', () => {
  const v = village();
  const { env } = v;
  // The older layout: the four roster columns did not exist (removed here, right to left).
  env.counter.quiet(() => {
    for (const h of [...ROSTER].reverse()) v.sheet().deleteColumn(headerOf(env, MEMBERS).indexOf(h) + 1);
  });
  const oldHeader = headerOf(env, MEMBERS);
  const before = snapshot(env)[MEMBERS];
  const older = v.check();
  const result = v.bundle.setupWorkbook() as { created: string[]; repaired: string[] };
  const after = snapshot(env)[MEMBERS];

  it('was an older sheet: the data check names the missing columns and set-up', () => {
    expect(oldHeader).toEqual([...OLD, 'Mã yêu cầu']);
    expect(older.filter((i) => i.sheet === MEMBERS).map((i) => i.message)).toEqual([
      `Trang "${MEMBERS}" thiếu cột ${ROSTER.map((h) => `"${h}"`).join(', ')}. ` +
        'Hãy chạy ANTT tự quản › Thiết lập bảng tính để thêm lại.',
    ]);
  });

  it('appends the four columns at the right, with their dropdown, checkbox and date cells', () => {
    expect(result.repaired).toContain(MEMBERS);
    expect(headerOf(env, MEMBERS)).toEqual([...OLD, 'Mã yêu cầu', ...ROSTER]);
    const cell = (h: string) => v.sheet().getRange(50, headerOf(env, MEMBERS).indexOf(h) + 1);
    const role = cell(ROSTER[0]).getDataValidation()!;
    expect([String(role.getCriteriaType()), role.getCriteriaValues()[0]]).toEqual([
      'VALUE_IN_LIST',
      ['Tổ trưởng', 'Tổ phó', 'Tổ viên'],
    ]);
    expect(String(cell(ROSTER[2]).getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
    for (const h of [ROSTER[1], ROSTER[3]]) {
      expect(cell(h).getNumberFormat()).toBe('dd/mm/yyyy');
      expect(String(cell(h).getDataValidation()?.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
    }
  });

  it('keeps every cell of the members where it was, the new columns blank', () => {
    before.forEach((row, r) => row.forEach((x, c) => expect([r, c, after[r][c]]).toEqual([r, c, x])));
    for (const row of after.slice(1))
      expect(row.slice(before[0].length).filter((x) => x !== '' && x !== false)).toEqual([]);
    expect(after).toHaveLength(119);
  });

  it('then the check finds nothing, a save fills the roster, and a second set-up writes nothing', () => {
    expect(v.check()).toEqual([]);
    const r = v.save(
      { guardRole: 'Tổ viên', trainedOn: '2025-10-18', papers: true, papersOn: '2025-11-28' },
      'TV-0020',
    );
    expect(r).toEqual({ ok: true, data: { id: 'TV-0020', created: false } });
    expect(byId(env, 'members', 'TV-0020').record).toMatchObject({
      guardRole: 'Tổ viên',
      trainedOn: '2025-10-18',
      papers: true,
      papersOn: '2025-11-28',
    });
    env.counter.reset();
    expect(v.bundle.setupWorkbook()).toEqual({ created: [], repaired: [], notes: [] });
    expect(env.counter.count({ service: 'SpreadsheetApp', kind: 'write' })).toBe(0);
  });
});

describe('roster values typed into Thành viên', () => {
  const v = village();
  const col = (h: string) => headerOf(v.env, MEMBERS).indexOf(h) + 1;
  const letter = (h: string) => String.fromCharCode(64 + col(h));
  const put = (row: number, h: string, x: unknown) =>
    v.env.counter.quiet(() => v.sheet().getRange(row, col(h)).setValue(x));

  it('the sample itself has none wrong', () => {
    expect(v.check()).toEqual([]);
  });

  it('are reported by the data check in their cells, the column named (rules across fields too)', () => {
    // Rows 30–35 are members outside the Tổ bảo vệ ANTT (blank position) in the sample.
    put(30, ROSTER[0], 'Đội trưởng');
    put(31, ROSTER[1], new Date('2027-03-01T00:00:00+07:00'));
    put(32, ROSTER[1], new Date('2025-10-18T00:00:00+07:00'));
    put(33, ROSTER[2], true);
    put(34, ROSTER[0], 'Tổ viên');
    put(34, ROSTER[3], new Date('2025-11-28T00:00:00+07:00'));
    put(35, ROSTER[0], 'Tổ phó');
    put(35, ROSTER[1], new Date('2026-09-19T00:00:00+07:00'));
    put(36, 'Ngày rời', new Date('2021-01-01T00:00:00+07:00')); // before the day they joined (23/06/2021)
    const issues = v.check().map((i) => [i.a1, i.column, i.message]);
    expect(issues).toEqual([
      [`${letter(ROSTER[0])}30`, ROSTER[0], expect.stringMatching(/^Chức danh Tổ bảo vệ ANTT: .*Đội trưởng/)],
      [`${letter(ROSTER[1])}31`, ROSTER[1], 'Ngày tập huấn: không được sau ngày hôm nay (07/12/2026)'],
      [`${letter(ROSTER[1])}32`, ROSTER[1], 'Ngày tập huấn: chỉ ghi cho thành viên có Chức danh Tổ bảo vệ ANTT'],
      [
        `${letter(ROSTER[2])}33`,
        ROSTER[2],
        'Đã cấp giấy chứng nhận: chỉ ghi cho thành viên có Chức danh Tổ bảo vệ ANTT',
      ],
      [`${letter(ROSTER[3])}34`, ROSTER[3], 'Ngày cấp giấy: chỉ ghi khi đã đánh dấu Đã cấp giấy chứng nhận'],
      ['H36', 'Ngày rời', 'Ngày rời: phải bằng hoặc sau Ngày tham gia'],
    ]);
  });

  it('a save refuses the same, naming each field', () => {
    const r = v.save({
      name: 'Hoàng Văn Mới',
      teamId: 'T1',
      joinedOn: '2025-01-01',
      trainedOn: '2025-10-18',
      papers: true,
      papersOn: '2025-11-28',
    });
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.errors).toEqual([
      { field: 'record.trainedOn', message: 'Ngày tập huấn: chỉ ghi cho thành viên có Chức danh Tổ bảo vệ ANTT' },
      { field: 'record.papers', message: 'Đã cấp giấy chứng nhận: chỉ ghi cho thành viên có Chức danh Tổ bảo vệ ANTT' },
      { field: 'record.papersOn', message: 'Ngày cấp giấy: chỉ ghi cho thành viên có Chức danh Tổ bảo vệ ANTT' },
    ]);
    type Row = { id: string; guardRole: string; trainedOn: string | null; papers: boolean };
    const members = () => records<Row>(v.env, 'members').rows.map((x) => x.record);
    const outside = members().find((m) => m.guardRole === '')!;
    const unticked = v.save({ papersOn: '2025-11-28' }, outside.id);
    expect(unticked).toEqual({
      ok: false,
      errors: [
        { field: 'record.papersOn', message: 'Ngày cấp giấy: chỉ ghi cho thành viên có Chức danh Tổ bảo vệ ANTT' },
        { field: 'record.papersOn', message: 'Ngày cấp giấy: chỉ ghi khi đã đánh dấu Đã cấp giấy chứng nhận' },
      ],
    });
    // An edit gives only what changes: a trained Tổ viên gets their papers; taking the position away is refused.
    const trained = members().find((m) => m.guardRole === 'Tổ viên' && m.trainedOn !== null && !m.papers)!;
    expect(v.save({ papersOn: '2026-11-30' }, trained.id)).toEqual({
      ok: false,
      errors: [{ field: 'record.papersOn', message: 'Ngày cấp giấy: chỉ ghi khi đã đánh dấu Đã cấp giấy chứng nhận' }],
    });
    expect(v.save({ papers: true, papersOn: '2026-11-30' }, trained.id)).toEqual({
      ok: true,
      data: { id: trained.id, created: false },
    });
    expect(byId(v.env, 'members', trained.id).record).toMatchObject({ papers: true, papersOn: '2026-11-30' });
    expect(v.save({ guardRole: '' }, trained.id)).toEqual({
      ok: false,
      errors: [
        { field: 'record.trainedOn', message: 'Ngày tập huấn: chỉ ghi cho thành viên có Chức danh Tổ bảo vệ ANTT' },
        {
          field: 'record.papers',
          message: 'Đã cấp giấy chứng nhận: chỉ ghi cho thành viên có Chức danh Tổ bảo vệ ANTT',
        },
        { field: 'record.papersOn', message: 'Ngày cấp giấy: chỉ ghi cho thành viên có Chức danh Tổ bảo vệ ANTT' },
      ],
    });
    const bad = v.save({ guardRole: 'Đội trưởng' }, 'TV-0030');
    expect(bad.ok === false && bad.errors.map((e) => e.field)).toEqual(['record.guardRole']);
  });
});

describe('the Tổ bảo vệ ANTT in Tổng hợp (apiWriteSummary)', () => {
  const v = village();
  const r = callAsScriptRun(v.bundle, 'apiWriteSummary', [{ from: '2025-01-01', to: '2025-12-31' }]) as { ok: boolean };
  const rows = v.env.counter.quiet(() => v.env.spreadsheet.getSheetByName('Tổng hợp')!.getDataRange().getValues());
  /** The last row with this label: the comparison's (the roster block above uses the same labels). */
  const at = (label: string) => rows.filter((row) => row[0] === label).at(-1);

  it('shows the roster on the period’s last day after the counts', () => {
    expect(r.ok).toBe(true);
    const top = rows.findIndex((row) => row[0] === 'Tổ bảo vệ ANTT, ngày 31/12/2025');
    expect(rows.slice(top, top + 8).map((row) => row.slice(0, 2))).toEqual([
      ['Tổ bảo vệ ANTT, ngày 31/12/2025', 'Số người'],
      ['Thành viên Tổ bảo vệ ANTT', 8],
      ['   Tổ trưởng', 1],
      ['   Tổ phó', 2],
      ['   Tổ viên', 5],
      ['Thành viên Tổ bảo vệ ANTT đã được tập huấn', 6],
      ['Thành viên Tổ bảo vệ ANTT đã được cấp giấy chứng nhận', 6],
      ['Tỷ lệ thành viên Tổ bảo vệ ANTT đã được tập huấn (%)', 75],
    ]);
  });

  it('and beside the same day a year earlier in the comparison, as the BÁO CÁO does', () => {
    expect(at('Tỷ lệ thành viên Tổ bảo vệ ANTT đã được tập huấn')?.slice(1, 4)).toEqual([
      '75% (06/08)',
      '62,5% (05/08)',
      'tăng 12,5 điểm phần trăm',
    ]);
    expect(at('Thành viên Tổ bảo vệ ANTT đã được cấp giấy chứng nhận')?.slice(1, 4)).toEqual([
      '06 người',
      '04 người',
      'tăng hai người, tương ứng 50%',
    ]);
  });
});
