/**
 * Adding a record type is one registry entry plus its strings. A copy of the project gets a
 * throwaway type — fire-safety checks of households — written into
 * `src/domain/registry/recordTypes.ts` (its declaration, and its name in `RECORD_TYPES`) and
 * its four strings into `src/domain/i18n.ts`; no other file of the copy changes. Then:
 * without its strings the copy does not compile (the compiler names them); with them it
 * compiles and builds, set-up creates and protects its sheet, the API saves, edits and finds
 * its records, "Ghi hoạt động" shows its form and saves through it, and "Hướng dẫn" lists it.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createGasEnvironment, type GasEnvironment } from '../../local/emulator';
import { type Bundle, callAsScriptRun, loadBundle } from '../../local/bundle';
import { lastRow, openPlayground, openSidebar, rowsFrom, type Session, today, vnDay } from '../browser/sidebar';

const ROOT = path.resolve(__dirname, '..', '..');
const REGISTRY = 'src/domain/registry/recordTypes.ts';
const CATALOGUE = 'src/domain/i18n.ts';

const DECLARATION = `
export const FIRE_CHECKS = defineRecord({
  key: 'fireChecks',
  kind: 'fireCheck',
  name: 'Kiểm tra PCCC',
  id: { prefix: 'PC-', width: 4 },
  sensitive: true,
  columns: {
    id: id(),
    date: date('Ngày kiểm tra', { required: true, happened: true, width: 95 }),
    householdId: ref('Mã hộ', 'households', { required: true, activeOn: 'date', width: 70 }),
    extinguisher: bool('Có bình chữa cháy', { width: 90 }),
    hazards: int('Số nguy cơ phát hiện', { width: 90 }),
    result: enumOf('Kết quả', { values: ['Đạt', 'Chưa đạt'], required: true, width: 100 }),
    note: note(),
    requestId: requestId(),
  },
  day: 'date',
  form: 'activity',
  keep: ['date'],
});
`;

const STRINGS = `  'record.fireChecks.tab': 'PCCC',
  'record.fireChecks.title': 'Kiểm tra phòng cháy, chữa cháy',
  'record.fireChecks.help': 'Mỗi lần kiểm tra phòng cháy, chữa cháy của một hộ một dòng.',
  'record.fireChecks.log': 'Ghi kiểm tra PCCC',
`;

let copy: string;
const file = (rel: string) => path.join(copy, rel);
const edit = (rel: string, f: (s: string) => string) => {
  const before = readFileSync(file(rel), 'utf8');
  const after = f(before);
  if (after === before) throw new Error(`${rel}: nothing changed`);
  writeFileSync(file(rel), after);
};
const tsc = (config: string): string => {
  try {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', config], {
      cwd: copy,
      encoding: 'utf8',
    });
    return '';
  } catch (e) {
    return String((e as { stdout?: string }).stdout ?? e);
  }
};
const changedFiles = () =>
  execFileSync('git', ['status', '--porcelain', '--', 'src'], { cwd: copy, encoding: 'utf8' })
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3));

beforeAll(() => {
  copy = mkdtempSync(path.join(os.tmpdir(), 'antt-new-type-'));
  for (const f of ['src', 'scripts', 'appsscript.json', 'CHANGELOG.md', 'package.json']) {
    cpSync(path.join(ROOT, f), file(f), { recursive: true });
  }
  for (const f of ['tsconfig.base.json', 'tsconfig.server.json', 'tsconfig.client.json'])
    cpSync(path.join(ROOT, f), file(f));
  symlinkSync(path.join(ROOT, 'node_modules'), file('node_modules'), 'dir');
  // A git baseline of the copy, so the test can list exactly what it changed.
  const git = (...args: string[]) => execFileSync('git', args, { cwd: copy, stdio: 'ignore' });
  git('init', '-q');
  git('add', 'src');
  git('-c', 'user.name=t', '-c', 'user.email=t@t', 'commit', '-qm', 'base');

  edit(REGISTRY, (s) =>
    s
      .replace('/** Every record type, in sheet order. */', `${DECLARATION}\n/** Every record type, in sheet order. */`)
      .replace('\n] as const;', '\n  FIRE_CHECKS,\n] as const;'),
  );
}, 60_000);

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

