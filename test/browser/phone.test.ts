/**
 * The phone web app (SPEC §7.1) in a real (headless) Chromium at 360 × 640 with touch, served by the playground
 * (`/m/app?as=…`, the bundle's `doGet` as that person): a member records a patrol; offline, two saves wait on the
 * phone and arrive exactly once when the connection returns; a save whose answer is lost is completed, not
 * doubled; no screen scrolls sideways; a stranger is refused. Phone-size screenshots go to docs/.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../local/playground/server';
import { ensureDist } from '../playground/dist';
import { launchChromium } from './chromium';
import { DIST } from '../../local/bundle';
import { darkModules, QUIET } from '../../src/client/PhoneLink/qr';

jest.setTimeout(120000);

const DOCS = path.resolve(__dirname, '..', '..', 'docs');
const LEADER_T1 = 'totruong1@example.com';

let pg: Playground;
let browser: Browser;
let dir: string;
const pageErrors: string[] = [];

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
const sheet = (name: string): Sheet => pg.env.spreadsheet.getSheetByName(name)!;
/** The rows of a sheet as header → value objects. */
function rows(name: string): Record<string, unknown>[] {
  const [head, ...body] = sheet(name).getDataRange().getValues();
  return body.map((r) => Object.fromEntries(head.map((h, i) => [String(h), r[i]])));
}

async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 640 },
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'vi-VN',
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => pageErrors.push(e.message));
  return { context, page };
}

async function open(page: Page, as: 'member' | 'editor' | 'stranger'): Promise<void> {
  await page.goto(`${pg.url}m/app?as=${as}`);
  if (as !== 'stranger') await page.waitForSelector('body[data-ready="true"]');
}

/** Fills the patrol form (the member's team and its members are preselected). */
async function fillPatrol(page: Page, start: string, end: string, result: string): Promise<void> {
  const form = page.locator('#phone-patrol');
  await form.getByLabel('Giờ bắt đầu').fill(start);
  await form.getByLabel('Giờ kết thúc').fill(end);
  await form.getByLabel('Tình hình, kết quả').fill(result);
}

async function noSidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
}

beforeAll(async () => {
  ensureDist();
  dir = mkdtempSync(path.join(os.tmpdir(), 'antt-phone-browser-'));
  pg = await startPlayground({ port: 0, stateFile: path.join(dir, 'workbook.json'), quiet: true, today: '2023-06-20' });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await pg?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

afterEach(() => {
  expect(pageErrors).toEqual([]);
});

test('a team leader records a patrol: team preselected, its members ticked and counted', async () => {
  const { context, page } = await phone();
  await open(page, 'member');
  await expect(page.locator('.phone-head').textContent()).resolves.toContain('T1 · Tổ 1');
  const team = page.locator('#phone-patrol select').first();
  await expect(team.inputValue()).resolves.toBe('T1');
  // A member sees only their own team.
  await expect(team.locator('option').count()).resolves.toBe(1);
  const t1 = rows('Thành viên').filter((m) => m['Mã tổ'] === 'T1' && !m['Ngày rời']).length;
  const ticked = await page.locator('#phone-patrol [data-field="memberIds"] input[type=checkbox]:checked').count();
  expect(ticked).toBe(t1);
  await expect(page.locator('#phone-patrol').getByLabel('Số người tham gia').inputValue()).resolves.toBe(String(t1));
  const before = rows('Tuần tra').length;
  await fillPatrol(page, '19:30', '22:15', 'Tuần tra chợ, bình thường');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(DOCS, 'phone-patrol.png') });
  await page.locator('#phone-patrol button[type=submit]').tap();
  await page.waitForSelector('#toast.ok');
  await expect(page.locator('#toast').textContent()).resolves.toMatch(
    /^Đã lưu tuần tra 20\/06\/2023 19:30–22:15: TT-\d{4}\./,
  );
  const after = rows('Tuần tra');
  expect(after.length).toBe(before + 1);
  const saved = after[after.length - 1];
  expect(saved['Mã tổ']).toBe('T1');
  expect(saved['Giờ bắt đầu']).toBe('19:30');
  expect(saved['Số người tham gia']).toBe(t1);
  expect(saved['Tình hình, kết quả']).toBe('Tuần tra chợ, bình thường');
  expect(saved['Người ghi']).toBe(LEADER_T1);
  // The form is ready for the next patrol: times and result blank, team kept.
  await expect(page.locator('#phone-patrol').getByLabel('Giờ bắt đầu').inputValue()).resolves.toBe('');
  await expect(team.inputValue()).resolves.toBe('T1');
  await expect(page.locator('[data-role=outbox]').isHidden()).resolves.toBe(true);
  await context.close();
});

