/**
 * "Tra cứu, sửa, xoá" in real Chromium through the playground (the built bundle on the
 * emulated Pác Khuông workbook): for every record type of the registry a record is found by
 * search, edited in its form (only the changed cell is written) and deleted after a
 * confirmation; a patrol's delete names its reminders; the period and team filters and the
 * paging narrow the list; a likely duplicate is saved once after "Vẫn lưu"; under an `en-US`
 * browser a page shows and takes dd/mm/yyyy and 24-hour times. Screenshots go to test-output/.
 */
import type { Frame } from 'playwright-core';
import { RECORD_TYPES } from '../../src/domain/registry/recordTypes';
import type { RecordType } from '../../src/domain/registry/define';
import {
  daysAgo,
  lastRow,
  openPlayground,
  openSidebar,
  rowsFrom,
  screenshotAt300,
  type Session,
  today,
  vnDay,
} from './sidebar';

jest.setTimeout(180000);

let session: Session;
let lookupFrame: Frame;

beforeAll(async () => {
  session = await openPlayground();
  session.page.setDefaultTimeout(15000);
  lookupFrame = await openSidebar(session.page, 'Tra cứu, sửa, xoá');
});

afterAll(async () => {
  await session?.close();
});

afterEach(() => {
  expect(session.errors).toEqual([]);
  expect(session.dialogs).toEqual([]);
});

type Reply = { ok: boolean; data?: unknown; errors?: { field: string; message: string }[] };

/** A server function called from the sidebar's page, as `google.script.run` does. */
function run(fn: string, arg?: unknown): Promise<Reply> {
  return lookupFrame.evaluate(
    ([name, a]) =>
      new Promise<Reply>((resolve, reject) => {
        const runner = window
          .google!.script.run.withSuccessHandler((v) => resolve(v as Reply))
          .withFailureHandler((e) => reject(new Error(e.message)));
        (runner[name as string] as (x: unknown) => void)(a);
      }),
    [fn, arg] as const,
  );
}

/** The row of a sheet whose first column (its id) is `id`, keyed by header. */
function rowOf(sheet: string, id: string) {
  return rowsFrom(session.pg, sheet, 2).find((r) => Object.values(r.values)[0] === id);
}

/** A text field of the type that a person may change freely (a note, a description). */
function textField(type: RecordType) {
  const cols = type.list.filter((c) => (c.type === 'longtext' || c.type === 'text') && !c.auto && !c.required);
  return cols.find((c) => c.type === 'longtext') ?? cols[cols.length - 1];
}

/** Shows a type's records found by `query`; resolves once the list is drawn. */
async function find(sheet: string, query: string): Promise<void> {
  const close = lookupFrame.locator('.record-editor section:not([hidden]) [data-role="close"]');
  if (await lookupFrame.isVisible('.record-editor')) await close.click();
  await lookupFrame.selectOption('#lookup-filters [data-field="sheet"]', sheet);
  await lookupFrame.fill('#lookup-filters [data-field="query"]', query);
  await lookupFrame.click('#lookup-filters button[type=submit]');
  await lookupFrame.waitForFunction(
    () => !/Đang tìm/.test(document.querySelector('#lookup-status')?.textContent ?? 'Đang tìm'),
  );
}

/**
 * A copy of the newest record of the type, added through the API (confirmed if it looks like a
 * duplicate): a record nothing else points to, so it can be deleted.
 */
async function copyOfNewest(type: RecordType): Promise<string> {
  const listed = (await run('apiListRecords', { sheet: type.key, limit: 1 })) as Reply & {
    data: { rows: Record<string, unknown>[] };
  };
  expect(listed.ok).toBe(true);
  const newest = listed.data.rows[0];
  expect(newest).toBeDefined();
  const record: Record<string, unknown> = {};
  for (const col of type.list)
    if (col.field !== 'id' && col.field !== 'requestId' && !col.auto) record[col.field] = newest[col.field];
  const requestId = `lookup-test-${type.key}-${Date.now()}`;
  const saved = (await run('apiSaveRecord', { requestId, sheet: type.key, record, confirm: true })) as Reply & {
    data: { id: string };
  };
  expect(saved.errors ?? []).toEqual([]);
  return saved.data.id;
}

