/**
 * The whole loop a village secretary goes through, in real Chromium on the playground:
 * a new spreadsheet (one blank sheet, short menu) → Hướng dẫn → Thiết lập bảng tính →
 * Nạp dữ liệu mẫu → the figures of the period → a new household, a patrol with a
 * reminder and the household's commitments through the sidebars → the figures change by
 * exactly what was entered → Tổng hợp with its three charts → Tạo thông báo → the Doc's
 * A4 preview states the new figures. The emulator's clock is 16/06/2023, the day after
 * the sample village's last record. Each step's screenshot: test-output/e2e-<n>-<step>.png.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../local/playground/server';
import { parseChangelog, latestRelease } from '../../src/domain/changelog';
import { buildPacKhuong } from '../../src/sample/pacKhuong';
import { ensureDist } from '../playground/dist';
import { launchChromium } from './chromium';

jest.setTimeout(120000);

const OUT = path.resolve(__dirname, '..', '..', 'test-output');
const ROOT = path.resolve(__dirname, '..', '..');
const FROM = '2021-06-23';
const TO = '2023-06-15';
const MENU = 'ANTT tự quản';
/** dd/mm/yyyy of an ISO day, as the pages show and take days. */
const vnDay = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

let pg: Playground;
let browser: Browser;
let page: Page;
let dir: string;
const errors: string[] = [];
const started = Date.now();

/** Screenshot of the page; toasts from earlier steps are closed first unless `keepToasts`. */
async function shot(n: number, step: string, keepToasts = false): Promise<void> {
  if (!keepToasts)
    await page.locator('#toasts .notice-close').evaluateAll((xs) => xs.forEach((x) => (x as HTMLElement).click()));
  await page.screenshot({ path: path.join(OUT, `e2e-${n}-${step}.png`) });
}

async function openMenu(): Promise<void> {
  await page.locator('.menu-button', { hasText: MENU }).click();
  await page.waitForSelector('.menu.open .menu-list');
}

async function menuItems(): Promise<string[]> {
  await openMenu();
  const items = await page.locator('.menu.open .menu-item').allTextContents();
  await page.keyboard.press('Escape');
  return items;
}

/** Clicks ANTT tự quản › `item` and waits for the call to finish. */
async function runMenu(item: string): Promise<void> {
  await openMenu();
  await page.locator('.menu.open .menu-item', { hasText: item }).first().click();
  await page.waitForSelector('#status', { state: 'hidden' });
}

/** Opens a sidebar or dialog from the menu and returns its frame once `ready` is in it. */
async function openPage(item: string, where: '#sidebar .sidebar-panel' | '.dialog', ready: string): Promise<Frame> {
  const open = page.locator(where);
  const before = (await open.count()) ? await open.getAttribute('data-page') : null;
  await runMenu(item);
  const panel = page.locator(`${where}${before ? `:not([data-page="${before}"])` : ''}`);
  await panel.waitFor();
  const frame = await (await panel.locator('iframe.page-frame').elementHandle())!.contentFrame();
  if (!frame) throw new Error(`no frame for ${item}`);
  await frame.waitForSelector(ready);
  return frame;
}

async function toast(f: Frame): Promise<string> {
  await f.waitForSelector('#toast:not([hidden])');
  const text = (await f.locator('#toast .toast-text').textContent()) ?? '';
  await f.locator('#toast .toast-close').click();
  return text;
}

interface Figures {
  counts: Record<string, number>;
  /** metric label → "numerator/denominator". */
  metrics: Record<string, string>;
}

const number = (s: string) => Number(s.replace(/\./g, '').replace(',', '.'));

/** Tỷ lệ tuân thủ for FROM–TO: the counts table and each metric's numerator/denominator, as the sidebar shows them. */
async function figures(): Promise<{ frame: Frame; figures: Figures }> {
  const f = await openPage('Tỷ lệ tuân thủ', '#sidebar .sidebar-panel', '#period');
  await f.waitForSelector('#result .metrics');
  await f.fill('#from', vnDay(FROM));
  await f.fill('#to', vnDay(TO));
  await f.click('#show');
  await f.waitForFunction(
    () =>
      /15\/06\/2023/.test(document.querySelector('#status')?.textContent ?? '') &&
      !(document.querySelector('#show') as HTMLButtonElement).disabled,
  );
  const counts = await f
    .locator('table.counts tr')
    .evaluateAll((rows) => rows.map((r) => [r.querySelector('th')!.textContent!, r.querySelector('td')!.textContent!]));
  const metrics = await f
    .locator('ul.metrics li')
    .evaluateAll((items) =>
      items.map((li) => [
        li.querySelector('.label')!.textContent!,
        (li.querySelector('.nums')!.textContent ?? '').split(' · ')[0],
      ]),
    );
  return {
    frame: f,
    figures: {
      counts: Object.fromEntries(counts.map(([k, v]) => [k, number(v)])),
      metrics: Object.fromEntries(metrics),
    },
  };
}

