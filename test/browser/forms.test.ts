/**
 * The data-entry sidebars in real Chromium, through the playground (the built bundle on the
 * emulated Pác Khuông workbook): a patrol with 3 reminders, a commitment batch for a whole
 * team, one activity of each kind and the registry forms are saved by clicking, and the rows
 * are read back from the workbook. A household named like an HTML tag shows as text.
 * Screenshots of each sidebar at 300 px go to test-output/.
 */
import path from 'node:path';
import type { Frame } from 'playwright-core';
import { TT124_COMMITMENT, TT124_FORBIDDEN_KINDS, TT124_REDUCED_KINDS, TT124_RESOLUTION } from '../../src/domain/lists';
import {
  appendByHeader,
  columnValues,
  daysAgo,
  lastRow,
  openPlayground,
  openSidebar,
  OUT,
  rowsFrom,
  sheetOf,
  screenshotAt300,
  type Session,
  today,
  vnDay,
} from './sidebar';

jest.setTimeout(120000);

const XSS = '<img src=x onerror=alert(1)>';
const XSS_ID = 'H900';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const REQUIRED = [
  'Gia đình văn hoá',
  TT124_COMMITMENT,
  'Không ma tuý',
  'Không vũ khí, vật liệu nổ, công cụ hỗ trợ, pháo',
];
const split = (v: unknown) =>
  String(v)
    .split(/\s*,\s*/)
    .filter(Boolean);

let session: Session;
const year = Number(today().slice(0, 4));

beforeAll(async () => {
  session = await openPlayground((pg) => {
    // The sample's own commitments of this year (it continues up to today) are left out: this test signs its own.
    const ck = sheetOf(pg, 'Cam kết');
    const rows = ck.getDataRange().getValues();
    const yearCol = rows[0].indexOf('Năm');
    for (let r = rows.length - 1; r >= 1; r--) if (Number(rows[r][yearCol]) === year) ck.deleteRow(r + 1);
    appendByHeader(pg, 'Hộ gia đình', { 'Mã hộ': XSS_ID, 'Chủ hộ': XSS, Tổ: 'T1', 'Số nhân khẩu': 1 });
    // This year, H001 signed every required commitment and H002 one of them.
    REQUIRED.forEach((type, i) =>
      appendByHeader(pg, 'Cam kết', {
        Mã: `CK-90${i}`,
        'Mã hộ': 'H001',
        'Loại cam kết': type,
        Năm: year,
        'Trạng thái': 'Đã ký',
      }),
    );
    appendByHeader(pg, 'Cam kết', {
      Mã: 'CK-909',
      'Mã hộ': 'H002',
      'Loại cam kết': REQUIRED[2],
      Năm: year,
      'Trạng thái': 'Đã ký',
    });
  });
});

afterAll(async () => {
  await session?.close();
});

afterEach(() => {
  expect(session.errors).toEqual([]);
  expect(session.dialogs).toEqual([]);
});

/** Active members of a team, from the sheet. */
function teamMembers(team: string): string[] {
  const rows = rowsFrom(session.pg, 'Thành viên', 2);
  return rows
    .filter((r) => r.values['Mã tổ'] === team && r.shown['Ngày rời'] === '')
    .map((r) => String(r.values['Mã']));
}

async function toastText(f: Frame): Promise<string> {
  await f.waitForSelector('#toast:not([hidden])');
  return (await f.locator('#toast .toast-text').textContent()) ?? '';
}

async function shoot(f: Frame, name: string): Promise<void> {
  await session.page.locator('#sidebar').screenshot({ path: path.join(OUT, `sidebar-${name}.png`) });
  await screenshotAt300(session, f, `sidebar-${name}-full`);
}

