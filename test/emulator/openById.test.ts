/** Several spreadsheets in one environment: openById resolves among them, counted, with access and scope refusals. */
import { createGasEnvironment } from '../../local/emulator';

const NOW = () => new Date('2023-06-20T03:00:00Z');
const SCOPES = [
  'https://www.googleapis.com/auth/spreadsheets.currentonly',
  'https://www.googleapis.com/auth/script.container.ui',
];

describe('openById among the spreadsheets of one environment', () => {
  it('finds an added spreadsheet, counts the call and what it returns, and keeps the active one', () => {
    const env = createGasEnvironment({ now: NOW });
    const village = env.addSpreadsheet({ name: 'Thôn Nà Vường' });
    village.sheets[0].getRange('A1').setValue(42);
    const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    env.counter.reset();
    const opened = app.openById(village.getId());
    expect(opened.getName()).toBe('Thôn Nà Vường');
    expect(opened.getSheets()[0].getRange('A1').getValue()).toBe(42);
    expect(env.counter.byMethod('SpreadsheetApp')).toEqual({
      'SpreadsheetApp.openById': 1,
      'Spreadsheet.getName': 1,
      'Spreadsheet.getSheets': 1,
      'Sheet.getRange': 1,
      'Range.getValue': 1,
    });
    expect(app.getActive().getId()).toBe(env.spreadsheet.getId());
    expect(env.spreadsheets().map((s) => s.getName())).toEqual(['Thôn Pác Khuông – ANTT tự quản', 'Thôn Nà Vường']);
    expect(env.drive.hasFile(village.getId())).toBe(true);
    expect(app.openByUrl(`https://docs.google.com/spreadsheets/d/${village.getId()}/edit`).getName()).toBe(
      'Thôn Nà Vường',
    );
  });

  it('a saved workbook can be added; an unknown id is refused as Apps Script words it', () => {
    const env = createGasEnvironment({ now: NOW });
    env.spreadsheet.getSheets()[0].getRange('B2').setValue('x');
    const copy = env.addSpreadsheet(env.saveSpreadsheet());
    expect(copy).not.toBe(env.spreadsheet);
    const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    expect(app.openById(copy.getId()).getSheets()[0].getRange('B2').getValue()).toBe('x');
    expect(() => app.openById('khong-co')).toThrow(
      'Unexpected error while getting the method or property openById on object SpreadsheetApp.',
    );
  });

  it('refuses a spreadsheet the user is neither owner, editor nor viewer of; a viewer or a link opens it', () => {
    const env = createGasEnvironment({ now: NOW, userEmail: 'congan@example.com' });
    const other = env.addSpreadsheet({ name: 'Thôn Bản Chu', owner: 'truongthon@example.com' });
    const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    expect(() => app.openById(other.getId())).toThrow('You do not have permission to access the requested document.');
    other.viewers.push('congan@example.com');
    expect(app.openById(other.getId()).getName()).toBe('Thôn Bản Chu');
    env.setUser('nguoila@example.com');
    expect(() => app.openById(other.getId())).toThrow('You do not have permission');
    other.anyoneWithLink = true;
    expect(app.openById(other.getId()).getName()).toBe('Thôn Bản Chu');
  });

  it('with the manifest modelled, openById needs the spreadsheets scope (or its read-only form)', () => {
    const village = createGasEnvironment({ now: NOW, scopes: SCOPES });
    const ss = village.addSpreadsheet({ name: 'Xã' });
    const app = village.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    expect(() => app.openById(ss.getId())).toThrow(
      'You do not have permission to call SpreadsheetApp.openById. ' +
        'Required permissions: https://www.googleapis.com/auth/spreadsheets',
    );
    const commune = createGasEnvironment({
      now: NOW,
      scopes: [...SCOPES, 'https://www.googleapis.com/auth/spreadsheets.readonly'],
    });
    const v = commune.addSpreadsheet({ name: 'Thôn' });
    expect(
      (commune.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).openById(v.getId()).getName(),
    ).toBe('Thôn');
  });

  it('each spreadsheet has its own document properties and cache', () => {
    const env = createGasEnvironment({ now: NOW });
    const first = env.spreadsheet;
    const second = env.addSpreadsheet({ name: 'Xã' });
    const props = env.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService;
    const cache = env.globals.CacheService as GoogleAppsScript.Cache.CacheService;
    props.getDocumentProperties().setProperty('k', 'thôn');
    cache.getDocumentCache()!.put('c', 'thôn');
    env.setActiveSpreadsheet(second);
    expect(props.getDocumentProperties().getProperty('k')).toBeNull();
    expect(cache.getDocumentCache()!.get('c')).toBeNull();
    props.getDocumentProperties().setProperty('k', 'xã');
    expect(env.properties.document.toObject()).toEqual({ k: 'xã' });
    env.setActiveSpreadsheet(first);
    expect(props.getDocumentProperties().getProperty('k')).toBe('thôn');
    expect(env.properties.of(second.getId()).toObject()).toEqual({ k: 'xã' });
  });
});