test('without its strings the copy does not compile, and the compiler names the missing keys', () => {
  const out = tsc('tsconfig.client.json');
  expect(out).toMatch(/record\.fireChecks\.(tab|title|help)/);
}, 120_000);

test('with its strings it compiles (server and pages) and builds; only the registry and the catalogue changed', () => {
  edit(CATALOGUE, (s) => s.replace("  'record.events.log':", `${STRINGS}  'record.events.log':`));
  expect(changedFiles().sort()).toEqual([CATALOGUE, REGISTRY]);
  expect(tsc('tsconfig.server.json')).toBe('');
  expect(tsc('tsconfig.client.json')).toBe('');
  execFileSync(process.execPath, [file('scripts/build.mjs')], { cwd: copy, stdio: 'ignore' });
  expect(readFileSync(file('dist/Code.js'), 'utf8')).toContain('Kiểm tra PCCC');
}, 180_000);

describe('the built copy, in the emulator', () => {
  let env: GasEnvironment;
  let bundle: Bundle;
  const call = <T = unknown>(name: string, arg?: unknown) =>
    callAsScriptRun(bundle, name, arg === undefined ? [] : [arg]) as
      | { ok: true; data: T }
      | { ok: false; errors: { field: string; message: string }[] };
  const sheet = () => env.spreadsheet.getSheetByName('Kiểm tra PCCC');

  beforeAll(() => {
    env = createGasEnvironment({ htmlDir: file('dist'), now: () => new Date('2023-06-20T03:00:00Z') });
    bundle = loadBundle(env, file('dist/Code.js'));
    bundle.setupWorkbook();
    bundle.loadSampleVillage();
  });

  it('set-up creates its sheet with its headers, protected as the registry marks it sensitive', () => {
    const s = sheet()!;
    expect(s.getRange(1, 1, 1, 8).getValues()[0]).toEqual([
      'Mã',
      'Ngày kiểm tra',
      'Mã hộ',
      'Có bình chữa cháy',
      'Số nguy cơ phát hiện',
      'Kết quả',
      'Ghi chú',
      'Mã yêu cầu',
    ]);
    expect(
      s
        .getProtections(
          (env.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp).ProtectionType.SHEET,
        )
        .map((p) => p.getDescription()),
    ).toContain('ANTT tự quản: thông tin nhạy cảm');
  });

  it('apiSaveRecord adds and edits a record; apiSaveActivity adds one by its kind; apiListRecords finds them', () => {
    const added = call<{ id: string }>('apiSaveRecord', {
      requestId: 'fire-1',
      sheet: 'fireChecks',
      record: { date: '2023-06-01', householdId: 'H001', extinguisher: true, hazards: 2, result: 'Chưa đạt' },
    });
    expect(added).toEqual({ ok: true, data: { id: 'PC-0001', created: true } });
    expect(
      call('apiSaveRecord', { requestId: 'fire-2', sheet: 'fireChecks', id: 'PC-0001', record: { result: 'Đạt' } }),
    ).toEqual({ ok: true, data: { id: 'PC-0001', created: false } });
    expect(
      call('apiSaveActivity', {
        requestId: 'fire-3',
        kind: 'fireCheck',
        date: '2023-06-02',
        householdId: 'H002',
        result: 'Đạt',
      }),
    ).toEqual({ ok: true, data: { id: 'PC-0002', kind: 'fireCheck' } });
    const listed = call<{ rows: Record<string, unknown>[]; total: number }>('apiListRecords', {
      sheet: 'fireChecks',
      query: 'DAT',
    });
    expect(listed.ok && listed.data.total).toBe(2);
    expect(listed.ok && listed.data.rows.map((r) => [r.id, r.date, r.householdId, r.hazards, r.result])).toEqual([
      ['PC-0002', '2023-06-02', 'H002', null, 'Đạt'],
      ['PC-0001', '2023-06-01', 'H001', 2, 'Đạt'],
    ]);
    const log = env.spreadsheet.getSheetByName('Nhật ký')!.getDataRange().getValues();
    expect(log.slice(-3).map((r) => r.slice(2, 6))).toEqual([
      ['Ghi kiểm tra PCCC', 'Kiểm tra PCCC', 'PC-0001', 'Ghi kiểm tra PCCC ngày 01/06/2023'],
      // A sensitive sheet: the columns changed, not their values.
      [
        'Sửa trong "Kiểm tra PCCC"',
        'Kiểm tra PCCC',
        'PC-0001',
        'Sửa trong "Kiểm tra PCCC" ngày 01/06/2023. Đổi cột Kết quả',
      ],
      ['Ghi kiểm tra PCCC', 'Kiểm tra PCCC', 'PC-0002', 'Ghi kiểm tra PCCC ngày 02/06/2023'],
    ]);
  });

  it('its rules come from the declaration: required fields, listed values, known households, no future day', () => {
    const save = (requestId: string, record: Record<string, unknown>) => {
      const r = call('apiSaveRecord', { requestId, sheet: 'fireChecks', record });
      return r.ok ? [] : r.errors;
    };
    // The shape first (no read of the spreadsheet), then against the sheets and today.
    expect(save('fire-bad1', { householdId: 'H001', result: 'Tốt' })).toEqual([
      { field: 'record.result', message: 'Kết quả: "Tốt" không có trong danh mục' },
      { field: 'record.date', message: 'Ngày kiểm tra: không được để trống' },
    ]);
    expect(save('fire-bad2', { date: '2023-07-01', householdId: 'H999', result: 'Đạt' })).toEqual([
      { field: 'record.date', message: 'Ngày kiểm tra: không được sau ngày hôm nay (20/06/2023)' },
      { field: 'record.householdId', message: 'Mã hộ: không có mã "H999" trong trang "Hộ gia đình"' },
    ]);
    expect(sheet()!.getLastRow()).toBe(3);
  });
});