test('Ghi tuần tra: a patrol with 3 reminders is written to Tuần tra and Nhắc nhở', async () => {
  const f = await openSidebar(session.page, 'Ghi tuần tra');
  const patrolsBefore = lastRow(session.pg, 'Tuần tra');
  const remindersBefore = lastRow(session.pg, 'Nhắc nhở');
  const day = await f.inputValue('[data-field="date"]');
  expect(day).toBe(vnDay(today()));

  await f.fill('[data-field="start"]', '19:30');
  await f.fill('[data-field="end"]', '22:15');
  await f.selectOption('[data-field="teamId"]', 'T2');
  const t2 = teamMembers('T2');
  expect(t2.length).toBeGreaterThan(3);
  // The team's members are ticked, the count follows them, the team's area is filled.
  const checked = () =>
    f
      .locator('[data-field="memberIds"] input[type=checkbox]:checked')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect((await checked()).sort()).toEqual([...t2].sort());
  expect(await f.inputValue('[data-field="participants"]')).toBe(String(t2.length));
  const t2Area = rowsFrom(session.pg, 'Tổ tự quản', 2).find((r) => r.values['Mã tổ'] === 'T2')!.values[
    'Địa bàn phụ trách'
  ];
  expect(await f.inputValue('[data-field="area"]')).toBe(String(t2Area));

  // One member less, one of another team found by searching without diacritics (Enter ticks it).
  await f.locator(`[data-field="memberIds"] input[value="${t2[0]}"]`).uncheck();
  const other = rowsFrom(session.pg, 'Thành viên', 2).find(
    (r) => r.values['Mã tổ'] === 'T5' && r.shown['Ngày rời'] === '',
  )!;
  const folded = String(other.values['Họ tên'])
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd');
  await f.fill('[data-field="memberIds"] input[type=search]', folded);
  await f.press('[data-field="memberIds"] input[type=search]', 'Enter');
  const members = [...t2.slice(1), String(other.values['Mã'])];
  expect((await checked()).sort()).toEqual([...members].sort());
  expect(await f.inputValue('[data-field="participants"]')).toBe(String(members.length));
  // Two people from outside the list joined.
  await f.fill('[data-field="participants"]', String(members.length + 2));
  await f.check('[data-field="withPolice"]');
  await f.fill('[data-field="result"]', 'Tình hình ANTT ổn định; nhắc nhở 3 quán hát quá giờ.');

  const reminders = [
    { category: 'Kinh doanh quá giờ quy định', cases: '3', action: 'Nhắc nhở', note: 'Quán karaoke đầu bản' },
    { category: 'Lấn chiếm lòng đường, vỉa hè', cases: '1', action: 'Lập biên bản', note: '=SUM(A1:A3)' },
    { category: 'Xả rác không đúng nơi quy định', cases: '2', action: '', note: '' },
  ];
  for (const [i, r] of reminders.entries()) {
    await f.click('.add-reminder');
    await f.selectOption(`[data-field="reminders.${i}.category"]`, r.category);
    await f.fill(`[data-field="reminders.${i}.cases"]`, r.cases);
    await f.selectOption(`[data-field="reminders.${i}.action"]`, r.action);
    await f.fill(`[data-field="reminders.${i}.note"]`, r.note);
  }
  await shoot(f, 'patrol');
  await f.click('button[type=submit]');
  const message = await toastText(f);

  const [patrol] = rowsFrom(session.pg, 'Tuần tra', patrolsBefore + 1);
  expect(lastRow(session.pg, 'Tuần tra')).toBe(patrolsBefore + 1);
  const id = String(patrol.values['Mã']);
  expect(id).toMatch(/^TT-\d{4}$/);
  expect(message).toContain(id);
  expect(patrol.shown['Ngày']).toBe(day);
  expect(patrol.values['Giờ bắt đầu']).toBe('19:30');
  expect(patrol.values['Giờ kết thúc']).toBe('22:15');
  expect(patrol.values['Mã tổ']).toBe('T2');
  expect(patrol.values['Địa bàn']).toBe(t2Area);
  expect(split(patrol.values['Thành viên tham gia']).sort()).toEqual([...members].sort());
  expect(patrol.values['Số người tham gia']).toBe(members.length + 2);
  expect(patrol.values['Phối hợp Công an xã']).toBe(true);
  expect(patrol.values['Tình hình, kết quả']).toBe('Tình hình ANTT ổn định; nhắc nhở 3 quán hát quá giờ.');
  expect(String(patrol.values['Mã yêu cầu'])).toMatch(UUID);

  const written = rowsFrom(session.pg, 'Nhắc nhở', remindersBefore + 1);
  expect(written).toHaveLength(3);
  written.forEach((row, i) => {
    expect(message).toContain(String(row.values['Mã']));
    expect(row.values['Mã tuần tra']).toBe(id);
    expect(row.shown['Ngày']).toBe(day);
    expect(row.values['Loại']).toBe(reminders[i].category);
    expect(row.values['Số trường hợp']).toBe(Number(reminders[i].cases));
    expect(row.values['Hình thức xử lý']).toBe(reminders[i].action);
    expect(row.values['Mô tả']).toBe(reminders[i].note);
  });

  // Reset for the next patrol: date and team kept, the team's members ticked again, the rest blank.
  expect(await f.inputValue('[data-field="date"]')).toBe(day);
  expect(await f.inputValue('[data-field="teamId"]')).toBe('T2');
  expect((await checked()).sort()).toEqual([...t2].sort());
  expect(await f.inputValue('[data-field="participants"]')).toBe(String(t2.length));
  expect(await f.inputValue('[data-field="start"]')).toBe('');
  expect(await f.inputValue('[data-field="result"]')).toBe('');
  expect(await f.locator('.reminder').count()).toBe(0);
  expect(await f.isEnabled('button[type=submit]')).toBe(true);
});

