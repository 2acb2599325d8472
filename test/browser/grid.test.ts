/**
 * The playground's grid is edited like a sheet, in headless Chromium: `Cài đặt` filled by
 * typing, a patrol row typed by hand into `Tuần tra` and counted by Tỷ lệ tuân thủ, a block
 * pasted with Ctrl+V (parsed as Sheets parses typed input in vi_VN), Delete, a row deleted
 * from the row number's menu, Escape, and protections (the header's warning, a protected
 * sheet refusing another user). Screenshot: test-output/grid-edit.png.
 */
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { daysAgo, OUT, openPlayground, type Session, sheetOf, vnDay } from './sidebar';

jest.setTimeout(120000);

let session: Session;

beforeAll(async () => {
  session = await openPlayground();
});
afterAll(async () => {
  await session?.close();
});

const cell = (row: number, col: number) =>
  session.page.locator(`#grid tr[data-row="${row}"] > td:nth-child(${col + 1})`);

async function openSheet(name: string): Promise<void> {
  await session.page.locator(`#tabs .tab[data-sheet="${name}"]`).click();
  await session.page.waitForSelector(`#grid[data-sheet="${name}"] tr[data-row]`);
}

/** Waits until every edit sent has been answered and the view redrawn. */
async function settled(): Promise<void> {
  await session.page.waitForFunction(() => document.body.dataset.saving === undefined);
}

/** Clicks a cell, types each text (Tab between them), Enter at the end — as a user fills a row. */
async function typeRow(row: number, col: number, texts: string[]): Promise<void> {
  await cell(row, col).click();
  for (let i = 0; i < texts.length; i++) {
    if (texts[i] !== '') await session.page.keyboard.type(texts[i]);
    await session.page.keyboard.press(i === texts.length - 1 ? 'Enter' : 'Tab');
  }
  await settled();
}

function rowOf(sheet: string, col: number, text: string): number {
  const sh = sheetOf(session.pg, sheet);
  const values = sh.getRange(1, col, sh.getLastRow(), 1).getDisplayValues();
  const i = values.findIndex((r) => r[0] === text);
  if (i < 0) throw new Error(`no ${text} in ${sheet}`);
  return i + 1;
}

/** Tỷ lệ tuân thủ for its default period (since the founding day): the counts and each metric's numbers. */
async function figures(): Promise<{ counts: Record<string, string>; metrics: Record<string, string> }> {
  const open = session.page.locator('#sidebar .sidebar-panel');
  const shown = (await open.count()) ? await open.getAttribute('data-page') : null;
  await session.page.locator('.menu-button', { hasText: 'ANTT tự quản' }).click();
  await session.page.locator('.menu.open .menu-item', { hasText: 'Tỷ lệ tuân thủ' }).click();
  const panel = session.page.locator(`#sidebar .sidebar-panel${shown ? `:not([data-page="${shown}"])` : ''}`);
  const f: Frame = (await (await panel.locator('iframe.page-frame').elementHandle())!.contentFrame())!;
  await f.waitForSelector('table.counts');
  await f.waitForFunction(() => !(document.querySelector('#show') as HTMLButtonElement).disabled);
  const counts = await f
    .locator('table.counts tr')
    .evaluateAll((rows) => rows.map((r) => [r.querySelector('th')!.textContent!, r.querySelector('td')!.textContent!]));
  const metrics = await f
    .locator('ul.metrics li')
    .evaluateAll((items) =>
      items.map((li) => [li.querySelector('.label')!.textContent!, li.querySelector('.nums')!.textContent ?? '']),
    );
  return { counts: Object.fromEntries(counts), metrics: Object.fromEntries(metrics) };
}

