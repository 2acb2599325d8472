/**
 * "Tạo thông báo" in the playground, in headless Chromium: the dialog (period presets,
 * preview of the figures and of section 3, field errors), one click to the Doc, the link
 * back, and the printable A4 preview of the Doc drawn from its attributes. The preview's
 * screenshot is test-output/notice-preview.png. The custom template shown before it is used
 * (title, owner, first lines, trusted or why not): docs/notice-template-trust.png.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { startPlayground, type Playground } from '../../local/playground/server';
import { settingDef } from '../../src/domain/settings';
import { ensureDist } from '../playground/dist';
import { launchChromium } from './chromium';

jest.setTimeout(90000);

const OUT = path.resolve(__dirname, '..', '..', 'test-output');
const XSS = '<img src=x onerror=window.__pwned=1>';

let pg: Playground;
let browser: Browser;
let page: Page;
let dir: string;
const pageErrors: string[] = [];

async function openDialog(): Promise<Frame> {
  await page.locator('.menu-button', { hasText: 'ANTT tự quản' }).click();
  await page.locator('.menu.open .menu-item', { hasText: 'Tạo thông báo' }).click();
  const handle = await page.waitForSelector('.dialog iframe.page-frame');
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('dl.figures');
  return frame;
}

/** Opens the dialog again (a new page, with the settings as they are now) and returns its frame. */
async function reopenDialog(): Promise<Frame> {
  const frames = page.locator('.dialog iframe.page-frame');
  const before = (await frames.count()) ? await frames.getAttribute('src') : null;
  if (before !== null) await page.locator('.dialog .panel-close').click();
  await page.locator('.menu-button', { hasText: 'ANTT tự quản' }).click();
  await page.locator('.menu.open .menu-item', { hasText: 'Tạo thông báo' }).click();
  await page.waitForFunction((old) => {
    const f = document.querySelector('.dialog iframe.page-frame');
    return !!f && f.getAttribute('src') !== old;
  }, before);
  const frame = await (await page.waitForSelector('.dialog iframe.page-frame')).contentFrame();
  if (!frame) throw new Error('no frame');
  await frame.waitForSelector('dl.figures');
  return frame;
}

/** Clicks the preview link of the `n`-th Doc notice and returns the preview page once paginated. */
async function openPreview(n: number): Promise<Page> {
  const link = page.locator('.message.doc a.doc-preview').nth(n - 1);
  await link.waitFor();
  const [preview] = await Promise.all([page.context().waitForEvent('page'), link.click()]);
  preview.on('pageerror', (e) => pageErrors.push(e.message));
  await preview.waitForSelector('body[data-paginated="true"]');
  return preview;
}

beforeAll(async () => {
  ensureDist();
  mkdirSync(OUT, { recursive: true });
  dir = mkdtempSync(path.join(os.tmpdir(), 'antt-notice-browser-'));
  // The sample village as of the notice's date (its records end on 15/06/2023).
  pg = await startPlayground({ port: 0, stateFile: path.join(dir, 'workbook.json'), quiet: true, today: '2023-06-20' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1360, height: 900 }, locale: 'vi-VN' });
  page.on('pageerror', (e) => pageErrors.push(e.message));
  await page.goto(pg.url);
  await page.waitForSelector('body[data-ready="true"]');
});

