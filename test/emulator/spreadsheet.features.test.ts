import { createContext } from '../../local/emulator/context';
import {
  type FakeSpreadsheet,
  createSpreadsheetService,
  deserializeSpreadsheet,
  serializeSpreadsheet,
} from '../../local/emulator/spreadsheet';

const OWNER = 'thuky@example.com';

function setup() {
  const ctx = createContext({ now: () => new Date('2023-06-20T03:00:00Z'), userEmail: OWNER });
  const svc = createSpreadsheetService(ctx, { name: 'Thôn Pác Khuông' });
  const SA = svc.SpreadsheetApp;
  const ss = SA.getActive();
  ss.setSpreadsheetLocale('vi_VN');
  return { ctx, svc, SA, ss, sheet: ss.getActiveSheet(), counter: ctx.counter };
}

const html = (content: string, title = '', width = 300, height = 200) =>
  ({
    getContent: () => content,
    getTitle: () => title,
    getWidth: () => width,
    getHeight: () => height,
  }) as unknown as GoogleAppsScript.HTML.HtmlOutput;

describe('data validation', () => {
  it('builds rules with Apps Script criteria and arguments', () => {
    const { SA, ss, sheet } = setup();
    const lists = ss.insertSheet('Danh mục');
    lists.getRange('A1:A3').setValues([['Loại'], ['Nhắc nhở'], ['Lập biên bản']]);
    const inList = SA.newDataValidation()
      .requireValueInList(['Đã ký', 'Vi phạm'], true)
      .setAllowInvalid(false)
      .setHelpText('Chọn')
      .build();
    const inRange = SA.newDataValidation().requireValueInRange(lists.getRange('A2:A'), true).build();
    const checkbox = SA.newDataValidation().requireCheckbox().build();
    const date = SA.newDataValidation().requireDate().build();
    const between = SA.newDataValidation().requireNumberBetween(1, 10).build();
    const gte = SA.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build();
    sheet.getRange('A2:F2').setDataValidations([[inList, inRange, checkbox, date, between, gte]]);

    const rules = sheet.getRange('A2:G2').getDataValidations()[0];
    expect(rules.map((r) => (r ? String(r.getCriteriaType()) : null))).toEqual([
      'VALUE_IN_LIST',
      'VALUE_IN_RANGE',
      'CHECKBOX',
      'DATE_IS_VALID_DATE',
      'NUMBER_BETWEEN',
      'NUMBER_GREATER_THAN_OR_EQUAL_TO',
      null,
    ]);
    expect(rules[0]!.getCriteriaValues()).toEqual([['Đã ký', 'Vi phạm'], true]);
    expect(rules[0]!.getAllowInvalid()).toBe(false);
    expect(rules[0]!.getHelpText()).toBe('Chọn');
    expect(rules[1]!.getAllowInvalid()).toBe(true); // Apps Script's default
    const src = rules[1]!.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect([src.getSheet().getName(), src.getA1Notation()]).toEqual(['Danh mục', 'A2:A']);
    expect(rules[4]!.getCriteriaValues()).toEqual([1, 10]);
    expect(rules[2]!.getCriteriaType()).toBe(SA.DataValidationCriteria.CHECKBOX);
    expect(sheet.getRange('G2').getDataValidation()).toBeNull();
  });

  it('copy() gives a builder; stored rules are not changed by it', () => {
    const { SA, sheet } = setup();
    const rule = SA.newDataValidation().requireValueInList(['a']).build();
    sheet.getRange('A1:A3').setDataValidation(rule);
    const changed = sheet.getRange('A1').getDataValidation()!.copy().requireValueInList(['a', 'b']).build();
    sheet.getRange('A2').setDataValidation(changed);
    expect(
      sheet
        .getRange('A1:A3')
        .getDataValidations()
        .map((r) => r[0]!.getCriteriaValues()[0]),
    ).toEqual([['a'], ['a', 'b'], ['a']]);
    sheet.getRange('A1:A2').clearDataValidations();
    expect(
      sheet
        .getRange('A1:A3')
        .getDataValidations()
        .map((r) => r[0] === null),
    ).toEqual([true, true, false]);
  });

  it('a rule’s source range follows rows inserted above it', () => {
    const { SA, ss, sheet } = setup();
    const lists = ss.insertSheet('Danh mục');
    sheet
      .getRange('A1')
      .setDataValidation(SA.newDataValidation().requireValueInRange(lists.getRange('B2:B20')).build());
    lists.insertRowsBefore(1, 1);
    const src = sheet.getRange('A1').getDataValidation()!.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect(src.getA1Notation()).toBe('B3:B21');
  });

  it('an open-ended source range (A2:A) keeps reaching the last row when the sheet grows', () => {
    const { SA, ss, sheet } = setup();
    const lists = ss.insertSheet('Danh mục');
    sheet.getRange('A1').setDataValidation(SA.newDataValidation().requireValueInRange(lists.getRange('A2:A')).build());
    lists.insertRowsAfter(1000, 10);
    const src = sheet.getRange('A1').getDataValidation()!.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect([src.getA1Notation(), src.getLastRow()]).toEqual(['A2:A', 1010]);
  });

  it('rows inserted inside formatted, validated rows inherit the format and the rule', () => {
    const { SA, sheet } = setup();
    sheet
      .getRange('C2:C1000')
      .setNumberFormat('dd/mm/yyyy')
      .setDataValidation(SA.newDataValidation().requireDate().build());
    sheet.insertRowsAfter(5, 2);
    expect(sheet.getRange('C6').getNumberFormat()).toBe('dd/mm/yyyy');
    expect(String(sheet.getRange('C7').getDataValidation()!.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
  });
});

describe('checkboxes', () => {
  it('insertCheckboxes sets every cell to false and a checkbox rule, overwriting values', () => {
    const { sheet } = setup();
    sheet.getRange('A1:A3').setValues([['x'], [true], [5]]);
    sheet.getRange('A1:A4').insertCheckboxes();
    expect(sheet.getRange('A1:A4').getValues()).toEqual([[false], [false], [false], [false]]);
    expect(String(sheet.getRange('A4').getDataValidation()!.getCriteriaType())).toBe('CHECKBOX');
    expect(sheet.getLastRow()).toBe(4);
    expect(sheet.getRange('A1:A4').isChecked()).toBe(false);
    sheet.getRange('A2').check();
    expect(sheet.getRange('A1:A4').isChecked()).toBeNull();
    expect(sheet.getRange('A2').isChecked()).toBe(true);
    sheet.getRange('A1:A4').removeCheckboxes();
    expect(sheet.getRange('A1:A4').getValues()).toEqual([[''], [''], [''], ['']]);
    expect(sheet.getRange('A1').getDataValidation()).toBeNull();
  });

  it('custom checked/unchecked values', () => {
    const { sheet } = setup();
    sheet.getRange('B1:B2').insertCheckboxes('Có', 'Không');
    expect(sheet.getRange('B1:B2').getValues()).toEqual([['Không'], ['Không']]);
    expect(sheet.getRange('B1').getDataValidation()!.getCriteriaValues()).toEqual(['Có', 'Không']);
  });
});

describe('protection', () => {
  it('sheet.protect() mirrors the spreadsheet editors until changed, and returns the existing one', () => {
    const { ctx, ss, sheet, SA } = setup();
    ss.addEditor('pho.ban@example.com');
    const p = sheet.protect().setDescription('Chỉ chủ sở hữu');
    expect(sheet.protect().getDescription()).toBe('Chỉ chủ sở hữu');
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER, 'pho.ban@example.com']);
    expect(String(p.getProtectionType())).toBe('SHEET');
    expect(p.getRange().getA1Notation()).toBe('A1:Z1000');

    // Still effectively unprotected for the other editor…
    ctx.user.email = 'pho.ban@example.com';
    sheet.getRange('A1').setValue('ok');
    ctx.user.email = OWNER;

    // …until the editors list is changed (the usual addEditor(me) + removeEditors(getEditors())).
    p.addEditor(OWNER);
    p.removeEditors(p.getEditors());
    expect(p.getEditors().map((u) => u.getEmail())).toEqual([OWNER]);
    expect(p.canDomainEdit()).toBe(false);
    ctx.user.email = 'pho.ban@example.com';
    expect(p.canEdit()).toBe(false);
    expect(() => sheet.getRange('A2').setValue('no')).toThrow(
      'You are trying to edit a protected cell or object. Please contact the spreadsheet owner to remove ' +
        'protection if you need to edit.',
    );
    expect(() => sheet.appendRow(['no'])).toThrow(/protected cell/);
    ctx.user.email = OWNER;
    expect(p.canEdit()).toBe(true);
    sheet.getRange('A2').setValue('owner can');
    expect(sheet.getProtections(SA.ProtectionType.SHEET)).toHaveLength(1);
    p.remove();
    expect(sheet.getProtections(SA.ProtectionType.SHEET)).toHaveLength(0);
  });

  it('range protections: warning-only does not stop scripts; others block only their cells', () => {
    const { ctx, ss, sheet, SA } = setup();
    const header = sheet.getRange('A1:F1').protect().setDescription('Tiêu đề').setWarningOnly(true);
    const locked = sheet.getRange('H1:H5').protect();
    locked.removeEditors(locked.getEditors());
    expect(header.isWarningOnly()).toBe(true);
    expect(sheet.getProtections(SA.ProtectionType.RANGE).map((p) => p.getRange().getA1Notation())).toEqual([
      'A1:F1',
      'H1:H5',
    ]);
    expect(ss.getProtections(SA.ProtectionType.RANGE)).toHaveLength(2);
    ctx.user.email = 'other@example.com';
    sheet.getRange('A1').setValue('edited despite the warning');
    sheet.getRange('G1').setValue('free');
    expect(() => sheet.getRange('G1:H1').setValues([['a', 'b']])).toThrow(/protected cell/);
    expect(sheet.getRange('G2:H2').canEdit()).toBe(false);
    ctx.user.email = OWNER;
    expect(sheet.getRange('A1:H1').getValues()[0].slice(0, 1)).toEqual(['edited despite the warning']);
  });

  it('a protection is read in full and changed only by the owner or its editors; its rows cannot be deleted', () => {
    const { ctx, ss, sheet, SA } = setup();
    ss.addEditors(['pho.ban@example.com', 'khac@example.com']);
    const rights = sheet.getRange('A5:C5').protect().setDescription('Quyền');
    rights.removeEditors(rights.getEditors());
    rights.addEditor('pho.ban@example.com');
    ss.insertSheet('Khác');
    ctx.user.email = 'khac@example.com';
    const seen = sheet.getProtections(SA.ProtectionType.RANGE)[0];
    expect([seen.canEdit(), seen.getDescription(), seen.getRange().getA1Notation()]).toEqual([false, 'Quyền', 'A5:C5']);
    const refused = 'You do not have permission to perform that action.';
    expect(() => seen.getEditors()).toThrow(refused);
    expect(() => seen.addEditor('khac@example.com')).toThrow(refused);
    expect(() => seen.removeEditors(['pho.ban@example.com'])).toThrow(refused);
    expect(() => seen.setWarningOnly(true)).toThrow(refused);
    expect(() => seen.setDomainEdit(true)).toThrow(refused);
    expect(() => seen.remove()).toThrow(refused);
    expect(() => sheet.getRange('B5').setValue('khac@example.com')).toThrow(/protected cell/);
    expect(() => sheet.deleteRows(4, 2)).toThrow(/protected cell/);
    expect(() => sheet.deleteColumn(2)).toThrow(/protected cell/);
    expect(() => ss.deleteSheet(sheet)).toThrow(/protected cell/);
    // Rows and columns clear of the range stay the other editors' to delete.
    sheet.deleteRows(6, 2);
    sheet.deleteColumn(5);
    // A listed editor may edit it and its cells; the owner always may.
    ctx.user.email = 'pho.ban@example.com';
    sheet.getRange('B5').setValue('pho.ban@example.com');
    expect(seen.getEditors().map((u) => u.getEmail())).toEqual([OWNER, 'pho.ban@example.com']);
    ctx.user.email = OWNER;
    seen.removeEditor('pho.ban@example.com');
    ctx.user.email = 'pho.ban@example.com';
    expect(seen.canEdit()).toBe(false);
    expect(() => sheet.getRange('B5').setValue('x')).toThrow(/protected cell/);
    ctx.user.email = OWNER;
    sheet.deleteRows(5, 1);
    expect(sheet.getProtections(SA.ProtectionType.RANGE)).toHaveLength(1);
  });

  it('protected ranges follow inserted rows', () => {
    const { sheet, SA } = setup();
    sheet.getRange('A1:C1').protect();
    sheet.insertRowsBefore(1, 1);
    expect(sheet.getProtections(SA.ProtectionType.RANGE)[0].getRange().getA1Notation()).toBe('A2:C2');
  });
});

