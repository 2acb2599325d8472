import { createContext } from '../../local/emulator/context';
import { createSpreadsheetService } from '../../local/emulator/spreadsheet';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

function setup(locale = 'vi_VN') {
  const ctx = createContext({ now: () => new Date('2023-06-20T03:00:00Z') });
  const svc = createSpreadsheetService(ctx);
  const ss = svc.SpreadsheetApp.getActive();
  if (locale !== 'en_US') ss.setSpreadsheetLocale(locale);
  const sheet = ss.getActiveSheet();
  return { ctx, svc, ss, sheet };
}

const put = (sheet: Sheet, v: unknown, a1 = 'A1') => sheet.getRange(a1).setValue(v).getValue();

describe('new spreadsheet defaults', () => {
  it('starts en_US in the context zone with one 1000 × 26 sheet', () => {
    const { ss, sheet } = setup('en_US');
    expect(ss.getSpreadsheetLocale()).toBe('en_US');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
    expect(ss.getSheets().map((s) => s.getName())).toEqual(['Sheet1']);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect(sheet.getRange('B2').getNumberFormat()).toBe('0.###############');
  });

  it('reads empty cells as empty strings', () => {
    const { sheet } = setup();
    expect(sheet.getRange('A1:C2').getValues()).toEqual([
      ['', '', ''],
      ['', '', ''],
    ]);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('');
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });
});

describe('strings written with setValue(s) are parsed like typed input', () => {
  it('a dd/mm/yyyy date in vi_VN becomes midnight in Asia/Ho_Chi_Minh', () => {
    const { sheet } = setup('vi_VN');
    const v = put(sheet, '15/06/2023');
    expect(v).toBeInstanceOf(Date);
    expect((v as Date).toISOString()).toBe('2023-06-14T17:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15/06/2023');
    expect(sheet.getRange('A1').getNumberFormat()).toBe('dd/MM/yyyy');
  });

  it('the same text in en_US is not a date (month 15), but 06/15/2023 is', () => {
    const { sheet } = setup('en_US');
    expect(put(sheet, '15/06/2023')).toBe('15/06/2023');
    expect((put(sheet, '06/15/2023', 'B1') as Date).toISOString()).toBe('2023-06-14T17:00:00.000Z');
  });

  it('ISO dates parse in every locale; invalid dates stay text', () => {
    const { sheet } = setup('vi_VN');
    expect((put(sheet, '2023-06-15') as Date).toISOString()).toBe('2023-06-14T17:00:00.000Z');
    expect(put(sheet, '31/02/2023', 'B1')).toBe('31/02/2023');
    expect((put(sheet, '15/06/2023 08:30', 'C1') as Date).toISOString()).toBe('2023-06-15T01:30:00.000Z');
  });

  it('a day/month without year takes the current year (address-like "12/3" is a date!)', () => {
    const { sheet } = setup('vi_VN');
    expect((put(sheet, '12/3') as Date).toISOString()).toBe('2023-03-11T17:00:00.000Z');
  });

  it('numeric strings become numbers: a phone number loses its leading zero', () => {
    const { sheet } = setup('vi_VN');
    expect(put(sheet, '0912345678')).toBe(912345678);
    expect(sheet.getRange('A1').getDisplayValue()).toBe('912345678');
    expect(put(sheet, '-5', 'B1')).toBe(-5);
    expect(put(sheet, '+7', 'C1')).toBe(7);
    expect(put(sheet, '1e3', 'D1')).toBe(1000);
    expect(put(sheet, '50%', 'E1')).toBe(0.5);
  });

  it('numbers follow the locale separators', () => {
    const vi = setup('vi_VN').sheet;
    expect(put(vi, '1.234,5')).toBe(1234.5);
    expect(put(vi, '1,5', 'B1')).toBe(1.5);
    expect(put(vi, '1.5', 'C1')).toBe('1.5'); // not a number in vi_VN
    const en = setup('en_US').sheet;
    expect(put(en, '1,234.5')).toBe(1234.5);
    expect(put(en, '1.5', 'B1')).toBe(1.5);
  });

  it('a leading apostrophe forces text and is dropped', () => {
    const { sheet } = setup('vi_VN');
    expect(put(sheet, "'0912345678")).toBe('0912345678');
    expect(put(sheet, "'=1+1", 'B1')).toBe('=1+1');
    expect(sheet.getRange('B1').getFormula()).toBe('');
  });

  it("'@' (text) cells keep strings exactly", () => {
    const { sheet } = setup('vi_VN');
    const r = sheet.getRange('A1:D1').setNumberFormat('@');
    r.setValues([['0912345678', '=SUM(1,2)', '15/06/2023', 'TRUE']]);
    expect(r.getValues()).toEqual([['0912345678', '=SUM(1,2)', '15/06/2023', 'TRUE']]);
    expect(r.getFormulas()).toEqual([['', '', '', '']]);
  });

  it('text starting with = is a formula: the emulator does not evaluate, the value is #ERROR!', () => {
    const { sheet } = setup();
    expect(put(sheet, '=SUM(B1:B3)')).toBe('#ERROR!');
    expect(sheet.getRange('A1').getFormula()).toBe('=SUM(B1:B3)');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('#ERROR!');
    sheet.getRange('B1').setFormula('=A1*2');
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=SUM(B1:B3)', '=A1*2']]);
    sheet.getRange('A1').setValue('x');
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  it('+ or - followed by text is a formula too (the "- item" trap)', () => {
    const { sheet } = setup();
    expect(put(sheet, '- Tuần tra đêm')).toBe('#ERROR!');
    expect(sheet.getRange('A1').getFormula()).toBe('=- Tuần tra đêm');
    expect(put(sheet, '+abc', 'B1')).toBe('#ERROR!');
    expect(sheet.getRange('B1').getFormula()).toBe('=+abc');
    expect(put(sheet, '-', 'C1')).toBe('-');
  });

  it('TRUE/FALSE in any case become booleans; other words stay text', () => {
    const { sheet } = setup();
    sheet.getRange('A1:D1').setValues([['true', 'FALSE', 'True', 'Có']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([[true, false, true, 'Có']]);
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['TRUE', 'FALSE']]);
  });

  it('a time of day becomes a date-time on 1899-12-30 in the sheet zone', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('HH:mm').setValue('19:30');
    const v = sheet.getRange('A1').getValue() as Date;
    expect(v).toBeInstanceOf(Date);
    expect(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Ho_Chi_Minh', dateStyle: 'short', timeStyle: 'short' }).format(
        v,
      ),
    ).toBe('30/12/1899, 19:30');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('19:30');
  });
});