test('offline: two patrols wait on the phone, then arrive exactly once when the connection returns', async () => {
  const { context, page } = await phone();
  await open(page, 'member');
  const before = rows('Tuần tra').length;
  await context.setOffline(true);
  await fillPatrol(page, '13:00', '14:00', 'Ngoại tuyến một');
  await page.locator('#phone-patrol button[type=submit]').tap();
  await fillPatrol(page, '14:30', '15:30', 'Ngoại tuyến hai');
  await page.locator('#phone-patrol button[type=submit]').tap();
  const outbox = page.locator('[data-role=outbox]');
  await expect(outbox.locator('h2').textContent()).resolves.toBe('Đang chờ gửi: 2');
  await expect(outbox.locator('.outbox-list > li.waiting').count()).resolves.toBe(2);
  await expect(outbox.textContent()).resolves.toContain('Đang mất mạng');
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(DOCS, 'phone-offline.png') });
  expect(rows('Tuần tra').length).toBe(before);
  // Kept in localStorage with their request ids: a reload while offline does not lose them.
  const stored = await page.evaluate(() =>
    JSON.parse(localStorage.getItem('antt-phone-outbox:totruong1@example.com') ?? '[]').map(
      (q: { requestId: string }) => q.requestId,
    ),
  );
  expect(stored).toHaveLength(2);
  expect(new Set(stored).size).toBe(2);
  await context.setOffline(false);
  await page.waitForFunction(() => document.querySelectorAll('.outbox-list > li').length === 0);
  const after = rows('Tuần tra');
  expect(after.length).toBe(before + 2);
  for (const text of ['Ngoại tuyến một', 'Ngoại tuyến hai'])
    expect(after.filter((r) => r['Tình hình, kết quả'] === text)).toHaveLength(1);
  const ids = after.slice(before).map((r) => r['Mã yêu cầu']);
  expect(ids.sort()).toEqual([...stored].sort());
  // "Gửi lại" with nothing waiting sends nothing more.
  expect(rows('Tuần tra').length).toBe(before + 2);
  await context.close();
});

test('an answer lost on the way back: the save is sent again with its request id and kept once', async () => {
  const { context, page } = await phone();
  await open(page, 'member');
  const before = rows('Tuần tra').length;
  let dropped = 0;
  // The server gets the request and saves; its answer never reaches the phone (once).
  await page.route('**/api/run?as=member', async (route) => {
    if (dropped > 0) return route.continue();
    dropped++;
    await route.fetch();
    await route.abort('connectionreset');
  });
  await fillPatrol(page, '05:00', '06:00', 'Mất câu trả lời');
  await page.locator('#phone-patrol button[type=submit]').tap();
  const outbox = page.locator('[data-role=outbox]');
  await page.waitForSelector('.outbox-list > li.waiting');
  expect(rows('Tuần tra').length).toBe(before + 1);
  await outbox.getByRole('button', { name: 'Gửi lại' }).tap();
  await page.waitForFunction(() => document.querySelectorAll('.outbox-list > li').length === 0);
  const after = rows('Tuần tra');
  expect(after.length).toBe(before + 1);
  expect(after.filter((r) => r['Tình hình, kết quả'] === 'Mất câu trả lời')).toHaveLength(1);
  await context.close();
});

