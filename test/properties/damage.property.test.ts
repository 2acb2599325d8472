/**
 * Damaged workbooks, property-based (issue 7, part 3): on the sample village, a random
 * sequence of what users do to a workbook — move, rename, delete and insert columns, add
 * their own columns, delete and rename sheets, clear dropdowns, change number formats.
 * Then (a) every read of the add-on (apiBootstrap, apiListResidents, apiComputeCompliance,
 * apiValidateWorkbook) succeeds or names the missing sheet/column with the repair hint (the figures: of the
 * sheets and columns they read, issue 15; the data check: every one);
 * (b) "Thiết lập bảng tính" gives every sheet its SPEC headers and keeps every cell where it
 * was (only retyped headers become canonical; appended headers sit over empty columns);
 * (c) a second set-up writes nothing; (d) afterwards the reads work.
 */
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { callAsScriptRun, DIST, loadBundle } from '../../local/bundle';
import { mapHeaders } from '../../src/domain/codec';
import { intlClock } from '../../src/domain/clock';
import { t } from '../../src/domain/i18n';
import { LISTS_SHEET_HEADERS } from '../../src/domain/lists';
import { headersOf, normalizeHeader, type SheetDef, sheetDef, SHEETS } from '../../src/domain/sheets';
import { READS } from '../../src/domain/reads';
import { RECORD_KEYS } from '../../src/domain/workbook';
import { createGasEnvironment, type GasEnvironment } from '../../local/emulator';
import { loaded } from '../support/env';

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

const PERIOD = { from: '2023-01-01', to: '2023-12-31' };
const HINT = t('menu.setup');
const SPEC_SHEETS = SHEETS.filter((d) => headersOf(d, LISTS_SHEET_HEADERS).length > 0);
const specHeaders = (def: SheetDef) => headersOf(def, LISTS_SHEET_HEADERS);
const ALL_HEADERS = [...new Set(SHEETS.flatMap((d) => specHeaders(d)))];

/** The sample village, set up, saved once; each run starts from a copy. */
const BASE = (() => {
  const { env, bundle } = loaded();
  bundle.setupWorkbook();
  bundle.loadSampleVillage();
  return env.saveSpreadsheet();
})();

/** `dist/Code.js` as it was when the file started (other work may rebuild `dist` meanwhile). */
const CODE = path.join(mkdtempSync(path.join(os.tmpdir(), 'antt-damage-')), 'Code.js');
copyFileSync(path.join(DIST, 'Code.js'), CODE);
afterAll(() => rmSync(path.dirname(CODE), { recursive: true, force: true }));

/** `loaded()` of test/support/env.ts, on a copy of the saved workbook and of the bundle. */
function loadedFromBase() {
  const env = createGasEnvironment({ htmlDir: DIST, now: () => new Date('2023-06-20T03:00:00Z'), spreadsheet: BASE });
  return { env, bundle: loadBundle(env, CODE) };
}

// ------------------------------------------------------------------------------ damage

type Variant = 'upper' | 'lower' | 'spaces' | 'nfd';
type Op =
  | { kind: 'swapColumns'; sheet: number; a: number; b: number }
  | { kind: 'renameHeader'; sheet: number; col: number; to: { variant: Variant } | { text: string } }
  | { kind: 'deleteColumn'; sheet: number; col: number }
  | { kind: 'insertColumn'; sheet: number; col: number }
  | { kind: 'userColumn'; sheet: number; header: unknown; data: unknown[] }
  | { kind: 'deleteSheet'; sheet: number }
  | { kind: 'renameSheet'; sheet: number; to: Variant | 'suffix' }
  | { kind: 'clearValidation'; sheet: number; col: number }
  | { kind: 'numberFormat'; sheet: number; col: number; format: string };

