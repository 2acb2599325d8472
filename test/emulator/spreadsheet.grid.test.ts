import { createContext } from '../../local/emulator/context';
import {
  columnToLetters,
  createSpreadsheetService,
  formatA1,
  lettersToColumn,
  parseA1,
} from '../../local/emulator/spreadsheet';

function setup() {
  const ctx = createContext({ now: () => new Date('2023-06-20T03:00:00Z') });
  const svc = createSpreadsheetService(ctx, { name: 'Thôn Pác Khuông' });
  const ss = svc.SpreadsheetApp.getActive();
  return { ctx, svc, ss, sheet: ss.getActiveSheet() };
}

describe('A1 notation', () => {
  it('converts columns beyond Z', () => {
    expect([1, 26, 27, 52, 702, 703, 18278].map(columnToLetters)).toEqual(['A', 'Z', 'AA', 'AZ', 'ZZ', 'AAA', 'ZZZ']);
    expect(['A', 'z', 'AA', 'ZZ', 'AAA'].map(lettersToColumn)).toEqual([1, 26, 27, 702, 703]);
  });

  it('parses cells, rectangles, whole columns/rows and quoted sheet names', () => {
    expect(parseA1('B2:D10')).toEqual({ sheetName: null, startRow: 2, startCol: 2, endRow: 10, endCol: 4 });
    expect(parseA1('A:A')).toEqual({ sheetName: null, startRow: null, startCol: 1, endRow: null, endCol: 1 });
    expect(parseA1('1:1')).toEqual({ sheetName: null, startRow: 1, startCol: null, endRow: 1, endCol: null });
    expect(parseA1("'Tuần tra (cũ)'!$A$1:B2")).toEqual({
      sheetName: 'Tuần tra (cũ)',
      startRow: 1,
      startCol: 1,
      endRow: 2,
      endCol: 2,
    });
    expect(parseA1("'It''s'!C3")?.sheetName).toBe("It's");
    expect(parseA1('Sheet1!AA10')).toEqual({ sheetName: 'Sheet1', startRow: 10, startCol: 27, endRow: 10, endCol: 27 });
    for (const bad of ['', 'A', '1', 'A0', 'A1:', ':B2', 'A1:B2:C3', 'A1B', '1:B']) expect(parseA1(bad)).toBeNull();
  });

  it('round-trips through getRange/getA1Notation', () => {
    const { sheet } = setup();
    for (const a1 of ['A1', 'B2:D10', 'Z10', 'X1:Z3', 'A:A', 'B:D', '1:1', '2:5', 'A2:C']) {
      expect(sheet.getRange(a1).getA1Notation()).toBe(a1);
    }
    expect(sheet.getRange(2, 3, 4, 5).getA1Notation()).toBe('C2:G5');
    expect(formatA1(1, 27, 1, 1)).toBe('AA1');
  });

  it('resolves whole columns and rows against the grid size', () => {
    const { sheet } = setup();
    const col = sheet.getRange('A:B');
    expect([col.getRow(), col.getColumn(), col.getNumRows(), col.getNumColumns()]).toEqual([1, 1, 1000, 2]);
    const row = sheet.getRange('3:4');
    expect([row.getRow(), row.getColumn(), row.getNumRows(), row.getNumColumns()]).toEqual([3, 1, 2, 26]);
    const open = sheet.getRange('B2:C');
    expect([open.getRow(), open.getNumRows(), open.getLastRow()]).toEqual([2, 999, 1000]);
  });

  it('Spreadsheet.getRange takes a sheet prefix; unknown sheets and bad A1 are "Range not found"', () => {
    const { ss } = setup();
    ss.insertSheet('Hộ gia đình');
    const r = ss.getRange("'Hộ gia đình'!B2");
    expect([r.getSheet().getName(), r.getA1Notation()]).toEqual(['Hộ gia đình', 'B2']);
    expect(() => ss.getRange('Nope!A1')).toThrow('Range not found');
    expect(() => ss.getRange('A1:')).toThrow('Range not found');
  });
});

