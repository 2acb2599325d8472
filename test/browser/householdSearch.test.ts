/**
 * Issue 15 part 3 in real Chromium, through the playground: at village size every data-entry sidebar is usable
 * without one call to the server (its data inlined); beyond 1,000 households the household pickers search the
 * server as the user types ("Đang tìm…", "Không tìm thấy"), and a household found is picked and signed.
 */
import type { Frame, Request } from 'playwright-core';
import { HOUSEHOLDS_INLINE_MAX } from '../../src/domain/householdSearch';
import { defaultLists } from '../../src/domain/lists';
import {
  appendByHeader,
  columnValues,
  lastRow,
  openPlayground,
  openSidebar,
  rowsFrom,
  type Session,
  sheetOf,
  today,
} from './sidebar';

const YEAR = Number(today().slice(0, 4));

jest.setTimeout(180_000);

/** The server functions a page called (`google.script.run`, POST /api/run), in order. */
function recordCalls(session: Session): { fns: string[]; stop(): void } {
  const fns: string[] = [];
  const listen = (r: Request) => {
    if (r.method() === 'POST' && new URL(r.url()).pathname === '/api/run') fns.push(String(r.postDataJSON()?.fn));
  };
  session.page.on('request', listen);
  return { fns, stop: () => session.page.off('request', listen) };
}

describe('at village size (the sample, about 100 households)', () => {
  let session: Session;
  beforeAll(async () => {
    session = await openPlayground();
  });
  afterAll(async () => {
    await session?.close();
  });

  it.each(['Ghi tuần tra', 'Ký cam kết', 'Ghi hoạt động', 'Hộ, nhân khẩu, tổ, thành viên'])(
    '%s: usable with no call to the server, every household listed',
    async (item) => {
      const calls = recordCalls(session);
      const f = await openSidebar(session.page, item);
      await f.waitForTimeout(500);
      calls.stop();
      expect(calls.fns).toEqual([]);
      expect(session.errors).toEqual([]);
      const boot = (await f.evaluate('window.__BOOT__')) as { householdSearch: boolean; households: unknown[] };
      expect(boot.householdSearch).toBe(false);
      expect(boot.households.length).toBeGreaterThan(90);
      if (item === 'Ký cam kết')
        expect(await f.locator('fieldset[data-field="householdIds"] .item').count()).toBe(boot.households.length);
    },
  );
});