test('a refused save shows its messages and stays in the form, editable', async () => {
  const { context, page } = await phone();
  await open(page, 'member');
  // Fewer participants than members ticked: refused (by the shared schema, before anything is sent).
  await fillPatrol(page, '18:00', '19:00', 'Thiếu người');
  await page.locator('#phone-patrol').getByLabel('Số người tham gia').fill('1');
  await page.locator('#phone-patrol button[type=submit]').tap();
  const error = page.locator('#phone-patrol [data-error-for="participants"]');
  await expect(error.textContent()).resolves.toMatch(/Số người tham gia/);
  await expect(page.locator('#phone-patrol').getByLabel('Tình hình, kết quả').inputValue()).resolves.toBe(
    'Thiếu người',
  );
  await context.close();
});

test('a save the server refuses (a likely duplicate) comes back into the form; "Vẫn lưu" saves it once', async () => {
  const { context, page } = await phone();
  await open(page, 'member');
  const before = rows('Tuần tra').length;
  // Overlaps the patrol of 19:30–22:15 saved above: the server asks to confirm, nothing is written.
  await fillPatrol(page, '20:00', '21:00', 'Trùng giờ');
  await page.locator('#phone-patrol button[type=submit]').tap();
  const warning = page.locator('#phone-patrol [data-role=duplicate]');
  await warning.waitFor();
  await expect(warning.textContent()).resolves.toContain('Chưa lưu: bản ghi này có thể bị trùng.');
  expect(rows('Tuần tra').length).toBe(before);
  await expect(page.locator('#phone-patrol').getByLabel('Tình hình, kết quả').inputValue()).resolves.toBe('Trùng giờ');
  await expect(page.locator('.outbox-list > li').count()).resolves.toBe(0);
  await warning.getByRole('button', { name: 'Vẫn lưu' }).tap();
  await page.waitForSelector('#toast.ok');
  expect(rows('Tuần tra').filter((r) => r['Tình hình, kết quả'] === 'Trùng giờ')).toHaveLength(1);
  await context.close();
});

test('offline, a save the server then refuses waits with its messages; Sửa brings it back, editable', async () => {
  const { context, page } = await phone();
  await open(page, 'member');
  const before = rows('Tuần tra').length;
  await context.setOffline(true);
  // Overlaps the patrol of 19:30–22:15: sent when back online, the server asks to confirm.
  await fillPatrol(page, '19:45', '20:15', 'Trùng khi ngoại tuyến');
  await page.locator('#phone-patrol button[type=submit]').tap();
  await context.setOffline(false);
  const refused = page.locator('.outbox-list > li.refused');
  await refused.waitFor();
  await expect(refused.textContent()).resolves.toContain('Không lưu được, hãy sửa:');
  await expect(page.locator('[data-role=resend]').isHidden()).resolves.toBe(true);
  // A likely duplicate can be saved as it is from the list too.
  await expect(refused.getByRole('button', { name: 'Vẫn lưu' }).count()).resolves.toBe(1);
  expect(rows('Tuần tra').length).toBe(before);
  await refused.getByRole('button', { name: 'Sửa' }).tap();
  await expect(page.locator('#phone-patrol').getByLabel('Tình hình, kết quả').inputValue()).resolves.toBe(
    'Trùng khi ngoại tuyến',
  );
  await expect(page.locator('#phone-patrol').getByLabel('Giờ bắt đầu').inputValue()).resolves.toBe('19:45');
  await expect(page.locator('.outbox-list > li').count()).resolves.toBe(0);
  // Moved to another hour, it is no longer a duplicate.
  await page.locator('#phone-patrol').getByLabel('Giờ bắt đầu').fill('23:00');
  await page.locator('#phone-patrol').getByLabel('Giờ kết thúc').fill('23:45');
  await page.locator('#phone-patrol button[type=submit]').tap();
  await page.waitForSelector('#toast.ok');
  const saved = rows('Tuần tra').filter((r) => r['Tình hình, kết quả'] === 'Trùng khi ngoại tuyến');
  expect(saved.map((r) => r['Giờ bắt đầu'])).toEqual(['23:00']);
  await context.close();
});

