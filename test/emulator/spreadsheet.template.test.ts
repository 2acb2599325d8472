/** Emulator APIs set-up uses (issue 15): `insertSheet` with a template, `Sheet.getRangeList`. */
import { createContext } from '../../local/emulator/context';
import { createSpreadsheetService } from '../../local/emulator/spreadsheet';
import { createGasEnvironment } from '../../local/emulator';
import { instrument } from '../../local/emulator/counter';

function setup() {
  const ctx = createContext({ now: () => new Date('2023-06-20T03:00:00Z') });
  const svc = createSpreadsheetService(ctx, { name: 'Thôn Pác Khuông' });
  return { svc, ss: svc.SpreadsheetApp.getActive() };
}

describe('insertSheet with a template', () => {
  it('copies values, formats, font weights, rules, frozen rows, column widths and the grid; not protections', () => {
    const { svc, ss } = setup();
    const tpl = ss.insertSheet('Mẫu', 1);
    tpl.setFrozenRows(1);
    tpl.getRange('1:1').setFontWeight('bold');
    tpl.setColumnWidths(1, 26, 90);
    tpl.setColumnWidth(3, 200);
    tpl.getRange('A1').setValue('Mã');
    tpl.getRange('B2').setNumberFormat('dd/MM/yyyy');
    tpl.getRange('C2').setDataValidation(svc.SpreadsheetApp.newDataValidation().requireCheckbox().build());
    tpl.insertRowsAfter(1000, 5);
    tpl.getRange('A1').protect().setWarningOnly(true);

    const copy = ss.insertSheet('Bản sao', 1, { template: tpl });
    expect(ss.getSheets().map((s) => s.getName())).toEqual([ss.getSheets()[0].getName(), 'Bản sao', 'Mẫu']);
    expect(copy.getFrozenRows()).toBe(1);
    expect(copy.getRange('Z1').getFontWeight()).toBe('bold');
    expect(copy.getRange('A2').getFontWeight()).toBe('normal');
    expect([1, 2, 3, 26].map((c) => copy.getColumnWidth(c))).toEqual([90, 90, 200, 90]);
    expect(copy.getRange('A1').getValue()).toBe('Mã');
    expect(copy.getRange('B2').getNumberFormat()).toBe('dd/MM/yyyy');
    expect(String(copy.getRange('C2').getDataValidation()?.getCriteriaType())).toBe('CHECKBOX');
    expect([copy.getMaxRows(), copy.getMaxColumns()]).toEqual([1005, 26]);
    expect(copy.getProtections(svc.SpreadsheetApp.ProtectionType.RANGE)).toHaveLength(0);

    // Deleting the template leaves the copy as it is.
    ss.deleteSheet(tpl);
    expect(copy.getFrozenRows()).toBe(1);
    expect(copy.getColumnWidth(3)).toBe(200);
  });
});

describe('Sheet.getRangeList', () => {
  it('gives the ranges of A1 notations of the sheet, in order', () => {
    const { ss } = setup();
    const sheet = ss.insertSheet('Danh mục');
    const ranges = sheet.getRangeList(['A2:A', 'C2:C', 'B1']).getRanges();
    expect(ranges.map((r) => r.getA1Notation())).toEqual(['A2:A', 'C2:C', 'B1']);
    expect(ranges.every((r) => r.getSheet().getName() === 'Danh mục')).toBe(true);
    expect(ranges[0].getNumRows()).toBe(999);
  });

  it('is counted as RangeList, as Apps Script names it', () => {
    const env = createGasEnvironment();
    const sheet = env.spreadsheet.insertSheet('Danh mục');
    const counted = instrument(sheet, 'SpreadsheetApp', env.counter);
    env.counter.reset();
    counted.getRangeList(['A2:A', 'B2:B']).getRanges();
    expect(env.counter.byMethod('SpreadsheetApp')).toEqual({ 'Sheet.getRangeList': 1, 'RangeList.getRanges': 1 });
  });

  it('refuses an empty list and a range of another sheet', () => {
    const { ss } = setup();
    const sheet = ss.insertSheet('Danh mục');
    ss.insertSheet('Khác');
    expect(() => sheet.getRangeList([])).toThrow(/don't match the method signature/);
    expect(() => sheet.getRangeList(["'Khác'!A1"])).toThrow(/don't match the method signature/);
  });
});
