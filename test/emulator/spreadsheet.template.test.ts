/** `insertSheet(name, index, { template })`: the new sheet is a copy of the template (set-up uses it, issue 15). */
import { createContext } from '../../local/emulator/context';
import { createSpreadsheetService } from '../../local/emulator/spreadsheet';

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
