/**
 * Property-based tests of the row codec (issue 7, part 2): random cell values under the
 * real header row of every record sheet never make `readRecords` throw; every row is a
 * record or ≥ 1 issue naming sheet, row and column in Vietnamese; records satisfy the
 * sheet's schema; and every valid record survives `encodeRow` → `readRecords`.
 *
 * Text is trimmed by the codec (a cell `'  Lò Văn A '` reads as `'Lò Văn A'`), so the
 * round-trip generator produces already-trimmed text. A row is blank (skipped, no issue)
 * when every registry cell is '', null or undefined; a row holding only spaces is not
 * blank and is reported (its required cells are empty), never dropped silently.
 */
import vm from 'node:vm';
import fc from 'fast-check';
import { type CellValue, DEFAULT_NUMBER_FORMAT, encodeRow, mapHeaders, readRecords } from '../../src/domain/codec';
import { intlClock } from '../../src/domain/clock';
import { allowedValues, type FieldValue, type NormalRecord, recordSchema } from '../../src/domain/fields';
import { defaultLists } from '../../src/domain/lists';
import { parseViNumber } from '../../src/domain/numbers';
import { type ColumnDef, normalizeHeader, type SheetDef, SHEETS } from '../../src/domain/sheets';
import { cleanLine, cleanLongText } from '../../src/domain/text';
import { createGasEnvironment } from '../../local/emulator';

const clock = intlClock('Asia/Ho_Chi_Minh');
const lists = defaultLists();
const ctx = { clock, lists };
const RECORD_SHEETS = SHEETS.filter((d) => d.kind === 'record');
const otherRealmDate = (t: number) => vm.runInNewContext('new Date(t)', { t }) as Date;

// ------------------------------------------------------------------------------ junk cells

const SAMPLES = [
  'Nguyễn Thị Hằng',
  'Lò Văn Pản',
  'Hoà giải',
  'Hòa giải',
  'Hoa\u0300 gia\u0309i' /* NFD */,
  'ĐƯỜNG LÀNG',
  '👨‍👩‍👧‍👦 🇻🇳',
  'مرحبا بالعالم',
  'שלום',
  '\u202Eđảo ngược',
  'a\u200Bb',
  '\u00A0\u3000',
  '\t\n',
  '中文',
  '한국어',
  'TRUE',
  'FALSE',
  'có',
  'không',
  'x',
  'Invalid Date',
  'NaN',
  'undefined',
  'null',
  '[object Object]',
  '15/06/2023',
  '31/02/2023',
  '2023-06-15',
  '2023-13-01',
  '0/0/0000',
  '22:00',
  '24:00',
  '7h30',
  '9:5',
  '1.700',
  '189,33',
  '1,2,3',
  '90%',
  '-0',
  '1e5',
  '0x10',
  '  12  ',
  '٣',
  'TV-0001, TV-0002; TV-0003',
  ',,;',
  ...Object.values(lists.values).flat(),
];

const text = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(...SAMPLES),
  fc.tuple(fc.constantFrom(...SAMPLES), fc.constantFrom(...SAMPLES)).map(([a, b]) => `${a} ${b}`),
);
const formulaLike = fc.tuple(fc.constantFrom('=', '+', '-', '@'), text).map(([p, s]) => p + s);
/** 50,000 characters (a cell's limit) and one more. */
const huge = fc
  .tuple(fc.constantFrom('a', 'ằ', '👍', 'TV-1,', ' ', '='), fc.constantFrom(50_000, 50_001))
  .map(([unit, n]) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n));
const number = fc.oneof(
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    NaN,
    Infinity,
    -Infinity,
    -0,
    0,
    1e308,
    -1e308,
    5e-324,
    Number.MAX_SAFE_INTEGER + 2,
    0.1 + 0.2,
    1_000_001,
    2101,
    1899,
  ),
);
const date = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.date({ min: new Date('1899-12-30T00:00:00Z'), max: new Date('2101-01-01T00:00:00Z') }),
  fc.constant(new Date(NaN)),
  fc.date({ noInvalidDate: false }).map((d) => otherRealmDate(d.getTime())),
  fc.integer({ min: -3e12, max: 5e12 }).map(otherRealmDate),
);
const junk: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 1, arbitrary: huge },
  { weight: 2, arbitrary: formulaLike },
  { weight: 3, arbitrary: number },
  { weight: 3, arbitrary: date },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 3, arbitrary: fc.constantFrom('', null, undefined) },
);

