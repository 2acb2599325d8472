import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SHEETS, SHEET, headersOf, numberFormatOf, sheetByName } from '../../src/domain/sheets';
import { DEFAULT_LISTS, LISTS_SHEET_HEADERS, LIST_NAMES } from '../../src/domain/lists';
import { SETTING_DEFS } from '../../src/domain/settings';

// The product contract, read from the SPEC itself (docs/SPEC.md of this repository, not a copy of it).
const spec = readFileSync(path.join(__dirname, '../../docs/SPEC.md'), 'utf8');

function specSheetTable(): Map<string, string[]> {
  const section = spec.slice(spec.indexOf('## 2.'), spec.indexOf('## 3.'));
  const out = new Map<string, string[]>();
  for (const line of section.split('\n')) {
    const m = /^\| `([^`]+)` \| (.*) \|$/.exec(line);
    if (!m) continue;
    out.set(
      m[1],
      [...m[2].matchAll(/`([^`]+)`/g)].map((x) => x[1]),
    );
  }
  return out;
}

describe('sheet registry matches SPEC §2', () => {
  const table = specSheetTable();

  it('has every sheet of the SPEC table, and only those', () => {
    expect(SHEETS.map((s) => s.name).sort()).toEqual([...table.keys()].sort());
    expect(table.size).toBe(18);
  });

  it.each([...specSheetTable().entries()].filter(([name]) => name !== SHEET.lists && name !== SHEET.summary))(
    '%s has the SPEC headers in SPEC order',
    (name, specHeaders) => {
      const def = sheetByName(name)!;
      // The SPEC cell also quotes allowed values in parentheses (e.g. `Đã ký`/`Vi phạm`); headers are the others.
      const headers = headersOf(def, LISTS_SHEET_HEADERS);
      expect(specHeaders.filter((h) => headers.includes(h))).toEqual(headers);
      const notHeaders = specHeaders.filter((h) => !headers.includes(h));
      const values = ['Đã ký', 'Vi phạm', 'Chưa', 'Mức 1', 'Mức 2', 'Đang giải quyết', 'Đã giải quyết'];
      values.push('Nghị quyết của chi bộ', 'Đăng ký của khu dân cư'); // `Tình trạng` of Vụ việc, `Loại văn bản`
      values.push('Tổ trưởng', 'Tổ phó', 'Tổ viên'); // `Chức danh Tổ bảo vệ ANTT` of Thành viên
      expect(notHeaders.every((v) => values.includes(v))).toBe(true);
    },
  );

  it('Danh mục has one column per list with the required-commitment checkbox beside the types', () => {
    const specLists = table.get(SHEET.lists)!;
    expect(LISTS_SHEET_HEADERS).toEqual(specLists);
    expect(LISTS_SHEET_HEADERS[1]).toBe('Cam kết bắt buộc');
  });

  it('default lists are the SPEC ones', () => {
    const section = spec.slice(spec.indexOf('Default list contents'), spec.indexOf('Privacy:'));
    for (const name of LIST_NAMES) {
      const start = section.indexOf(`- ${name}`);
      expect(start).toBeGreaterThanOrEqual(0);
      const rest = section.slice(start + 2);
      const next = rest.search(/\n- /);
      const block = next >= 0 ? rest.slice(0, next) : rest;
      const quoted = [...block.matchAll(/`([^`]+)`/g)].map((m) => m[1]);
      expect(quoted).toEqual(DEFAULT_LISTS[name]);
    }
  });

  it('record sheets start with their id column and have typed columns', () => {
    for (const def of SHEETS.filter((s) => s.kind === 'record')) {
      expect(def.columns[0].type).toBe('id');
      expect(def.id?.header).toBe(def.columns[0].header);
      for (const col of def.columns) expect(col.field).toMatch(/^[a-z][A-Za-z]*$/);
    }
  });

  it('free text is stored as text and dates as dd/mm/yyyy', () => {
    expect(numberFormatOf('text')).toBe('@');
    expect(numberFormatOf('date')).toBe('dd/mm/yyyy');
    expect(numberFormatOf('bool')).toBeNull();
  });

  it('has every settings key of SPEC §5', () => {
    const section = spec.slice(spec.indexOf('## 5.'), spec.indexOf('## 6.'));
    const keys = [...section.matchAll(/`([a-z_]+)`/g)].map((m) => m[1]).filter((k) => k !== 'muc_tieu_');
    const ours = SETTING_DEFS.map((d) => d.key);
    for (const k of keys) if (!k.endsWith('_')) expect(ours).toContain(k);
    expect(ours).toContain('muc_tieu_householdParticipation');
    expect(new Set(ours).size).toBe(ours.length);
  });
});