test('Cài đặt is filled by typing in the grid, and a patrol typed by hand is counted', async () => {
  const before = await figures();
  const patrols = Number(before.counts['Lượt tuần tra'].replace(/\./g, ''));
  expect(patrols).toBeGreaterThan(0);

  await session.page.locator('#sidebar .panel-close').click();
  await openSheet('Cài đặt');
  const village = rowOf('Cài đặt', 1, 'Tên thôn');
  const model = rowOf('Cài đặt', 1, 'Tên mô hình');
  const plan = rowOf('Cài đặt', 1, 'Số lần tuần tra mỗi tháng (kế hoạch)');
  await typeRow(village, 2, ['Nà Hin']);
  // The model's own name cleared with Delete: the notice then names it after the village.
  await cell(model, 2).click();
  await session.page.keyboard.press('Delete');
  await settled();
  await typeRow(plan, 2, ['6']);
  const settings = sheetOf(session.pg, 'Cài đặt');
  expect(settings.getRange(village, 2).getValue()).toBe('Nà Hin');
  expect(settings.getRange(model, 2).getValue()).toBe('');
  expect(settings.getRange(plan, 2).getDisplayValue()).toBe('6');
  expect(await cell(village, 2).textContent()).toBe('Nà Hin');

  // A patrol typed into the first blank row of Tuần tra: date as dd/mm/yyyy, 24-hour times, team, members.
  await openSheet('Tuần tra');
  const patrolSheet = sheetOf(session.pg, 'Tuần tra');
  const row = patrolSheet.getLastRow() + 1;
  const day = vnDay(daysAgo(3));
  await cell(row, 2).click();
  await session.page.keyboard.type(day);
  await session.page.keyboard.press('Tab');
  await session.page.keyboard.type('20:00');
  await session.page.screenshot({ path: path.join(OUT, 'grid-edit.png') });
  await session.page.keyboard.press('Tab');
  for (const text of ['22:30', 'T1', 'Chợ Pác Khuông', 'TV-0007, TV-0008', '2']) {
    await session.page.keyboard.type(text);
    await session.page.keyboard.press('Tab');
  }
  await session.page.keyboard.press('Enter');
  await settled();
  const [typed] = patrolSheet.getRange(row, 1, 1, 8).getValues();
  expect(Object.prototype.toString.call(typed[1])).toBe('[object Date]');
  expect(patrolSheet.getRange(row, 2).getDisplayValue()).toBe(day);
  expect(typed.slice(2, 8)).toEqual(['20:00', '22:30', 'T1', 'Chợ Pác Khuông', 'TV-0007, TV-0008', 2]);
  expect(await cell(row, 2).textContent()).toBe(day);

  const after = await figures();
  expect(Number(after.counts['Lượt tuần tra'].replace(/\./g, ''))).toBe(patrols + 1);
  // The plan typed into Cài đặt (6 a month instead of 4) raises the planned number of patrols.
  const planned = (m: Record<string, string>) => Number(/\/([\d.]+)/.exec(m['Tuần tra theo kế hoạch'])![1]);
  expect(planned(after.metrics)).toBeGreaterThan(planned(before.metrics));

  // The row typed by hand is checked: Kiểm tra dữ liệu gives it an id.
  await session.page.locator('.menu-button', { hasText: 'ANTT tự quản' }).click();
  await session.page.locator('.menu.open .menu-item', { hasText: 'Kiểm tra dữ liệu' }).click();
  await session.page.waitForSelector('.dialog iframe.page-frame');
  for (let waited = 0; patrolSheet.getRange(row, 1).getValue() === '' && waited < 20000; waited += 200)
    await session.page.waitForTimeout(200);
  expect(patrolSheet.getRange(row, 1).getValue()).toMatch(/^TT-\d+$/);
  await session.page.locator('.dialog .panel-close').click();

  // The village typed into Cài đặt names the notice.
  await session.page.locator('.menu-button', { hasText: 'ANTT tự quản' }).click();
  await session.page.locator('.menu.open .menu-item', { hasText: 'Tạo thông báo' }).click();
  const handle = await session.page.waitForSelector('.dialog iframe.page-frame');
  const notice = (await handle.contentFrame())!;
  await notice.waitForSelector('dl.figures');
  await notice.click('#generate');
  await session.page.waitForSelector('.message.doc');
  expect(await session.page.locator('.message.doc .message-text').first().textContent()).toContain(
    'Thôn Nà Hin tự quản về ANTT',
  );
  await session.page.locator('.dialog .panel-close').click();
  expect(session.errors).toEqual([]);
});