const variant = fc.constantFrom<Variant>('upper', 'lower', 'spaces', 'nfd');
const userText = fc.oneof(
  fc.constantFrom('Ghi chú riêng', 'Cột 1', 'SĐT', '=1+1', '+84 912', '@ai', '', '', '  ', '📌 Lưu ý', '15/06/2023'),
  fc.string({ maxLength: 12 }),
);
const userCell: fc.Arbitrary<unknown> = fc.oneof(
  userText,
  fc.integer(),
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true }),
);
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('swapColumns' as const), sheet: fc.nat(), a: fc.nat(), b: fc.nat() }),
  fc.record({
    kind: fc.constant('renameHeader' as const),
    sheet: fc.nat(),
    col: fc.nat(),
    to: fc.oneof(fc.record({ variant }), fc.record({ text: fc.oneof(fc.constantFrom(...ALL_HEADERS), userText) })),
  }),
  fc.record({ kind: fc.constant('deleteColumn' as const), sheet: fc.nat(), col: fc.nat() }),
  fc.record({ kind: fc.constant('insertColumn' as const), sheet: fc.nat(), col: fc.nat() }),
  fc.record({
    kind: fc.constant('userColumn' as const),
    sheet: fc.nat(),
    header: userCell,
    data: fc.array(userCell, { maxLength: 5 }),
  }),
  fc.record({ kind: fc.constant('deleteSheet' as const), sheet: fc.nat() }),
  fc.record({
    kind: fc.constant('renameSheet' as const),
    sheet: fc.nat(),
    to: fc.constantFrom<Variant | 'suffix'>('upper', 'lower', 'spaces', 'nfd', 'suffix'),
  }),
  fc.record({ kind: fc.constant('clearValidation' as const), sheet: fc.nat(), col: fc.nat() }),
  fc.record({
    kind: fc.constant('numberFormat' as const),
    sheet: fc.nat(),
    col: fc.nat(),
    format: fc.constantFrom('@', '0.00', 'dd/mm/yyyy', 'General', '0.###############', '#,##0'),
  }),
);

const retype = (s: string, v: Variant) =>
  v === 'upper'
    ? s.toUpperCase()
    : v === 'lower'
      ? s.toLowerCase()
      : v === 'spaces'
        ? ` ${s.replace(/ /g, '  ')} `
        : s.normalize('NFD');

/**
 * Applies one damage step as a user would in Sheets (the owner, so protections only warn),
 * to one of the run's focus sheets (so that steps meet on the same sheet), or to any sheet
 * once those are gone.
 */
function apply(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, focus: readonly string[], o: Op): void {
  const sheets = ss.getSheets();
  const sheet = ss.getSheetByName(focus[o.sheet % focus.length]) ?? sheets[o.sheet % sheets.length];
  const lastCol = Math.max(1, sheet.getLastColumn());
  const col = (n: number) => (n % lastCol) + 1;
  switch (o.kind) {
    case 'swapColumns': {
      // Drag-moving columns: values, formulas, formats and dropdowns go with them.
      const [a, b] = [col(o.a), col(o.b)];
      if (a === b) return;
      const rows = sheet.getMaxRows();
      sheet.insertColumnAfter(sheet.getMaxColumns());
      const tmp = sheet.getRange(1, sheet.getMaxColumns(), rows, 1);
      sheet.getRange(1, a, rows, 1).copyTo(tmp);
      sheet.getRange(1, b, rows, 1).copyTo(sheet.getRange(1, a, rows, 1));
      tmp.copyTo(sheet.getRange(1, b, rows, 1));
      sheet.deleteColumn(sheet.getMaxColumns());
      return;
    }
    case 'renameHeader': {
      const cell = sheet.getRange(1, col(o.col));
      const to = 'variant' in o.to ? retype(String(cell.getValue()), o.to.variant) : o.to.text;
      cell.setNumberFormat('@').setValue(to);
      return;
    }
    case 'deleteColumn':
      if (sheet.getMaxColumns() > 1) sheet.deleteColumn(col(o.col));
      return;
    case 'insertColumn':
      sheet.insertColumnBefore(col(o.col));
      return;
    case 'userColumn': {
      const c = sheet.getLastColumn() + 1;
      if (c > sheet.getMaxColumns()) sheet.insertColumnAfter(sheet.getMaxColumns());
      const cells = [o.header, ...o.data].map((v) => [v]);
      sheet.getRange(1, c, cells.length, 1).setValues(cells);
      return;
    }
    case 'deleteSheet':
      if (sheets.length > 1) ss.deleteSheet(sheet);
      return;
    case 'renameSheet': {
      const name = sheet.getName();
      const to = o.to === 'suffix' ? `${name} (cũ)` : retype(name, o.to).trim() === '' ? name : retype(name, o.to);
      if (to !== name && !sheets.some((s) => s !== sheet && s.getName().toLowerCase() === to.toLowerCase()))
        sheet.setName(to);
      return;
    }
    case 'clearValidation':
      sheet.getRange(2, col(o.col), sheet.getMaxRows() - 1, 1).clearDataValidations();
      return;
    case 'numberFormat':
      sheet.getRange(2, col(o.col), sheet.getMaxRows() - 1, 1).setNumberFormat(o.format);
      return;
  }
}