test('the menu item opens the sidebar: every record type to choose, the newest patrols listed first', async () => {
  const options = await lookupFrame
    .locator('#lookup-filters [data-field="sheet"] option')
    .evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).textContent));
  expect(options).toEqual(RECORD_TYPES.map((r) => r.name));
  await find('patrols', '');
  const status = await lookupFrame.textContent('#lookup-status');
  const n = lastRow(session.pg, 'Tuần tra') - 1;
  expect(status).toContain(`${n} bản ghi`);
  const ids = await lookupFrame
    .locator('#lookup-results button.result')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  expect(ids.length).toBe(Math.min(n, 20));
  // Newest first: the days shown never increase down the list.
  const days = rowsFrom(session.pg, 'Tuần tra', 2);
  const dayOf = (id: string) => {
    const r = days.find((x) => x.values['Mã'] === id)!;
    return r.shown['Ngày'].split('/').reverse().join('-');
  };
  const listed = ids.map((id) => dayOf(id!));
  expect([...listed].sort().reverse()).toEqual(listed);
  await screenshotAt300(session, lookupFrame, 'lookup-sidebar', async (p) => {
    await p.selectOption('#lookup-filters [data-field="sheet"]', 'patrols');
    await p.waitForSelector('#lookup-results button.result');
  });
});

test.each(RECORD_TYPES.map((type) => [type.key, type] as const))(
  '%s: found by search, edited in its form (only the changed cell), deleted after a confirmation',
  async (_key, type) => {
    const id = await copyOfNewest(type);
    const before = rowOf(type.name, id)!;
    expect(before).toBeDefined();
    await find(type.key, id);
    await lookupFrame.click(`#lookup-results button.result[data-id="${id}"]`);
    const form = `.record-editor section[data-sheet="${type.key}"]`;
    await lookupFrame.waitForSelector(`${form} form`, { state: 'visible' });
    expect(await lookupFrame.textContent(`${form} h2`)).toBe(`Sửa ${id} (${type.name})`);

    const col = textField(type);
    const text = `Đã sửa qua Tra cứu ${type.key}`;
    await lookupFrame.fill(`${form} [data-field="record.${col.field}"]`, text);
    await lookupFrame.click(`${form} button[type=submit]`);
    await lookupFrame.waitForSelector(`${form} .toast.ok`);
    expect(await lookupFrame.textContent(`${form} .toast.ok`)).toContain(`Đã sửa ${id}.`);
    const after = rowOf(type.name, id)!;
    expect(after.values[col.header]).toBe(text);
    for (const [header, v] of Object.entries(before.values))
      if (header !== col.header) expect([header, after.values[header]]).toEqual([header, v]);

    await lookupFrame.click(`${form} [data-role="delete"]`);
    await lookupFrame.waitForSelector(`${form} [data-role="delete-confirm"]`, { state: 'visible' });
    expect(await lookupFrame.textContent(`${form} [data-role="delete-confirm"]`)).toContain(
      `Xoá ${id} khỏi trang "${type.name}"?`,
    );
    expect(rowOf(type.name, id)).toBeDefined(); // nothing deleted before the confirmation
    await lookupFrame.click(`${form} [data-role="confirm-delete"]`);
    await lookupFrame.waitForSelector('#lookup-list', { state: 'visible' });
    await lookupFrame.waitForFunction((x) => !document.querySelector(`#lookup-results [data-id="${x}"]`), id);
    expect(rowOf(type.name, id)).toBeUndefined();
  },
);