afterAll(async () => {
  await browser?.close();
  await pg?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

test('the dialog opens on "since founding" with the next number and previews the figures and section 3', async () => {
  const frame = await openDialog();
  expect(await frame.locator('#preset').inputValue()).toBe('founding');
  expect([
    await frame.locator('#from').inputValue(),
    await frame.locator('#to').inputValue(),
    await frame.locator('#issuedOn').inputValue(),
  ]).toEqual(['23/06/2021', '20/06/2023', '20/06/2023']);
  expect(await frame.locator('#number').inputValue()).toBe('1');
  expect(await frame.locator('#signer').inputValue()).toBe('Nguyễn Mạnh Tuấn');
  expect(await frame.locator('#recipients').inputValue()).toBe(
    'Thường trực BCĐ 138 tỉnh\nBCĐ 138 huyện\nUBND các xã, thị trấn\nLưu: VT, CAH',
  );
  await frame.waitForSelector('.results p');
  const results = (await frame.locator('.results').textContent()) ?? '';
  expect(results).toContain('tuần tra, kiểm soát 43 lượt với 209 lượt thành viên tham gia');
  expect(results).toContain('05 buổi với 1.700 học sinh');
  expect(await frame.locator('dl.figures').textContent()).toContain('91,5% (97/106)');
  // No template in the settings: the custom layout cannot be chosen, and says why.
  await expect(frame.locator('#layout-custom').isDisabled()).resolves.toBe(true);
  await frame.locator('#placeholders summary').click();
  expect(await frame.locator('#placeholders').textContent()).toContain('{{ty_le_cam_ket}}');
  // A preset changes the period and the preview.
  await frame.locator('#preset').selectOption('year');
  await expect(frame.locator('#from').inputValue()).resolves.toBe('01/01/2023');
  await frame.waitForFunction(() => !document.querySelector('.results')?.textContent?.includes('43 lượt với 209'));
  await frame.locator('#preset').selectOption('founding');
  await frame.waitForFunction(() => !!document.querySelector('.results')?.textContent?.includes('43 lượt với 209'));
});

test('a bad field is named and nothing is created', async () => {
  const frame = page.frames().find((f) => f.url().includes('/page/'))!;
  await frame.locator('#issuedOn').fill('');
  await frame.locator('#generate').click();
  // The answer comes back asynchronously (slower when the machine is busy): wait for it.
  await frame.waitForFunction(() => document.querySelector('#err-issuedOn')?.textContent !== '');
  await expect(frame.locator('#err-issuedOn').textContent()).resolves.toBe('Ngày ban hành: không được để trống');
  expect(pg.env.docs.size).toBe(0);
  await frame.locator('#issuedOn').fill('20/06/2023');
});

test('one click gives the Doc; the dialog shows its link and the next number', async () => {
  const frame = page.frames().find((f) => f.url().includes('/page/'))!;
  await frame.locator('#generate').click();
  await frame.waitForSelector('#doc-link');
  const [id] = [...pg.env.docs.keys()];
  expect(await frame.locator('#doc-link').getAttribute('href')).toContain(id);
  expect(await frame.locator('#result').textContent()).toContain(
    'Thông báo kết quả mô hình Thôn Pác Khuông tự quản về ANTT – 20/06/2023',
  );
  expect(await frame.locator('#result').textContent()).toContain('Chèn › Số trang');
  expect(await frame.locator('#number').inputValue()).toBe('2');
  await page.screenshot({ path: path.join(OUT, 'notice-dialog.png') });
});

test('the playground previews the Doc as printable A4 pages drawn from its attributes', async () => {
  const preview = await openPreview(1);
  await preview.setViewportSize({ width: 1000, height: 1200 });
  const pages = preview.locator('.page');
  expect(await pages.count()).toBeGreaterThanOrEqual(3);
  const box = (await pages.first().boundingBox())!;
  expect(box.width).toBeCloseTo((210 / 25.4) * 96, 0);
  expect(box.height).toBeGreaterThanOrEqual((297 / 25.4) * 96 - 1);
  const first = (await pages.first().textContent()) ?? '';
  for (const s of [
    'UBND HUYỆN BÌNH GIA',
    'BAN CHỈ ĐẠO 138',
    'Số: 01/TB-BCĐ',
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Bình Gia, ngày 20 tháng 6 năm 2023',
    'THÔNG BÁO',
    '1. Đặc điểm tình hình',
  ])
    expect(first).toContain(s);
  const all = (await preview.locator('#pages').textContent()) ?? '';
  for (const s of [
    'Phối hợp quản lý giáo dục 02 đối tượng tù tha, 02 án treo',
    '05 mắt Camera',
    'nhắc nhở 43 trường hợp có hành vi kinh doanh quá giờ quy định; 07 trường hợp',
    '05 buổi với 1.700 học sinh',
    './.',
    'Nơi nhận:',
    'Nguyễn Mạnh Tuấn',
  ])
    expect(all).toContain(s);

  // The CSS comes from the Doc's attributes: 14 pt justified body with a 36 pt first-line indent, page padding =
  // margins.
  const css = await preview.evaluate(() => {
    const heading = [...document.querySelectorAll('p.block')].find((p) => p.textContent === '1. Đặc điểm tình hình')!;
    const bodyP = heading.nextElementSibling as HTMLElement;
    const span = bodyP.querySelector('span')!;
    const title = [...document.querySelectorAll('p.block')].find((p) => p.textContent === 'THÔNG BÁO')!;
    const s = getComputedStyle(bodyP);
    const page = getComputedStyle(document.querySelector('.page')!);
    const table = document.querySelector('table.block')!;
    return {
      size: getComputedStyle(span).fontSize,
      family: getComputedStyle(span).fontFamily,
      align: s.textAlign,
      indent: s.textIndent,
      after: s.marginBottom,
      headingWeight: getComputedStyle(heading.querySelector('span')!).fontWeight,
      titleAlign: getComputedStyle(title).textAlign,
      padding: [page.paddingTop, page.paddingRight, page.paddingBottom, page.paddingLeft],
      tableBorder: getComputedStyle(table.querySelector('td')!).borderTopStyle,
      columns: table.querySelectorAll('tr:first-child > td').length,
      pageRule: [...document.styleSheets[0].cssRules].some(
        (r) => r.constructor.name === 'CSSPageRule' && /size/.test(r.cssText),
      ),
    };
  });
  const px = (pt: number) => `${Math.round(((pt * 96) / 72) * 1000) / 1000}px`;
  expect(css).toMatchObject({
    size: '18.6667px',
    align: 'justify',
    indent: '48px',
    after: '8px',
    headingWeight: '700',
    titleAlign: 'center',
    tableBorder: 'none',
    columns: 2,
    pageRule: true,
  });
  expect(css.family).toContain('Times New Roman');
  expect(css.padding.map((p) => Math.round(parseFloat(p)))).toEqual(
    [56.69, 42.52, 56.69, 85.04].map((pt) => Math.round(parseFloat(px(pt)))),
  );

  await preview.screenshot({ path: path.join(OUT, 'notice-preview.png') });
  await pages.nth(1).screenshot({ path: path.join(OUT, 'notice-preview-results.png') });
  // Printing: no toolbar, the browser paginates with @page.
  await preview.emulateMedia({ media: 'print' });
  await expect(preview.locator('.toolbar').isVisible()).resolves.toBe(false);
  await preview.close();
  expect(pageErrors).toEqual([]);
});

test('text from the sheets is escaped in the preview', async () => {
  const sheet = pg.env.spreadsheet.getSheetByName('Cài đặt')!;
  const values = sheet.getDataRange().getValues();
  const row = values.findIndex((r) => r[0] === settingDef('co_quan_chu_quan')!.label) + 1;
  sheet.getRange(row, 2).setValue(XSS);
  pg.save();
  const frame = page.frames().find((f) => f.url().includes('/page/'))!;
  await frame.locator('#generate').click();
  await frame.waitForFunction(
    () => document.querySelector('#number') && (document.querySelector('#number') as HTMLInputElement).value === '3',
  );
  const preview = await openPreview(2);
  expect(await preview.locator('.page').first().textContent()).toContain(XSS.toLocaleUpperCase('vi'));
  expect(await preview.locator('img').count()).toBe(0);
  expect(await preview.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  await preview.close();
  expect(pageErrors).toEqual([]);
  const missing = await page.request.get(new URL('/doc/doc-999999', pg.url).toString());
  expect(missing.status()).toBe(404);
  const [id] = [...pg.env.docs.keys()];
  const served = await page.request.get(new URL(`/doc/${id}`, pg.url).toString());
  expect(served.headers()['content-security-policy']).toContain("script-src 'self'");
});

test('the custom template is shown before it is used; an untrusted one cannot be generated from', async () => {
  const env = pg.env;
  const owner = env.ctx.user.email;
  const app = env.globals.DocumentApp as GoogleAppsScript.Document.DocumentApp;
  // Another editor's own Doc, in their Drive, written into Cài đặt › Mẫu thông báo.
  env.setUser('pho.ban@example.com');
  const id = env.counter.quiet(() => {
    const doc = app.create(`Mẫu tự làm ${XSS}`);
    const body = doc.getBody();
    body.getChild(0).asParagraph().setText('');
    for (const p of ['THÔNG BÁO {{so_ky_hieu}}', '', XSS, 'Thôn có {{so_ho}} hộ', 'Dòng thứ tư không hiện'])
      body.appendParagraph(p);
    doc.saveAndClose();
    return doc.getId();
  });
  env.setUser(owner);
  const sheet = env.spreadsheet.getSheetByName('Cài đặt')!;
  const row =
    sheet
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === settingDef('mau_thong_bao')!.label) + 1;
  sheet.getRange(row, 2).setValue(`https://docs.google.com/document/d/${id}/edit`);
  pg.save();
  const docs = env.docs.size;

  let frame = await reopenDialog();
  await frame.waitForSelector('#template-info .template');
  await expect(frame.locator('#template-title').textContent()).resolves.toBe(`Mẫu tự làm ${XSS}`);
  await expect(frame.locator('#template-owner').textContent()).resolves.toBe('pho.ban@example.com');
  expect(await frame.locator('#template-lines li').allTextContents()).toEqual([
    'THÔNG BÁO {{so_ky_hieu}}',
    XSS,
    'Thôn có {{so_ho}} hộ',
  ]);
  expect(await frame.locator('#template-info img').count()).toBe(0);
  expect(await frame.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
  const reason =
    `Mẫu thuộc pho.ban@example.com, không phải chủ bảng tính (${owner}), ` +
    'và không nằm trong thư mục của bảng tính.';
  await expect(frame.locator('#template-info .verdict').textContent()).resolves.toBe(`Không dùng được: ${reason}`);
  // The built-in layout stays usable; choosing the custom one disables Generate, which says why.
  await expect(frame.locator('#generate').isDisabled()).resolves.toBe(false);
  await frame.locator('#layout-custom').check();
  await expect(frame.locator('#generate').isDisabled()).resolves.toBe(true);
  await expect(frame.locator('#generate-note').textContent()).resolves.toBe(
    `Không tạo được bằng mẫu riêng này: ${reason} Hãy chọn mẫu có sẵn, hoặc sửa mục Mẫu thông báo.`,
  );
  await frame.locator('#generate-note').scrollIntoViewIfNeeded();
  // The playground's toasts and Doc messages of the earlier tests would cover the dialog.
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('.toast, .message')) el.remove();
  });
  await page
    .locator('.dialog')
    .screenshot({ path: path.resolve(__dirname, '..', '..', 'docs', 'notice-template-trust.png') });
  await frame.locator('#layout-builtin').check();
  await expect(frame.locator('#generate').isDisabled()).resolves.toBe(false);
  await expect(frame.locator('#generate-note').textContent()).resolves.toBe('');
  expect(env.docs.size).toBe(docs);

  // The same Doc in the spreadsheet's folder: trusted, and a notice is made from it.
  const folder = env.drive.registerFolder({ name: 'ANTT thôn Pác Khuông' });
  env.drive.file(env.spreadsheet.getId()).parents = [folder.id];
  env.drive.file(id).parents = [folder.id];
  frame = await reopenDialog();
  await frame.waitForSelector('#template-info .template.trusted');
  await expect(frame.locator('#template-info .verdict').textContent()).resolves.toBe(
    'Dùng được: Mẫu nằm trong thư mục của bảng tính ("ANTT thôn Pác Khuông").',
  );
  await frame.locator('#layout-custom').check();
  await expect(frame.locator('#generate').isDisabled()).resolves.toBe(false);
  await frame.locator('#generate').click();
  await frame.waitForSelector('#doc-link');
  expect(env.docs.size).toBe(docs + 1);
  await page.screenshot({ path: path.join(OUT, 'notice-template-trusted.png') });
  expect(pageErrors).toEqual([]);
});