// ------------------------------------------------------------------------------ oracles

interface State {
  /** SPEC sheets the add-on cannot find by name. */
  missingSheets: Set<string>;
  /** SPEC headers each found record sheet lacks. */
  missingColumns: Map<string, string[]>;
}

function stateOf(env: GasEnvironment): State {
  return env.counter.quiet(() => {
    const ss = env.spreadsheet;
    const missingSheets = new Set<string>();
    const missingColumns = new Map<string, string[]>();
    for (const def of SPEC_SHEETS) {
      const sheet = ss.getSheetByName(def.name);
      if (!sheet) {
        missingSheets.add(def.name);
        continue;
      }
      if (def.kind !== 'record') continue;
      const header = sheet.getLastColumn() > 0 ? sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] : [];
      const missing = mapHeaders(def, header).missing;
      if (missing.length) missingColumns.set(def.name, missing);
    }
    return { missingSheets, missingColumns };
  });
}

/**
 * A date cell as its serial number (days since 30/12/1899 in the sheet's zone): a date
 * column re-formatted as a number reads as that number, and set-up's date format gives
 * the same cell back as a date — the same value.
 */
const zone = intlClock('Asia/Ho_Chi_Minh');
const serial = (d: Date) => Date.parse(`${zone.day(d)}T${zone.time(d)}:00Z`) / 86_400_000 + 25_569;

/** Every cell of every sheet by sheet id (names may change), raw and uncounted; a formula as `F:<formula>`. */
function cells(env: GasEnvironment): Map<number, { name: string; rows: unknown[][] }> {
  return env.counter.quiet(() => {
    const out = new Map<number, { name: string; rows: unknown[][] }>();
    for (const s of env.spreadsheet.getSheets()) {
      const range = s.getDataRange();
      const formulas = range.getFormulas();
      const rows = range
        .getValues()
        .map((row, r) =>
          row.map((v, c) => (formulas[r][c] ? `F:${formulas[r][c]}` : v instanceof Date ? serial(v) : v)),
        );
      out.set(s.getSheetId(), { name: s.getName(), rows });
    }
    return out;
  });
}

const MISSING_SHEET = new RegExp(
  `^${escapeRegExp(t('sheet.missing', { sheet: '\u0000' })).replace('\u0000', '(.+)')}$`,
);
const MISSING_COLUMNS = new RegExp(
  `^${escapeRegExp(t('sheet.missingColumns', { sheet: '\u0000', columns: '\u0001' }))
    .replace('\u0000', '(.+?)')
    .replace('\u0001', '(.+)')}$`,
);
function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
const quotedNames = (s: string) => [...s.matchAll(/"([^"]+)"/g)].map((m) => m[1]);

/** A failure message must name a sheet that is missing, or columns that are missing, with the hint. */
function expectRepairMessage(message: string, state: State): void {
  expect(message).toContain(HINT);
  const sheetMissing = MISSING_SHEET.exec(message);
  if (sheetMissing) {
    expect(state.missingSheets.has(sheetMissing[1])).toBe(true);
    return;
  }
  const columnsMissing = MISSING_COLUMNS.exec(message);
  if (!columnsMissing) throw new Error(`not a repair message: ${message}`);
  const missing = state.missingColumns.get(columnsMissing[1]) ?? [];
  expect(quotedNames(columnsMissing[2]).filter((c) => !missing.includes(c))).toEqual([]);
}