test('a likely duplicate refused after coming back online is saved once with "Vẫn lưu" from the list', async () => {
  const { context, page } = await phone();
  await open(page, 'member');
  await context.setOffline(true);
  await fillPatrol(page, '20:30', '21:30', 'Trùng, vẫn lưu');
  await page.locator('#phone-patrol button[type=submit]').tap();
  await context.setOffline(false);
  const refused = page.locator('.outbox-list > li.refused');
  await refused.waitFor();
  expect(rows('Tuần tra').filter((r) => r['Tình hình, kết quả'] === 'Trùng, vẫn lưu')).toHaveLength(0);
  await refused.getByRole('button', { name: 'Vẫn lưu' }).tap();
  await page.waitForFunction(() => document.querySelectorAll('.outbox-list > li').length === 0);
  await page.locator('[data-role=resend]').evaluate((b) => (b as HTMLButtonElement).click());
  expect(rows('Tuần tra').filter((r) => r['Tình hình, kết quả'] === 'Trùng, vẫn lưu')).toHaveLength(1);
  await context.close();
});

test('the team tab shows this month and the last patrols; the last one is corrected', async () => {
  const { context, page } = await phone();
  await open(page, 'member');
  await page.locator('#tab-team').tap();
  await page.waitForSelector('[data-role=figures]');
  await expect(page.locator('[data-role=figures]').textContent()).resolves.toMatch(
    /^Tháng 06\/2023: \d+ buổi tuần tra, \d+ lượt người, \d+ trường hợp nhắc nhở\.$/,
  );
  await page.screenshot({ path: path.join(DOCS, 'phone-team.png') });
  const last = page.locator('.last-records > li').first();
  const id = await last.getAttribute('data-id');
  await last.getByRole('button', { name: 'Sửa lần ghi này' }).tap();
  await expect(page.locator('.editing').textContent()).resolves.toContain(`Đang sửa tuần tra ${id}`);
  await page.locator('#phone-patrol').getByLabel('Tình hình, kết quả').fill('Đã sửa trên điện thoại');
  await page.locator('#phone-patrol button[type=submit]').tap();
  await page.waitForSelector('#toast.ok');
  const row = rows('Tuần tra').find((r) => r['Mã'] === id)!;
  expect(row['Tình hình, kết quả']).toBe('Đã sửa trên điện thoại');
  await context.close();
});

test('a tip is reported, to be passed to the commune police at once', async () => {
  const { context, page } = await phone();
  await open(page, 'member');
  await page.locator('#tab-event').tap();
  const form = page.locator('#phone-event');
  const type = form.locator('select[data-field="type"]');
  const first = await type.locator('option').nth(1).getAttribute('value');
  await type.selectOption(first!);
  await form.getByLabel('Nội dung').fill('Người lạ hỏi mua trâu ở bản Nà Pàn');
  await form.getByLabel('Chuyển Công an xã ngay').check();
  await form.locator('button[type=submit]').tap();
  await page.waitForSelector('#toast.ok');
  const saved = rows('Tin báo, sự kiện').filter((r) => r['Nội dung'] === 'Người lạ hỏi mua trâu ở bản Nà Pàn');
  expect(saved).toHaveLength(1);
  expect(saved[0]['Chuyển Công an xã']).toBe(true);
  expect(saved[0]['Loại']).toBe(first);
  await context.close();
});