test("a patrol's delete names its reminders, which go with it", async () => {
  const reminders = rowsFrom(session.pg, 'Nhắc nhở', 2);
  const patrolId = String(reminders.find((r) => r.values['Mã tuần tra'])!.values['Mã tuần tra']);
  const its = reminders.filter((r) => r.values['Mã tuần tra'] === patrolId).map((r) => String(r.values['Mã']));
  await find('patrols', patrolId);
  await lookupFrame.click(`#lookup-results button.result[data-id="${patrolId}"]`);
  const form = '.record-editor section[data-sheet="patrols"]';
  await lookupFrame.click(`${form} [data-role="delete"]`);
  const box = lookupFrame.locator(`${form} [data-role="delete-confirm"]`);
  await box.waitFor();
  const said = (await box.textContent()) ?? '';
  expect(said).toContain(`${its.length} dòng trang "Nhắc nhở"`);
  for (const r of its) expect(said).toContain(r);
  await screenshotAt300(session, lookupFrame, 'lookup-delete-confirm', async (p) => {
    await p.selectOption('#lookup-filters [data-field="sheet"]', 'patrols');
    await p.fill('#lookup-filters [data-field="query"]', patrolId);
    await p.click('#lookup-filters button[type=submit]');
    await p.click(`#lookup-results button.result[data-id="${patrolId}"]`);
    await p.click(`${form} [data-role="delete"]`);
    await p.locator(`${form} [data-role="delete-confirm"]`).waitFor();
  });
  await lookupFrame.click(`${form} [data-role="confirm-delete"]`);
  await lookupFrame.waitForSelector('#lookup-list', { state: 'visible' });
  expect(rowOf('Tuần tra', patrolId)).toBeUndefined();
  for (const r of its) expect(rowOf('Nhắc nhở', r)).toBeUndefined();
});

test("a household's delete names its residents and commitments, or the session naming it (no delete)", async () => {
  const residents = rowsFrom(session.pg, 'Nhân khẩu', 2);
  const commitments = rowsFrom(session.pg, 'Cam kết', 2);
  const sessionRows = rowsFrom(session.pg, 'Sinh hoạt, tuyên truyền', 2);
  const sessions = sessionRows.map((r) => String(r.values['Hộ tham dự']));
  const attended = (id: string) => sessions.some((ids) => ids.split(/\s*,\s*/).includes(id));
  const households = [...new Set(residents.map((r) => String(r.values['Mã hộ'])))];
  const free = households.find((id) => !attended(id));
  const busy = households.find((id) => attended(id));
  const form = '.record-editor section[data-sheet="households"]';
  for (const id of [busy, free]) {
    if (!id) continue;
    const its = residents.filter((r) => r.values['Mã hộ'] === id).map((r) => String(r.values['Mã']));
    const signed = commitments.filter((r) => r.values['Mã hộ'] === id).map((r) => String(r.values['Mã']));
    await find('households', id);
    await lookupFrame.click(`#lookup-results button.result[data-id="${id}"]`);
    await lookupFrame.click(`${form} [data-role="delete"]`);
    const box = lookupFrame.locator(`${form} [data-role="delete-confirm"]`);
    await box.waitFor();
    const said = (await box.textContent()) ?? '';
    if (id === busy) {
      // Another record still names it: the prompt names them, offers no delete (the server would refuse it).
      const named = sessionRows.filter((r) =>
        String(r.values['Hộ tham dự'])
          .split(/\s*,\s*/)
          .includes(id),
      );
      expect(said).toContain(`Chưa xoá được ${id} khỏi trang "Hộ gia đình"`);
      expect(said).toContain(`${named.length} dòng trang "Sinh hoạt, tuyên truyền" (cột "Hộ tham dự")`);
      // At most five of them by id, then "…".
      const line = (await lookupFrame.textContent(`${form} [data-role="delete-blockers"] li`)) ?? '';
      const shown = line.slice(line.indexOf('): ') + 3).split(', ');
      const ids = named.map((r) => String(r.values['Mã']));
      expect(shown.filter((x) => x !== '…').every((x) => ids.includes(x))).toBe(true);
      expect(shown).toHaveLength(named.length > 5 ? 6 : named.length);
      if (named.length > 5) expect(shown[5]).toBe('…');
      expect(said).not.toContain('Nhân khẩu');
      expect(await lookupFrame.locator(`${form} [data-role="confirm-delete"]`).count()).toBe(0);
      expect(await lookupFrame.evaluate(() => document.activeElement?.getAttribute('data-role'))).toBe('cancel-delete');
      await lookupFrame.click(`${form} [data-role="cancel-delete"]`);
      expect(await box.isVisible()).toBe(false);
      expect(rowOf('Hộ gia đình', id)).toBeDefined();
      for (const r of its) expect(rowOf('Nhân khẩu', r)).toBeDefined();
      continue;
    }
    expect(said).toContain(`${its.length} dòng trang "Nhân khẩu"`);
    for (const r of its) expect(said).toContain(r);
    if (signed.length) expect(said).toContain(`${signed.length} dòng trang "Cam kết"`);
    await lookupFrame.click(`${form} [data-role="confirm-delete"]`);
    await lookupFrame.waitForSelector('#lookup-list', { state: 'visible' });
    expect(rowOf('Hộ gia đình', id)).toBeUndefined();
    for (const r of [...its]) expect(rowOf('Nhân khẩu', r)).toBeUndefined();
    for (const r of signed) expect(rowOf('Cam kết', r)).toBeUndefined();
  }
  expect(busy ?? free).toBeDefined();
});