test("Ghi tuần tra: the members listed and ticked are those active on the patrol's day", async () => {
  const f = await openSidebar(session.page, 'Ghi tuần tra');
  const all = rowsFrom(session.pg, 'Thành viên', 2);
  const gone = all.find((r) => r.shown['Ngày rời'] !== '')!;
  const id = String(gone.values['Mã']);
  const team = String(gone.values['Mã tổ']);
  const iso = (vn: string) => `${vn.slice(6, 10)}-${vn.slice(3, 5)}-${vn.slice(0, 2)}`;
  const left = new Date(`${iso(String(gone.shown['Ngày rời']))}T00:00:00Z`);
  const day = new Date(left.getTime() - 3 * 86_400_000).toISOString().slice(0, 10);
  // Who of the team was active on that day (joined on or before it, not left on or before it).
  const activeThen = all
    .filter((r) => r.values['Mã tổ'] === team)
    .filter((r) => iso(String(r.shown['Ngày tham gia'])) <= day)
    .filter((r) => r.shown['Ngày rời'] === '' || iso(String(r.shown['Ngày rời'])) > day)
    .map((r) => String(r.values['Mã']));
  expect(activeThen).toContain(id);
  const box = f.locator(`[data-field="memberIds"] input[value="${id}"]`);
  const checked = () =>
    f
      .locator('[data-field="memberIds"] input[type=checkbox]:checked')
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  // Today: the member who left is neither listed nor found.
  await f.selectOption('[data-field="teamId"]', team);
  expect((await checked()).sort()).toEqual([...teamMembers(team)].sort());
  await f.fill('[data-field="memberIds"] input[type=search]', id);
  expect(await box.isVisible()).toBe(false);
  await f.fill('[data-field="memberIds"] input[type=search]', '');
  // The patrol's day three days before they left: the team of that day is ticked and counted.
  await f.fill('[data-field="date"]', vnDay(day));
  expect((await checked()).sort()).toEqual([...activeThen].sort());
  expect(await f.inputValue('[data-field="participants"]')).toBe(String(activeThen.length));
  // Back to today: unticked, with a short note; the count follows.
  await f.fill('[data-field="date"]', vnDay(today()));
  expect(await box.isChecked()).toBe(false);
  expect(await f.locator('[data-field="memberIds"] .checklist-note').textContent()).toBe(
    `Đã bỏ chọn ${gone.values['Họ tên']} (${id}): không hoạt động vào ngày ${vnDay(today())}.`,
  );
  expect(await f.inputValue('[data-field="participants"]')).toBe(String(teamMembers(team).length));
  // The sidebar keeps its density: member rows under 30 px high.
  const rowHeight = await f
    .locator('[data-field="memberIds"] label.item:visible')
    .first()
    .evaluate((e) => e.getBoundingClientRect().height);
  expect(rowHeight).toBeLessThan(30);
});