describe('beyond 1,000 households', () => {
  let session: Session;
  const EXTRA = HOUSEHOLDS_INLINE_MAX + 100;
  beforeAll(async () => {
    session = await openPlayground((pg) => {
      const sheet = sheetOf(pg, 'Hộ gia đình');
      const header = sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0].map(String);
      const row = (id: string, head: string, team: string, address: string) =>
        header.map((h) =>
          h === 'Mã hộ' ? id : h === 'Chủ hộ' ? head : h === 'Tổ' ? team : h === 'Địa chỉ' ? address : '',
        );
      const rows = Array.from({ length: EXTRA }, (_, i) => row(`H${5000 + i}`, `Nguyễn Văn Thử ${i}`, 'T1', 'Xóm Mới'));
      rows.push(row('H9001', 'Đặng Thị Huyền', 'T2', 'Xóm Nà Phạ'), row('H9002', 'Đặng Văn Ký', 'T2', 'Xóm Nà Phạ'));
      const from = sheet.getLastRow() + 1;
      if (from + rows.length > sheet.getMaxRows()) sheet.insertRowsAfter(sheet.getMaxRows(), from + rows.length);
      sheet.getRange(from, 1, rows.length, header.length).setValues(rows);
      // H9002 signed every required commitment this year.
      for (const type of defaultLists().requiredCommitments)
        appendByHeader(pg, 'Cam kết', { 'Mã hộ': 'H9002', 'Loại cam kết': type, Năm: YEAR, 'Trạng thái': 'Đã ký' });
    });
  });
  afterAll(async () => {
    await session?.close();
  });

  /** Types into the household checklist's search and waits for the server's answer. */
  async function search(f: Frame, text: string): Promise<void> {
    const box = f.locator('fieldset[data-field="householdIds"] input.search');
    await box.fill('');
    await box.pressSequentially(text, { delay: 20 });
    expect(await f.locator('fieldset[data-field="householdIds"] .no-match').textContent()).toBe('Đang tìm…');
    await f.waitForFunction(() => !document.querySelector('fieldset[data-field="householdIds"][aria-busy]'));
  }

  it('Ký cam kết: types a name without accents, sees "Đang tìm…", picks the household found and signs it', async () => {
    const total = (columnValues(session.pg, 'Hộ gia đình', 'Mã hộ') as string[]).filter(Boolean).length;
    const calls = recordCalls(session);
    const f = await openSidebar(session.page, 'Ký cam kết');
    expect(calls.fns).toEqual([]); // usable at once: the search asks only when the user types
    const list = f.locator('fieldset[data-field="householdIds"]');
    const status = list.locator('.no-match');
    expect(await list.locator('.item').count()).toBe(0);
    expect(await status.textContent()).toMatch(/^Có \d+ hộ: gõ để tìm rồi chọn\.$/);
    const boot = (await f.evaluate('window.__BOOT__')) as { householdCount: number; householdSearch: boolean };
    expect(boot.householdSearch).toBe(true);
    expect(boot.householdCount).toBeGreaterThan(HOUSEHOLDS_INLINE_MAX);
    expect(boot.householdCount).toBeLessThanOrEqual(total);
    expect(await f.locator('#signed-count').textContent()).toMatch(
      new RegExp(`^\\d+/${boot.householdCount} hộ đã ký$`),
    );
    const tally = Number((await f.locator('#signed-count').textContent())!.split('/')[0]);

    await search(f, 'dang thi huyen');
    const found = list.locator('.item:has(input[value="H9001"])');
    await found.waitFor();
    expect(await found.locator('.label').textContent()).toBe('Đặng Thị Huyền');
    expect(await list.locator('.item').count()).toBe(1);
    expect(await status.isHidden()).toBe(true);
    // One call per search, after the typing stopped (not one per key).
    expect(calls.fns).toEqual(['apiFindHouseholds']);

    await search(f, 'khong co ho nay');
    await f.waitForFunction(
      () => document.querySelector('fieldset[data-field="householdIds"] .no-match')?.textContent === 'Không tìm thấy',
    );
    expect(await list.locator('.item').count()).toBe(0);

    await search(f, 'Huyền');
    await found.waitFor();
    // Enter ticks the first household found.
    await list.locator('input.search').press('Enter');
    expect(await found.locator('input').isChecked()).toBe(true);
    await search(f, 'nguyen van thu 10');
    await f.waitForFunction(() =>
      /^Hiện 20 trong \d+ hộ khớp/.test(
        document.querySelector('fieldset[data-field="householdIds"] .no-match')?.textContent ?? '',
      ),
    );
    // The household picked stays in the list while others are found.
    expect(await found.locator('input').isChecked()).toBe(true);
    calls.stop();

    const from = lastRow(session.pg, 'Cam kết') + 1;
    await f.click('button[type=submit]');
    await f.waitForSelector('#toast:not([hidden])');
    expect(await f.locator('#toast .toast-text').textContent()).toContain('Đã ghi 4 cam kết');
    const rows = rowsFrom(session.pg, 'Cam kết', from);
    expect(rows.map((r) => r.values['Mã hộ'])).toEqual(['H9001', 'H9001', 'H9001', 'H9001']);
    expect(await f.locator('#signed-count').textContent()).toBe(`${tally + 1}/${boot.householdCount} hộ đã ký`);
    // The household just signed stays listed, done.
    expect(await list.locator('.item').count()).toBe(1);
    expect(await found.locator('.badge').textContent()).toBe('đã ký');

    // A household that signed before the page opened shows as signed when found (who signed comes with it).
    await search(f, 'dang van ky');
    const signed = list.locator('.item:has(input[value="H9002"])');
    expect(await signed.locator('.badge').textContent()).toBe('đã ký');
    expect(await signed.locator('input').isDisabled()).toBe(true);
    expect(await list.locator('.item').count()).toBe(1); // H9001, done and not picked, went
    expect(session.errors).toEqual([]);
  });

  it('Ký cam kết: "Chọn cả tổ" fetches a team of 1,100+ households, ticks the unsigned, signs them', async () => {
    const type = defaultLists().requiredCommitments[1];
    // A direct filter of the workbook: T1's active households that have not signed `type` this year.
    const iso = (shown: string) => shown.split('/').reverse().join('-');
    const day = today();
    const signed = new Set(
      rowsFrom(session.pg, 'Cam kết', 2)
        .filter(
          (r) =>
            Number(r.values.Năm) === YEAR && r.values['Loại cam kết'] === type && r.values['Trạng thái'] === 'Đã ký',
        )
        .map((r) => String(r.values['Mã hộ'])),
    );
    const want = rowsFrom(session.pg, 'Hộ gia đình', 2)
      .filter((r) => r.values.Tổ === 'T1')
      .filter((r) => !r.shown['Ngày đến'] || iso(r.shown['Ngày đến']) <= day)
      .filter((r) => !r.shown['Ngày chuyển đi'] || iso(r.shown['Ngày chuyển đi']) > day)
      .map((r) => String(r.values['Mã hộ']))
      .filter((id) => !signed.has(id));
    expect(want.length).toBeGreaterThan(HOUSEHOLDS_INLINE_MAX);

    const f = await openSidebar(session.page, 'Ký cam kết');
    await f.selectOption('select[data-field="type"]', type);
    const list = f.locator('fieldset[data-field="householdIds"]');
    const status = list.locator('.no-match');
    // Every team is listed with its "Chọn cả tổ" before anything is found.
    const group = list.locator('.group[data-group="T1"]');
    expect(await group.isVisible()).toBe(true);
    expect(await group.locator('.item').count()).toBe(0);
    const toggle = group.locator('.group-toggle');
    expect(await toggle.textContent()).toBe('Chọn cả tổ');

    // A failed call says why and ticks nothing.
    await session.page.route('**/api/run', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, error: 'Máy chủ đang bận, thử lại sau ít phút.' }),
      }),
    );
    await toggle.click();
    await f.waitForFunction(() => !document.querySelector('fieldset[data-field="householdIds"][aria-busy]'));
    await session.page.unroute('**/api/run');
    expect(await status.textContent()).toBe('Chưa tải được hộ của tổ: Máy chủ đang bận, thử lại sau ít phút.');
    expect(await list.locator('input:checked').count()).toBe(0);
    expect(await toggle.textContent()).toBe('Chọn cả tổ');

    const calls = recordCalls(session);
    // The answer is held until "Đang tải…" was seen.
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    await session.page.route('**/api/run', async (route) => {
      await held;
      await route.continue();
    });
    await toggle.click();
    expect(await toggle.textContent()).toBe('Đang tải…');
    expect(await toggle.isDisabled()).toBe(true);
    expect(await status.textContent()).toBe('Đang tải…');
    release();
    await f.waitForFunction(() => !document.querySelector('fieldset[data-field="householdIds"][aria-busy]'));
    await session.page.unroute('**/api/run');
    calls.stop();
    expect(calls.fns).toEqual(['apiFindHouseholds']);
    const label = await group.locator('.group-label').textContent();
    expect(await status.textContent()).toBe(`Đã chọn ${want.length} hộ của ${label}.`);
    expect(await list.locator('.count').textContent()).toBe(`Đã chọn ${want.length}`);
    expect(await toggle.textContent()).toBe('Bỏ cả tổ');
    const ticked = await group
      .locator('input:checked:not(:disabled)')
      .evaluateAll((xs) => xs.map((x) => (x as HTMLInputElement).value));
    expect(ticked.sort()).toEqual([...want].sort());
    // Those that signed it are listed done, not ticked again.
    expect(await group.locator('input:disabled').count()).toBe((await group.locator('.item').count()) - want.length);

    const from = lastRow(session.pg, 'Cam kết') + 1;
    await f.click('button[type=submit]');
    await f.waitForSelector('#toast:not([hidden])', { timeout: 120_000 });
    expect(await f.locator('#toast .toast-text').textContent()).toContain(`Đã ghi ${want.length} cam kết`);
    const rows = rowsFrom(session.pg, 'Cam kết', from);
    expect(rows.map((r) => r.values['Mã hộ']).sort()).toEqual([...want].sort());
    expect(new Set(rows.map((r) => `${r.values['Loại cam kết']} ${r.values.Năm} ${r.values['Trạng thái']}`))).toEqual(
      new Set([`${type} ${YEAR} Đã ký`]),
    );
    // Asked again, the team has none left to sign.
    await toggle.click();
    await f.waitForFunction(() => !document.querySelector('fieldset[data-field="householdIds"][aria-busy]'));
    expect(await status.textContent()).toBe(`${label}: không còn hộ nào để chọn.`);
    expect(await list.locator('input:checked:not(:disabled)').count()).toBe(0);
    expect(session.errors).toEqual([]);
  });

  it('Ký cam kết: "Chọn tất cả", nothing typed, fetches every household, ticks the unsigned, signs them', async () => {
    const type = defaultLists().requiredCommitments[2];
    const iso = (shown: string) => shown.split('/').reverse().join('-');
    const signed = new Set(
      rowsFrom(session.pg, 'Cam kết', 2)
        .filter(
          (r) =>
            Number(r.values.Năm) === YEAR && r.values['Loại cam kết'] === type && r.values['Trạng thái'] === 'Đã ký',
        )
        .map((r) => String(r.values['Mã hộ'])),
    );
    const active = rowsFrom(session.pg, 'Hộ gia đình', 2)
      .filter((r) => !r.shown['Ngày đến'] || iso(r.shown['Ngày đến']) <= today())
      .filter((r) => !r.shown['Ngày chuyển đi'] || iso(r.shown['Ngày chuyển đi']) > today())
      .map((r) => String(r.values['Mã hộ']));
    const want = active.filter((id) => !signed.has(id));
    const f = await openSidebar(session.page, 'Ký cam kết');
    await f.selectOption('select[data-field="type"]', type);
    const list = f.locator('fieldset[data-field="householdIds"]');
    const all = list.locator('.select-all');
    expect(await all.textContent()).toBe('Chọn tất cả');
    await all.click();
    await f.waitForFunction(() => !document.querySelector('fieldset[data-field="householdIds"][aria-busy]'));
    expect(await list.locator('.no-match').textContent()).toBe(`Đã chọn ${want.length} hộ.`);
    expect(await list.locator('.count').textContent()).toBe(`Đã chọn ${want.length}`);
    expect(await list.locator('.item').count()).toBe(active.length);
    expect(await all.textContent()).toBe('Bỏ chọn');
    const from = lastRow(session.pg, 'Cam kết') + 1;
    await f.click('button[type=submit]');
    await f.waitForSelector('#toast:not([hidden])', { timeout: 120_000 });
    const rows = rowsFrom(session.pg, 'Cam kết', from);
    expect(rows.map((r) => r.values['Mã hộ']).sort()).toEqual([...want].sort());
    expect(session.errors).toEqual([]);
  });

  it('Hộ, nhân khẩu…: the household to edit is found by typing; a resident joins a household typed by id', async () => {
    const calls = recordCalls(session);
    const f = await openSidebar(session.page, 'Hộ, nhân khẩu, tổ, thành viên');
    await f.waitForTimeout(500);
    expect(calls.fns).toEqual([]); // nothing fetched at open: households are found, residents follow their household
    const status = f.locator('#find-households + .hint');
    expect(await status.textContent()).toMatch(/^Có \d+ hộ: gõ để tìm rồi chọn\.$/);
    await f.locator('#find-households').pressSequentially('thu 1099', { delay: 20 });
    expect(await status.textContent()).toBe('Đang tìm…');
    await f.waitForSelector('#pick-households option[value="H6099"]', { state: 'attached' });
    await f.selectOption('#pick-households', 'H6099');
    expect(await f.inputValue('#form-households [data-field="record.head"]')).toBe('Nguyễn Văn Thử 1099');
    await f.fill('#form-households [data-field="record.address"]', 'Xóm Cũ');
    await f.click('#form-households button[type=submit]');
    await f.waitForSelector('#toast:not([hidden])');
    expect(await f.locator('#toast .toast-text').textContent()).toBe('Đã sửa H6099.');
    const row = rowsFrom(session.pg, 'Hộ gia đình', 2).find((r) => r.values['Mã hộ'] === 'H6099')!;
    expect([row.values['Chủ hộ'], row.values['Địa chỉ']]).toEqual(['Nguyễn Văn Thử 1099', 'Xóm Cũ']);

    await f.click('#tab-residents');
    const before = lastRow(session.pg, 'Nhân khẩu');
    await f.fill('#form-residents [data-field="record.householdId"]', 'H9001');
    await f.locator('#form-residents [data-field="record.householdId"]').dispatchEvent('change');
    await f.fill('#form-residents [data-field="record.name"]', 'Đặng Văn Con');
    await f.click('#form-residents button[type=submit]');
    await f.waitForFunction(() => /^Đã thêm /.test(document.querySelector('#toast .toast-text')?.textContent ?? ''));
    const [added] = rowsFrom(session.pg, 'Nhân khẩu', before + 1);
    expect([added.values['Mã hộ'], added.values['Họ tên']]).toEqual(['H9001', 'Đặng Văn Con']);
    calls.stop();
    // Which calls, not how many: the household's residents may be listed once or twice (typed, then changed).
    expect([...new Set(calls.fns.filter((fn) => fn !== 'apiSaveRecord'))]).toEqual([
      'apiFindHouseholds',
      'apiListRecords',
    ]);
    expect(session.errors).toEqual([]);
  });

  it("Ghi hoạt động: a session's households are found by typing and ticked; the head count follows", async () => {
    const f = await openSidebar(session.page, 'Ghi hoạt động');
    await f.click('#tab-session');
    const form = '#form-session';
    await f.selectOption(`${form} [data-field="form"]`, 'Họp thôn');
    const box = f.locator(`${form} fieldset[data-field="householdIds"] input.search`);
    await box.pressSequentially('xom na pha huyen', { delay: 20 });
    const found = f.locator(`${form} .item:has(input[value="H9001"])`);
    await found.waitFor();
    await found.locator('input').check();
    expect(await f.inputValue(`${form} [data-field="attendees"]`)).toBe('1');
    const before = lastRow(session.pg, 'Sinh hoạt, tuyên truyền');
    await f.click(`${form} button[type=submit]`);
    await f.waitForSelector('#toast:not([hidden])');
    const [row] = rowsFrom(session.pg, 'Sinh hoạt, tuyên truyền', before + 1);
    expect([row.values['Hộ tham dự'], row.values['Số người dự']]).toEqual(['H9001', 1]);
    expect(session.errors).toEqual([]);
  });

  it('Ghi hoạt động: "Chọn cả tổ" ticks every active household of the team; the head count follows', async () => {
    const iso = (shown: string) => shown.split('/').reverse().join('-');
    const want = rowsFrom(session.pg, 'Hộ gia đình', 2)
      .filter((r) => r.values.Tổ === 'T2')
      .filter((r) => !r.shown['Ngày đến'] || iso(r.shown['Ngày đến']) <= today())
      .filter((r) => !r.shown['Ngày chuyển đi'] || iso(r.shown['Ngày chuyển đi']) > today())
      .map((r) => String(r.values['Mã hộ']));
    expect(want).toEqual(expect.arrayContaining(['H9001', 'H9002']));
    const f = await openSidebar(session.page, 'Ghi hoạt động');
    await f.click('#tab-session');
    const form = '#form-session';
    // Neither the other session's form nor the phone's (the same form the same day would be a likely duplicate).
    await f.selectOption(`${form} [data-field="form"]`, 'Sinh hoạt chi bộ');
    const list = f.locator(`${form} fieldset[data-field="householdIds"]`);
    const group = list.locator('.group[data-group="T2"]');
    await group.locator('.group-toggle').click();
    await f.waitForFunction(
      () => !document.querySelector('#form-session fieldset[data-field="householdIds"][aria-busy]'),
    );
    const label = await group.locator('.group-label').textContent();
    expect(await list.locator('.no-match').textContent()).toBe(`Đã chọn ${want.length} hộ của ${label}.`);
    expect(await f.inputValue(`${form} [data-field="attendees"]`)).toBe(String(want.length));
    const before = lastRow(session.pg, 'Sinh hoạt, tuyên truyền');
    await f.click(`${form} button[type=submit]`);
    await f.waitForSelector('#toast:not([hidden])');
    const [row] = rowsFrom(session.pg, 'Sinh hoạt, tuyên truyền', before + 1);
    expect(String(row.values['Hộ tham dự']).split(/,\s*/).sort()).toEqual([...want].sort());
    expect(row.values['Số người dự']).toBe(want.length);
    expect(session.errors).toEqual([]);
  });

  it("phone: a session's attending household is found by search and saved; the page inlines none", async () => {
    const context = await session.browser.newContext({
      viewport: { width: 360, height: 640 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${session.pg.url}m/app?as=member`);
      await page.waitForSelector('body[data-ready="true"]');
      const boot = (await page.evaluate('window.__BOOT__')) as { households: unknown[]; householdSearch: boolean };
      expect([boot.households.length, boot.householdSearch]).toEqual([0, true]);
      await page.locator('#tab-session').tap();
      const form = page.locator('#phone-session');
      // Another form than the sidebar's session of today (the same form the same day would be a likely duplicate).
      await form.locator('select[data-field="form"]').selectOption('Tuyên truyền tại trường học');
      await form.locator('[data-field="householdIds"] input[type=search]').pressSequentially('huyen', { delay: 20 });
      const found = form.locator('[data-field="householdIds"] input[type=checkbox][value="H9001"]');
      await found.waitFor();
      await found.check();
      expect(await form.locator('input[data-field="attendees"]').inputValue()).toBe('1');
      const before = lastRow(session.pg, 'Sinh hoạt, tuyên truyền');
      await form.locator('button[type=submit]').tap();
      await page.waitForSelector('#toast.ok');
      const [row] = rowsFrom(session.pg, 'Sinh hoạt, tuyên truyền', before + 1);
      expect(row.values['Hộ tham dự']).toBe('H9001');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
