import { SHEETS, SHEET, numberFormatOf, sheetByName } from '../../src/domain/sheets';
import { DEFAULT_LISTS, LISTS_SHEET_HEADERS, LIST_NAMES } from '../../src/domain/lists';
import { SETTING_DEFS } from '../../src/domain/settings';
import { t } from '../../src/domain/i18n';
import { callAsScriptRun } from '../../local/bundle';
import { headerOf, loaded, snapshot } from '../support/env';

const specHeaders = (name: string) =>
  name === SHEET.lists ? [...LISTS_SHEET_HEADERS] : sheetByName(name)!.columns.map((c) => c.header);

describe('setupWorkbook on an empty workbook', () => {
  const { env, bundle } = loaded();
  const result = bundle.setupWorkbook() as { created: string[]; repaired: string[] };
  const ss = env.spreadsheet;
  const sheet = (n: string) => ss.getSheetByName(n)!;
  const PT = (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType;

  it('creates every sheet of SPEC §2 with its headers in order', () => {
    expect(result.created.sort()).toEqual(SHEETS.map((s) => s.name).sort());
    for (const def of SHEETS) {
      expect(sheet(def.name)).not.toBeNull();
      if (def.name !== SHEET.summary) expect(headerOf(env, def.name)).toEqual(specHeaders(def.name));
    }
  });

  it('freezes, bolds and warning-protects the header rows', () => {
    for (const def of SHEETS.filter((d) => d.name !== SHEET.summary)) {
      const s = sheet(def.name);
      expect(s.getFrozenRows()).toBe(1);
      expect(
        s
          .getRange(1, 1, 1, s.getLastColumn())
          .getFontWeights()[0]
          .every((w) => w === 'bold'),
      ).toBe(true);
      const p = s.getProtections(PT.RANGE);
      const header = p.filter((x) => x.getRange().getRow() === 1);
      expect(header).toHaveLength(1);
      expect(header[0].isWarningOnly()).toBe(true);
    }
  });

  it('formats dates as dd/mm/yyyy, free text as text, and sets checkboxes and dropdowns', () => {
    for (const def of SHEETS.filter((d) => d.kind === 'record')) {
      const s = sheet(def.name);
      def.columns.forEach((col, i) => {
        const cell = s.getRange(500, i + 1);
        const fmt = numberFormatOf(col.type);
        if (fmt) expect([def.name, col.header, cell.getNumberFormat()]).toEqual([def.name, col.header, fmt]);
        const rule = cell.getDataValidation();
        if (col.type === 'bool') expect(String(rule?.getCriteriaType())).toBe('CHECKBOX');
        if (col.type === 'date') expect(String(rule?.getCriteriaType())).toBe('DATE_IS_VALID_DATE');
        if (col.type === 'enum' && col.list) {
          expect(String(rule?.getCriteriaType())).toBe('VALUE_IN_RANGE');
          const range = rule!.getCriteriaValues()[0] as GoogleAppsScript.Spreadsheet.Range;
          expect(range.getSheet().getName()).toBe(SHEET.lists);
          expect(range.getColumn()).toBe(LISTS_SHEET_HEADERS.indexOf(col.list) + 1);
        }
        if (col.type === 'enum' && col.values) {
          expect(String(rule?.getCriteriaType())).toBe('VALUE_IN_LIST');
          expect(rule!.getCriteriaValues()[0]).toEqual([...col.values]);
        }
      });
    }
  });

  it('fills Danh mục with the default lists and marks the four required commitments', () => {
    const values = sheet(SHEET.lists).getDataRange().getValues();
    for (const name of LIST_NAMES) {
      const c = LISTS_SHEET_HEADERS.indexOf(name);
      expect(
        values
          .slice(1)
          .map((r) => r[c])
          .filter((v) => v !== ''),
      ).toEqual([...DEFAULT_LISTS[name]]);
    }
    expect(values.slice(1, 5).map((r) => r[1])).toEqual([true, true, true, true]);
  });

  it('writes one settings row per key with its default', () => {
    const values = sheet(SHEET.settings).getDataRange().getValues().slice(1);
    expect(values).toHaveLength(SETTING_DEFS.length);
    const row = (label: string) => values.find((r) => r[0] === label)!;
    expect(row('Tuổi cấp căn cước')[1]).toBe('14');
    // Set up today: the two-level administration (issue 16); the symbol and signer lines come from it.
    expect(row('Cấp hành chính')[1]).toBe('từ 01/7/2025');
    expect(row('Ký hiệu văn bản')[1]).toBe('');
    expect(String(row('Tuổi cấp căn cước')[2])).toContain('tuoi_cap_can_cuoc');
  });

  it('protects Đối tượng giúp đỡ for the owner only, and sets locale and zone', () => {
    const prot = sheet(SHEET.supervised).getProtections(PT.SHEET);
    expect(prot).toHaveLength(1);
    expect(prot[0].isWarningOnly()).toBe(false);
    expect(prot[0].getEditors().map((u) => u.getEmail())).toEqual([ss.getOwner()!.getEmail()]);
    expect(prot[0].canDomainEdit()).toBe(false);
    expect(ss.getSpreadsheetLocale()).toBe('vi_VN');
    expect(ss.getSpreadsheetTimeZone()).toBe('Asia/Ho_Chi_Minh');
  });

  it('a second run changes nothing and only reads', () => {
    const before = JSON.stringify(env.saveSpreadsheet());
    env.counter.reset();
    const again = bundle.setupWorkbook() as { created: string[]; repaired: string[] };
    expect(again).toEqual({ created: [], repaired: [], notes: [] });
    expect(env.counter.count({ service: 'SpreadsheetApp', kind: 'write' })).toBe(0);
    expect(env.counter.count({ service: 'SpreadsheetApp', kind: 'read' })).toBeGreaterThan(0);
    expect(JSON.stringify(env.saveSpreadsheet())).toBe(before);
  });
});

describe('setupWorkbook on a damaged workbook', () => {
  const { env, bundle } = loaded();
  bundle.setupWorkbook();
  bundle.loadSampleVillage();
  const ss = env.spreadsheet;
  const patrols = ss.getSheetByName(SHEET.patrols)!;
  const households = ss.getSheetByName(SHEET.households)!;
  const H = (s: GoogleAppsScript.Spreadsheet.Sheet) =>
    s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0].map(String);

  // Damage: a header retyped, a header renamed, a column deleted, two columns swapped, a user column, a deleted sheet.
  const hp = H(patrols);
  patrols.getRange(1, hp.indexOf('Ngày') + 1).setValue('  ngày ');
  patrols.getRange(1, hp.indexOf('Địa bàn') + 1).setValue('Khu vực');
  patrols.deleteColumn(hp.indexOf('Số người tham gia') + 1);
  const hh = H(households);
  const a = hh.indexOf('Chủ hộ') + 1;
  const b = hh.indexOf('Địa chỉ') + 1;
  const n = households.getLastRow();
  const colA = households.getRange(1, a, n, 1).getValues();
  const colB = households.getRange(1, b, n, 1).getValues();
  households.getRange(1, a, n, 1).setValues(colB);
  households.getRange(1, b, n, 1).setValues(colA);
  const userCol = households.getLastColumn() + 1;
  households.getRange(1, userCol, 3, 1).setValues([['Ghi chú riêng'], ['=SUM(1,2)'], ['giữ lại']]);
  ss.deleteSheet(ss.getSheetByName(SHEET.cameras)!);
  ss.getSheetByName(SHEET.settings)!.setName('Cài đặt cũ');

  const before = snapshot(env);
  const result = bundle.setupWorkbook() as { created: string[]; repaired: string[] };
  const after = snapshot(env);

  it('recreates deleted sheets and reports what it repaired', () => {
    expect(result.created.sort()).toEqual([SHEET.cameras, SHEET.settings].sort());
    expect(result.repaired).toEqual(expect.arrayContaining([SHEET.patrols, SHEET.households]));
    expect(ss.getSheetByName('Cài đặt cũ')).not.toBeNull();
  });

  it('gives every sheet all its SPEC headers', () => {
    for (const def of SHEETS.filter((d) => d.name !== SHEET.summary)) {
      const header = H(ss.getSheetByName(def.name)!);
      for (const h of specHeaders(def.name)) expect([def.name, header.includes(h)]).toEqual([def.name, true]);
    }
  });

  it('fixes a retyped header in place and appends truly missing columns at the right', () => {
    const header = H(patrols);
    expect(header.indexOf('Ngày')).toBe(hp.indexOf('Ngày'));
    expect(header).toContain('Khu vực');
    expect(header.slice(-2).sort()).toEqual(['Số người tham gia', 'Địa bàn'].sort());
  });

  it('keeps every cell where it was (only header text fixed, new columns appended)', () => {
    for (const [name, rows] of Object.entries(before)) {
      if (name === SHEET.lists || name === SHEET.summary) continue;
      rows.forEach((row, r) =>
        row.forEach((v, c) => {
          if (r === 0 && name === SHEET.patrols && c === hp.indexOf('Ngày'))
            return expect(after[name][0][c]).toBe('Ngày');
          expect([name, r + 1, c + 1, after[name][r][c]]).toEqual([name, r + 1, c + 1, v]);
        }),
      );
    }
    expect(after[SHEET.households][1][userCol - 1]).toBe(before[SHEET.households][1][userCol - 1]);
    expect(after[SHEET.households][2][userCol - 1]).toBe('giữ lại');
  });

  it('a run after the repair changes nothing', () => {
    env.counter.reset();
    expect(bundle.setupWorkbook()).toEqual({ created: [], repaired: [], notes: [] });
    expect(env.counter.count({ service: 'SpreadsheetApp', kind: 'write' })).toBe(0);
  });
});