test('Ký cam kết: households that signed show as done; a whole team signs every required type', async () => {
  const f = await openSidebar(session.page, 'Ký cam kết');
  const total = await f.locator('.checklist .item').count();
  expect(await f.inputValue('[data-field="year"]')).toBe(String(year));
  expect(await f.inputValue('[data-field="type"]')).toBe('*');
  // From the bootstrap data: H001 signed all four this year, H002 one of four.
  expect(await f.locator('#signed-count').textContent()).toBe(`1/${total} hộ đã ký`);
  const item = (id: string) => f.locator(`.checklist .item:has(input[value="${id}"])`);
  expect(await item('H001').getAttribute('class')).toContain('done');
  expect(await item('H001').locator('input').isDisabled()).toBe(true);
  expect(await item('H001').locator('.badge').textContent()).toBe('đã ký');
  expect(await item('H002').locator('.badge').textContent()).toBe('đã ký 1/4');

  // The whole of T3, every required type; one of its households already signed one type.
  const t3 = rowsFrom(session.pg, 'Hộ gia đình', 2)
    .filter((r) => r.values['Tổ'] === 'T3' && r.shown['Ngày chuyển đi'] === '')
    .map((r) => String(r.values['Mã hộ']));
  expect(t3.length).toBeGreaterThan(5);
  const before = lastRow(session.pg, 'Cam kết');
  await f.selectOption('[data-field="type"]', 'Không ma tuý');
  await item(t3[0]).locator('input').check();
  await f.click('button[type=submit]');
  expect(await toastText(f)).toContain('Đã ghi 1 cam kết');
  expect(lastRow(session.pg, 'Cam kết')).toBe(before + 1);

  await f.selectOption('[data-field="type"]', '*');
  expect(await item(t3[0]).locator('.badge').textContent()).toBe('đã ký 1/4');
  await f.locator('.group[data-group="T3"] .group-toggle').click();
  expect(await f.locator('.group[data-group="T3"] input:checked').count()).toBe(t3.length);
  await f.fill('[data-field="signer"]', 'Trưởng thôn');
  await shoot(f, 'commitments');
  const from = lastRow(session.pg, 'Cam kết') + 1;
  await f.click('button[type=submit]');
  const message = await toastText(f);
  expect(message).toContain(`Đã ghi ${t3.length * 4 - 1} cam kết`);
  expect(message).toContain('1 cam kết đã có từ trước');

  const rows = rowsFrom(session.pg, 'Cam kết', from);
  expect(rows).toHaveLength(t3.length * 4 - 1);
  const pairs = rows.map((r) => `${r.values['Mã hộ']}|${r.values['Loại cam kết']}`).sort();
  const expected = t3
    .flatMap((h) => REQUIRED.map((type) => `${h}|${type}`))
    .filter((p) => p !== `${t3[0]}|Không ma tuý`)
    .sort();
  expect(pairs).toEqual(expected);
  const requestIds = new Set(rows.map((r) => r.values['Mã yêu cầu']));
  expect(requestIds.size).toBe(1);
  for (const r of rows) {
    expect(String(r.values['Mã'])).toMatch(/^CK-\d{4}$/);
    expect(r.values['Năm']).toBe(year);
    expect(r.shown['Ngày ký']).toBe(vnDay(today()));
    expect(r.values['Người ký']).toBe('Trưởng thôn');
    expect(r.values['Trạng thái']).toBe('Đã ký');
  }
  // The team now shows as signed, and the tally follows.
  expect(await f.locator('.group[data-group="T3"] .item.done').count()).toBe(t3.length);
  expect(await f.locator('#signed-count').textContent()).toBe(`${1 + t3.length}/${total} hộ đã ký`);
  expect(await f.inputValue('[data-field="signer"]')).toBe('');
});

/** Opens a tab of "Ghi hoạt động" and returns a selector prefix for its form. */
async function tab(f: Frame, kind: string): Promise<string> {
  await f.click(`#tab-${kind}`);
  await f.waitForSelector(`#panel-${kind}:not([hidden])`);
  return `#form-${kind}`;
}

async function saveActivity(
  f: Frame,
  form: string,
  sheet: string,
): Promise<{ values: Record<string, unknown>; shown: Record<string, string> }> {
  const before = lastRow(session.pg, sheet);
  await f.click(`${form} button[type=submit]`);
  await f.waitForFunction(
    (sel) => !document.querySelector(`${sel} button[type=submit]`)!.hasAttribute('disabled'),
    form,
  );
  const message = await toastText(f);
  expect(lastRow(session.pg, sheet)).toBe(before + 1);
  const [row] = rowsFrom(session.pg, sheet, before + 1);
  expect(message).toContain(String(row.values['Mã']));
  expect(String(row.values['Mã yêu cầu'])).toMatch(UUID);
  await f.locator('#toast .toast-close').click();
  return row;
}