test('a member on patrols: the prompt names them; a reference made after the prompt: refusal in view', async () => {
  const patrols = rowsFrom(session.pg, 'Tuần tra', 2);
  const onPatrol = (r: (typeof patrols)[number], id: string) =>
    String(r.values['Thành viên tham gia'])
      .split(/\s*,\s*/)
      .includes(id);
  const member = String(
    patrols.find((r) => String(r.values['Thành viên tham gia']).trim())!.values['Thành viên tham gia'],
  ).split(/\s*,\s*/)[0];
  const named = patrols.filter((r) => onPatrol(r, member));
  const form = '.record-editor section[data-sheet="members"]';
  await find('members', member);
  await lookupFrame.click(`#lookup-results button.result[data-id="${member}"]`);
  await lookupFrame.click(`${form} [data-role="delete"]`);
  const box = lookupFrame.locator(`${form} [data-role="delete-confirm"]`);
  await box.waitFor();
  const said = (await box.textContent()) ?? '';
  expect(said).toContain(`Chưa xoá được ${member} khỏi trang "Thành viên"`);
  expect(said).toContain(`${named.length} dòng trang "Tuần tra" (cột "Thành viên tham gia")`);
  expect(said).not.toContain('Chỉ xoá dòng này');
  expect(await lookupFrame.locator(`${form} [data-role="confirm-delete"]`).count()).toBe(0);
  await lookupFrame.click(`${form} [data-role="cancel-delete"]`);

  // A new team nothing names: "Chỉ xoá dòng này". A patrol naming it is saved before "Xoá hẳn": the server
  // refuses; its message is scrolled into view and focused, and nothing is deleted.
  const teams = RECORD_TYPES.find((r) => r.key === 'teams')!;
  const team = await copyOfNewest(teams);
  const teamForm = '.record-editor section[data-sheet="teams"]';
  await find('teams', team);
  await lookupFrame.click(`#lookup-results button.result[data-id="${team}"]`);
  await lookupFrame.click(`${teamForm} [data-role="delete"]`);
  await lookupFrame.locator(`${teamForm} [data-role="delete-confirm"]`).waitFor();
  expect(await lookupFrame.textContent(`${teamForm} [data-role="delete-confirm"]`)).toContain('Chỉ xoá dòng này');
  const patrol = (await run('apiSaveRecord', {
    requestId: `lookup-test-team-patrol-${Date.now()}`,
    sheet: 'patrols',
    record: { date: daysAgo(1), start: '20:00', end: '21:00', teamId: team, participants: 2, memberIds: [] },
    confirm: true,
  })) as Reply & { data: { id: string } };
  expect(patrol.errors ?? []).toEqual([]);
  await lookupFrame.click(`${teamForm} [data-role="confirm-delete"]`);
  const alert = lookupFrame.locator(`${teamForm} .form-error`);
  await alert.waitFor();
  expect(await alert.textContent()).toContain(`Không xoá được ${team}: còn được dùng ở trang "Tuần tra"`);
  expect(
    await lookupFrame.evaluate((sel) => {
      const el = document.querySelector<HTMLElement>(`${sel} .form-error`)!;
      const r = el.getBoundingClientRect();
      return [document.activeElement === el, r.top >= 0 && r.bottom <= innerHeight, el.getAttribute('role')];
    }, teamForm),
  ).toEqual([true, true, 'alert']);
  expect(rowOf('Tổ tự quản', team)).toBeDefined();
  expect(rowOf('Tuần tra', patrol.data.id)).toBeDefined();
});

