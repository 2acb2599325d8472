/**
 * "Tạo báo cáo" in the playground (issue 16), in headless Chromium, with the sample village up to its today
 * (07/12/2026): the dialog previews the six-month report of the first half of 2025 beside 2024, one click gives the
 * Doc and its PDF (both linked), and the printable A4 preview of the Doc. Screenshots: docs/report-dialog.png,
 * docs/report-preview.png (first page), docs/report-preview-2.png (second page).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Playground } from '../../local/playground/server';
import { settingDef } from '../../src/domain/settings';
import { openPlayground, type Session } from './sidebar';

jest.setTimeout(120000);

const DOCS = path.resolve(__dirname, '..', '..', 'docs');

let session: Session;
let page: Page;
let pg: Playground;

beforeAll(async () => {
  mkdirSync(DOCS, { recursive: true });
  session = await openPlayground(undefined, { today: '2026-12-07', viewport: { width: 1360, height: 900 } });
  ({ page, pg } = session);
});

afterAll(async () => {
  await session?.close();
});

async function openDialog(): Promise<Frame> {
  await page.locator('.menu-button', { hasText: 'ANTT tự quản' }).click();
  await page.locator('.menu.open .menu-item', { hasText: 'Tạo báo cáo' }).click();
  const frame = await (await page.waitForSelector('.dialog iframe.page-frame')).contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('.sheet p');
  return frame;
}

test('the dialog previews the six-month report of 2025 beside 2024, and makes the Doc and its PDF', async () => {
  const frame = await openDialog();
  // Today 07/12/2026: the last whole half-year is the first half of 2026.
  expect([await frame.locator('#kind').inputValue(), await frame.locator('#year').inputValue()]).toEqual([
    '6thang',
    '2026',
  ]);
  await frame.locator('#year').fill('2025');
  await frame.locator('#year').dispatchEvent('change');
  await frame.waitForFunction(() => !!document.querySelector('.sheet')?.textContent?.includes('6 tháng đầu năm 2025'));
  const text = (await frame.locator('.sheet').textContent()) ?? '';
  expect(text).toContain('- Tuần tra, kiểm soát: 10 lượt (cùng kỳ: 12 lượt; giảm hai lượt, tương ứng 16,7%).');
  expect(text).toContain('Thành viên tham gia tuần tra mới đạt 41% (48/117), chưa đạt mục tiêu 80%.');
  expect(await frame.locator('#field-month').isHidden()).toBe(true);
  await frame.locator('#issuedOn').fill('05/07/2025');
  await frame.locator('#generate').click();
  await frame.waitForSelector('#doc-link');
  await frame.waitForSelector('#pdf-link');
  const [docId] = [...pg.env.docs.keys()];
  expect(await frame.locator('#doc-link').getAttribute('href')).toContain(docId);
  expect(await frame.locator('#pdf-link').getAttribute('href')).toBeTruthy();
  await page.screenshot({ path: path.join(DOCS, 'report-dialog.png') });

  const link = page.locator('.message.doc a.doc-preview').first();
  const [preview] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  preview.on('pageerror', (e) => session.errors.push(e.message));
  await preview.waitForSelector('body[data-paginated="true"]');
  await preview.setViewportSize({ width: 1000, height: 1250 });
  const all = (await preview.locator('#pages').textContent()) ?? '';
  expect(all).toContain('BÁO CÁO');
  expect(all).toContain('Kính gửi: Công an xã Thiện Thuật.');
  expect(all).toContain('Thiện Thuật, ngày 05 tháng 7 năm 2025');
  const pages = preview.locator('.page');
  await pages.first().screenshot({ path: path.join(DOCS, 'report-preview.png') });
  if ((await pages.count()) > 1) await pages.nth(1).screenshot({ path: path.join(DOCS, 'report-preview-2.png') });
  await preview.close();
  expect(session.errors).toEqual([]);
});

test('each kind starts at its last finished period, and a new kind clears the last result', async () => {
  const frame = page.frames().find((f) => f.url().includes('/page/'))!;
  expect(await frame.locator('#result .done').count()).toBe(1);
  const shown = async (kind: string, part: string) => {
    await frame.locator('#kind').selectOption(kind);
    return [await frame.locator('#year').inputValue(), part ? await frame.locator(`#${part}`).inputValue() : ''];
  };
  // Today 07/12/2026: November 2026, quarter III/2026, the first half of 2026, the year 2025.
  expect(await shown('thang', 'month')).toEqual(['2026', '11']);
  expect(await frame.locator('#result .done').count()).toBe(0);
  await frame.waitForFunction(() => !!document.querySelector('.sheet')?.textContent?.includes('tháng 11 năm 2026'));
  expect(await shown('quy', 'quarter')).toEqual(['2026', '3']);
  expect(await shown('6thang', 'half')).toEqual(['2026', '1']);
  expect(await shown('nam', '')).toEqual(['2025', '']);
  await frame.waitForFunction(() => !!document.querySelector('.sheet')?.textContent?.includes('Tổng kết năm 2025'));
});

test('the annual report of 2025 beside 2024, in the A4 preview', async () => {
  const frame = page.frames().find((f) => f.url().includes('/page/'))!;
  await frame.locator('#kind').selectOption('nam');
  await frame.locator('#year').fill('2025');
  await frame.locator('#year').dispatchEvent('change');
  await frame.waitForFunction(() => !!document.querySelector('.sheet')?.textContent?.includes('Tổng kết năm 2025'));
  await frame.locator('#issuedOn').fill('08/01/2026');
  const before = pg.env.docs.size;
  await frame.locator('#generate').click();
  await frame.waitForFunction((n) => !!document.querySelector('#result .done') && n >= 0, before);
  await page.waitForFunction(() => document.querySelectorAll('.message.doc a.doc-preview').length >= 2);
  const link = page.locator('.message.doc a.doc-preview').last();
  const [preview] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await preview.waitForSelector('body[data-paginated="true"]');
  await preview.setViewportSize({ width: 1000, height: 1250 });
  const all = (await preview.locator('#pages').textContent()) ?? '';
  expect(all).toContain('Tổng kết năm 2025 mô hình “Thôn Pác Khuông tự quản về ANTT”');
  expect(all).toContain('Tuần tra, kiểm soát: 22 lượt (cùng kỳ: 24 lượt; giảm hai lượt, tương ứng 8,3%).');
  expect(all).toContain('III. Phương hướng, nhiệm vụ năm 2026');
  const pages = preview.locator('.page');
  await pages.last().screenshot({ path: path.join(DOCS, 'report-annual-preview.png') });
  await preview.close();
  expect(session.errors).toEqual([]);
});

test('a notice under the two-level preset (từ 01/7/2025) has no district wording, in the A4 preview', async () => {
  const sheet = pg.env.spreadsheet.getSheetByName('Cài đặt')!;
  const values = sheet.getDataRange().getValues();
  const set = (key: string, v: string) =>
    sheet.getRange(values.findIndex((r) => r[0] === settingDef(key)!.label) + 1, 2).setValue(v);
  set('cap_hanh_chinh', 'từ 01/7/2025');
  for (const k of ['co_quan_chu_quan', 'co_quan_ban_hanh', 'ky_hieu_van_ban', 'dia_danh', 'tham_quyen_ky']) set(k, '');
  set('chuc_vu_kiem_nhiem', '');
  set('noi_nhan', '');
  set('nguoi_ky', 'Hoàng Văn Bình');
  pg.save();
  await page.locator('.dialog .panel-close').click();
  await page.locator('.menu-button', { hasText: 'ANTT tự quản' }).click();
  await page.locator('.menu.open .menu-item', { hasText: 'Tạo thông báo' }).click();
  const frame = await (await page.waitForSelector('.dialog iframe.page-frame')).contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('dl.figures');
  await frame.locator('#preset').selectOption('year');
  await frame.locator('#issuedOn').fill('07/12/2026');
  await frame.locator('#generate').click();
  await frame.waitForSelector('#doc-link');
  await frame.waitForSelector('#pdf-link');
  await page.waitForFunction(() => document.querySelectorAll('.message.doc a.doc-preview').length >= 3);
  const link = page.locator('.message.doc a.doc-preview').last();
  const [preview] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  await preview.waitForSelector('body[data-paginated="true"]');
  await preview.setViewportSize({ width: 1000, height: 1250 });
  const all = (await preview.locator('#pages').textContent()) ?? '';
  expect(all).toContain('CÔNG AN XÃ THIỆN THUẬT');
  expect(all).toContain('Số: 01/TB-CAX');
  expect(all).toContain('Thiện Thuật, ngày 07 tháng 12 năm 2026');
  expect(all).not.toMatch(/huyện|HUYỆN|CAH|138|thị trấn|Bình Gia/);
  const pages = preview.locator('.page');
  await pages.first().screenshot({ path: path.join(DOCS, 'notice-two-level-preview.png') });
  await pages.last().screenshot({ path: path.join(DOCS, 'notice-two-level-closing.png') });
  await preview.close();
  expect(session.errors).toEqual([]);
});