test('Ghi hoạt động: session, mediation, supervised, camera, event, incident, registration are saved', async () => {
  const f = await openSidebar(session.page, 'Ghi hoạt động');
  const day = today();

  // Session: attending households of team T1 and the head count.
  let form = await tab(f, 'session');
  await f.selectOption(`${form} [data-field="form"]`, 'Họp thôn');
  await f.locator(`${form} .chips label`, { hasText: 'Phòng cháy chữa cháy' }).click();
  await f.locator(`${form} .chips label`, { hasText: 'Lừa đảo qua mạng' }).click();
  expect(await f.inputValue(`${form} [data-field="topics"]`)).toBe('Phòng cháy chữa cháy, Lừa đảo qua mạng');
  await f.fill(`${form} [data-field="place"]`, 'Nhà văn hoá thôn');
  await f.selectOption(`${form} [data-field="audience"]`, 'Nhân dân');
  await f.locator(`${form} .group[data-group="T1"] .group-toggle`).click();
  const t1 = await f
    .locator(`${form} .group[data-group="T1"] input:checked`)
    .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
  expect(t1).toContain(XSS_ID);
  expect(await f.inputValue(`${form} [data-field="attendees"]`)).toBe(String(t1.length));
  await f.fill(`${form} [data-field="attendees"]`, String(t1.length + 12));
  // Partners: chips of `Danh mục › Đơn vị phối hợp` (the sample's own entry among them); typing ticks them too.
  const partnerChips = `${form} .chips[aria-label*="Đơn vị phối hợp"] label`;
  await f.locator(partnerChips, { hasText: /^Công an xã Thiện Thuật$/ }).click();
  await f.locator(partnerChips, { hasText: /^Đoàn thanh niên$/ }).click();
  expect(await f.inputValue(`${form} [data-field="partners"]`)).toBe('Công an xã Thiện Thuật, Đoàn thanh niên');
  await f.fill(`${form} [data-field="partners"]`, 'Công an xã Thiện Thuật, Hội Nông dân');
  expect(
    await f
      .locator(`${form} .chips[aria-label*="Đơn vị phối hợp"] input:checked`)
      .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value)),
  ).toEqual(['Hội Nông dân', 'Công an xã Thiện Thuật']); // in list order
  await shoot(f, 'activity');
  let row = await saveActivity(f, form, 'Sinh hoạt, tuyên truyền');
  expect(row.shown['Ngày']).toBe(vnDay(day));
  expect(row.values['Hình thức']).toBe('Họp thôn');
  expect(row.values['Chủ đề']).toBe('Phòng cháy chữa cháy, Lừa đảo qua mạng');
  expect(row.values['Địa điểm']).toBe('Nhà văn hoá thôn');
  expect(row.values['Đối tượng dự']).toBe('Nhân dân');
  expect(row.values['Số người dự']).toBe(t1.length + 12);
  expect(split(row.values['Hộ tham dự']).sort()).toEqual([...t1].sort());
  expect(row.values['Đơn vị phối hợp']).toBe('Công an xã Thiện Thuật, Hội Nông dân');
  // Reset: date kept, households and topics cleared.
  expect(await f.inputValue(`${form} [data-field="date"]`)).toBe(vnDay(day));
  expect(await f.locator(`${form} [data-field="householdIds"] input:checked`).count()).toBe(0);
  expect(await f.locator(`${form} .chips input:checked`).count()).toBe(0);

  form = await tab(f, 'mediation');
  await f.fill(`${form} [data-field="date"]`, vnDay(daysAgo(3)));
  await f.fill(`${form} [data-field="subject"]`, 'Tranh chấp ranh giới đất vườn');
  await f.fill(`${form} [data-field="parties"]`, 'Hộ ông Lăng, hộ ông Vy');
  await f.selectOption(`${form} [data-field="outcome"]`, 'Thành');
  await f.fill(`${form} [data-field="chair"]`, 'Trưởng ban');
  row = await saveActivity(f, form, 'Hoà giải');
  expect([
    row.shown['Ngày'],
    row.values['Nội dung'],
    row.values['Các bên'],
    row.values['Kết quả'],
    row.values['Người chủ trì'],
  ]).toEqual([vnDay(daysAgo(3)), 'Tranh chấp ranh giới đất vườn', 'Hộ ông Lăng, hộ ông Vy', 'Thành', 'Trưởng ban']);

  form = await tab(f, 'supervised');
  await f.fill(`${form} [data-field="name"]`, 'Đối tượng thử');
  await f.selectOption(`${form} [data-field="type"]`, 'Án treo');
  await f.fill(`${form} [data-field="startOn"]`, vnDay(daysAgo(200)));
  await f.selectOption(`${form} [data-field="memberId"]`, 'TV-0001');
  row = await saveActivity(f, form, 'Đối tượng giúp đỡ');
  expect([
    row.values['Họ tên'],
    row.values['Loại'],
    row.shown['Ngày bắt đầu'],
    row.shown['Ngày kết thúc'],
    row.values['Thành viên phụ trách'],
    row.values['Tái phạm'],
  ]).toEqual(['Đối tượng thử', 'Án treo', vnDay(daysAgo(200)), '', 'TV-0001', false]);

  form = await tab(f, 'camera');
  await f.fill(`${form} [data-field="location"]`, 'Ngã ba cầu treo');
  await f.fill(`${form} [data-field="installedOn"]`, vnDay(daysAgo(30)));
  await f.fill(`${form} [data-field="funding"]`, 'Xã hội hoá');
  await f.check(`${form} [data-field="working"]`);
  row = await saveActivity(f, form, 'Camera');
  expect(String(row.values['Mã'])).toMatch(/^CAM-\d+$/);
  expect([
    row.values['Vị trí'],
    row.shown['Ngày lắp'],
    row.values['Nguồn kinh phí'],
    row.values['Đang hoạt động'],
  ]).toEqual(['Ngã ba cầu treo', vnDay(daysAgo(30)), 'Xã hội hoá', true]);

  form = await tab(f, 'event');
  await f.selectOption(`${form} [data-field="type"]`, 'Bảo đảm ANTT lễ hội, sự kiện');
  // The festival comes from `Danh mục › Lễ hội, sự kiện` (the notice names it; `Nội dung` never).
  await f.selectOption(`${form} [data-field="festival"]`, 'Lễ hội Háng Pò');
  await f.fill(`${form} [data-field="content"]`, 'Bố trí thành viên các tổ trực bảo đảm ANTT');
  await f.fill(`${form} [data-field="participants"]`, '3');
  await f.check(`${form} [data-field="toPolice"]`);
  row = await saveActivity(f, form, 'Tin báo, sự kiện');
  expect([
    row.shown['Ngày'],
    row.values['Loại'],
    row.values['Lễ hội, sự kiện'],
    row.values['Nội dung'],
    row.values['Số người tham gia'],
    row.values['Chuyển Công an xã'],
  ]).toEqual([
    vnDay(day),
    'Bảo đảm ANTT lễ hội, sự kiện',
    'Lễ hội Háng Pò',
    'Bố trí thành viên các tổ trực bảo đảm ANTT',
    3,
    true,
  ]);

  // Issue 17: the incident register's tab comes from its registry entry alone, its kinds from `Loại vụ việc`.
  form = await tab(f, 'incident');
  const kinds = await f.locator(`${form} [data-field="type"] option`).allTextContents();
  // TT 124's kinds (criteria 3 and 4) are among them.
  expect(kinds).toEqual([
    '— Chọn —',
    ...TT124_REDUCED_KINDS,
    'Tai nạn giao thông',
    'Cháy, nổ',
    ...TT124_FORBIDDEN_KINDS,
    'Khác',
  ]);
  await f.fill(`${form} [data-field="date"]`, vnDay(daysAgo(2)));
  await f.selectOption(`${form} [data-field="type"]`, 'Tai nạn giao thông');
  await f.fill(`${form} [data-field="summary"]`, 'Va chạm giữa hai xe máy, không có thương vong');
  await f.fill(`${form} [data-field="handledBy"]`, 'Tổ tự quản Trung tâm');
  await f.check(`${form} [data-field="toPolice"]`);
  await f.selectOption(`${form} [data-field="status"]`, 'Đã giải quyết');
  row = await saveActivity(f, form, 'Vụ việc');
  expect(String(row.values['Mã'])).toMatch(/^VV-\d{4}$/);
  expect([
    row.shown['Ngày'],
    row.values['Loại vụ việc'],
    row.values['Tóm tắt'],
    row.values['Người xử lý'],
    row.values['Chuyển Công an xã'],
    row.values['Tình trạng'],
  ]).toEqual([
    vnDay(daysAgo(2)),
    'Tai nạn giao thông',
    'Va chạm giữa hai xe máy, không có thương vong',
    'Tổ tự quản Trung tâm',
    true,
    'Đã giải quyết',
  ]);

  // The year's resolution of the chi bộ (TT 124 criterion 1): the registry entry's tab, its two document types.
  form = await tab(f, 'registration');
  await f.fill(`${form} [data-field="year"]`, day.slice(0, 4));
  await f.selectOption(`${form} [data-field="type"]`, TT124_RESOLUTION);
  await f.fill(`${form} [data-field="number"]`, '02-NQ/CB');
  await f.fill(`${form} [data-field="date"]`, vnDay(daysAgo(1)));
  row = await saveActivity(f, form, 'Nghị quyết, đăng ký');
  expect(String(row.values['Mã'])).toMatch(/^DK-\d{3}$/);
  expect([row.values['Năm'], row.values['Loại văn bản'], row.values['Số văn bản'], row.shown['Ngày']]).toEqual([
    Number(day.slice(0, 4)),
    TT124_RESOLUTION,
    '02-NQ/CB',
    vnDay(daysAgo(1)),
  ]);
  for (const kind of ['mediation', 'supervised', 'camera', 'event'])
    await screenshotAt300(session, f, `sidebar-activity-${kind}-full`, (p) => p.click(`#tab-${kind}`));
});

