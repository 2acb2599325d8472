/**
 * The sidebars' failure paths in real Chromium, through the playground: invalid input is
 * stopped in the page by the shared schema (message beside the field, `aria-invalid`, focus
 * on the first error, no call, nothing written); an error only the server can see shows
 * the same way; a double click or a double Enter saves once; a save whose answer was lost
 * keeps the form filled and its retry, with the same request id, writes nothing twice.
 */
import type { Frame, Request } from 'playwright-core';
import { daysAgo, lastRow, openPlayground, openSidebar, rowsFrom, type Session, sheetOf, vnDay } from './sidebar';

jest.setTimeout(120000);

let session: Session;
/** The google.script.run calls the pages made: function name and arguments. */
const calls: { fn: string; args: Record<string, unknown>[] }[] = [];

beforeAll(async () => {
  session = await openPlayground();
  session.page.on('request', (r: Request) => {
    if (r.url().endsWith('/api/run') && r.method() === 'POST') calls.push(JSON.parse(r.postData() ?? '{}'));
  });
});

afterAll(async () => {
  await session?.close();
});

afterEach(() => {
  expect(session.errors).toEqual([]);
});

const saves = (fn: string) => calls.filter((c) => c.fn === fn);
const attr = (f: Frame, field: string, name: string) => f.getAttribute(`[data-field="${field}"]`, name);
const errorText = (f: Frame, field: string) => f.textContent(`[data-error-for="${field}"]`);
const focused = (f: Frame) =>
  f.evaluate(() => document.activeElement?.getAttribute('data-field') ?? document.activeElement?.tagName ?? null);

test('bad input stays in the page: messages by the fields, focus on the first, nothing sent or written', async () => {
  const f = await openSidebar(session.page, 'Ghi tuần tra');
  const rows = [lastRow(session.pg, 'Tuần tra'), lastRow(session.pg, 'Nhắc nhở')];
  const sent = calls.length;
  await f.fill('[data-field="end"]', '21:00');
  await f.click('.add-reminder');
  await f.fill('[data-field="reminders.0.cases"]', '0');
  await f.click('button[type=submit]');

  expect(await errorText(f, 'start')).toBe('Giờ bắt đầu: không được để trống');
  expect(await errorText(f, 'participants')).toBe('Số người tham gia: phải ít nhất 1');
  expect(await errorText(f, 'reminders.0.category')).toBe('Loại: không được để trống');
  expect(await errorText(f, 'reminders.0.cases')).toBe('Số trường hợp: phải ít nhất 1');
  for (const field of ['start', 'participants', 'reminders.0.category', 'reminders.0.cases'])
    expect(await attr(f, field, 'aria-invalid')).toBe('true');
  for (const field of ['date', 'end', 'teamId']) expect(await attr(f, field, 'aria-invalid')).not.toBe('true');
  // The message is announced with its field.
  const describedBy = (await attr(f, 'start', 'aria-describedby'))!.split(' ');
  expect(
    await f.evaluate((ids) => ids.map((id) => document.getElementById(id)?.textContent).join(' '), describedBy),
  ).toContain('Giờ bắt đầu: không được để trống');
  expect(await focused(f)).toBe('start');
  expect(await f.textContent('.form-error')).toContain('Hãy sửa các ô được đánh dấu đỏ.');
  expect(calls.length).toBe(sent);
  expect([lastRow(session.pg, 'Tuần tra'), lastRow(session.pg, 'Nhắc nhở')]).toEqual(rows);

  // Typing in a field clears its mark; a day after today is refused too.
  await f.fill('[data-field="start"]', '19:00');
  expect(await attr(f, 'start', 'aria-invalid')).toBe('false');
  expect(await errorText(f, 'start')).toBe('');
  const tomorrow = daysAgo(-1);
  await f.fill('[data-field="date"]', vnDay(tomorrow));
  await f.click('button[type=submit]');
  expect(await errorText(f, 'date')).toBe(`Ngày: không được sau ngày hôm nay (${vnDay(daysAgo(0))})`);
  expect(await focused(f)).toBe('date');
  expect(calls.length).toBe(sent);
  expect([lastRow(session.pg, 'Tuần tra'), lastRow(session.pg, 'Nhắc nhở')]).toEqual(rows);

  // Commitments: no household ticked.
  const c = await openSidebar(session.page, 'Ký cam kết');
  const commitments = lastRow(session.pg, 'Cam kết');
  await c.click('button[type=submit]');
  expect(await errorText(c, 'householdIds')).toBe('Mã hộ: chọn ít nhất một');
  expect(await c.getAttribute('fieldset[data-field="householdIds"]', 'aria-invalid')).toBe('true');
  expect(await c.evaluate(() => document.activeElement?.closest('[data-field="householdIds"]') !== null)).toBe(true);
  expect(calls.length).toBe(sent);
  expect(lastRow(session.pg, 'Cam kết')).toBe(commitments);
});