beforeAll(async () => {
  ensureDist();
  mkdirSync(OUT, { recursive: true });
  dir = mkdtempSync(path.join(os.tmpdir(), 'antt-e2e-'));
  pg = await startPlayground({
    port: 0,
    stateFile: path.join(dir, 'workbook.json'),
    quiet: true,
    empty: true,
    today: '2023-06-16',
  });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 860 }, locale: 'vi-VN' });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => void d.accept());
  await page.goto(pg.url);
  await page.waitForSelector('body[data-ready="true"]');
});

afterAll(async () => {
  await browser?.close();
  await pg?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  // A figure, not a target: printed, never asserted.
  console.log(`e2e: the whole loop took ${((Date.now() - started) / 1000).toFixed(1)} s`);
});

let before: Figures;
let participants = 0;
let householdId = '';

test('1. a new spreadsheet: one blank sheet, and a short menu that starts with set-up', async () => {
  expect(await page.locator('#tabs .tab').allTextContents()).toEqual(['Trang tính1']);
  expect(await menuItems()).toEqual([
    'Thiết lập bảng tính',
    'Nạp dữ liệu mẫu (thôn Pác Khuông)',
    'Thiết lập bảng tính xã',
    'Hướng dẫn',
  ]);
  await openMenu();
  await shot(1, 'new-spreadsheet');
  await page.keyboard.press('Escape');
});

test('2. Hướng dẫn explains the sheets, forms, figures and notice, with the version and what is new', async () => {
  const f = await openPage('Hướng dẫn', '.dialog', 'body[data-ready="true"]');
  const text = (await f.locator('#app').textContent()) ?? '';
  for (const s of [
    'Bắt đầu',
    'Ghi chép qua biểu mẫu',
    'ANTT tự quản › Ghi tuần tra',
    'ANTT tự quản › Ký cam kết',
    'Các trang trong bảng tính',
    'Số liệu và biểu đồ',
    'Thông báo kết quả',
    'Ví dụ: thôn Pác Khuông',
    '43 lượt tuần tra với 209 lượt thành viên tham gia',
  ]) {
    expect(text).toContain(s);
  }
  const version = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version as string;
  const release = latestRelease(parseChangelog(readFileSync(path.join(ROOT, 'CHANGELOG.md'), 'utf8')))!;
  expect(await f.locator('#version').textContent()).toBe(`Phiên bản ${version}`);
  expect(await f.locator('#h-news').textContent()).toContain(`phiên bản ${release.version}`);
  expect(await f.locator('#s-news li').count()).toBe(release.sections.reduce((n, s) => n + s.items.length, 0));
  await shot(2, 'help');
  await f.locator('#close').click();
  await page.waitForSelector('.dialog', { state: 'detached' });
});

test('3. Thiết lập bảng tính creates the sheets, lands on Cài đặt and gives the full menu', async () => {
  await runMenu('Thiết lập bảng tính');
  const t = page.locator('#toasts .toast').last();
  await t.waitFor();
  expect(await t.textContent()).toContain('tạo 18 trang');
  expect(await t.textContent()).toContain('Bước tiếp theo: điền trang "Cài đặt"');
  const tabs = await page.locator('#tabs .tab').allTextContents();
  expect(tabs).toHaveLength(19);
  expect(tabs[0]).toBe('Trang tính1'); // the user's own sheet is kept
  await page.waitForSelector('#grid[data-sheet="Cài đặt"]');
  expect(await page.locator('#tabs .tab.selected').textContent()).toBe('Cài đặt');
  expect(await menuItems()).toContain('Ghi tuần tra');
  await shot(3, 'setup', true);
});

test('4. Nạp dữ liệu mẫu fills the village of Pác Khuông', async () => {
  await runMenu('Nạp dữ liệu mẫu');
  await page.locator('#toasts .toast', { hasText: 'Đã nạp dữ liệu mẫu' }).waitFor();
  // The question the playground answered OK for the user.
  const question = page.locator('#messages .message.alert');
  expect(await question.textContent()).toContain('Nạp dữ liệu mẫu của thôn Pác Khuông vào bảng tính trống này?');
  await question.locator('.notice-close').click();
  expect(pg.env.spreadsheet.getSheetByName('Hộ gia đình')!.getLastRow() - 1).toBe(
    buildPacKhuong().sheets['Hộ gia đình'].length,
  );
  await page.locator('#tabs .tab[data-sheet="Tuần tra"]').click();
  await page.waitForSelector('#grid[data-sheet="Tuần tra"] tbody tr[data-row="44"]');
  await shot(4, 'sample');
});