describe('the built copy, in the playground (Chromium)', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openPlayground(undefined, { dist: file('dist') });
  }, 120_000);
  afterAll(async () => {
    await s?.close();
  });

  test('"Ghi hoạt động" has its tab and form, and saving it writes a row', async () => {
    const f = await openSidebar(s.page, 'Ghi hoạt động');
    await f.click('#tab-fireCheck');
    const form = '#form-fireCheck';
    expect(await f.locator(`${form} h2, section[data-kind="fireCheck"] h2`).first().textContent()).toBe(
      'Kiểm tra phòng cháy, chữa cháy',
    );
    expect(await f.locator(`${form} label`).allTextContents()).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Ngày kiểm tra'),
        expect.stringContaining('Mã hộ'),
        expect.stringContaining('Có bình chữa cháy'),
        expect.stringContaining('Số nguy cơ phát hiện'),
        expect.stringContaining('Kết quả'),
      ]),
    );
    const before = lastRow(s.pg, 'Kiểm tra PCCC');
    await f.selectOption(`${form} [data-field="householdId"]`, 'H003');
    await f.check(`${form} [data-field="extinguisher"]`);
    await f.fill(`${form} [data-field="hazards"]`, '1');
    await f.selectOption(`${form} [data-field="result"]`, 'Đạt');
    await f.click(`${form} button[type=submit]`);
    await f.waitForSelector('#toast:not([hidden])');
    expect(await f.locator('#toast .toast-text').textContent()).toMatch(
      /^Đã lưu Kiểm tra phòng cháy, chữa cháy PC-\d{4}\.$/,
    );
    const [row] = rowsFrom(s.pg, 'Kiểm tra PCCC', before + 1);
    expect([
      row.shown['Ngày kiểm tra'],
      row.values['Mã hộ'],
      row.values['Có bình chữa cháy'],
      row.values['Số nguy cơ phát hiện'],
      row.values['Kết quả'],
    ]).toEqual([vnDay(today()), 'H003', true, 1, 'Đạt']);
  }, 120_000);

  test('"Hướng dẫn" lists its sheet with its help line and its form', async () => {
    await s.page.locator('.menu-button', { hasText: 'ANTT tự quản' }).click();
    await s.page.locator('.menu.open .menu-item', { hasText: 'Hướng dẫn' }).click();
    const panel = s.page.locator('.dialog');
    await panel.waitFor();
    const frame = await (await panel.locator('iframe.page-frame').elementHandle())!.contentFrame();
    await frame!.waitForSelector('body[data-ready="true"]');
    const text = (await frame!.locator('#app').textContent()) ?? '';
    expect(text).toContain('Kiểm tra PCCC');
    expect(text).toContain('Mỗi lần kiểm tra phòng cháy, chữa cháy của một hộ một dòng.');
    expect(text).toContain('Kiểm tra phòng cháy, chữa cháy');
  }, 120_000);
});