describe('setupWorkbook on sheets and headers users retyped or left blank', () => {
  const { env, bundle } = loaded();
  bundle.setupWorkbook();
  bundle.loadSampleVillage();
  const ss = env.spreadsheet;
  const H = (s: GoogleAppsScript.Spreadsheet.Sheet) => s.getRange(1, 1, 1, s.getLastColumn()).getValues()[0];

  // Sheet names retyped in case (Sheets names are unique regardless of case) and spaces.
  const patrols = ss.getSheetByName(SHEET.patrols)!;
  patrols.setName('TUẦN TRA');
  const cameras = ss.getSheetByName(SHEET.cameras)!;
  cameras.setName(' camera ');
  // Households: a column deleted, data under a blank header at the right, user headers
  // holding a formula and a date, a header retyped.
  const households = ss.getSheetByName(SHEET.households)!;
  households.deleteColumn(H(households).indexOf('Dân tộc') + 1);
  const orphan = households.getLastColumn() + 1;
  households.getRange(2, orphan, 2, 1).setValues([['ghi chép tay'], ['x']]);
  households.getRange(1, orphan + 1, 1, 2).setValues([['=1+1', new Date('2023-01-01T00:00:00Z')]]);
  households.getRange(1, 2).setValue('chủ  hộ');
  // Teams: the id column renamed.
  const teams = ss.getSheetByName(SHEET.teams)!;
  teams.getRange(1, 1).setValue('Mã số tổ');

  it('before set-up, the forms name the missing id column and the repair (no silent blank ids)', () => {
    expect(() => callAsScriptRun(bundle, 'apiBootstrap', [])).toThrow(
      t('sheet.missingColumns', { sheet: SHEET.teams, columns: '"Mã tổ"' }),
    );
  });

  describe('after set-up', () => {
    const before = {
      patrols: snapshot(env)['TUẦN TRA'],
      cameras: snapshot(env)[' camera '],
    };
    let result: { created: string[]; repaired: string[] } = { created: [], repaired: [] };
    beforeAll(() => {
      result = bundle.setupWorkbook() as typeof result;
    });

    it('adopts a sheet whose name was retyped (was: "A sheet with the name … already exists")', () => {
      expect(result.created).toEqual([]);
      expect(result.repaired).toEqual(expect.arrayContaining([SHEET.patrols, SHEET.cameras]));
      expect(patrols.getName()).toBe(SHEET.patrols);
      expect(cameras.getName()).toBe(SHEET.cameras);
      expect(snapshot(env)[SHEET.patrols]).toEqual(before.patrols);
      expect(snapshot(env)[SHEET.cameras]).toEqual(before.cameras);
    });

    it('appends a missing header after data under a blank header, never over it', () => {
      const header = H(households).map(String);
      expect(header[orphan - 1]).toBe('');
      expect(header.indexOf('Dân tộc')).toBeGreaterThan(orphan + 1);
      expect(households.getRange(2, orphan, 2, 1).getValues()).toEqual([['ghi chép tay'], ['x']]);
    });

    it('fixes a retyped header without rewriting the other header cells (formulas and dates stay)', () => {
      expect(households.getRange(1, 2).getValue()).toBe('Chủ hộ');
      expect(households.getRange(1, orphan + 1).getFormula()).toBe('=1+1');
      expect(households.getRange(1, orphan + 2).getValue()).toEqual(new Date('2023-01-01T00:00:00Z'));
    });

    it('the forms work again, and a second run writes nothing', () => {
      expect(callAsScriptRun(bundle, 'apiBootstrap', [])).toMatchObject({ ok: true });
      env.counter.reset();
      expect(bundle.setupWorkbook()).toEqual({ created: [], repaired: [], notes: [] });
      expect(env.counter.count({ service: 'SpreadsheetApp', kind: 'write' })).toBe(0);
    });
  });
});