describe('grid bounds', () => {
  it('throws outside the sheet, with Apps Script messages', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange(1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(999, 1, 3, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange('A1001')).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(0, 1)).toThrow('The starting row of the range is too small.');
    expect(() => sheet.getRange(1, 0)).toThrow('The starting column of the range is too small.');
    expect(() => sheet.getRange(1, 1, 0, 1)).toThrow('The number of rows in the range must be at least 1.');
    expect(() => sheet.getRange(1, 1, 1, 0)).toThrow('The number of columns in the range must be at least 1.');
    expect(sheet.getRange(1000, 26).getA1Notation()).toBe('Z1000');
  });

  it('appendRow writes below the last content row and grows the grid when full', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['Mã', 'Tên']]);
    sheet.getRange('A5').setValue('x'); // a gap: the next append goes below row 5
    sheet.appendRow(['TT-0001', '0912345678']);
    expect(sheet.getRange('A6:B6').getValues()).toEqual([['TT-0001', 912345678]]);
    sheet.getRange('A1000').setValue('last');
    sheet.appendRow(['after', 1, 2]);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange('A1001:C1001').getValues()).toEqual([['after', 1, 2]]);
    sheet.appendRow(new Array(30).fill('w'));
    expect(sheet.getMaxColumns()).toBe(30);
    expect(sheet.getLastColumn()).toBe(30);
  });

  it('getLastRow/getLastColumn/getDataRange follow content, not formatting', () => {
    const { sheet } = setup();
    sheet.getRange('A1:Z1000').setBackground('#ffeeee');
    expect(sheet.getDataRange().getA1Notation()).toBe('A1');
    sheet.getRange('C7').setValue(0);
    sheet.getRange('E2').setFormula('=1');
    expect([sheet.getLastRow(), sheet.getLastColumn(), sheet.getDataRange().getA1Notation()]).toEqual([7, 5, 'A1:E7']);
    sheet.getRange('C7').clearContent();
    expect(sheet.getLastRow()).toBe(2);
  });

  it('inserting columns shifts data and grows the grid; new cells copy the neighbour formats', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C2').setValues([
      ['a', 'b', 'c'],
      [1, 2, 3],
    ]);
    sheet.getRange('B1:B1000').setNumberFormat('@');
    sheet.insertColumnsAfter(2, 2);
    expect(sheet.getMaxColumns()).toBe(28);
    expect(sheet.getRange('A1:E1').getValues()).toEqual([['a', 'b', '', '', 'c']]);
    expect(sheet.getRange('C5').getNumberFormat()).toBe('@');
    sheet.insertColumnBefore(1);
    expect(sheet.getRange('B1').getValue()).toBe('a');
    sheet.insertRowsAfter(1, 3);
    expect(sheet.getMaxRows()).toBe(1003);
    expect(sheet.getRange('B5').getValue()).toBe(1);
  });

  it('records deletions (set-up must never delete a user column)', () => {
    const { sheet } = setup();
    sheet.getRange('A1:C1').setValues([['a', 'b', 'c']]);
    sheet.deleteColumns(2, 1);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['a', 'c']]);
    sheet.deleteRow(5);
    const raw = (sheet as unknown as { structureLog: unknown[] }).structureLog;
    expect(raw).toEqual([
      { op: 'deleteColumns', position: 2, howMany: 1 },
      { op: 'deleteRows', position: 5, howMany: 1 },
    ]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([999, 25]);
  });
});

