/**
 * "Tự đánh giá khu dân cư an toàn (TT 124)" in the playground (issue 17), in headless Chromium, with the sample village
 * up to its today (07/12/2026): the sidebar assesses 2025 (01/11/2024 – 31/10/2025) criterion by criterion with its
 * badge, reason and evidence (ids, days, kinds — no incident summary), takes the board's review of criterion 2, and
 * makes the Doc "Bản tự đánh giá", shown in the playground's A4 preview. Screenshots: docs/tt124-sidebar.png (the
 * result), docs/tt124-sidebar-2.png (criteria 3–4), docs/tt124-doc.png (first page of the Doc), docs/tt124-doc-2.png
 * (its second page).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Playground } from '../../local/playground/server';
import { openPlayground, openSidebar, type Session } from './sidebar';

jest.setTimeout(120000);

const DOCS = path.resolve(__dirname, '..', '..', 'docs');

let session: Session;
let page: Page;
let pg: Playground;

beforeAll(async () => {
  mkdirSync(DOCS, { recursive: true });
  session = await openPlayground(undefined, { today: '2026-12-07', viewport: { width: 1360, height: 1000 } });
  ({ page, pg } = session);
});

afterAll(async () => {
  await session?.close();
});

/** The sample's incident summaries (they must never be shown). */
function summaries(): string[] {
  const rows = pg.env.spreadsheet.getSheetByName('Vụ việc')!.getDataRange().getValues();
  const col = rows[0].indexOf('Tóm tắt');
  return rows.slice(1).map((r) => String(r[col]));
}

const assessed = (f: Frame, key: string) =>
  f.waitForFunction((k) => document.body.dataset.assessed === k, key, { timeout: 30000 });

test('the sidebar assesses 2025 criterion by criterion, with the evidence behind each', async () => {
  const frame = await openSidebar(page, 'Tự đánh giá khu dân cư an toàn (TT 124)');
  // Today 07/12/2026: the year shown first is 2026 (01/11/2025 – 31/10/2026).
  await assessed(frame, '2026:2025-11-01:2026-10-31:insufficient');
  expect(await frame.locator('#year').inputValue()).toBe('2026');
  await frame.locator('#year').selectOption('2025');
  await assessed(frame, '2025:2024-11-01:2025-10-31:insufficient');
  expect(await frame.locator('#status').textContent()).toBe(
    'Kỳ đánh giá: 01/11/2024 – 31/10/2025; so với cùng kỳ năm trước: 01/11/2023 – 31/10/2024.',
  );
  expect(await frame.locator('#criterion-2 .reason').textContent()).toMatch(/^Cần khu dân cư tự nhận xét/);
  await frame.locator('#policy').selectOption('met');
  await assessed(frame, '2025:2024-11-01:2025-10-31:met');
  const statuses = await frame
    .locator('li.criterion')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-status')));
  expect(statuses).toEqual(SIDEBAR_2025.statuses);
  expect(await frame.locator('#overall').textContent()).toBe(SIDEBAR_2025.overall);
  expect(await frame.locator('#criterion-1 .badge').textContent()).toBe('Đạt');
  const c4 = (await frame.locator('#criterion-4').textContent()) ?? '';
  expect(c4).toContain(SIDEBAR_2025.c4record);
  expect(c4).toContain('Cách hiểu chưa xác minh');
  const all = (await frame.locator('#assessment').textContent()) ?? '';
  for (const s of summaries()) expect([s, all.includes(s)]).toEqual([s, false]);
  // The sidebar scrolled to the result, beside the incident register.
  await page.locator('#tabs .tab[data-sheet="Vụ việc"]').click();
  await frame.evaluate(() => document.querySelector('#overall')?.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(DOCS, 'tt124-sidebar.png') });
  await frame.evaluate(() => document.querySelector('#criterion-3')?.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: path.join(DOCS, 'tt124-sidebar-2.png') });
  expect(session.errors).toEqual([]);
});

test('a wrong day is named in Vietnamese; the Doc is made and shown in the A4 preview', async () => {
  const handle = await page.locator('#sidebar .sidebar-panel iframe.page-frame').elementHandle();
  const frame = (await handle!.contentFrame())!;
  await frame.locator('#to').fill('31/13/2025');
  await frame.locator('#to').dispatchEvent('change');
  await frame.waitForFunction(() => !!document.querySelector('#err-to')?.textContent);
  expect(await frame.locator('#err-to').textContent()).toBe('Đến ngày: "31/13/2025" không phải ngày hợp lệ');
  await frame.locator('#to').fill('');
  await frame.locator('#to').dispatchEvent('change');
  await assessed(frame, '2025:2024-11-01:2025-10-31:met');
  await frame.locator('#issuedOn').fill('05/11/2025');
  await frame.locator('#generate').click();
  await frame.waitForSelector('#doc-link');
  const docId = [...pg.env.docs.keys()].pop()!;
  expect(await frame.locator('#doc-link').getAttribute('href')).toContain(docId);
  expect(await frame.locator('#pdf-link').getAttribute('href')).toBeTruthy();

  await page.waitForSelector('.message.doc a.doc-preview');
  const link = page.locator('.message.doc a.doc-preview').last();
  const [preview] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  preview.on('pageerror', (e) => session.errors.push(e.message));
  await preview.waitForSelector('body[data-paginated="true"]');
  await preview.setViewportSize({ width: 1000, height: 1250 });
  const text = (await preview.locator('#pages').textContent()) ?? '';
  expect(text).toContain('BẢN TỰ ĐÁNH GIÁ');
  expect(text).toContain('Kính gửi: Ủy ban nhân dân xã Thiện Thuật.');
  expect(text).toContain('Thiện Thuật, ngày 05 tháng 11 năm 2025');
  expect(text).toContain(SIDEBAR_2025.docConclusion);
  for (const s of summaries()) expect([s, text.includes(s)]).toEqual([s, false]);
  const pages = preview.locator('.page');
  await pages.first().screenshot({ path: path.join(DOCS, 'tt124-doc.png') });
  if ((await pages.count()) > 1) await pages.nth(1).screenshot({ path: path.join(DOCS, 'tt124-doc-2.png') });
  await preview.close();
  expect(session.errors).toEqual([]);
});

const SIDEBAR_2025 = {
  statuses: ['met', 'met', 'notMet', 'notMet', 'met'],
  overall: 'Kết quả chung: Chưa đạt',
  c4record: 'VV-0011 ngày 04/09/2025, Ma tuý',
  docConclusion: 'thôn Pác Khuông tự đánh giá: CHƯA ĐẠT tiêu chuẩn “An toàn về an ninh, trật tự” năm 2025',
};