describe('charts', () => {
  it('newChart → insertChart → getCharts, with ranges, options and position', () => {
    const { svc, sheet } = setup();
    const { ChartType } = svc.Charts;
    sheet.getRange('A1:B4').setValues([
      ['Tháng', 'Số vụ'],
      ['T1', 3],
      ['T2', 5],
      ['T3', 2],
    ]);
    const chart = sheet
      .newChart()
      .setChartType(ChartType.COLUMN)
      .addRange(sheet.getRange('A1:B4'))
      .setPosition(6, 2, 10, 0)
      .setOption('title', 'Vụ việc theo tháng')
      .setNumHeaders(1)
      .build();
    expect(chart.getChartId()).toBeNull();
    sheet.insertChart(chart);
    const [c] = sheet.getCharts();
    expect(c.getChartId()).toEqual(expect.any(Number));
    expect(c.getRanges().map((r) => r.getA1Notation())).toEqual(['A1:B4']);
    expect(c.getOptions().get('title')).toBe('Vụ việc theo tháng');
    expect(c.getOptions().get('legend')).toBeNull();
    const info = c.getContainerInfo();
    expect([info.getAnchorRow(), info.getAnchorColumn(), info.getOffsetX(), info.getOffsetY()]).toEqual([6, 2, 10, 0]);
    expect(c.getNumHeaders()).toBe(1);

    sheet.updateChart(c.modify().setChartType(ChartType.PIE).setOption('title', 'Tỉ lệ').build());
    const [u] = sheet.getCharts();
    expect(u.getChartId()).toBe(c.getChartId());
    expect(u.getOptions().get('title')).toBe('Tỉ lệ');
    expect((u as unknown as { getType(): string }).getType()).toBe('PIE');
    expect(ChartType.PIE).toBe('PIE' as unknown);

    sheet.removeChart(u);
    expect(sheet.getCharts()).toHaveLength(0);
  });

  it('records enough for a playground to redraw', () => {
    const { svc, ss, sheet } = setup();
    sheet.getRange('A1:B2').setValues([
      ['a', 1],
      ['b', 2],
    ]);
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(svc.Charts.ChartType.BAR)
        .addRange(sheet.getRange('A1:B2'))
        .setPosition(1, 4, 0, 0)
        .build(),
    );
    const raw = (svc.spreadsheet as FakeSpreadsheet).sheets[0];
    expect(raw.describeCharts()).toEqual([
      {
        chartId: 1,
        type: 'BAR',
        ranges: [{ sheet: ss.getActiveSheet().getName(), a1: 'A1:B2' }],
        options: {},
        position: { anchorRow: 1, anchorColumn: 4, offsetX: 0, offsetY: 0 },
        numHeaders: -1,
        transpose: false,
        mergeStrategy: null,
        hiddenDimensionStrategy: null,
      },
    ]);
  });
});