test('a patrol opened for correction is labelled and marked as in "Ghi tuần tra"', async () => {
  const patrolId = String(rowsFrom(session.pg, 'Tuần tra', 2)[0].values['Mã']);
  await find('patrols', patrolId);
  await lookupFrame.click(`#lookup-results button.result[data-id="${patrolId}"]`);
  const form = '.record-editor section[data-sheet="patrols"]';
  const labels = await lookupFrame
    .locator(`${form} form > .field > label, ${form} form > .field .inline > label, ${form} form legend`)
    .evaluateAll((els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
  expect(labels).toEqual([
    'Ngày *',
    'Giờ bắt đầu *',
    'Giờ kết thúc *',
    'Tổ',
    'Địa bàn',
    'Thành viên tham gia',
    'Số người tham gia *',
    'Có phối hợp với Công an xã',
    'Tình hình, kết quả',
  ]);
  for (const field of ['record.date', 'record.start', 'record.end', 'record.participants'])
    expect(await lookupFrame.getAttribute(`${form} [data-field="${field}"]`, 'aria-required')).toBe('true');
  await lookupFrame.click(`${form} [data-role="close"]`);
});

test('search ignores accents and case; the period and team filters and the pages narrow the list', async () => {
  // A household found by its head's name typed without accents.
  const household = rowsFrom(session.pg, 'Hộ gia đình', 2)[0];
  const head = String(household.values['Chủ hộ']);
  const plain = head
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toUpperCase();
  await find('households', plain);
  expect(await lookupFrame.locator(`#lookup-results [data-id="${household.values['Mã hộ']}"]`).count()).toBe(1);
  // Households have no day: no period fields; they have a team.
  expect(await lookupFrame.isVisible('#lookup-filters [data-field="from"]')).toBe(false);
  expect(await lookupFrame.isVisible('#lookup-filters [data-field="teamId"]')).toBe(true);

  // Patrols of T1 in a period typed dd/mm/yyyy.
  const patrols = rowsFrom(session.pg, 'Tuần tra', 2).map((r) => ({
    id: String(r.values['Mã']),
    day: r.shown['Ngày'].split('/').reverse().join('-'),
    team: String(r.values['Mã tổ']),
  }));
  const days = patrols.map((p) => p.day).sort();
  const [from, to] = [days[Math.floor(days.length / 4)], days[Math.floor((3 * days.length) / 4)]];
  const expected = patrols.filter((p) => p.team === 'T1' && p.day >= from && p.day <= to);
  expect(expected.length).toBeGreaterThan(0);
  await lookupFrame.selectOption('#lookup-filters [data-field="sheet"]', 'patrols');
  await lookupFrame.fill('#lookup-filters [data-field="query"]', '');
  await lookupFrame.fill('#lookup-filters [data-field="from"]', vnDay(from));
  await lookupFrame.fill('#lookup-filters [data-field="to"]', vnDay(to));
  await lookupFrame.selectOption('#lookup-filters [data-field="teamId"]', 'T1');
  await lookupFrame.click('#lookup-filters button[type=submit]');
  await lookupFrame.waitForFunction(
    (n) => (document.querySelector('#lookup-status')?.textContent ?? '').startsWith(`${n} bản ghi`),
    expected.length,
  );
  const shown = await lookupFrame
    .locator('#lookup-results button.result')
    .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id));
  expect(shown.sort()).toEqual(
    expected
      .map((p) => p.id)
      .sort()
      .slice(0, 20)
      .sort(),
  );

  // A day that cannot be read is named; nothing is asked of the server.
  await lookupFrame.fill('#lookup-filters [data-field="from"]', '31/02/2023');
  await lookupFrame.click('#lookup-filters button[type=submit]');
  expect(await lookupFrame.textContent('[data-error-for="from"]')).toBe(
    'Từ ngày: "31/02/2023" không có thật: tháng 2/2023 chỉ có 28 ngày',
  );

  // Pages of 20: "Sau" shows the next ones.
  await lookupFrame.fill('#lookup-filters [data-field="from"]', '');
  await lookupFrame.fill('#lookup-filters [data-field="to"]', '');
  await lookupFrame.selectOption('#lookup-filters [data-field="teamId"]', '');
  await find('households', '');
  const total = lastRow(session.pg, 'Hộ gia đình') - 1;
  expect(total).toBeGreaterThan(20);
  const first = await lookupFrame.getAttribute('#lookup-results button.result >> nth=0', 'data-id');
  await lookupFrame.click('[data-role="next"]');
  await lookupFrame.waitForFunction(() =>
    /đang xem 21–/.test(document.querySelector('#lookup-status')?.textContent ?? ''),
  );
  expect(await lookupFrame.getAttribute('#lookup-results button.result >> nth=0', 'data-id')).not.toBe(first);
  await lookupFrame.click('[data-role="prev"]');
  await lookupFrame.waitForFunction(() =>
    /đang xem 1–/.test(document.querySelector('#lookup-status')?.textContent ?? ''),
  );
});

