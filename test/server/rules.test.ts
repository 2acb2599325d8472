/**
 * Dropdowns never drift (issue 12, part 8): on a new spreadsheet, records added through the API
 * stay inside the dropdowns that list them (`'Tổ tự quản'!A2:A`, `'Hộ gia đình'!A2:A`), every
 * data row keeps its dropdown, the data check reports a dropdown that does not cover the data,
 * and set-up repairs it.
 */
import { callAsScriptRun } from '../../local/bundle';
import { loaded } from '../support/env';

type Range = GoogleAppsScript.Spreadsheet.Range;
type Rule = GoogleAppsScript.Spreadsheet.DataValidation;
interface Issue {
  sheet: string;
  row: number;
  column: string;
  message: string;
  a1: string | null;
}

const HOUSEHOLDS = 'Hộ gia đình';
const TEAMS = 'Tổ tự quản';
const RESIDENTS = 'Nhân khẩu';
const TEAM_COL = 3; // Hộ gia đình: Mã hộ, Chủ hộ, Tổ
const HOUSEHOLD_COL = 3; // Nhân khẩu: Mã, Họ tên, Mã hộ

function fresh() {
  const l = loaded();
  l.bundle.setupWorkbook();
  let n = 0;
  const save = (sheet: string, record: Record<string, unknown>) => {
    const r = callAsScriptRun(l.bundle, 'apiSaveRecord', [{ requestId: `rules-${++n}`, sheet, record }]) as {
      ok: boolean;
      data?: { id: string };
    };
    expect(r.ok).toBe(true);
    return r.data!.id;
  };
  const sheet = (name: string) => l.env.spreadsheet.getSheetByName(name)!;
  /** The rules of a column, rows 2…last data row, and the values of their sources (uncounted). */
  const column = (name: string, col: number) =>
    l.env.counter.quiet(() => {
      const s = sheet(name);
      const last = Math.max(2, s.getLastRow());
      return s
        .getRange(2, col, last - 1, 1)
        .getDataValidations()
        .map(([rule]) => described(rule));
    });
  const check = () =>
    (callAsScriptRun(l.bundle, 'apiValidateWorkbook', []) as { data: { issues: Issue[] } }).data.issues;
  return { ...l, save, sheet, column, check };
}

/** A rule as `'Sheet'!A1` of its source and the values listed there. */
function described(rule: Rule | null): { source: string; values: string[] } | null {
  if (!rule) return null;
  const r = rule.getCriteriaValues()[0] as Range;
  const values = r
    .getValues()
    .map(([v]) => String(v))
    .filter((v) => v !== '');
  return { source: `'${r.getSheet().getName()}'!${r.getA1Notation()}`, values };
}

const dropdownIssues = (issues: Issue[]) => issues.filter((i) => /danh sách chọn/.test(i.message));

describe('dropdowns from a range on a new spreadsheet', () => {
  it('list the first team in Hộ gia đình (row 2) after it is added, and every team after more', () => {
    const v = fresh();
    expect(v.save('teams', { name: 'Tổ 1' })).toBe('T1');
    const rules = v.column(HOUSEHOLDS, TEAM_COL);
    expect(rules[0]).toEqual({ source: `'${TEAMS}'!A2:A`, values: ['T1'] });
    v.save('teams', { name: 'Tổ 2' });
    expect(v.column(HOUSEHOLDS, TEAM_COL)[0]).toEqual({ source: `'${TEAMS}'!A2:A`, values: ['T1', 'T2'] });
  });

  it('after 7 households, every household row has the teams dropdown and Nhân khẩu lists H001…H007', () => {
    const v = fresh();
    v.save('teams', { name: 'Tổ 1' });
    const ids = Array.from({ length: 7 }, (_, i) => v.save('households', { head: `Chủ hộ ${i + 1}`, teamId: 'T1' }));
    expect(ids).toEqual(['H001', 'H002', 'H003', 'H004', 'H005', 'H006', 'H007']);
    const households = v.env.counter.quiet(() => v.sheet(HOUSEHOLDS).getRange(2, 1, 7, 3).getValues());
    expect(households.map((r) => [r[0], r[2]])).toEqual(ids.map((id) => [id, 'T1'])); // rows 2…8, T1 in each
    expect(v.column(HOUSEHOLDS, TEAM_COL)).toEqual(Array(7).fill({ source: `'${TEAMS}'!A2:A`, values: ['T1'] }));
    expect(v.column(RESIDENTS, HOUSEHOLD_COL)[0]).toEqual({ source: `'${HOUSEHOLDS}'!A2:A`, values: ids });
    v.save('residents', { name: 'Người 1', householdId: 'H001' });
    expect(v.column(RESIDENTS, HOUSEHOLD_COL)).toEqual([{ source: `'${HOUSEHOLDS}'!A2:A`, values: ids }]);
    expect(v.check()).toEqual([]);
  });

  it('survive a grid that is full: rows added at its end stay inside the open-ended source', () => {
    const v = fresh();
    v.save('teams', { name: 'Tổ 1' });
    const teams = v.sheet(TEAMS);
    v.env.counter.quiet(() => teams.deleteRows(3, teams.getMaxRows() - 2)); // only the header and T1
    v.save('teams', { name: 'Tổ 2' });
    v.save('teams', { name: 'Tổ 3' });
    expect(v.column(HOUSEHOLDS, TEAM_COL)[0]).toEqual({ source: `'${TEAMS}'!A2:A`, values: ['T1', 'T2', 'T3'] });
  });
});