describe('sheets', () => {
  it('insertSheet: after the active sheet (or at an index), becomes active, unique names regardless of case', () => {
    const { ss } = setup();
    const a = ss.insertSheet('Cài đặt');
    expect(ss.getActiveSheet().getName()).toBe('Cài đặt');
    ss.insertSheet('Danh mục', 0);
    ss.getSheets()[0].activate();
    ss.insertSheet('Tuần tra');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Danh mục', 'Tuần tra', 'Sheet1', 'Cài đặt']);
    expect(() => ss.insertSheet('Cài đặt')).toThrow(
      'A sheet with the name "Cài đặt" already exists. Please enter another name.',
    );
    expect(() => ss.insertSheet('cài ĐẶT')).toThrow('already exists');
    expect(() => a.setName('Tuần tra')).toThrow(
      'A sheet with the name "Tuần tra" already exists. Please enter another name.',
    );
    expect(ss.getSheetByName('Nope')).toBeNull();
    expect(ss.getSheetByName('Cài đặt')!.getIndex()).toBe(4);
    expect(ss.insertSheet().getName()).toBe('Sheet5');
  });

  it('sheet ids, parent and deletion', () => {
    const { ss } = setup();
    const first = ss.getSheets()[0];
    const s = ss.insertSheet('X');
    expect(first.getSheetId()).toBe(0);
    expect(s.getSheetId()).not.toBe(0);
    expect(ss.getSheetById(s.getSheetId())!.getName()).toBe('X');
    expect(s.getParent().getId()).toBe(ss.getId());
    ss.deleteSheet(s);
    expect(ss.getSheets()).toHaveLength(1);
    expect(() => ss.deleteSheet(first)).toThrow("You can't remove all the sheets in a document.");
    expect(() => first.hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });

  it('layout: frozen rows/columns, widths, tab colour, hidden sheets', () => {
    const { ss, sheet } = setup();
    sheet.setFrozenRows(1);
    sheet.setFrozenColumns(2);
    sheet.setColumnWidth(3, 240);
    sheet.setTabColor('red');
    expect([
      sheet.getFrozenRows(),
      sheet.getFrozenColumns(),
      sheet.getColumnWidth(3),
      sheet.getColumnWidth(4),
      sheet.getTabColor(),
    ]).toEqual([1, 2, 240, 100, '#ff0000']);
    sheet.getRange('A1:A2').setValues([['Tình hình, kết quả rất dài dòng'], ['x']]);
    sheet.autoResizeColumns(1, 1);
    expect(sheet.getColumnWidth(1)).toBeGreaterThan(150);
    ss.insertSheet('Other');
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
  });

  it('spreadsheet identity, owner/editors, locale, rename, url', () => {
    const { ss, ctx } = setup();
    expect(ss.getName()).toBe('Thôn Pác Khuông');
    ss.rename('Khác');
    expect(ss.getName()).toBe('Khác');
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(ss.getOwner()!.getEmail()).toBe(ctx.user.email);
    ss.addEditor('pho.ban@example.com');
    expect(ss.getEditors().map((u) => u.getEmail())).toEqual([ctx.user.email, 'pho.ban@example.com']);
    ss.setSpreadsheetLocale('vi_VN');
    expect(ss.getSpreadsheetLocale()).toBe('vi_VN');
  });

  it('named ranges follow inserted rows', () => {
    const { ss, sheet } = setup();
    ss.setNamedRange('DS', sheet.getRange('B2:B5'));
    expect(ss.getRangeByName('DS')!.getA1Notation()).toBe('B2:B5');
    sheet.insertRowsBefore(1, 2);
    sheet.insertRowsAfter(4, 1);
    expect(ss.getRangeByName('DS')!.getA1Notation()).toBe('B4:B8');
    expect(ss.getNamedRanges().map((n) => n.getName())).toEqual(['DS']);
    ss.removeNamedRange('DS');
    expect(ss.getRangeByName('DS')).toBeNull();
  });
});

describe('range formatting and notes', () => {
  it('font, colours, alignment, wrap, notes, with defaults', () => {
    const { sheet } = setup();
    const r = sheet.getRange('A1:B1');
    expect(r.getFontWeights()).toEqual([['normal', 'normal']]);
    expect(r.getBackground()).toBe('#ffffff');
    r.setFontWeight('bold')
      .setBackground('#DDEEFF')
      .setFontColor('#333')
      .setHorizontalAlignment('center')
      .setWrap(true)
      .setNote('Ghi chú');
    expect(r.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(r.getBackgrounds()).toEqual([['#ddeeff', '#ddeeff']]);
    expect(r.getFontColor()).toBe('#333333');
    expect(r.getHorizontalAlignments()).toEqual([['center', 'center']]);
    expect(r.getWraps()).toEqual([[true, true]]);
    expect(r.getNote()).toBe('Ghi chú');
    r.clearFormat();
    expect([r.getFontWeight(), r.getBackground(), r.getNote()]).toEqual(['normal', '#ffffff', 'Ghi chú']);
    r.clear();
    expect(r.getNote()).toBe('');
    expect(() => r.setBackgrounds([['#fff']])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. ' +
        'The data has 1 but the range has 2.',
    );
  });

  it('offset, getCell, isBlank, activate', () => {
    const { ss, sheet } = setup();
    const r = sheet.getRange('B2:C3');
    expect(r.offset(1, 1).getA1Notation()).toBe('C3:D4');
    expect(r.offset(0, 0, 1, 1).getA1Notation()).toBe('B2');
    expect(r.getCell(2, 2).getA1Notation()).toBe('C3');
    expect(r.isBlank()).toBe(true);
    r.getCell(1, 1).setValue(1);
    expect(r.isBlank()).toBe(false);
    r.activate();
    expect(ss.getActiveRange()!.getA1Notation()).toBe('B2:C3');
  });
});