describe('non-string values', () => {
  it('stores numbers, booleans and Dates as given; returned Dates are copies', () => {
    const { sheet } = setup();
    const d = new Date('2023-06-15T10:20:30.000Z');
    sheet.getRange('A1:C1').setValues([[42.5, false, d]]);
    const row = sheet.getRange('A1:C1').getValues()[0];
    expect(row).toEqual([42.5, false, d]);
    (row[2] as Date).setFullYear(2000);
    expect((sheet.getRange('C1').getValue() as Date).toISOString()).toBe('2023-06-15T10:20:30.000Z');
    d.setFullYear(1990);
    expect((sheet.getRange('C1').getValue() as Date).toISOString()).toBe('2023-06-15T10:20:30.000Z');
  });

  it('a Date in an unformatted cell gets the locale date-time format', () => {
    const { sheet } = setup('vi_VN');
    sheet.getRange('A1').setValue(new Date('2023-06-15T10:20:30.000Z'));
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15/06/2023 17:20:30');
  });

  it('null and undefined clear cells', () => {
    const { sheet } = setup();
    sheet.getRange('A1:B1').setValues([['x', 1]]);
    sheet.getRange('A1:B1').setValues([[null, undefined]]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', '']]);
    expect(sheet.getLastRow()).toBe(0);
  });

  it('numbers in date-formatted cells read as Dates, Dates in number-formatted cells as serials', () => {
    const { sheet } = setup();
    sheet.getRange('A1').setNumberFormat('dd/mm/yyyy').setValue(45092);
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2023-06-14T17:00:00.000Z');
    sheet.getRange('B1').setValue(new Date('2023-06-14T17:00:00.000Z')).setNumberFormat('0');
    expect(sheet.getRange('B1').getValue()).toBe(45092);
  });

  it('rejects objects and arrays like Apps Script', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setValue({ a: 1 })).toThrow(
      "The parameters (Object) don't match the method signature for SpreadsheetApp.Range.setValue.",
    );
    expect(() => sheet.getRange('A1:B1').setValues([[1, [2]]])).toThrow(/don't match the method signature/);
    expect(() => sheet.getRange('A1:B1').setValues(['a', 'b'] as unknown as unknown[][])).toThrow(
      "The parameters (String[]) don't match the method signature for SpreadsheetApp.Range.setValues.",
    );
  });

  it('rejects more than 50,000 characters in one cell', () => {
    const { sheet } = setup();
    expect(() => sheet.getRange('A1').setValue('x'.repeat(50001))).toThrow(
      'Your input contains more than the maximum of 50000 characters in a single cell.',
    );
    expect(sheet.getRange('A1').setValue('x'.repeat(50000)).getValue()).toHaveLength(50000);
  });
});