describe('a dropdown that does not cover the data', () => {
  /** A workbook made by an older version: a team added by inserting a row above row 2 pushed the source down. */
  function drifted() {
    const v = fresh();
    const teams = v.sheet(TEAMS);
    v.env.counter.quiet(() => {
      teams.insertRowsBefore(2, 1);
      teams.getRange(2, 1, 1, 2).setValues([['T1', 'Tổ 1']]);
    });
    return v;
  }

  it('is reported by the data check, naming the sheet, the column and set-up', () => {
    const v = drifted();
    expect(v.column(HOUSEHOLDS, TEAM_COL)[0]).toEqual({ source: `'${TEAMS}'!A3:A`, values: [] });
    const issues = dropdownIssues(v.check());
    const households = issues.find((i) => i.sheet === HOUSEHOLDS);
    expect(households).toMatchObject({ row: 2, column: 'Tổ', a1: 'C2' });
    expect(households!.message).toContain(`"Tổ" của trang "${HOUSEHOLDS}"`);
    expect(households!.message).toContain(`'${TEAMS}'!A3:A`);
    expect(households!.message).toContain('Thiết lập bảng tính');
    // Every sheet with a team dropdown, and nothing else.
    expect([...new Set(issues.map((i) => `${i.sheet}/${i.column}`))].sort()).toEqual(
      [`${HOUSEHOLDS}/Tổ`, 'Thành viên/Mã tổ', 'Tuần tra/Mã tổ'].sort(),
    );
  });

  it('is repaired by set-up, which then writes nothing on a second run', () => {
    const v = drifted();
    const r = v.bundle.setupWorkbook() as { repaired: string[] };
    expect(r.repaired).toEqual(expect.arrayContaining([HOUSEHOLDS]));
    expect(v.column(HOUSEHOLDS, TEAM_COL)[0]).toEqual({ source: `'${TEAMS}'!A2:A`, values: ['T1'] });
    expect(dropdownIssues(v.check())).toEqual([]);
    v.env.counter.reset();
    v.bundle.setupWorkbook();
    expect(v.env.counter.count({ service: 'SpreadsheetApp', kind: 'write' })).toBe(0);
  });

  it('a bounded source that stops before the last value (an older set-up), and data rows without a dropdown', () => {
    const v = fresh();
    v.save('teams', { name: 'Tổ 1' });
    for (let i = 0; i < 4; i++) v.save('households', { head: `Chủ hộ ${i + 1}`, teamId: 'T1' });
    v.env.counter.quiet(() => {
      const lists = v.sheet('Danh mục');
      const app = v.env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      // `Vai trò` of Thành viên from rows 2–3 of its list only (the list has 6 values).
      const roles = v.sheet('Thành viên');
      const roleCol = 4;
      const listCol = lists.getRange(1, 1, 1, lists.getLastColumn()).getValues()[0].indexOf('Vai trò') + 1;
      roles.getRange(2, roleCol, roles.getMaxRows() - 1, 1).setDataValidation(
        app
          .newDataValidation()
          .requireValueInRange(lists.getRange(2, listCol, 2, 1))
          .build(),
      );
      // Two household rows lose their dropdown (a paste from elsewhere).
      v.sheet(HOUSEHOLDS).getRange(3, TEAM_COL, 2, 1).clearDataValidations();
    });
    const issues = dropdownIssues(v.check());
    expect(issues.map((i) => [i.sheet, i.row, i.column])).toEqual([
      [HOUSEHOLDS, 3, 'Tổ'],
      ['Thành viên', 2, 'Vai trò'],
    ]);
    expect(issues[0].message).toContain('2 dòng dữ liệu');
    expect(issues[1].message).toContain('dòng 2 đến dòng 7');
    v.bundle.setupWorkbook();
    expect(dropdownIssues(v.check())).toEqual([]);
    expect(v.column(HOUSEHOLDS, TEAM_COL)).toEqual(Array(4).fill({ source: `'${TEAMS}'!A2:A`, values: ['T1'] }));
  });
});
