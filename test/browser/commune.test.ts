/**
 * The commune playground in headless Chromium (issue 18): the commune's update run from the menu fills `Các thôn`,
 * `Tổng hợp xã` shows the ranking and its chart, and the title's list opens a village as its owner.
 * Screenshot: test-output/commune-summary.png.
 */
import path from 'node:path';
import { OUT, openPlayground, type Session } from './sidebar';

jest.setTimeout(180000);

let session: Session;

beforeAll(async () => {
  session = await openPlayground(undefined, { commune: true, today: '2023-06-20' });
});
afterAll(async () => {
  await session?.close();
});

async function openSheet(name: string): Promise<void> {
  await session.page.locator(`#tabs .tab[data-sheet="${name}"]`).click();
  await session.page.waitForSelector(`#grid[data-sheet="${name}"] tr[data-row]`);
}

test('Cập nhật số liệu các thôn from the menu, then Tổng hợp xã, then a village opened from the title', async () => {
  const { page } = session;
  await page.locator('.menu-button', { hasText: 'ANTT tự quản' }).click();
  await page.locator('.menu.open .menu-item', { hasText: 'Cập nhật số liệu các thôn' }).click();
  await page.waitForFunction(() => document.body.textContent?.includes('Đã cập nhật 3/3 thôn'));
  await openSheet('Các thôn');
  await page.waitForFunction(() => document.querySelectorAll('#grid td').length > 0);
  const grid = await page.locator('#grid').textContent();
  expect(grid?.match(/Đã cập nhật/g)).toHaveLength(3);
  expect(grid).toContain('Pác Khuông');
  await openSheet('Tổng hợp xã');
  expect(await page.locator('#grid').textContent()).toContain('Xếp hạng các thôn');
  await page.screenshot({ path: path.join(OUT, 'commune-summary.png') });

  const select = page.locator('#spreadsheet-select');
  expect(await select.locator('option').count()).toBe(4);
  const village = await select.locator('option', { hasText: 'Nà Vường' }).getAttribute('value');
  await select.selectOption(village!);
  await page.waitForSelector('#tabs .tab[data-sheet="Cài đặt"]');
  expect(session.errors).toEqual([]);
});