describe('setValues shape errors', () => {
  it('uses the exact Apps Script messages', () => {
    const { sheet } = setup();
    const r = sheet.getRange(1, 1, 3, 2);
    expect(() => r.setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. ' +
        'The data has 1 but the range has 3.',
    );
    expect(() => r.setValues([[1, 2], [3, 4], [5]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. ' +
        'The data has 1 but the range has 2.',
    );
    try {
      r.setValues([]);
      throw new Error('no throw');
    } catch (e) {
      expect((e as Error).name).toBe('Exception');
    }
    expect(sheet.getLastRow()).toBe(0); // nothing written
  });
});

describe('display values and number formats', () => {
  it('renders vi_VN and en_US separators', () => {
    const vi = setup('vi_VN').sheet;
    vi.getRange('A1:E1').setNumberFormats([['#,##0', '0.0%', '0', '0.###############', '#,##0.00']]);
    vi.getRange('A1:E1').setValues([[1234567, 0.125, 3.7, 1234.5, -1234.5]]);
    expect(vi.getRange('A1:E1').getDisplayValues()).toEqual([['1.234.567', '12,5%', '4', '1234,5', '-1.234,50']]);
    const en = setup('en_US').sheet;
    en.getRange('A1:C1').setNumberFormats([['#,##0', '0.0%', '#,##0.00']]);
    en.getRange('A1:C1').setValues([[1234567, 0.125, -1234.5]]);
    expect(en.getRange('A1:C1').getDisplayValues()).toEqual([['1,234,567', '12.5%', '-1,234.50']]);
  });

  it('renders dates with the cell format in the spreadsheet zone', () => {
    const { sheet } = setup();
    const d = new Date('2023-06-15T01:05:00.000Z'); // 08:05 in Hanoi
    sheet.getRange('A1:D1').setNumberFormats([['dd/mm/yyyy', 'HH:mm', 'dd/MM/yyyy HH:mm', 'yyyy-mm-dd']]);
    sheet.getRange('A1:D1').setValues([[d, d, d, d]]);
    expect(sheet.getRange('A1:D1').getDisplayValues()).toEqual([
      ['15/06/2023', '08:05', '15/06/2023 08:05', '2023-06-15'],
    ]);
    expect(sheet.getRange('A1:D1').getNumberFormats()).toEqual([
      ['dd/mm/yyyy', 'HH:mm', 'dd/MM/yyyy HH:mm', 'yyyy-mm-dd'],
    ]);
  });

  it('setSpreadsheetTimeZone keeps the wall clock (Sheets stores wall-clock values)', () => {
    const { ss, sheet } = setup();
    sheet.getRange('A1').setValue('15/06/2023');
    ss.setSpreadsheetTimeZone('Europe/London');
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2023-06-14T23:00:00.000Z');
    expect(sheet.getRange('A1').getDisplayValue()).toBe('15/06/2023');
    expect(() => ss.setSpreadsheetTimeZone('Mars/Olympus')).toThrow();
  });
});