test('an error only the server sees is shown by its field; the form stays filled and nothing is written', async () => {
  const f = await openSidebar(session.page, 'Ghi tuần tra');
  await f.selectOption('[data-field="teamId"]', 'T6');
  await f.fill('[data-field="start"]', '20:00');
  await f.fill('[data-field="end"]', '22:00');
  const members = await f.inputValue('[data-field="participants"]');
  // Team T6 is deleted from the sheet while the sidebar is open.
  const teams = sheetOf(session.pg, 'Tổ tự quản');
  const t6 = rowsFrom(session.pg, 'Tổ tự quản', 2).findIndex((r) => r.values['Mã tổ'] === 'T6') + 2;
  const t6Row = teams.getRange(t6, 1, 1, teams.getLastColumn()).getValues()[0];
  teams.deleteRow(t6);
  session.pg.save();
  const rows = lastRow(session.pg, 'Tuần tra');
  try {
    await f.click('button[type=submit]');
    await f.waitForSelector('[data-error-for="teamId"]:not(:empty)');
    expect(await errorText(f, 'teamId')).toBe('Mã tổ: không có mã "T6" trong trang "Tổ tự quản"');
    expect(await attr(f, 'teamId', 'aria-invalid')).toBe('true');
    expect(await focused(f)).toBe('teamId');
    expect(saves('apiSavePatrol').length).toBe(1);
    expect(lastRow(session.pg, 'Tuần tra')).toBe(rows);
    // Still filled in, ready to correct.
    expect([
      await f.inputValue('[data-field="teamId"]'),
      await f.inputValue('[data-field="start"]'),
      await f.inputValue('[data-field="participants"]'),
    ]).toEqual(['T6', '20:00', members]);
    expect(await f.isEnabled('button[type=submit]')).toBe(true);
  } finally {
    teams.insertRowAfter(t6 - 1);
    teams.getRange(t6, 1, 1, t6Row.length).setValues([t6Row]);
    session.pg.save();
  }
});

test('a day pasted with invisible characters or spaces is a day; an impossible or blank one is named so', async () => {
  const f = await openSidebar(session.page, 'Ghi tuần tra');
  const sent = calls.length;
  const today = vnDay(daysAgo(0));
  const dateError = async (typed: string) => {
    await f.fill('[data-field="date"]', typed);
    await f.click('button[type=submit]');
    return errorText(f, 'date');
  };
  // Read as the day it shows, and shown tidied once the box is left.
  for (const typed of [`${today}\u200b`, ` ${today.replace(/\//g, ' / ')} `, `\ufeff${today}`]) {
    expect(await dateError(typed)).toBe('');
    expect(await attr(f, 'date', 'aria-invalid')).not.toBe('true');
    await f.locator('[data-field="date"]').blur();
    expect(await f.inputValue('[data-field="date"]')).toBe(today);
  }
  expect(await dateError('29/02/2023')).toBe('Ngày: "29/02/2023" không có thật: tháng 2/2023 chỉ có 28 ngày');
  expect(await dateError('06/16/2023')).toBe('Ngày: "06/16/2023" không có thật: không có tháng 16 (tháng từ 1 đến 12)');
  // The example is the server's today from the page's boot data (here made another day), not the browser's clock.
  const bootToday = await f.evaluate(() => (window.__BOOT__ as { today: string }).today);
  expect(bootToday).toBe(daysAgo(0));
  await f.evaluate(() => {
    (window.__BOOT__ as { today: string }).today = '2023-06-16';
  });
  try {
    expect(await dateError('16/06/23\u200b')).toBe(
      'Ngày: "16/06/23" không phải ngày hợp lệ, hãy nhập ngày/tháng/năm dạng dd/mm/yyyy (ví dụ 16/06/2023)' +
        ' (đã bỏ 1 ký tự ẩn)',
    );
  } finally {
    await f.evaluate((day) => {
      (window.__BOOT__ as { today: string }).today = day;
    }, bootToday);
  }
  expect(await dateError('')).toBe('Ngày: không được để trống');
  expect(await focused(f)).toBe('date');
  // The other fields are left blank: nothing was sent.
  expect(calls.length).toBe(sent);
});

