/**
 * Where a dropdown's source range and its validated cells go when rows are inserted (issue 12,
 * part 8). Sheets moves a reference like a formula's: rows inserted above it push it down,
 * rows inserted inside it widen it, rows inserted just after a bounded end stay outside it,
 * and an open-ended `A2:A` keeps reaching the last row (docs/EMULATOR.md, *Grid and structure*).
 */
import { createContext } from '../../local/emulator/context';
import { createSpreadsheetService } from '../../local/emulator/spreadsheet';

type Range = GoogleAppsScript.Spreadsheet.Range;

function setup() {
  const ctx = createContext({ now: () => new Date('2023-06-20T03:00:00Z'), userEmail: 'thuky@example.com' });
  const SA = createSpreadsheetService(ctx, { name: 'Thôn' }).SpreadsheetApp;
  const ss = SA.getActive();
  const teams = ss.insertSheet('Tổ tự quản');
  const households = ss.insertSheet('Hộ gia đình');
  const dropdown = (a1: string) =>
    households
      .getRange('C2:C1000')
      .setDataValidation(SA.newDataValidation().requireValueInRange(teams.getRange(a1), true).build());
  const source = (row = 2) =>
    households.getRange(row, 3).getDataValidation()?.getCriteriaValues()[0] as Range | undefined;
  return { teams, households, dropdown, source };
}

describe('a dropdown from a range of another sheet, when rows are inserted', () => {
  it('keeps an open-ended source A2:A whole when rows are added after the data or at the end of the grid', () => {
    const { teams, dropdown, source } = setup();
    dropdown('A2:A');
    expect([source()!.getA1Notation(), source()!.isEndRowBounded()]).toEqual(['A2:A', false]);
    teams.getRange('A2:A4').setValues([['T1'], ['T2'], ['T3']]);
    teams.insertRowsAfter(4, 2); // a save below the data
    teams.insertRowsAfter(teams.getMaxRows(), 5); // the grid grows
    expect([source()!.getA1Notation(), source()!.getRow(), source()!.getLastRow()]).toEqual(['A2:A', 2, 1007]);
  });

  it('pushes the source down when rows are inserted at row 2, before or after the header (the drift)', () => {
    const { teams, dropdown, source } = setup();
    dropdown('A2:A');
    teams.insertRowsBefore(2, 1);
    expect(source()!.getA1Notation()).toBe('A3:A');
    teams.insertRowsAfter(1, 1);
    expect(source()!.getA1Notation()).toBe('A4:A');
  });

  it('widens a bounded source for rows inserted inside it, not for rows inserted after its last row', () => {
    const { teams, dropdown, source } = setup();
    dropdown('A2:A1000');
    teams.insertRowsAfter(5, 2);
    expect(source()!.getA1Notation()).toBe('A2:A1002');
    teams.insertRowsAfter(teams.getMaxRows(), 3);
    expect([source()!.getA1Notation(), teams.getMaxRows()]).toEqual(['A2:A1002', 1005]);
  });

  it('gives inserted validated rows the rule of their neighbour (after: the row above; before: the row below)', () => {
    const { households, dropdown, source } = setup();
    dropdown('A2:A');
    households.insertRowsAfter(3, 2);
    expect([4, 5].map((r) => source(r)?.getA1Notation())).toEqual(['A2:A', 'A2:A']);
    households.insertRowsBefore(2, 1);
    expect(source(2)?.getA1Notation()).toBe('A2:A');
    expect(households.getRange(1, 3).getDataValidation()).toBeNull();
  });
});
