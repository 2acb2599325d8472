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
  const { page, pg } = session;
  // A village typed by its name only (its address not yet known): a status and a note, not skipped.
  pg.env.spreadsheet.getSheetByName('Các thôn')!.appendRow(['', 'Pò Sè']);
  pg.save();
  await page.locator('.menu-button', { hasText: 'ANTT tự quản' }).click();
  await page.locator('.menu.open .menu-item', { hasText: 'Cập nhật số liệu các thôn' }).click();
  await page.waitForFunction(() => document.body.textContent?.includes('Đã cập nhật 3/4 thôn'));
  await openSheet('Các thôn');
  await page.waitForFunction(() => document.querySelectorAll('#grid td').length > 0);
  const grid = await page.locator('#grid').textContent();
  expect(grid?.match(/Đã cập nhật/g)).toHaveLength(3);
  expect(grid).toContain('Pác Khuông');
  const poSe = pg.env.spreadsheet.getSheetByName('Các thôn')!.getRange(5, 2, 1, 4).getDisplayValues()[0];
  expect(poSe).toEqual([
    'Pò Sè',
    'Thiếu địa chỉ',
    '',
    'Chưa có địa chỉ bảng tính của thôn: dán địa chỉ (URL) bảng tính vào cột A.',
  ]);
  await openSheet('Tổng hợp xã');
  const summary = (await page.locator('#grid').textContent()) ?? '';
  expect(summary).toContain('Xếp hạng các thôn');
  // SPEC §9.2: the rate the villages are ranked by beside the name (and the chart's two columns), the status last.
  const values = pg.env.spreadsheet.getSheetByName('Tổng hợp xã')!.getDataRange().getDisplayValues();
  const header = values.find((r) => r[0] === 'Hạng')!;
  expect(header.slice(0, 5)).toEqual(['Hạng', 'Thôn', 'Tỷ lệ chỉ tiêu đạt (%)', 'Chỉ tiêu đạt', 'Trạng thái']);
  const last = values[values.indexOf(header) + 4];
  expect([last[0], last[1], last[4]]).toEqual(['', 'Pò Sè', 'Thiếu địa chỉ']);
  await page.screenshot({ path: path.join(OUT, 'commune-summary.png') });

  const select = page.locator('#spreadsheet-select');
  expect(await select.locator('option').count()).toBe(4);
  const village = await select.locator('option', { hasText: 'Nà Vường' }).getAttribute('value');
  await select.selectOption(village!);
  await page.waitForSelector('#tabs .tab[data-sheet="Cài đặt"]');
  expect(session.errors).toEqual([]);
});