test('a block pasted with Ctrl+V is parsed as typed input (vi_VN); Delete clears; a row is deleted', async () => {
  await openSheet('Sheet1');
  const sh = sheetOf(session.pg, 'Sheet1');
  await session.page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: session.pg.url });
  await cell(1, 1).click();
  const block = "Tên\tSố\tNgày\nAn\t1.234,5\t07/12/2026\nBình\t'0912\t=1+1\nChi\t12%\tTRUE";
  await session.page.evaluate((text) => navigator.clipboard.writeText(text), block);
  await session.page.keyboard.press('Control+V');
  await settled();
  const values = sh.getRange(1, 1, 4, 3).getValues();
  expect(values[1][0]).toBe('An');
  expect(values[1][1]).toBe(1234.5);
  expect(sh.getRange(2, 3).getDisplayValue()).toBe('07/12/2026');
  expect(Object.prototype.toString.call(values[1][2])).toBe('[object Date]');
  expect(values[2][1]).toBe('0912');
  expect(sh.getRange(3, 3).getFormula()).toBe('=1+1');
  expect(values[3][1]).toBe(0.12);
  expect(values[3][2]).toBe(true);
  expect(await cell(2, 2).textContent()).toBe('1.234,5');
  expect(await cell(4, 2).textContent()).toBe('12%');

  // The formula bar shows what editing starts from: the formula, the apostrophe of forced text.
  await cell(3, 3).click();
  expect(await session.page.locator('#celltext').textContent()).toBe('=1+1');
  await cell(3, 2).click();
  expect(await session.page.locator('#celltext').textContent()).toBe("'0912");

  // Escape cancels an edit: nothing is sent, the cell is as it was.
  await cell(2, 1).click();
  await session.page.keyboard.type('Không lưu');
  await session.page.keyboard.press('Escape');
  await settled();
  expect(sh.getRange(2, 1).getValue()).toBe('An');
  expect(await cell(2, 1).textContent()).toBe('An');

  // Delete clears a selected block (Shift+click extends the selection).
  await cell(4, 1).click();
  await cell(4, 3).click({ modifiers: ['Shift'] });
  await session.page.keyboard.press('Delete');
  await settled();
  expect(sh.getRange(4, 1, 1, 3).getValues()).toEqual([['', '', '']]);

  // Row 2 deleted from the row number's menu: Bình moves up.
  await session.page.locator('#grid tr[data-row="2"] > th.row-head').click({ button: 'right' });
  await session.page.locator('.grid-menu .menu-item', { hasText: 'Xoá hàng 2' }).click();
  await settled();
  expect(sh.getRange(2, 1).getValue()).toBe('Bình');
  expect(await cell(2, 1).textContent()).toBe('Bình');
  expect(session.errors).toEqual([]);
});

test('protections as in Sheets: the header row warns first, a protected sheet refuses another user', async () => {
  await openSheet('Tuần tra');
  const patrols = sheetOf(session.pg, 'Tuần tra');
  // The header row is warning-only: the page asks "Vẫn chỉnh sửa?" (this test answers no).
  await typeRow(1, 1, ['Mã mới']);
  expect(session.dialogs.some((d) => d.startsWith('Lưu ý!'))).toBe(true);
  expect(patrols.getRange(1, 1).getValue()).toBe('Mã');
  expect(await cell(1, 1).textContent()).toBe('Mã');

  // Đối tượng giúp đỡ: only the owner and the listed people may edit.
  const sensitive = sheetOf(session.pg, 'Đối tượng giúp đỡ');
  const before = sensitive.getRange(2, 2).getValue();
  session.pg.env.setUser('khach@example.com');
  try {
    await openSheet('Đối tượng giúp đỡ');
    await typeRow(2, 2, ['Sửa trái phép']);
    await session.page.waitForSelector('.message.error');
    expect(await session.page.locator('.message.error .message-text').last().textContent()).toContain(
      'Bạn đang cố chỉnh sửa một ô hoặc đối tượng được bảo vệ',
    );
    expect(sensitive.getRange(2, 2).getValue()).toEqual(before);
    await session.page.locator('.message.error .notice-close').last().click();
  } finally {
    session.pg.env.setUser('thuky@example.com');
  }
});

test('a dropdown cell offers its options (click on ▾): choosing one types it in', async () => {
  await openSheet('Tuần tra');
  const patrols = sheetOf(session.pg, 'Tuần tra');
  // Messages of the earlier steps closed, so that nothing covers the cell.
  for (const x of await session.page.locator('#messages .notice-close').all()) await x.click();
  const team = cell(2, 5);
  const box = (await team.boundingBox())!;
  await session.page.mouse.click(box.x + box.width - 6, box.y + box.height / 2);
  const options = await session.page.locator('.grid-menu.dropdown .menu-item').allTextContents();
  expect(options).toEqual(expect.arrayContaining(['T1', 'T2', 'T3']));
  await session.page.locator('.grid-menu.dropdown .menu-item', { hasText: 'T3' }).click();
  await settled();
  expect(patrols.getRange(2, 5).getValue()).toBe('T3');
  expect(await team.textContent()).toBe('T3');
  // The blank rows below the data offer the same dropdown, for a row typed by hand.
  const blank = cell(patrols.getLastRow() + 1, 5);
  await expect(blank.getAttribute('class')).resolves.toContain('list');
});