test('Sửa bản ghi vừa lưu: a mediation saved in Ghi hoạt động is corrected in place', async () => {
  const g = await openSidebar(session.page, 'Ghi hoạt động');
  await g.click('[role=tab][id="tab-mediation"]');
  const form = '#form-mediation';
  await g.fill(`${form} [data-field="date"]`, vnDay(daysAgo(2)));
  await g.fill(`${form} [data-field="subject"]`, 'Tranh chấp lối đi chung');
  await g.fill(`${form} [data-field="parties"]`, 'Hai hộ giáp ranh');
  await g.selectOption(`${form} [data-field="outcome"]`, 'Đang giải quyết');
  const before = lastRow(session.pg, 'Hoà giải');
  await g.click(`${form} button[type=submit]`);
  await g.waitForSelector(`${form} .toast.ok`);
  expect(lastRow(session.pg, 'Hoà giải')).toBe(before + 1);
  const id = String(rowsFrom(session.pg, 'Hoà giải', before + 1)[0].values['Mã']);
  await g.click(`${form} [data-role="edit-saved"]`);
  const editor = `.record-editor section[data-sheet="mediations"]`;
  await g.waitForSelector(editor, { state: 'visible' });
  expect(await g.inputValue(`${editor} [data-field="record.subject"]`)).toBe('Tranh chấp lối đi chung');
  expect(await g.inputValue(`${editor} [data-field="record.date"]`)).toBe(vnDay(daysAgo(2)));
  await g.selectOption(`${editor} [data-field="record.outcome"]`, 'Thành');
  await g.click(`${editor} button[type=submit]`);
  await g.waitForSelector(`${editor} .toast.ok`);
  expect(lastRow(session.pg, 'Hoà giải')).toBe(before + 1);
  expect(rowOf('Hoà giải', id)!.values['Kết quả']).toBe('Thành');
  await g.click(`${editor} [data-role="close"]`);
  await g.waitForSelector(form, { state: 'visible' });
});