test('attendance at a session: households found by search and ticked, the head count follows', async () => {
  const { context, page } = await phone();
  await open(page, 'member');
  await page.locator('#tab-session').tap();
  const form = page.locator('#phone-session');
  const how = form.locator('select[data-field="form"]');
  await how.selectOption((await how.locator('option').nth(1).getAttribute('value'))!);
  const households = rows('Hộ gia đình').filter((x) => !x['Ngày chuyển đi']);
  const [a, b] = [households[3], households[40]];
  const search = form.locator('[data-field="householdIds"] input[type=search]');
  for (const x of [a, b]) {
    await search.fill(String(x['Chủ hộ']));
    await form.locator(`[data-field="householdIds"] input[type=checkbox][value="${x['Mã hộ']}"]`).check();
  }
  await search.fill('');
  await expect(form.locator('input[data-field="attendees"]').inputValue()).resolves.toBe('2');
  await form.locator('button[type=submit]').tap();
  await page.waitForSelector('#toast.ok');
  const saved = rows('Sinh hoạt, tuyên truyền');
  expect(saved[saved.length - 1]['Hộ tham dự']).toBe(`${a['Mã hộ']}, ${b['Mã hộ']}`);
  await context.close();
});

test('no screen scrolls sideways at 360 px', async () => {
  const { context, page } = await phone();
  await open(page, 'member');
  for (const tab of ['patrol', 'event', 'session', 'team']) {
    await page.locator(`#tab-${tab}`).tap();
    await expect(noSidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
  }
  await page.locator('#tab-session').tap();
  await page.screenshot({ path: path.join(DOCS, 'phone-session.png') });
  await open(page, 'editor');
  await expect(noSidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
  await open(page, 'stranger');
  await expect(noSidewaysScroll(page)).resolves.toBeLessThanOrEqual(0);
  await context.close();
});

/** The interactive parts of the page shown smaller than `min` × `min` CSS px (a box in a label: the label). */
function smallTargets(page: Page, min = 44): Promise<string[]> {
  return page.evaluate((min) => {
    const out: string[] = [];
    for (const el of document.querySelectorAll<HTMLElement>('button, a[href], select, textarea, input, [role="tab"]')) {
      const box = el instanceof HTMLInputElement && (el.type === 'checkbox' || el.type === 'radio');
      const target = box ? (el.closest('label') ?? document.querySelector(`label[for="${el.id}"]`) ?? el) : el;
      if (box && target !== el && !target.contains(el)) {
        // A check field's label covers its box (the box sits inside the label's box).
        const b = el.getBoundingClientRect();
        const l = target.getBoundingClientRect();
        if (b.left < l.left || b.right > l.right || b.top < l.top || b.bottom > l.bottom) out.push(`${el.id}: outside`);
      }
      const r = target.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if (r.width < min || r.height < min) {
        const name = (el.getAttribute('aria-label') ?? el.textContent ?? el.id).trim().slice(0, 30);
        out.push(`${el.tagName.toLowerCase()} "${name}" ${Math.round(r.width)}×${Math.round(r.height)}`);
      }
    }
    return out;
  }, min);
}

test('every tap target is at least 44 × 44 px at 360 × 740 (tabs, rows, links, the toast)', async () => {
  const { context, page } = await phone();
  await page.setViewportSize({ width: 360, height: 740 });
  await open(page, 'member');
  for (const tab of ['patrol', 'event', 'session', 'team']) {
    await page.locator(`#tab-${tab}`).tap();
    if (tab === 'team') await page.waitForSelector('[data-role=figures]');
    await expect(smallTargets(page)).resolves.toEqual([]);
  }
  // The member rows are on a pitch of 44 px or more; the toast's close button after a save.
  await page.locator('#tab-patrol').tap();
  const rowsTop = await page
    .locator('#phone-patrol [data-field="memberIds"] label.item')
    .evaluateAll((els) => els.slice(0, 3).map((e) => e.getBoundingClientRect().top));
  expect(rowsTop[1] - rowsTop[0]).toBeGreaterThanOrEqual(44);
  expect(rowsTop[2] - rowsTop[1]).toBeGreaterThanOrEqual(44);
  // Required fields are marked as in the sidebar.
  for (const label of ['Giờ bắt đầu', 'Giờ kết thúc'])
    await expect(page.locator('#phone-patrol label', { hasText: label }).locator('.req').count()).resolves.toBe(1);
  await page.locator('#tab-event').tap();
  const event = page.locator('#phone-event');
  const type = event.locator('select[data-field="type"]');
  await type.selectOption((await type.locator('option').nth(1).getAttribute('value'))!);
  await event.getByLabel('Nội dung').fill('Đo vùng chạm');
  await event.locator('button[type=submit]').tap();
  await page.waitForSelector('#toast.ok');
  const close = await page.locator('#toast .toast-close').boundingBox();
  expect(Math.min(close!.width, close!.height)).toBeGreaterThanOrEqual(44);
  await expect(smallTargets(page)).resolves.toEqual([]);
  await context.close();
});

test("a member's patrol lists the team; Chọn tất cả picks what is listed, others found by search", async () => {
  const { context, page } = await phone();
  await open(page, 'member');
  const list = page.locator('#phone-patrol [data-field="memberIds"]');
  const members = rows('Thành viên').filter((m) => !m['Ngày rời']);
  const t1 = members.filter((m) => m['Mã tổ'] === 'T1').map((m) => String(m['Mã']));
  const other = members.find((m) => m['Mã tổ'] === 'T4')!;
  const shown = () =>
    list.locator('label.item:visible input').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  const ticked = () =>
    list.locator('input[type=checkbox]:checked').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect((await shown()).sort()).toEqual([...t1].sort());
  await expect(list.textContent()).resolves.toContain('thành viên tổ khác: gõ tên hoặc mã để tìm');
  // Untick all, then "Chọn tất cả": the team again, not the village.
  await list.locator('.select-all').tap();
  expect(await ticked()).toEqual([]);
  await expect(list.locator('.select-all').textContent()).resolves.toBe('Chọn tất cả');
  await list.locator('.select-all').tap();
  expect((await ticked()).sort()).toEqual([...t1].sort());
  await expect(page.locator('#phone-patrol').getByLabel('Số người tham gia').inputValue()).resolves.toBe(
    String(t1.length),
  );
  // A member of another team is found by name and ticked; the list keeps them once the search is cleared.
  const search = list.locator('input[type=search]');
  await search.fill(String(other['Họ tên']));
  await list.locator(`input[value="${other['Mã']}"]`).check();
  await search.fill('');
  expect((await shown()).sort()).toEqual([...t1, String(other['Mã'])].sort());
  await expect(page.locator('#phone-patrol').getByLabel('Số người tham gia').inputValue()).resolves.toBe(
    String(t1.length + 1),
  );
  await context.close();
});

test('the members listed are those active on the patrol day; a change of day unticks the others (noted)', async () => {
  const { context, page } = await phone();
  await open(page, 'editor');
  const gone = rows('Thành viên').find((m) => m['Ngày rời'] instanceof Date)!;
  const id = String(gone['Mã']);
  const left = gone['Ngày rời'] as Date;
  const before = new Date(left.getTime() - 5 * 86_400_000);
  const vn = (d: Date) =>
    `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear()}`;
  const form = page.locator('#phone-patrol');
  const list = form.locator('[data-field="memberIds"]');
  const box = list.locator(`input[value="${id}"]`);
  await form.locator('select[data-field="teamId"]').selectOption(String(gone['Mã tổ']));
  // Today (20/06/2023): not listed, not found.
  await expect(box.isVisible()).resolves.toBe(false);
  await list.locator('input[type=search]').fill(id);
  await expect(box.isVisible()).resolves.toBe(false);
  await list.locator('input[type=search]').fill('');
  const count = form.getByLabel('Số người tham gia');
  const todayCount = Number(await count.inputValue());
  // Five days before the member left: listed and ticked with the team.
  await form.locator('input[data-field="date"]').fill(vn(before));
  await expect(box.isChecked()).resolves.toBe(true);
  await expect(count.inputValue()).resolves.toBe(String(todayCount + 1));
  // Back to today: unticked, and said so.
  await form.locator('input[data-field="date"]').fill('20/06/2023');
  await expect(box.isChecked()).resolves.toBe(false);
  await expect(box.isVisible()).resolves.toBe(false);
  await expect(count.inputValue()).resolves.toBe(String(todayCount));
  await expect(list.locator('.checklist-note').textContent()).resolves.toBe(
    `Đã bỏ chọn ${gone['Họ tên']} (${id}): không hoạt động vào ngày 20/06/2023.`,
  );
  await context.close();
});

test('a stranger is refused in Vietnamese and gets nothing of the workbook', async () => {
  const { context, page } = await phone();
  await open(page, 'stranger');
  const html = await page.content();
  expect(html).toContain('Chưa có quyền nhập liệu');
  expect(html).toContain('nguoila@gmail.com');
  expect(html).not.toContain('__BOOT__');
  for (const m of rows('Thành viên').slice(0, 20)) expect(html).not.toContain(String(m['Họ tên']));
  await page.screenshot({ path: path.join(DOCS, 'phone-refused.png') });
  await context.close();
});

test('/m: the phone frame on a desktop, the identity switched', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  await page.goto(`${pg.url}m`);
  const frame = page.frameLocator('#app');
  await frame.locator('body[data-ready="true"]').waitFor();
  const box = await page.locator('#app').boundingBox();
  expect(Math.round(box!.width)).toBe(360);
  await page.selectOption('#as', 'stranger');
  await expect(frame.locator('h1').textContent()).resolves.toBe('Chưa có quyền nhập liệu');
  await page.close();
});

test('Liên kết nhập trên điện thoại: the address and its QR code, made in the page', async () => {
  const url = 'https://script.google.com/macros/s/AKfycbx-ANTT-test/exec';
  const html = readFileSync(path.join(DIST, 'PhoneLink.html'), 'utf8').replace('<?!= boot ?>', JSON.stringify({ url }));
  const page = await browser.newPage({ viewport: { width: 460, height: 540 } });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.setContent(html);
  await page.waitForSelector('body[data-ready="true"]');
  await expect(page.locator('[data-role=url]').inputValue()).resolves.toBe(url);
  const svg = page.locator('[data-role=qr] svg');
  await expect(svg.getAttribute('aria-label')).resolves.toBe('Mã QR của địa chỉ nhập trên điện thoại');
  // The drawn squares are the symbol's dark modules, inside the quiet zone.
  const { size, dark } = darkModules(url);
  expect(size).toBeGreaterThanOrEqual(21);
  await expect(svg.getAttribute('viewBox')).resolves.toBe(`0 0 ${size + 2 * QUIET} ${size + 2 * QUIET}`);
  const d = (await svg.locator('path').getAttribute('d')) ?? '';
  const squares = [...d.matchAll(/M(\d+) (\d+)h1v1h-1z/g)].map((m) => [Number(m[2]) - QUIET, Number(m[1]) - QUIET]);
  expect(squares).toEqual(dark);
  // The three finder patterns: dark corners of the symbol (top-left, top-right, bottom-left).
  const isDark = new Set(dark.map(([r, c]) => `${r},${c}`));
  for (const [r, c] of [
    [0, 0],
    [0, size - 1],
    [size - 1, 0],
    [3, 3],
    [3, size - 4],
  ])
    expect(isDark.has(`${r},${c}`)).toBe(true);
  // Nothing fetched: no external service makes the code.
  expect(requests.filter((r) => !r.startsWith('about:') && !r.startsWith('data:'))).toEqual([]);
  await page.screenshot({ path: path.join(DOCS, 'phone-link.png') });
  await page.close();
});