test('a double click, or Enter pressed twice, saves once', async () => {
  const f = await openSidebar(session.page, 'Ghi hoạt động');
  await f.click('#tab-camera');
  const before = lastRow(session.pg, 'Camera');
  await f.fill('#form-camera [data-field="location"]', 'Cổng trường tiểu học');
  const sent = saves('apiSaveActivity').length;
  await f.dblclick('#form-camera button[type=submit]');
  await f.waitForSelector('#toast:not([hidden])');
  await f.waitForFunction(() => !document.querySelector('#form-camera button[type=submit]')!.hasAttribute('disabled'));
  expect(lastRow(session.pg, 'Camera')).toBe(before + 1);
  expect(saves('apiSaveActivity').length).toBe(sent + 1);
  expect(rowsFrom(session.pg, 'Camera', before + 1)[0].values['Vị trí']).toBe('Cổng trường tiểu học');

  await f.click('#toast .toast-close');
  await f.fill('#form-camera [data-field="location"]', 'Đầu cầu treo');
  await f.focus('#form-camera [data-field="funding"]');
  await f.press('#form-camera [data-field="funding"]', 'Enter');
  await f.press('#form-camera [data-field="funding"]', 'Enter').catch(() => undefined);
  await f.waitForSelector('#toast:not([hidden])');
  await f.waitForFunction(() => !document.querySelector('#form-camera button[type=submit]')!.hasAttribute('disabled'));
  expect(lastRow(session.pg, 'Camera')).toBe(before + 2);
  expect(saves('apiSaveActivity').length).toBe(sent + 2);
});

test('a save whose answer was lost keeps the form; the retry reuses the request id and writes once', async () => {
  const f = await openSidebar(session.page, 'Ghi hoạt động');
  await f.click('#tab-event');
  await f.selectOption('#form-event [data-field="type"]', 'Phòng cháy chữa cháy');
  await f.fill('#form-event [data-field="content"]', 'Dập lửa cháy rơm rạ cạnh nhà văn hoá');
  const before = lastRow(session.pg, 'Tin báo, sự kiện');
  const sent = saves('apiSaveActivity').length;
  // The server does the work, but its answer never reaches the page.
  let busy: unknown[] = [];
  await session.page.route('**/api/run', async (route) => {
    // While the call is out: the button is disabled and shows the spinner.
    busy = await f.evaluate(() => {
      const b = document.querySelector<HTMLButtonElement>('#form-event button[type=submit]')!;
      return [
        b.disabled,
        b.classList.contains('busy'),
        b.getAttribute('aria-busy'),
        b.textContent,
        getComputedStyle(b, '::before').animationName,
      ];
    });
    await route.fetch();
    await route.abort('connectionreset');
  });
  try {
    await f.click('#form-event button[type=submit]');
    await f.waitForSelector('#form-event .form-error:not([hidden])');
  } finally {
    await session.page.unroute('**/api/run');
  }
  expect(busy).toEqual([true, true, 'true', 'Đang lưu…', 'spin']);
  // The message at the top of the form is seen: in view and focused (role=alert, read out).
  expect(
    await f.evaluate(() => {
      const box = document.querySelector<HTMLElement>('#form-event .form-error')!;
      const r = box.getBoundingClientRect();
      return [document.activeElement === box, r.top >= 0 && r.bottom <= innerHeight, box.getAttribute('role')];
    }),
  ).toEqual([true, true, 'alert']);
  expect(await f.isEnabled('#form-event button[type=submit]')).toBe(true);
  expect(await f.textContent('#form-event button[type=submit]')).toBe('Lưu');
  expect(await f.textContent('#form-event .form-error')).toMatch(
    /^Không lưu được: .+ Dữ liệu vẫn còn trên biểu mẫu, bấm Lưu để thử lại\.$/,
  );
  expect(await f.getAttribute('#toast', 'class')).toContain('bad');
  expect(lastRow(session.pg, 'Tin báo, sự kiện')).toBe(before + 1);
  expect(await f.inputValue('#form-event [data-field="content"]')).toBe('Dập lửa cháy rơm rạ cạnh nhà văn hoá');

  await f.click('#form-event button[type=submit]');
  await f.waitForSelector('#toast.ok:not([hidden])');
  const [row] = rowsFrom(session.pg, 'Tin báo, sự kiện', before + 1);
  expect(lastRow(session.pg, 'Tin báo, sự kiện')).toBe(before + 1);
  expect(await f.textContent('#toast .toast-text')).toContain(String(row.values['Mã']));
  const [first, retry] = saves('apiSaveActivity').slice(sent);
  expect(retry.args[0].requestId).toBe(first.args[0].requestId);
  expect(row.values['Mã yêu cầu']).toBe(first.args[0].requestId);
  expect(await f.inputValue('#form-event [data-field="content"]')).toBe('');
});