test('a likely duplicate is shown with "Vẫn lưu", which saves it once', async () => {
  const g = await openSidebar(session.page, 'Hộ, nhân khẩu, tổ, thành viên');
  await g.click('[role=tab][id="tab-teams"]');
  const name = String(rowsFrom(session.pg, 'Tổ tự quản', 2)[0].values['Tên tổ']);
  const before = lastRow(session.pg, 'Tổ tự quản');
  await g.fill('#form-teams [data-field="record.name"]', name);
  await g.click('#form-teams button[type=submit]');
  const warning = g.locator('#form-teams [data-role="duplicate"]');
  await warning.waitFor();
  expect(await warning.textContent()).toContain(name);
  expect(lastRow(session.pg, 'Tổ tự quản')).toBe(before);
  await g.click('#form-teams [data-role="confirm"]');
  await g.waitForSelector('#form-teams .toast.ok');
  expect(lastRow(session.pg, 'Tổ tự quản')).toBe(before + 1);
  expect(await warning.isVisible()).toBe(false);
});

test('the same patrol twice is warned about; "Vẫn lưu" saves it once, then it is corrected in place', async () => {
  const g = await openSidebar(session.page, 'Ghi tuần tra');
  await g.selectOption('[data-field="teamId"]', 'T4');
  await g.fill('[data-field="start"]', '19:00');
  await g.fill('[data-field="end"]', '21:00');
  const before = lastRow(session.pg, 'Tuần tra');
  await g.click('button[type=submit]');
  await g.waitForSelector('.toast.ok');
  expect(lastRow(session.pg, 'Tuần tra')).toBe(before + 1);
  // The form keeps the day and the team: the same patrol again, with overlapping hours.
  await g.fill('[data-field="start"]', '20:00');
  await g.fill('[data-field="end"]', '22:00');
  await g.click('button[type=submit]');
  const warning = g.locator('#patrol [data-role="duplicate"]');
  await warning.waitFor();
  expect(lastRow(session.pg, 'Tuần tra')).toBe(before + 1);
  await screenshotAt300(session, g, 'lookup-duplicate-warning', async (p) => {
    await p.selectOption('[data-field="teamId"]', 'T4');
    await p.fill('[data-field="start"]', '20:30');
    await p.fill('[data-field="end"]', '21:30');
    await p.click('button[type=submit]');
    await p.locator('#patrol [data-role="duplicate"]').waitFor();
  });
  await g.click('#patrol [data-role="confirm"]');
  await g.waitForFunction(() => (document.querySelector('.toast.ok')?.textContent ?? '').includes('TT-'));
  expect(await warning.isVisible()).toBe(false);
  expect(lastRow(session.pg, 'Tuần tra')).toBe(before + 2);
  const id = String(rowsFrom(session.pg, 'Tuần tra', before + 2)[0].values['Mã']);
  expect(rowsFrom(session.pg, 'Tuần tra', before + 2)[0].values['Giờ bắt đầu']).toBe('20:00');
  // Sửa bản ghi vừa lưu: the second patrol, its hours corrected.
  await g.click('#patrol [data-role="edit-saved"]');
  const editor = '.record-editor section[data-sheet="patrols"]';
  await g.waitForSelector(editor, { state: 'visible' });
  expect(await g.isVisible('#patrol')).toBe(false);
  expect(await g.textContent(`${editor} h2`)).toBe(`Sửa ${id} (Tuần tra)`);
  await g.fill(`${editor} [data-field="record.start"]`, '21:00');
  await g.fill(`${editor} [data-field="record.end"]`, '23:00');
  await g.click(`${editor} button[type=submit]`);
  await g.waitForSelector(`${editor} .toast.ok`);
  expect(lastRow(session.pg, 'Tuần tra')).toBe(before + 2);
  const row = rowOf('Tuần tra', id)!;
  expect([row.values['Giờ bắt đầu'], row.values['Giờ kết thúc']]).toEqual(['21:00', '23:00']);
  await g.click(`${editor} [data-role="close"]`);
  expect(await g.isVisible('#patrol')).toBe(true);
});