function call(
  bundle: Parameters<typeof callAsScriptRun>[0],
  name: string,
  args: unknown[] = [],
): { value?: unknown; error?: string } {
  try {
    return { value: callAsScriptRun(bundle, name, args) };
  } catch (e) {
    return { error: String((e as { message?: unknown })?.message ?? e) };
  }
}

interface Issue {
  sheet: string;
  row: number;
  column: string;
  message: string;
}

/**
 * The headers the figures read of a record sheet (issue 15: `READS.compliance`); null for a sheet they do not read.
 * A column the figures do not read is the data check's to name, not theirs.
 */
function figureHeaders(name: string): string[] | null {
  const def = sheetDefByName(name);
  const fields = (READS.compliance as Record<string, readonly string[] | undefined>)[def.key];
  if (!fields) return null;
  return def.columns.filter((c) => fields.includes(c.field)).map((c) => c.header);
}

/** The sheet-level issues a data check (every sheet, every column) or the figures (what they read) must show. */
function expectSheetIssues(issues: Issue[], state: State, figures: boolean): void {
  for (const name of state.missingSheets) {
    if (figures && (sheetDefByName(name).kind !== 'record' || !figureHeaders(name))) continue;
    expect([name, issues.some((i) => i.sheet === name && i.row === 0 && i.message.includes(HINT))]).toEqual([
      name,
      true,
    ]);
  }
  for (const [name, all] of state.missingColumns) {
    const read = figures ? figureHeaders(name) : null;
    const missing = read ? all.filter((h) => read.includes(h)) : all;
    if ((figures && !read) || missing.length === 0) continue;
    const issue = issues.find((i) => i.sheet === name && i.row === 1 && i.message.includes(HINT));
    expect([name, issue ? missing.filter((h) => !issue.message.includes(`"${h}"`)) : 'no issue']).toEqual([name, []]);
  }
}

const sheetDefByName = (name: string) => SHEETS.find((d) => d.name === name)!;

// ------------------------------------------------------------------------------ the property