test("Ghi hoạt động: a session's households are those living in the village on its day", async () => {
  const f = await openSidebar(session.page, 'Ghi hoạt động');
  const form = await tab(f, 'session');
  const iso = (vn: string) => `${vn.slice(6, 10)}-${vn.slice(3, 5)}-${vn.slice(0, 2)}`;
  // The household that arrived last (and has not left): ticked today, not on the day before it arrived.
  const arrived = rowsFrom(session.pg, 'Hộ gia đình', 2)
    .filter((r) => r.shown['Ngày đến'] !== '' && r.shown['Ngày chuyển đi'] === '')
    .sort((a, b) => (iso(String(a.shown['Ngày đến'])) < iso(String(b.shown['Ngày đến'])) ? 1 : -1))[0];
  const id = String(arrived.values['Mã hộ']);
  const before = new Date(`${iso(String(arrived.shown['Ngày đến']))}T00:00:00Z`);
  const dayBefore = new Date(before.getTime() - 86_400_000).toISOString().slice(0, 10);
  const box = f.locator(`${form} [data-field="householdIds"] input[value="${id}"]`);
  await f.fill(`${form} [data-field="householdIds"] input[type=search]`, id);
  await box.check();
  expect(await f.inputValue(`${form} [data-field="attendees"]`)).toBe('1');
  await f.fill(`${form} [data-field="date"]`, vnDay(dayBefore));
  expect(await box.isChecked()).toBe(false);
  expect(await f.locator(`${form} [data-field="householdIds"] .checklist-note`).textContent()).toMatch(
    new RegExp(`^Đã bỏ chọn .*${arrived.values['Chủ hộ']}.*: hộ không ở thôn vào ngày ${vnDay(dayBefore)}\\.$`),
  );
  expect(await f.inputValue(`${form} [data-field="attendees"]`)).toBe('');
});