test('5. Tỷ lệ tuân thủ shows the figures of the period', async () => {
  const { figures: f } = await figures();
  before = f;
  expect(f.counts['Lượt tuần tra']).toBe(43);
  expect(f.counts['Lượt thành viên tham gia tuần tra']).toBe(209);
  expect(f.counts['Hộ gia đình']).toBe(106);
  expect(f.metrics['Hộ ký đủ các cam kết bắt buộc']).toBe('106/106');
  await shot(5, 'figures-before');
});

test('6. a household moves in (Hộ, nhân khẩu, tổ, thành viên)', async () => {
  const f = await openPage('Hộ, nhân khẩu, tổ, thành viên', '#sidebar .sidebar-panel', 'body[data-ready="true"]');
  await f.fill('#form-households [data-field="record.head"]', 'Hoàng Văn Mới');
  await f.selectOption('#form-households [data-field="record.teamId"]', 'T2');
  await f.fill('#form-households [data-field="record.size"]', '4');
  await f.fill('#form-households [data-field="record.arrivedOn"]', '01/06/2023');
  await f.click('#form-households button[type=submit]');
  const message = await toast(f);
  householdId = /Đã thêm (\S+)\./.exec(message)![1];
  expect(householdId).toMatch(/^H\d+$/);
  await shot(6, 'household');
});

test('7. Ghi tuần tra: a patrol of team T2 on 10/06/2023 with one reminder', async () => {
  const f = await openPage('Ghi tuần tra', '#sidebar .sidebar-panel', 'body[data-ready="true"]');
  await f.fill('[data-field="date"]', '10/06/2023');
  await f.fill('[data-field="start"]', '19:30');
  await f.fill('[data-field="end"]', '22:00');
  await f.selectOption('[data-field="teamId"]', 'T2');
  const members = await f.locator('[data-field="memberIds"] input[type=checkbox]:checked').count();
  expect(members).toBeGreaterThan(2);
  participants = members + 2;
  await f.fill('[data-field="participants"]', String(participants));
  await f.check('[data-field="withPolice"]');
  await f.fill('[data-field="result"]', 'Tình hình ổn định; nhắc nhở 2 quán bán hàng quá giờ.');
  await f.click('.add-reminder');
  await f.selectOption('[data-field="reminders.0.category"]', 'Kinh doanh quá giờ quy định');
  await f.fill('[data-field="reminders.0.cases"]', '2');
  await f.selectOption('[data-field="reminders.0.action"]', 'Nhắc nhở');
  await shot(7, 'patrol');
  await f.click('button[type=submit]');
  expect(await toast(f)).toMatch(/TT-\d{4}/);
});

test('8. Ký cam kết: the new household signs every required commitment in one batch', async () => {
  const f = await openPage('Ký cam kết', '#sidebar .sidebar-panel', 'body[data-ready="true"]');
  expect(await f.inputValue('[data-field="year"]')).toBe('2023');
  const item = f.locator(`.checklist .item:has(input[value="${householdId}"])`);
  expect(await item.getAttribute('class')).not.toContain('done');
  await item.locator('input').check();
  await f.fill('[data-field="signer"]', 'Trưởng thôn');
  await item.scrollIntoViewIfNeeded();
  await shot(8, 'commitments');
  await f.click('button[type=submit]');
  expect(await toast(f)).toContain('Đã ghi 4 cam kết');
});