describe('damaged workbooks', () => {
  it('reads name what is missing; set-up restores every header, losing no cell; a second set-up writes nothing', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(
          SPEC_SHEETS.map((d) => d.name as string),
          { minLength: 1, maxLength: 2 },
        ),
        fc.array(op, { minLength: 1, maxLength: 6 }),
        (focus, ops) => {
          const { env, bundle } = loadedFromBase();
          const ss = env.spreadsheet as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
          env.counter.quiet(() => ops.forEach((o) => apply(ss, focus, o)));
          const state = stateOf(env);

          // (a) Every read succeeds or names what is missing, with the repair hint.
          const boot = call(bundle, 'apiBootstrap');
          if (boot.error !== undefined) expectRepairMessage(boot.error, state);
          else expect(boot.value).toMatchObject({ ok: true });
          // Without a sheet it reads, or its id or a required column, the forms cannot work: no silent success.
          const readsBoot = [sheetDef('teams'), sheetDef('members'), sheetDef('households')];
          const essential = (d: SheetDef) =>
            d.columns.filter((c) => c.type === 'id' || c.required).map((c) => c.header);
          const unusable = readsBoot.filter(
            (d) =>
              state.missingSheets.has(d.name) ||
              essential(d).some((h) => state.missingColumns.get(d.name)?.includes(h)),
          );
          expect([unusable.map((d) => d.name), boot.error !== undefined]).toEqual([
            unusable.map((d) => d.name),
            unusable.length > 0,
          ]);

          const residents = call(bundle, 'apiListResidents', [{ householdId: 'H001' }]);
          if (residents.error !== undefined) expectRepairMessage(residents.error, state);
          else expect(residents.value).toMatchObject({ ok: true });

          const figures = call(bundle, 'apiComputeCompliance', [PERIOD]);
          if (figures.error !== undefined) expectRepairMessage(figures.error, state);
          else {
            const r = figures.value as { ok: true; data: { issues: Issue[]; issueCount: number } };
            expect(r.ok).toBe(true);
            // KNOWN GAP (reported, not ours to fix: src/server/compliance.ts): only the first 200
            // issues are returned, in sheet order, so a sheet-level issue can be cut off behind
            // hundreds of row issues of an earlier sheet. Checked whenever nothing was cut.
            if (r.data.issueCount === r.data.issues.length) expectSheetIssues(r.data.issues, state, true);
          }

          const check = call(bundle, 'apiValidateWorkbook', [{}]);
          if (check.error !== undefined) expectRepairMessage(check.error, state);
          else {
            const r = check.value as { ok: true; data: { issues: Issue[] } };
            expect(r.ok).toBe(true);
            expectSheetIssues(r.data.issues, state, false);
          }

          // (b) Set-up: every SPEC header, every cell kept where it was.
          const before = cells(env);
          const setup = call(bundle, 'setupWorkbook');
          expect(setup.error).toBeUndefined();
          const after = cells(env);
          for (const def of SPEC_SHEETS) {
            const sheet = env.counter.quiet(() => ss.getSheetByName(def.name)) as Sheet | null;
            expect([def.name, sheet !== null]).toEqual([def.name, true]);
            const header = env.counter
              .quiet(() => sheet!.getRange(1, 1, 1, sheet!.getLastColumn()).getValues()[0])
              .map(String);
            expect([def.name, specHeaders(def).filter((h) => !header.includes(h))]).toEqual([def.name, []]);
          }
          for (const [id, { name, rows }] of before) {
            const now = after.get(id);
            expect([name, now !== undefined]).toEqual([name, true]);
            const def = SPEC_SHEETS.find((d) => normalizeHeader(d.name) === normalizeHeader(now!.name));
            const spec = def ? specHeaders(def) : [];
            rows.forEach((row, r) =>
              row.forEach((v, c) => {
                const w = now!.rows[r]?.[c];
                // (A date read as its serial and vice versa may differ in the last bits.)
                if (v === '' || w === v || (typeof v === 'number' && typeof w === 'number' && Math.abs(v - w) < 1e-6))
                  return;
                // Only a retyped header may change, and only to its canonical text.
                const retyped = r === 0 && spec.includes(String(w)) && normalizeHeader(v) === normalizeHeader(w);
                expect([name, r + 1, c + 1, retyped ? 'canonical header' : w]).toEqual([
                  name,
                  r + 1,
                  c + 1,
                  retyped ? 'canonical header' : v,
                ]);
              }),
            );
            // A header set-up adds sits over an empty column: no orphan data is adopted by it.
            const width = rows[0]?.length ?? 0;
            now!.rows[0]?.forEach((h, c) => {
              if (c >= width || rows[0][c] !== '' || !spec.includes(String(h))) return;
              const orphans = rows.slice(1).filter((row) => row[c] !== '').length;
              expect([name, String(h), orphans]).toEqual([name, String(h), 0]);
            });
          }

          // (c) A second set-up makes no write.
          env.counter.reset();
          const again = call(bundle, 'setupWorkbook');
          expect(again.error).toBeUndefined();
          expect(env.counter.count({ service: 'SpreadsheetApp', kind: 'write' })).toBe(0);

          // (d) The reads work on the repaired workbook, and nothing is reported missing.
          const bootAfter = call(bundle, 'apiBootstrap');
          expect(bootAfter.error).toBeUndefined();
          const figuresAfter = call(bundle, 'apiComputeCompliance', [PERIOD]).value as {
            ok: true;
            data: { issues: Issue[] };
          };
          expect(figuresAfter.data.issues.filter((i) => i.row <= 1)).toEqual([]);
        },
      ),
      { numRuns: Number(process.env.DAMAGE_RUNS ?? 30) },
    );
  });
});

it('the record sheets the figures read are all in the registry (sanity)', () => {
  for (const key of RECORD_KEYS) expect(SPEC_SHEETS).toContain(sheetDef(key));
});
