/**
 * The playground in a real (headless) Chromium: sheet tabs, the sample village, number
 * formats, the add-on menu and its dialog with the google.script.run shim, escaping,
 * and paging of a 50,000-row sheet. Screenshots go to test-output/.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../local/playground/server';
import { APP_VERSION } from '../../src/server/version';
import { ensureDist } from '../playground/dist';
import { launchChromium } from './chromium';

jest.setTimeout(60000);

// SPEC §2, copied by hand.
const SPEC_SHEETS = [
  'Cài đặt',
  'Danh mục',
  'Hộ gia đình',
  'Nhân khẩu',
  'Tổ tự quản',
  'Thành viên',
  'Tuần tra',
  'Nhắc nhở',
  'Cam kết',
  'Sinh hoạt, tuyên truyền',
  'Hoà giải',
  'Đối tượng giúp đỡ',
  'Camera',
  'Tin báo, sự kiện',
  'Tổng hợp',
  'Nhật ký',
];
const XSS = '<img src=x onerror=window.__pwned=1>';
const BIG = 'Thử 50.000 dòng';
const BIG_ROWS = 50000;
const OUT = path.resolve(__dirname, '..', '..', 'test-output');

let pg: Playground;
let browser: Browser;
let page: Page;
let dir: string;
const pageErrors: string[] = [];

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const sheet = (name: string): Sheet => pg.env.spreadsheet.getSheetByName(name)!;
const column = (sh: Sheet, header: string): number =>
  sh.getRange(1, 1, 1, sh.getLastColumn()).getValues()[0].indexOf(header) + 1;
const cell = (row: number, col: number) => page.locator(`#grid tbody tr[data-row="${row}"] > td:nth-child(${col + 1})`);

async function openSheet(name: string): Promise<void> {
  await page.locator(`#tabs .tab[data-sheet="${name}"]`).click();
  await page.waitForSelector(`#grid[data-sheet="${name}"] tbody tr`);
}

async function dialogFrame(): Promise<Frame> {
  const handle = await page.waitForSelector('.dialog iframe.page-frame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('#version');
  return frame;
}

beforeAll(async () => {
  ensureDist();
  mkdirSync(OUT, { recursive: true });
  dir = mkdtempSync(path.join(os.tmpdir(), 'antt-playground-browser-'));
  pg = await startPlayground({ port: 0, stateFile: path.join(dir, 'workbook.json'), quiet: true });
  // Written through the emulator before the page loads.
  const households = sheet('Hộ gia đình');
  households.getRange(2, column(households, 'Ghi chú')).setValue(XSS);
  const big = pg.env.spreadsheet.insertSheet(BIG);
  big.insertRowsAfter(big.getMaxRows(), BIG_ROWS - big.getMaxRows());
  big.getRange(1, 1, BIG_ROWS, 2).setValues(Array.from({ length: BIG_ROWS }, (_, i) => [`Dòng ${i + 1}`, i + 1]));
  big.setFrozenRows(1);
  pg.save();

  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 820 }, locale: 'vi-VN' });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(pg.url);
  await page.waitForSelector('body[data-ready="true"]');
});

afterAll(async () => {
  await browser?.close();
  await pg?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('there is a tab for every sheet of SPEC §2, in workbook order', async () => {
  const tabs = await page.locator('#tabs .tab').allTextContents();
  for (const name of SPEC_SHEETS) expect(tabs).toContain(name);
  expect(tabs).toEqual(pg.env.spreadsheet.getSheets().map((s) => s.getName()));
});

test('Hộ gia đình shows every household of the sample, with row and column headings', async () => {
  await openSheet('Hộ gia đình');
  const sh = sheet('Hộ gia đình');
  const rows = sh.getLastRow();
  expect(rows - 1).toBeGreaterThan(50);
  await expect(page.locator('#grid tbody tr').count()).resolves.toBe(rows);
  const ids = sh
    .getRange(2, 1, rows - 1, 1)
    .getDisplayValues()
    .map((r) => r[0]);
  const shown = await page.locator('#grid tbody tr > td:nth-child(2)').allTextContents();
  expect(shown.slice(1)).toEqual(ids);
  expect(await page.locator('#grid thead th.col-head').allTextContents()).toEqual([
    'A',
    'B',
    'C',
    'D',
    'E',
    'F',
    'G',
    'H',
    'I',
    'J',
  ]);
  expect(await cell(1, 1).textContent()).toBe('Mã hộ');
  await expect(page.locator('#grid tr[data-row="1"]').getAttribute('class')).resolves.toContain('frozen-row');
  await page.screenshot({ path: path.join(OUT, 'playground.png') });
});

test('dates show with their number format (dd/mm/yyyy); checkboxes and dropdowns are marked', async () => {
  await openSheet('Tuần tra');
  const sh = sheet('Tuần tra');
  const dateCol = column(sh, 'Ngày');
  const text = await cell(2, dateCol).textContent();
  expect(text).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
  expect(text).toBe(sh.getRange(2, dateCol).getDisplayValue());

  const policeCol = column(sh, 'Phối hợp Công an xã');
  const box = cell(2, policeCol).locator('input[type=checkbox]');
  await expect(box.isChecked()).resolves.toBe(sh.getRange(2, policeCol).getValue() === true);
  await expect(cell(2, column(sh, 'Mã tổ')).getAttribute('class')).resolves.toContain('list');
});

test('menu ANTT tự quản › Hướng dẫn opens the help dialog, whose page calls the server and closes itself', async () => {
  await page.locator('.menu-button', { hasText: 'ANTT tự quản' }).click();
  await page.locator('.menu.open .menu-item', { hasText: 'Hướng dẫn' }).click();
  const frame = await dialogFrame();
  await expect(page.locator('.dialog .panel-title').textContent()).resolves.toContain('Hướng dẫn');
  expect(await frame.locator('h1').textContent()).toContain('Hướng dẫn');
  expect(await frame.locator('#version').textContent()).toBe(`Phiên bản ${APP_VERSION}`);
  await page.screenshot({ path: path.join(OUT, 'playground-help.png') });

  // The shim: success and failure handlers, values refused like Apps Script, host.setHeight.
  const results = await frame.evaluate(async () => {
    type Run = Record<string, (...a: unknown[]) => void> & {
      withSuccessHandler(f: (v: unknown) => void): Run;
      withFailureHandler(f: (e: Error) => void): Run;
    };
    const run = (window as unknown as { google: { script: { run: Run } } }).google.script.run;
    const call = (fn: string, ...args: unknown[]) =>
      new Promise<string>((resolve) =>
        run
          .withSuccessHandler((v) => resolve(`ok:${JSON.stringify(v).slice(0, 40)}`))
          .withFailureHandler((e) => resolve(`fail:${e instanceof Error}:${e.message}`))
          [fn](...args),
      );
    return [
      await call('apiBootstrap'),
      await call('loadSampleVillage'),
      await call('apiBootstrap', new Date()),
      await call('nope'),
      await call('apiSavePatrol', {}),
    ];
  });
  expect(results[0]).toMatch(/^ok:\{"ok":true/);
  expect(results[1]).toMatch(/^fail:true:.*đã có dữ liệu/); // a thrown Error reaches the failure handler
  expect(results[4]).toMatch(/^ok:\{"ok":false,"errors":\[/); // invalid input is an answer, not a fault
  expect(results[2]).toMatch(/^fail:true:.*Date/);
  expect(results[3]).toBe('fail:true:Script function not found: nope');

  await frame.evaluate(() =>
    (
      window as unknown as { google: { script: { host: { setHeight(h: number): void } } } }
    ).google.script.host.setHeight(300),
  );
  await page.waitForFunction(() => document.querySelector<HTMLElement>('.dialog iframe')?.style.height === '300px');

  // A server call from the page that shows a toast: the workbook view shows it afterwards.
  await frame.evaluate(() =>
    (window as unknown as { google: { script: { run: Record<string, () => void> } } }).google.script.run.menuSetup(),
  );
  await page.waitForSelector('#toasts .toast');

  await frame.locator('#close', { hasText: 'Đóng' }).click();
  await page.waitForSelector('.dialog', { state: 'detached' });
  await expect(page.locator('.backdrop').count()).resolves.toBe(0);
});

test('a menu item that asks with ui.alert gets OK and the page shows the question', async () => {
  await page.locator('.menu-button', { hasText: 'ANTT tự quản' }).click();
  await page.locator('.menu.open .menu-item', { hasText: 'Nạp dữ liệu mẫu' }).click();
  const alert = page.locator('#messages .message.alert').first();
  await alert.waitFor();
  expect(await alert.textContent()).toContain('Nạp dữ liệu mẫu của thôn Pác Khuông vào bảng tính trống này?');
  expect(await alert.textContent()).toContain('Sân thử đã tự chọn: OK');
});

test('cell text is shown as text, never as HTML', async () => {
  await openSheet('Hộ gia đình');
  const sh = sheet('Hộ gia đình');
  const target = cell(2, column(sh, 'Ghi chú'));
  expect(await target.textContent()).toBe(XSS);
  await expect(page.locator('#grid img').count()).resolves.toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
});

test('a 50,000-row sheet shows its first 500 rows and more on demand', async () => {
  const started = Date.now();
  await openSheet(BIG);
  expect(Date.now() - started).toBeLessThan(5000);
  await expect(page.locator('#grid tbody tr').count()).resolves.toBe(500);
  await expect(page.locator('#grid-footer').textContent()).resolves.toContain('50.000');
  await page.locator('#more-rows').click();
  await page.waitForSelector('#grid tbody tr[data-row="1000"]');
  await expect(page.locator('#grid tbody tr').count()).resolves.toBe(1000);
  expect(await cell(1000, 1).textContent()).toBe('Dòng 1000');
  expect(pageErrors).toEqual([]);
});