describe('Ui', () => {
  it('records menus (a later addToUi of the same caption replaces it)', () => {
    const { SA, svc } = setup();
    const ui = SA.getUi();
    ui.createMenu('ANTT tự quản')
      .addItem('Thiết lập bảng tính', 'menuSetup')
      .addSeparator()
      .addSubMenu(ui.createMenu('Nhập liệu').addItem('Tuần tra', 'menuPatrol'))
      .addToUi();
    ui.createMenu('ANTT tự quản').addItem('Trợ giúp', 'menuHelp').addToUi();
    ui.createAddonMenu().addItem('Mở', 'menuOpen').addToUi();
    expect(svc.ui.menus).toEqual([
      {
        caption: 'ANTT tự quản',
        addon: false,
        items: [{ type: 'item', caption: 'Trợ giúp', functionName: 'menuHelp' }],
      },
      { caption: 'ANTT tự quản', addon: true, items: [{ type: 'item', caption: 'Mở', functionName: 'menuOpen' }] },
    ]);
    ui.createMenu('Khác')
      .addItem('A', 'fa')
      .addSeparator()
      .addSubMenu(ui.createMenu('Sub').addItem('B', 'fb'))
      .addToUi();
    expect(svc.ui.menus[2].items).toEqual([
      { type: 'item', caption: 'A', functionName: 'fa' },
      { type: 'separator' },
      { type: 'submenu', caption: 'Sub', items: [{ type: 'item', caption: 'B', functionName: 'fb' }] },
    ]);
  });

  it('records sidebars and dialogs through the HtmlOutput interface', () => {
    const { SA, svc } = setup();
    const ui = SA.getUi();
    ui.showSidebar(html('<p>form</p>', 'Ghi tuần tra'));
    ui.showModalDialog(html('<p>help</p>', 'ignored', 640, 480), 'Hướng dẫn');
    ui.showModelessDialog(html('<p>x</p>'), 'Khác');
    expect(svc.ui.sidebars).toEqual([
      { kind: 'sidebar', title: 'Ghi tuần tra', html: '<p>form</p>', width: 300, height: 200 },
    ]);
    expect(svc.ui.dialogs.map((d) => [d.kind, d.title, d.html, d.width, d.height])).toEqual([
      ['modal', 'Hướng dẫn', '<p>help</p>', 640, 480],
      ['modeless', 'Khác', '<p>x</p>', 300, 200],
    ]);
  });

  it('alerts and prompts answer from the scripted queue, else the first button', () => {
    const { SA, svc } = setup();
    const ui = SA.getUi();
    expect(ui.alert('Xong')).toBe(ui.Button.OK);
    expect(ui.alert('Xoá?', 'Chắc chắn?', ui.ButtonSet.YES_NO)).toBe(ui.Button.YES);
    svc.ui.nextResponses.push('NO', { button: 'OK', text: '2023' });
    expect(ui.alert('Xoá?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    const p = ui.prompt('Năm', 'Nhập năm', ui.ButtonSet.OK_CANCEL);
    expect([p.getSelectedButton(), p.getResponseText()]).toEqual([ui.Button.OK, '2023']);
    expect(svc.ui.alerts.map((a) => [a.kind, a.title, a.message, a.buttons, a.response])).toEqual([
      ['alert', '', 'Xong', 'OK', 'OK'],
      ['alert', 'Xoá?', 'Chắc chắn?', 'YES_NO', 'YES'],
      ['alert', '', 'Xoá?', 'YES_NO', 'NO'],
      ['prompt', 'Năm', 'Nhập năm', 'OK_CANCEL', 'OK'],
    ]);
  });

  it('toasts are recorded; getUi throws where there is no UI', () => {
    const { SA, ss, svc } = setup();
    ss.toast('Đã lưu');
    ss.toast('Lỗi', 'ANTT', -1);
    expect(svc.ui.toasts).toEqual([
      { message: 'Đã lưu', title: '', timeout: 5 },
      { message: 'Lỗi', title: 'ANTT', timeout: -1 },
    ]);
    svc.ui.available = false;
    expect(() => SA.getUi()).toThrow('Cannot call SpreadsheetApp.getUi() from this context.');
  });
});

describe('call counting', () => {
  it('counts sheet.getRange().getValues() as 2 reads and no write', () => {
    const { sheet, counter } = setup();
    counter.reset();
    sheet.getRange('A1:B2').getValues();
    expect(counter.count({ service: 'SpreadsheetApp' })).toBe(2);
    expect(counter.count({ kind: 'write' })).toBe(0);
    expect(counter.byMethod('SpreadsheetApp')).toEqual({ 'Sheet.getRange': 1, 'Range.getValues': 1 });
  });

  it('counts writes, chained calls and calls on returned objects; raw objects are uncounted', () => {
    const { sheet, counter, svc, SA } = setup();
    counter.reset();
    sheet
      .getRange('A1:B1')
      .setValues([[1, 2]])
      .setFontWeight('bold');
    sheet.getRange('A1').setDataValidation(SA.newDataValidation().requireCheckbox().build());
    expect(counter.byMethod('SpreadsheetApp')).toEqual({
      'Sheet.getRange': 2,
      'Range.setValues': 1,
      'Range.setFontWeight': 1,
      'SpreadsheetApp.newDataValidation': 1,
      'DataValidationBuilder.requireCheckbox': 1,
      'DataValidationBuilder.build': 1,
      'Range.setDataValidation': 1,
    });
    expect(counter.count({ kind: 'write' })).toBe(3);
    counter.reset();
    svc.spreadsheet.getSheets()[0].getRange('A1').getValue();
    expect(counter.log).toHaveLength(0);
    expect(SA.getActive().getActiveSheet()).toBe(sheet); // stable wrappers
  });

  it('layout changes are writes, builder calls are reads', () => {
    const { sheet, counter, SA } = setup();
    counter.reset();
    sheet.setColumnWidth(2, 150);
    sheet.setFrozenRows(1);
    SA.newDataValidation().requireNumberBetween(1, 2).setHelpText('x').setAllowInvalid(false);
    expect(counter.log.map((c) => [c.method, c.kind])).toEqual([
      ['Sheet.setColumnWidth', 'write'],
      ['Sheet.setFrozenRows', 'write'],
      ['SpreadsheetApp.newDataValidation', 'read'],
      ['DataValidationBuilder.requireNumberBetween', 'read'],
      ['DataValidationBuilder.setHelpText', 'read'],
      ['DataValidationBuilder.setAllowInvalid', 'read'],
    ]);
  });

  it('counts the cells each call reads or writes: rows × columns of the range', () => {
    const { sheet, counter, SA } = setup();
    counter.reset();
    sheet.getRange(1, 1, 3, 4).setValues([
      [1, 2, 3, 4],
      [5, 6, 7, 8],
      [9, 10, 11, 12],
    ]);
    sheet.getRange('A1:B2').setNumberFormat('0.00');
    sheet.appendRow(['a', 'b', 'c']);
    const data = sheet.getDataRange();
    data.getValues();
    data.getDisplayValues();
    sheet.getRange('C2').getValue();
    sheet.getRange('A1:D1').getFormulas();
    sheet.getRange('A1:A4').clearContent();
    sheet.getRange('B1:B2').setValue('x');
    sheet.setFrozenRows(1);
    expect(counter.log.filter((c) => c.cells !== undefined).map((c) => [c.method, c.kind, c.cells])).toEqual([
      ['Range.setValues', 'write', 12],
      ['Range.setNumberFormat', 'write', 4],
      ['Sheet.appendRow', 'write', 3],
      ['Range.getValues', 'read', 16],
      ['Range.getDisplayValues', 'read', 16],
      ['Range.getValue', 'read', 1],
      ['Range.getFormulas', 'read', 4],
      ['Range.clearContent', 'write', 4],
      ['Range.setValue', 'write', 2],
    ]);
    expect(counter.cells({ kind: 'read' })).toBe(37);
    expect(counter.cells({ kind: 'write' })).toBe(25);
    expect(counter.cells({ kind: 'write', method: 'Range.setValues' })).toBe(12);
    // count() is unchanged: one per call, cells or not.
    expect(counter.count()).toBe(17);
    sheet.clear();
    expect(counter.log.at(-1)).toEqual({
      service: 'SpreadsheetApp',
      method: 'Sheet.clear',
      kind: 'write',
      cells: 16,
      sheet: sheet.getName(),
    });
    // Every call on a range or a sheet names its sheet (setFrozenRows too); a spreadsheet's call names none.
    expect(counter.log.every((c) => c.sheet === sheet.getName())).toBe(true);
    counter.reset();
    SA.getActive().getSheets();
    expect(counter.log.map((c) => c.sheet)).toEqual([undefined, undefined]);
    counter.reset();
    counter.quiet(() => sheet.getRange('A1:B2').getValues());
    expect(counter.cells()).toBe(0);
    expect(counter.serviceMs).toBe(0); // time inside calls is summed only while counting
  });

  it('setDataValidations accepts a 2-D array of counted rules', () => {
    const { sheet, SA } = setup();
    const rule = SA.newDataValidation().requireDate().build();
    sheet.getRange('A1:B2').setDataValidations([
      [rule, null],
      [null, rule],
    ]);
    expect(
      sheet
        .getRange('A1:B2')
        .getDataValidations()
        .map((r) => r.map((x) => (x ? String(x.getCriteriaType()) : null))),
    ).toEqual([
      ['DATE_IS_VALID_DATE', null],
      [null, 'DATE_IS_VALID_DATE'],
    ]);
  });
});

describe('serialize / deserialize', () => {
  function build() {
    const env = setup();
    const { ss, sheet, SA, svc } = env;
    sheet.setName('Tuần tra');
    const lists = ss.insertSheet('Danh mục');
    lists.getRange('A1:A3').setValues([['Vai trò'], ['Tổ trưởng'], ['Thành viên']]);
    sheet
      .getRange('A1:E1')
      .setValues([['Mã', 'Ngày', 'Giờ', 'Vai trò', 'Phối hợp']])
      .setFontWeight('bold')
      .setBackground('#cfe2f3');
    sheet.getRange('B2:B1000').setNumberFormat('dd/mm/yyyy');
    sheet.getRange('C2:C1000').setNumberFormat('HH:mm');
    sheet.getRange('A2:A1000').setNumberFormat('@');
    sheet
      .getRange('D2:D1000')
      .setDataValidation(
        SA.newDataValidation().requireValueInRange(lists.getRange('A2:A'), true).setAllowInvalid(false).build(),
      );
    sheet.getRange('E2:E3').insertCheckboxes();
    sheet.getRange('A2:D3').setValues([
      ['TT-0001', '15/06/2023', '19:30', 'Tổ trưởng'],
      ['TT-0002', new Date('2023-06-16T12:00:00Z'), '20:00', 'Thành viên'],
    ]);
    sheet.getRange('F2').setFormula('=COUNTA(A2:A)');
    sheet.getRange('A1').setNote('Mã bản ghi');
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 120);
    sheet.getRange('A1:E1').protect().setWarningOnly(true).setDescription('Tiêu đề');
    const p = lists.protect();
    p.removeEditors(p.getEditors());
    p.addEditor('pho.ban@example.com');
    sheet.insertChart(
      sheet
        .newChart()
        .setChartType(svc.Charts.ChartType.LINE)
        .addRange(sheet.getRange('B1:C3'))
        .setOption('title', 'Giờ')
        .setPosition(5, 7, 0, 0)
        .build(),
    );
    ss.setNamedRange('VaiTro', lists.getRange('A2:A3'));
    sheet.activate();
    return env;
  }

  it('round-trips values, formats, validations, protections, frozen rows, charts as plain JSON', () => {
    const { ctx, svc } = build();
    const json = serializeSpreadsheet(svc.spreadsheet);
    const text = JSON.stringify(json);
    expect(JSON.parse(text)).toEqual(json); // plain JSON
    expect(text).toContain('{"$date":"2023-06-14T17:00:00.000Z"}');

    const copy = deserializeSpreadsheet(ctx, JSON.parse(text));
    expect(JSON.stringify(serializeSpreadsheet(copy))).toBe(text);

    const svc2 = createSpreadsheetService(ctx, { spreadsheet: copy });
    const ss2 = svc2.SpreadsheetApp.getActive();
    const s = ss2.getSheetByName('Tuần tra')!;
    expect(ss2.getActiveSheet().getName()).toBe('Tuần tra');
    expect(ss2.getSpreadsheetLocale()).toBe('vi_VN');
    expect(s.getRange('A2:D3').getDisplayValues()).toEqual([
      ['TT-0001', '15/06/2023', '19:30', 'Tổ trưởng'],
      ['TT-0002', '16/06/2023', '20:00', 'Thành viên'],
    ]);
    expect((s.getRange('B2').getValue() as Date).toISOString()).toBe('2023-06-14T17:00:00.000Z');
    expect(s.getRange('F2').getFormula()).toBe('=COUNTA(A2:A)');
    expect(s.getRange('E2:E3').getValues()).toEqual([[false], [false]]);
    expect(s.getRange('A1').getNote()).toBe('Mã bản ghi');
    expect(s.getRange('A1:E1').getFontWeights()[0]).toEqual(['bold', 'bold', 'bold', 'bold', 'bold']);
    expect(s.getRange('A500').getNumberFormat()).toBe('@');
    expect([s.getFrozenRows(), s.getColumnWidth(2)]).toEqual([1, 120]);
    const rule = s.getRange('D999').getDataValidation()!;
    expect([String(rule.getCriteriaType()), rule.getAllowInvalid()]).toEqual(['VALUE_IN_RANGE', false]);
    const src = rule.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect([src.getSheet().getName(), src.getA1Notation()]).toEqual(['Danh mục', 'A2:A']);
    const PT = svc2.SpreadsheetApp.ProtectionType;
    const header = s.getProtections(PT.RANGE)[0];
    expect([header.getRange().getA1Notation(), header.isWarningOnly(), header.getDescription()]).toEqual([
      'A1:E1',
      true,
      'Tiêu đề',
    ]);
    const listProt = ss2.getSheetByName('Danh mục')!.getProtections(PT.SHEET)[0];
    expect(listProt.getEditors().map((u) => u.getEmail())).toEqual([OWNER, 'pho.ban@example.com']);
    const [chart] = s.getCharts();
    expect([
      chart.getRanges()[0].getA1Notation(),
      chart.getOptions().get('title'),
      chart.getContainerInfo().getAnchorColumn(),
    ]).toEqual(['B1:C3', 'Giờ', 7]);
    expect(ss2.getRangeByName('VaiTro')!.getA1Notation()).toBe('A2:A3');

    // Anchors still work after loading: inserting a row above the list moves the rule's source.
    ss2.getSheetByName('Danh mục')!.insertRowsBefore(1, 1);
    const moved = s.getRange('D2').getDataValidation()!.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
    expect(moved.getA1Notation()).toBe('A3:A');
  });

  it('a loaded workbook can be made the active one of an existing service', () => {
    const { ctx, svc } = build();
    const copy = deserializeSpreadsheet(ctx, serializeSpreadsheet(svc.spreadsheet));
    const other = createSpreadsheetService(ctx);
    other.setActiveSpreadsheet(copy);
    expect(other.SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Danh mục')).not.toBeNull();
    other.spreadsheet.toast('hi');
    expect(other.ui.toasts).toEqual([{ message: 'hi', title: '', timeout: 5 }]);
    expect(other.SpreadsheetApp.openById(copy.getId()).getName()).toBe('Thôn Pác Khuông');
  });
});

describe('at scale (timings are printed by npm run bench, not asserted here)', () => {
  it('writes and reads back 50,000 × 15 with date columns', () => {
    const { sheet } = setup();
    const rows = 50000;
    const data: unknown[][] = [];
    const day = new Date('2023-01-01T00:00:00Z');
    for (let i = 0; i < rows; i++) {
      data.push([
        `TT-${i}`,
        day,
        'Tổ 1',
        i,
        true,
        'Địa bàn',
        'a,b,c',
        3,
        false,
        'Bình thường',
        'x@y',
        day,
        `R${i}`,
        1.5,
        '',
      ]);
    }
    sheet.insertRowsAfter(1000, rows - 1000);
    sheet.getRange('B1:B50000').setNumberFormat('dd/mm/yyyy');
    sheet.getRange(1, 1, rows, 15).setValues(data);
    const values = sheet.getDataRange().getValues();
    expect(values).toHaveLength(rows);
    expect(values[49999][0]).toBe('TT-49999');
    expect(values[123][1]).toEqual(day);
    expect(values[123][1]).not.toBe(data[123][1]); // a fresh Date per read, as Apps Script gives
    expect(values[123]).toHaveLength(14); // column 15 is empty, so not in the data range
  });
});