test('a period before the founding day is named on "Đến ngày"; two issuers are warned of and refused', async () => {
  const env = pg.env;
  let frame = await reopenDialog();
  const docs = env.docs.size;
  await frame.locator('#from').fill('01/01/2020');
  await frame.locator('#to').fill('31/01/2020');
  await frame.locator('#to').press('Tab');
  await frame.waitForFunction(() => document.querySelector('#err-to')?.textContent !== '');
  await expect(frame.locator('#err-to').textContent()).resolves.toBe(
    'Kỳ kết thúc ngày 31/01/2020, trước ngày thành lập mô hình (23/06/2021, mục Ngày thành lập mô hình trong ' +
      'trang Cài đặt): chưa có mô hình để thông báo. Hãy chọn kỳ kết thúc từ ngày 23/06/2021 trở đi.',
  );
  await frame.locator('#generate').click();
  await frame.waitForFunction(() => document.querySelector('#status')?.textContent?.includes('sửa'));
  expect(env.docs.size).toBe(docs);

  // The level moved to "từ 01/7/2025" with the sample's district rows kept.
  const sheet = env.spreadsheet.getSheetByName('Cài đặt')!;
  const rows = sheet.getDataRange().getValues();
  const set = (key: string, v: string) =>
    sheet.getRange(rows.findIndex((r) => r[0] === settingDef(key)!.label) + 1, 2).setValue(v);
  set('cap_hanh_chinh', 'từ 01/7/2025');
  pg.save();
  frame = await reopenDialog();
  await frame.waitForSelector('#preview .warning');
  const warning = (await frame.locator('#preview .warning').first().textContent()) ?? '';
  // (Cơ quan chủ quản holds the escaping test's text by now: not a district body.)
  for (const s of ['Cơ quan ban hành (“BAN CHỈ ĐẠO 138”)', 'Ký hiệu văn bản (“TB-BCĐ”)', 'Địa danh (“Bình Gia”)'])
    expect(warning).toContain(s);
  expect(warning).not.toContain('Cơ quan chủ quản');
  await frame.locator('#generate').click();
  await frame.waitForFunction(() => document.querySelector('#err-settings')?.textContent !== '');
  expect(await frame.locator('#err-settings').textContent()).toContain('Chức vụ kiêm nhiệm (“CHỦ TỊCH UBND HUYỆN”)');
  expect(await frame.locator('#err-authority').textContent()).toContain('“TRƯỞNG BAN”');
  expect(await frame.locator('#err-recipients').textContent()).toContain('BCĐ 138 huyện');
  expect(env.docs.size).toBe(docs);
  await page.evaluate(() => {
    for (const el of document.querySelectorAll('.toast, .message')) el.remove();
  });
  await page.locator('.dialog').screenshot({ path: path.join(OUT, 'notice-two-issuers.png') });
  set('cap_hanh_chinh', 'trước 01/7/2025');
  pg.save();
  expect(pageErrors).toEqual([]);
});