test('Sửa bản ghi vừa lưu in Hộ, nhân khẩu, tổ, thành viên picks the record just saved', async () => {
  const g = await openSidebar(session.page, 'Hộ, nhân khẩu, tổ, thành viên');
  await g.click('[role=tab][id="tab-teams"]');
  await g.fill('#form-teams [data-field="record.name"]', 'Tổ Bản Mới');
  await g.click('#form-teams button[type=submit]');
  await g.waitForSelector('#form-teams .toast.ok');
  const id = String(rowsFrom(session.pg, 'Tổ tự quản', lastRow(session.pg, 'Tổ tự quản'))[0].values['Mã tổ']);
  await g.click('#form-teams [data-role="edit-saved"]');
  expect(await g.inputValue('#pick-teams')).toBe(id);
  expect(await g.inputValue('#form-teams [data-field="record.name"]')).toBe('Tổ Bản Mới');
  await g.fill('#form-teams [data-field="record.area"]', 'Xóm Mới');
  await g.click('#form-teams button[type=submit]');
  await g.waitForFunction(
    (x) => (document.querySelector('#form-teams .toast.ok')?.textContent ?? '').includes(`Đã sửa ${x}`),
    id,
  );
  expect(rowOf('Tổ tự quản', id)!.values['Địa bàn phụ trách']).toBe('Xóm Mới');
});

describe('under an en-US browser', () => {
  let us: Session;
  beforeAll(async () => {
    us = await openPlayground(undefined, { locale: 'en-US' });
    us.page.setDefaultTimeout(15000);
  });
  afterAll(async () => {
    await us?.close();
  });

  test('Ghi tuần tra shows and takes dd/mm/yyyy and 24-hour times', async () => {
    const g = await openSidebar(us.page, 'Ghi tuần tra');
    expect(await g.evaluate(() => navigator.language)).toBe('en-US');
    expect(await g.inputValue('[data-field="date"]')).toBe(vnDay(today()));
    expect(await g.getAttribute('[data-field="date"]', 'placeholder')).toBe('dd/mm/yyyy');
    expect(await g.getAttribute('[data-field="start"]', 'placeholder')).toBe('HH:mm');
    // A day this side of the 12th, where mm/dd and dd/mm differ.
    const day = daysAgo(3);
    await g.fill('[data-field="date"]', `${Number(day.slice(8))}/${Number(day.slice(5, 7))}/${day.slice(0, 4)}`);
    await g.fill('[data-field="start"]', '8:00 PM');
    await g.fill('[data-field="end"]', '22h30');
    await g.selectOption('[data-field="teamId"]', 'T3');
    await g.click('button[type=submit]');
    expect(await g.textContent('[data-error-for="start"]')).toBe(
      'Giờ bắt đầu: "8:00 PM" không phải giờ hợp lệ, hãy nhập giờ 24 tiếng dạng HH:mm (ví dụ 19:30)',
    );
    await g.fill('[data-field="start"]', '20:00');
    const before = lastRow(us.pg, 'Tuần tra');
    await g.click('button[type=submit]');
    await g.waitForSelector('.toast.ok');
    const row = rowsFrom(us.pg, 'Tuần tra', before + 1)[0];
    expect([row.shown['Ngày'], row.values['Giờ bắt đầu'], row.values['Giờ kết thúc']]).toEqual([
      vnDay(day),
      '20:00',
      '22:30',
    ]);
    expect(us.errors).toEqual([]);
  });
});