test('9. the figures change by exactly what was entered', async () => {
  const { frame, figures: after } = await figures();
  expect(after.counts['Lượt tuần tra']).toBe(before.counts['Lượt tuần tra'] + 1);
  expect(after.counts['Lượt thành viên tham gia tuần tra']).toBe(
    before.counts['Lượt thành viên tham gia tuần tra'] + participants,
  );
  expect(after.counts['Lượt tuần tra phối hợp Công an xã']).toBe(
    before.counts['Lượt tuần tra phối hợp Công an xã'] + 1,
  );
  expect(after.counts['Trường hợp nhắc nhở']).toBe(before.counts['Trường hợp nhắc nhở'] + 2);
  expect(after.counts['Hộ gia đình']).toBe(107);
  expect(after.metrics['Hộ ký đủ các cam kết bắt buộc']).toBe('107/107');
  await shot(9, 'figures-after');

  // Ghi vào trang Tổng hợp: the table and its three charts, drawn in the sheet view.
  await frame.click('#write');
  await frame.waitForFunction(() => /Đã ghi trang/.test(document.querySelector('#status')?.textContent ?? ''));
  await page.locator('#sidebar .panel-close').click();
  await page.locator('#tabs .tab[data-sheet="Tổng hợp"]').click();
  await page.waitForSelector('.chart-layer[data-sheet="Tổng hợp"] svg.chart');
  const svgs = page.locator('.chart-layer[data-sheet="Tổng hợp"] svg.chart');
  expect(await svgs.count()).toBe(3);
  expect(await svgs.evaluateAll((s) => s.map((x) => x.getAttribute('data-type')))).toEqual(['COLUMN', 'BAR', 'PIE']);
  // One bar per number of each chart's data range (one slice per positive number for the pie).
  const sheet = pg.env.spreadsheet.getSheetByName('Tổng hợp')! as unknown as {
    describeCharts(): { ranges: { a1: string }[] }[];
  } & GoogleAppsScript.Spreadsheet.Sheet;
  const data = sheet.describeCharts().map((c) =>
    sheet
      .getRange(c.ranges[0].a1)
      .getValues()
      .slice(1)
      .flatMap((r) => r.slice(1)),
  );
  const numbers = data.map((vals) => vals.filter((v) => typeof v === 'number'));
  expect(numbers[0].length).toBeGreaterThan(20); // months since 06/2021, two series
  expect(await svgs.nth(0).locator('rect.bar').count()).toBe(numbers[0].length);
  expect(await svgs.nth(1).locator('rect.bar').count()).toBe(numbers[1].length);
  expect(await svgs.nth(2).locator('.slice').count()).toBe(numbers[2].filter((v) => (v as number) > 0).length);
  // The tallest column is the month with the most patrol participations.
  const heights = await svgs
    .nth(0)
    .locator('rect.bar')
    .evaluateAll((rs) => rs.map((r) => [Number(r.getAttribute('data-value')), Number(r.getAttribute('height'))]));
  const tallest = heights.reduce((a, b) => (b[1] > a[1] ? b : a));
  expect(tallest[0]).toBe(Math.max(...(numbers[0] as number[])));
  // The view scrolled to the charts (right of the helper tables), as a user would.
  await page.setViewportSize({ width: 1360, height: 1000 });
  await page
    .locator('.chart-box')
    .first()
    .evaluate((box) => {
      const scroll = document.getElementById('grid-scroll')!;
      const b = box as HTMLElement;
      scroll.scrollLeft = b.offsetLeft + b.offsetWidth + 24 - scroll.clientWidth;
    });
  await shot(10, 'summary-charts');
  await page.setViewportSize({ width: 1360, height: 860 });
});

test('10. Tạo thông báo for the period, and its A4 preview states the new figures', async () => {
  const f = await openPage('Tạo thông báo', '.dialog', 'dl.figures');
  await f.fill('#from', vnDay(FROM));
  await f.fill('#to', vnDay(TO));
  await f.fill('#issuedOn', '16/06/2023');
  const patrols = before.counts['Lượt tuần tra'] + 1;
  const total = before.counts['Lượt thành viên tham gia tuần tra'] + participants;
  expect([patrols, total]).toEqual([44, 209 + participants]);
  const phrase = `tuần tra, kiểm soát ${patrols} lượt với ${total} lượt thành viên tham gia`;
  await f.waitForFunction((p) => (document.querySelector('.results')?.textContent ?? '').includes(p), phrase);
  await f.click('#generate');
  await f.waitForSelector('#doc-link');
  await shot(11, 'notice');

  const link = page.locator('.message.doc a.doc-preview').first();
  const [preview] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  preview.on('pageerror', (e) => errors.push(e.message));
  await preview.waitForSelector('body[data-paginated="true"]');
  await preview.setViewportSize({ width: 1000, height: 1250 });
  const all = (await preview.locator('#pages').textContent()) ?? '';
  expect(all).toContain(phrase);
  expect(all).toContain('Bình Gia, ngày 16 tháng 6 năm 2023');
  expect(all).not.toContain('43 lượt với 209');
  const resultsPage = preview.locator('.page', { hasText: '44 lượt' }).first();
  await resultsPage.scrollIntoViewIfNeeded();
  await resultsPage.screenshot({ path: path.join(OUT, 'e2e-12-notice-preview.png') });
  await preview.close();
  expect(errors).toEqual([]);
});