test('keyboard only: arrow keys move between tabs, Tab through the fields, Space ticks, Ctrl+Enter saves', async () => {
  const f = await openSidebar(session.page, 'Ghi hoạt động');
  const kb = session.page.keyboard;
  const active = () =>
    f.evaluate(() => document.activeElement?.getAttribute('data-field') ?? document.activeElement?.id ?? '');
  await f.focus('#tab-session');
  for (let i = 0; i < 3; i++) await kb.press('ArrowRight');
  expect(await active()).toBe('tab-camera');
  expect(await f.getAttribute('#tab-camera', 'aria-selected')).toBe('true');
  expect(await f.isVisible('#form-camera')).toBe(true);
  expect(await f.isVisible('#form-session')).toBe(false);
  await kb.press('Tab');
  expect(await active()).toBe('location');
  await kb.type('Chợ phiên Pác Khuông');
  for (let i = 0; i < 6 && (await active()) !== 'funding'; i++) await kb.press('Tab');
  expect(await active()).toBe('funding');
  await kb.type('Ngân sách xã');
  await kb.press('Tab');
  expect(await active()).toBe('working');
  await kb.press('Space');
  const before = lastRow(session.pg, 'Camera');
  await kb.press('Control+Enter');
  await toastText(f);
  const [row] = rowsFrom(session.pg, 'Camera', before + 1);
  expect([row.values['Vị trí'], row.values['Nguồn kinh phí'], row.values['Đang hoạt động']]).toEqual([
    'Chợ phiên Pác Khuông',
    'Ngân sách xã',
    true,
  ]);
});