describe('Đối tượng giúp đỡ after set-up: only the owner and the editors listed in Cài đặt may write it', () => {
  // Apps Script: until the script changes a new protection's editor list, the protection
  // mirrors the spreadsheet's editors, i.e. protects nothing. Set-up must set that list
  // even when only the owner is allowed (was: left as created, so every editor could write).
  const { env, bundle } = loaded();
  bundle.setupWorkbook();
  const ss = env.spreadsheet;
  const owner = ss.getOwner()!.getEmail();
  const supervised = ss.getSheetByName(SHEET.supervised)!;
  const write = () => supervised.getRange(2, 2).setValue('Nguyễn Văn X');
  const label = SETTING_DEFS.find((d) => d.key === 'nguoi_sua_doi_tuong')!.label;
  const PROTECTED = 'You are trying to edit a protected cell or object';

  afterEach(() => env.setUser(owner));

  it('another editor of the spreadsheet, added after set-up, cannot write it; the owner can', () => {
    ss.addEditor('khac@example.com');
    env.setUser('khac@example.com');
    expect(write).toThrow(PROTECTED);
    expect(supervised.getRange(2, 2).getValue()).toBe('');
    // Other sheets stay open to every editor.
    expect(() => ss.getSheetByName(SHEET.cameras)!.getRange(2, 2).setValue('Ngã ba')).not.toThrow();
    env.setUser(owner);
    expect(write).not.toThrow();
  });

  it('an editor listed in nguoi_sua_doi_tuong can, once set-up has run again; the others still cannot', () => {
    const settings = ss.getSheetByName(SHEET.settings)!;
    const row =
      settings
        .getDataRange()
        .getValues()
        .findIndex((r) => r[0] === label) + 1;
    expect(row).toBeGreaterThan(1);
    settings.getRange(row, 2).setValue('PhoBan@example.com; ');
    ss.addEditors(['phoban@example.com', 'khac@example.com']);
    env.setUser('phoban@example.com');
    expect(write).toThrow(PROTECTED);
    env.setUser(owner);
    expect(bundle.setupWorkbook()).toEqual({
      created: [],
      repaired: [SHEET.supervised],
      notes: [t('setup.editors', { sheets: `"${SHEET.supervised}"`, emails: `${owner}, phoban@example.com` })],
    });
    const p = supervised.getProtections(
      (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType.SHEET,
    )[0];
    expect(p.isWarningOnly()).toBe(false);
    expect(
      p
        .getEditors()
        .map((u) => u.getEmail())
        .sort(),
    ).toEqual([owner, 'phoban@example.com'].sort());
    env.setUser('phoban@example.com');
    expect(write).not.toThrow();
    env.setUser('khac@example.com');
    expect(write).toThrow(PROTECTED);
  });

  it('a further run writes nothing', () => {
    env.counter.reset();
    expect(bundle.setupWorkbook()).toEqual({ created: [], repaired: [], notes: [] });
    expect(env.counter.count({ service: 'SpreadsheetApp', kind: 'write' })).toBe(0);
  });
});