// ------------------------------------------------------------------------------ valid values

/** Text a user may type (incl. formula-looking and mixed-script text), as the codec cleans it (text.ts). */
const cleanText = (max: number, min: number, long = false) => {
  const tidy = (s: string) => (long ? cleanLongText(s) : cleanLine(s)).text;
  return fc
    .oneof(text, formulaLike, fc.constantFrom(...SAMPLES))
    .map((s) => tidy(tidy(s).slice(0, max)))
    .filter((s) => s.length >= min && s.length <= max);
};
/** Every date column holds days of 1900–2100 (fieldChecks.ts). */
const isoDay = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const hhmm = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
/** Date-times after 1975 (the zone's last offset change): earlier ones may fall in a skipped hour. */
const dateTime = fc
  .tuple(
    fc.date({ min: new Date('1976-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
    hhmm,
  )
  .map(([d, t]) => `${d.toISOString().slice(0, 10)} ${t}`);
const anId = cleanText(100, 1).filter((s) => !/[,;\n]/.test(s));
const nullable = <T>(arb: fc.Arbitrary<T>, req: boolean): fc.Arbitrary<T | null> =>
  req ? arb : fc.option(arb, { nil: null });

/** A normalised value the column's schema accepts. */
function validValue(col: ColumnDef): fc.Arbitrary<FieldValue> {
  const req = !!col.required;
  switch (col.type) {
    case 'id':
    case 'ref':
    case 'text':
    case 'longtext':
      return cleanText(col.max ?? 5000, req ? 1 : 0, col.type === 'longtext');
    case 'enum': {
      const allowed = allowedValues(col, lists)!;
      return req ? fc.constantFrom(...allowed) : fc.constantFrom('', ...allowed);
    }
    case 'refs':
      return fc.array(anId, { minLength: req ? 1 : 0, maxLength: 8 });
    case 'date':
      return nullable(isoDay, req);
    case 'datetime':
      return nullable(dateTime, req);
    case 'time':
      return req ? hhmm : fc.oneof(hhmm, fc.constant(''));
    case 'int':
      return nullable(fc.integer({ min: 0, max: col.maxValue ?? 1_000_000 }), req);
    case 'year':
      return nullable(fc.integer({ min: 1900, max: 2100 }), req);
    case 'number':
      return nullable(fc.double({ min: 0, max: 1e9, noNaN: true }), req);
    case 'bool':
      return fc.boolean();
  }
}

const validRecord = (def: SheetDef): fc.Arbitrary<NormalRecord> =>
  fc.record(
    Object.fromEntries(def.columns.map((c) => [c.field, validValue(c)])) as Record<string, fc.Arbitrary<FieldValue>>,
  );

// ------------------------------------------------------------------------------ header rows

const USER_HEADERS = ['Ghi chú riêng', 'Số điện thoại 2', '', 'Cột 1', '=A1', '📌', 'Ghi chú riêng'];

/** The registry headers (shuffled or not, retyped in case/spaces or not) with user columns mixed in. */
function headerRow(def: SheetDef): fc.Arbitrary<string[]> {
  const spec = def.columns.map((c) => c.header);
  const retype = (h: string) =>
    fc.constantFrom(h, h.toUpperCase(), ` ${h.toLowerCase()}  `, h.replace(/ /g, '  '), h.normalize('NFD'));
  return fc
    .tuple(
      fc.oneof(fc.constant(spec), fc.shuffledSubarray(spec, { minLength: spec.length, maxLength: spec.length })),
      fc.array(fc.constantFrom(...USER_HEADERS), { maxLength: 3 }),
      fc.array(fc.nat(), { maxLength: 3 }),
      fc.boolean(),
    )
    .chain(([order, user, at, retyped]) =>
      (retyped ? fc.tuple(...order.map(retype)) : fc.constant(order)).map((hs) => {
        const row = [...hs];
        user.forEach((u, k) => row.splice((at[k] ?? 0) % (row.length + 1), 0, u));
        return row;
      }),
    );
}

/** A matrix under a header row: each registry cell valid-looking (encoded from a valid record) or junk. */
function matrix(def: SheetDef): fc.Arbitrary<{ header: string[]; rows: unknown[][] }> {
  return headerRow(def).chain((header) => {
    const map = mapHeaders(def, header);
    const row = fc
      .tuple(
        validRecord(def),
        fc.array(fc.tuple(fc.nat(), junk), { maxLength: 4 }),
        fc.array(junk, { minLength: header.length, maxLength: header.length }),
        fc.nat(9),
      )
      .map(([rec, swaps, userCells, mode]) => {
        if (mode === 0) return header.map(() => '' as unknown); // a blank row
        if (mode === 1) return userCells; // junk everywhere
        const cells: unknown[] = encodeRow(def, map, rec, clock).values;
        header.forEach((_, i) => {
          if (!Object.values(map.index).includes(i)) cells[i] = mode === 2 ? userCells[i] : '';
        });
        for (const [i, v] of swaps) cells[i % header.length] = v;
        return cells;
      });
    return fc.array(row, { maxLength: 12 }).map((rows) => ({ header, rows }));
  });
}

// ------------------------------------------------------------------------------ properties

const blank = (v: unknown) => v === '' || v === null || v === undefined;
const VIETNAMESE = /[àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ]/i;
const ENGLISH = /\b(invalid|expected|received|too (big|small)|must be|required)\b/i;

describe.each(RECORD_SHEETS.map((d) => [d.name, d] as const))('row codec of "%s"', (_name, def) => {
  const schema = recordSchema(def, lists);
  const headers = new Set(def.columns.map((c) => c.header));

  it('never throws; rows are records or issues naming sheet, row, column in Vietnamese; records fit the schema', () => {
    fc.assert(
      fc.property(matrix(def), ({ header, rows }) => {
        const values = [header, ...rows];
        const result = readRecords(def, values, ctx);
        const map = mapHeaders(def, header);
        for (const issue of result.issues) {
          expect(issue.sheet).toBe(def.name);
          expect(issue.row).toBeGreaterThanOrEqual(2);
          expect(issue.row).toBeLessThanOrEqual(values.length);
          expect(headers.has(issue.column)).toBe(true);
          expect(issue.message.startsWith(`${issue.column}: `)).toBe(true);
          expect(issue.message).toMatch(VIETNAMESE);
          expect(issue.message.replace(/"[\s\S]*"/, '""')).not.toMatch(ENGLISH);
          // A cell's text is quoted, not pasted whole: the message stays readable in a list.
          expect(issue.message.length).toBeLessThanOrEqual(300);
        }
        for (let r = 1; r < values.length; r++) {
          const recs = result.rows.filter((x) => x.row === r + 1);
          const issues = result.issues.filter((x) => x.row === r + 1);
          const isBlankRow = def.columns.every((c) => blank(values[r][map.index[c.field]]));
          if (isBlankRow) expect([recs.length, issues.length]).toEqual([0, 0]);
          else
            expect(
              recs.length === 1 && issues.length === 0
                ? 'record'
                : recs.length === 0 && issues.length > 0
                  ? 'issues'
                  : 'both/neither',
            ).not.toBe('both/neither');
          expect(recs.length).toBeLessThanOrEqual(1);
        }
        for (const { record } of result.rows) {
          const parsed = schema.safeParse(record);
          // A blank id is allowed in the sheet (the data check fills it).
          const errs = parsed.success
            ? []
            : parsed.error.issues.filter((i) => !(i.path[0] === 'id' && record.id === ''));
          expect(errs).toEqual([]);
          expect(Object.keys(record).sort()).toEqual(def.columns.map((c) => c.field).sort());
        }
      }),
      { numRuns: 40 },
    );
  });

  it('round trip: a valid record → encodeRow → readRecords gives the same record', () => {
    fc.assert(
      fc.property(headerRow(def), fc.array(validRecord(def), { minLength: 1, maxLength: 5 }), (header, recs) => {
        const map = mapHeaders(def, header);
        const rows = recs.map((r) => encodeRow(def, map, r, clock).values);
        const result = readRecords(def, [header, ...rows], ctx);
        expect(result.issues).toEqual([]);
        expect(result.rows.map((r) => r.record)).toEqual(recs);
      }),
      { numRuns: 50 },
    );
  });
});

describe('round trip through a sheet (emulated): formats of encodeRow keep text as text', () => {
  const env = createGasEnvironment({ now: () => new Date('2023-06-20T03:00:00Z') });
  const app = env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const ss = app.getActiveSpreadsheet();
  ss.setSpreadsheetTimeZone('Asia/Ho_Chi_Minh');
  ss.setSpreadsheetLocale('vi_VN');

  it.each(RECORD_SHEETS.map((d) => [d.name, d] as const))('%s', (_name, def) => {
    fc.assert(
      fc.property(headerRow(def), fc.array(validRecord(def), { minLength: 1, maxLength: 4 }), (header, recs) => {
        const sheet = ss.insertSheet();
        try {
          const map = mapHeaders(def, header);
          const encoded = recs.map((r) =>
            encodeRow(
              def,
              map,
              r,
              clock,
              header.map(() => DEFAULT_NUMBER_FORMAT),
            ),
          );
          if (sheet.getMaxColumns() < header.length)
            sheet.insertColumnsAfter(sheet.getMaxColumns(), header.length - sheet.getMaxColumns());
          sheet.getRange(1, 1, 1, header.length).setNumberFormat('@').setValues([header]);
          const block = sheet.getRange(2, 1, encoded.length, header.length);
          // encodeRow stops at the last non-blank header; the block spans the whole header row.
          const pad = <T>(xs: T[], fill: T) => [...xs, ...new Array<T>(header.length - xs.length).fill(fill)];
          block.setNumberFormats(encoded.map((e) => pad(e.formats, DEFAULT_NUMBER_FORMAT)));
          block.setValues(encoded.map((e) => pad<CellValue>(e.values, '')));
          const read = readRecords(def, sheet.getDataRange().getValues(), ctx);
          expect(read.issues).toEqual([]);
          expect(read.rows.map((r) => r.record)).toEqual(recs);
        } finally {
          ss.deleteSheet(sheet);
        }
      }),
      { numRuns: 10 },
    );
  });
});

describe('numbers typed as text', () => {
  const vi = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 6 });
  const en = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
  const n = fc.oneof(
    fc.integer({ min: -1e9, max: 1e9 }),
    fc.double({ min: -1e9, max: 1e9, noNaN: true }).map((x) => Math.round(x * 1e6) / 1e6),
  );

  it('a Vietnamese-formatted number (1.234,5) reads back as itself', () => {
    fc.assert(fc.property(n, (x) => expect(parseViNumber(vi.format(x))).toBeCloseTo(x, 6)));
  });

  it('other text reads as the number it shows (thousands dots, a decimal comma; or one decimal point) or none', () => {
    const typed = fc.oneof(
      n.map((x) => en.format(x)),
      n.map((x) => vi.format(x)),
      fc.stringMatching(/^-?[0-9.,]{1,12}%?$/),
    );
    fc.assert(
      fc.property(typed, (s) => {
        const m = s.replace(/%$/, '');
        const readings: number[] = [];
        if (/^-?(\d{1,3}(\.\d{3})*|\d+)(,\d+)?$/.test(m)) readings.push(Number(m.replace(/\./g, '').replace(',', '.')));
        if (/^-?\d+(\.\d+)?$/.test(m)) readings.push(Number(m));
        const x = parseViNumber(s);
        if (readings.length === 0) expect(x).toBeNaN();
        else expect(readings).toContain(x);
      }),
      { numRuns: 500 },
    );
  });
});

it('headers match by normalised text only (sanity of the generator)', () => {
  for (const def of RECORD_SHEETS)
    expect(new Set(def.columns.map((c) => normalizeHeader(c.header))).size).toBe(def.columns.length);
});