test('Hộ, nhân khẩu, tổ, thành viên: add a household and a resident, edit a team and the resident', async () => {
  const f = await openSidebar(session.page, 'Hộ, nhân khẩu, tổ, thành viên');
  const before = lastRow(session.pg, 'Hộ gia đình');
  await f.fill('#form-households [data-field="record.head"]', 'Hoàng Văn Mới');
  await f.selectOption('#form-households [data-field="record.teamId"]', 'T2');
  await f.fill('#form-households [data-field="record.address"]', 'Bản Pác Khuông');
  await f.fill('#form-households [data-field="record.size"]', '4');
  await f.fill('#form-households [data-field="record.ethnicity"]', 'Tày');
  await f.fill('#form-households [data-field="record.arrivedOn"]', vnDay(daysAgo(10)));
  await shoot(f, 'registry');
  await f.click('#form-households button[type=submit]');
  const added = await toastText(f);
  expect(lastRow(session.pg, 'Hộ gia đình')).toBe(before + 1);
  const [hh] = rowsFrom(session.pg, 'Hộ gia đình', before + 1);
  const hid = String(hh.values['Mã hộ']);
  expect(added).toBe(`Đã thêm ${hid}.`);
  expect([
    hh.values['Chủ hộ'],
    hh.values['Tổ'],
    hh.values['Địa chỉ'],
    hh.values['Số nhân khẩu'],
    hh.values['Dân tộc'],
    hh.shown['Ngày đến'],
  ]).toEqual(['Hoàng Văn Mới', 'T2', 'Bản Pác Khuông', 4, 'Tày', vnDay(daysAgo(10))]);
  // Kept for the next household: the team.
  expect(await f.inputValue('#form-households [data-field="record.teamId"]')).toBe('T2');
  expect(await f.inputValue('#form-households [data-field="record.head"]')).toBe('');

  // Edit team T1: picked from the list, its values shown, one changed.
  await f.click('#tab-teams');
  await f.selectOption('#pick-teams', 'T1');
  const teamRows = rowsFrom(session.pg, 'Tổ tự quản', 2);
  const t1 = teamRows.find((r) => r.values['Mã tổ'] === 'T1')!;
  expect(await f.inputValue('#form-teams [data-field="record.name"]')).toBe(t1.values['Tên tổ']);
  expect(await f.inputValue('#form-teams [data-field="record.area"]')).toBe(t1.values['Địa bàn phụ trách']);
  await f.fill('#form-teams [data-field="record.leader"]', 'Lăng Văn Mới');
  await f.click('#form-teams button[type=submit]');
  expect(await toastText(f)).toBe('Đã sửa T1.');
  const after = rowsFrom(session.pg, 'Tổ tự quản', 2);
  expect(after).toHaveLength(teamRows.length);
  const t1After = after.find((r) => r.values['Mã tổ'] === 'T1')!;
  expect(t1After.values).toEqual({ ...t1.values, 'Tổ trưởng': 'Lăng Văn Mới' });

  // A resident of the new household (offered in the list right away), then edited.
  await f.click('#tab-residents');
  await f.selectOption('#form-residents [data-field="record.householdId"]', hid);
  await f.waitForFunction(() =>
    /có 0 nhân khẩu/.test(document.querySelector('section[data-sheet="residents"] [role=status]')!.textContent ?? ''),
  );
  const residentsBefore = lastRow(session.pg, 'Nhân khẩu');
  await f.fill('#form-residents [data-field="record.name"]', 'Hoàng Thị Con');
  await f.fill('#form-residents [data-field="record.birthYear"]', '2008');
  await f.selectOption('#form-residents [data-field="record.gender"]', 'Nữ');
  await f.check('#form-residents [data-field="record.hasIdCard"]');
  await f.selectOption('#form-residents [data-field="record.eidLevel"]', 'Mức 2');
  await f.click('#form-residents button[type=submit]');
  const msg = await toastText(f);
  expect(lastRow(session.pg, 'Nhân khẩu')).toBe(residentsBefore + 1);
  const [res] = rowsFrom(session.pg, 'Nhân khẩu', residentsBefore + 1);
  const rid = String(res.values['Mã']);
  expect(msg).toBe(`Đã thêm ${rid}.`);
  expect([
    res.values['Họ tên'],
    res.values['Mã hộ'],
    res.values['Năm sinh'],
    res.values['Giới tính'],
    res.values['Có thẻ căn cước'],
    res.values['Định danh điện tử'],
  ]).toEqual(['Hoàng Thị Con', hid, 2008, 'Nữ', true, 'Mức 2']);
  await f.selectOption('#pick-residents', rid);
  expect(await f.inputValue('#form-residents [data-field="record.name"]')).toBe('Hoàng Thị Con');
  await f.selectOption('#form-residents [data-field="record.eidLevel"]', 'Mức 1');
  await f.click('#form-residents button[type=submit]');
  expect(await toastText(f)).toBe(`Đã sửa ${rid}.`);
  expect(lastRow(session.pg, 'Nhân khẩu')).toBe(residentsBefore + 1);
  expect(rowsFrom(session.pg, 'Nhân khẩu', residentsBefore + 1)[0].values['Định danh điện tử']).toBe('Mức 1');
  for (const sheet of ['residents', 'teams', 'members'])
    await screenshotAt300(session, f, `sidebar-registry-${sheet}-full`, (p) => p.click(`#tab-${sheet}`));
});

test('a household named like an HTML tag shows as text in every sidebar', async () => {
  expect(columnValues(session.pg, 'Hộ gia đình', 'Chủ hộ')).toContain(XSS);
  for (const item of ['Ký cam kết', 'Ghi hoạt động', 'Hộ, nhân khẩu, tổ, thành viên']) {
    const f = await openSidebar(session.page, item);
    const shown = await f.evaluate((id) => {
      const label = document
        .querySelector(`.checklist input[value="${id}"]`)
        ?.closest('label')
        ?.querySelector('.label')?.textContent;
      const option = Array.from(document.querySelectorAll('option')).find((o) => o.value === id)?.textContent;
      return label ?? option ?? null;
    }, XSS_ID);
    expect(shown === XSS || shown === `${XSS_ID} · ${XSS}` || shown === `${XSS} (${XSS_ID})`).toBe(true);
    expect(await f.locator('img').count()).toBe(0);
  }
  expect(session.dialogs).toEqual([]);
});
