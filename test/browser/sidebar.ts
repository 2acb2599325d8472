/**
 * Helpers of the sidebar tests: the playground in Chromium, a menu item clicked, the
 * sidebar's frame once its form is usable, and the rows a save wrote, read back from the
 * emulated workbook by header.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { type Playground, type PlaygroundOptions, startPlayground } from '../../local/playground/server';
import { ensureDist } from '../playground/dist';
import { launchChromium } from './chromium';

export const OUT = path.resolve(__dirname, '..', '..', 'test-output');

export interface Session {
  pg: Playground;
  browser: Browser;
  page: Page;
  /** Uncaught errors of any page or frame. */
  errors: string[];
  /** Texts of alert()/confirm() dialogs any frame opened (all dismissed). */
  dialogs: string[];
  close(): Promise<void>;
}

/**
 * Starts the playground on a temp state file; `prepare` writes to the workbook before the page loads;
 * `locale` is the browser's (default `vi-VN`), `viewport` the page's (default 1300 × 900).
 */
export async function openPlayground(
  prepare?: (pg: Playground) => void,
  options: Pick<PlaygroundOptions, 'dist' | 'commune' | 'today'> & {
    locale?: string;
    viewport?: { width: number; height: number };
  } = {},
): Promise<Session> {
  const { locale = 'vi-VN', viewport = { width: 1300, height: 900 }, ...playgroundOptions } = options;
  if (!options.dist) ensureDist();
  mkdirSync(OUT, { recursive: true });
  const dir = mkdtempSync(path.join(os.tmpdir(), 'antt-forms-'));
  const pg = await startPlayground({
    port: 0,
    stateFile: path.join(dir, 'workbook.json'),
    quiet: true,
    reset: true,
    ...playgroundOptions,
  });
  prepare?.(pg);
  pg.save();
  const browser = await launchChromium();
  // The browser's locale (`en-US` shows what a page does where type=date would read mm/dd/yyyy).
  const page = await browser.newPage({ viewport, locale });
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pg.url);
  await page.waitForSelector('body[data-ready="true"]');
  return {
    pg,
    browser,
    page,
    errors,
    dialogs,
    async close() {
      await browser.close();
      await pg.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Clicks ANTT tự quản › `item` and returns the sidebar's frame once its form is usable. */
export async function openSidebar(page: Page, item: string): Promise<Frame> {
  const open = page.locator('#sidebar .sidebar-panel');
  const before = (await open.count()) ? await open.getAttribute('data-page') : null;
  await page.locator('.menu-button', { hasText: 'ANTT tự quản' }).click();
  await page.locator('.menu.open .menu-item', { hasText: item }).first().click();
  const panel = page.locator(`#sidebar .sidebar-panel${before ? `:not([data-page="${before}"])` : ''}`);
  await panel.waitFor();
  const frame = await (await panel.locator('iframe.page-frame').elementHandle())!.contentFrame();
  if (!frame) throw new Error('no sidebar frame');
  await frame.waitForSelector('body[data-ready="true"]');
  return frame;
}

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export function sheetOf(pg: Playground, name: string): Sheet {
  const s = pg.env.spreadsheet.getSheetByName(name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s as unknown as Sheet;
}

export function lastRow(pg: Playground, name: string): number {
  return sheetOf(pg, name).getLastRow();
}

/** Rows `from`..last of a sheet as objects keyed by header: raw values and display texts. */
export function rowsFrom(
  pg: Playground,
  name: string,
  from: number,
): { values: Record<string, unknown>; shown: Record<string, string> }[] {
  const sh = sheetOf(pg, name);
  const last = sh.getLastRow();
  if (last < from) return [];
  const width = sh.getLastColumn();
  const header = sh.getRange(1, 1, 1, width).getValues()[0].map(String);
  const range = sh.getRange(from, 1, last - from + 1, width);
  const values = range.getValues();
  const shown = range.getDisplayValues();
  return values.map((row, i) => ({
    values: Object.fromEntries(header.map((h, j) => [h, row[j]])),
    shown: Object.fromEntries(header.map((h, j) => [h, shown[i][j]])),
  }));
}

/** Column values of a sheet by header (rows 2..last). */
export function columnValues(pg: Playground, name: string, header: string): unknown[] {
  const sh = sheetOf(pg, name);
  const width = sh.getLastColumn();
  const col = sh.getRange(1, 1, 1, width).getValues()[0].indexOf(header) + 1;
  if (col === 0) throw new Error(`no column ${header} in ${name}`);
  const n = sh.getLastRow() - 1;
  return n > 0
    ? sh
        .getRange(2, col, n, 1)
        .getValues()
        .map((r) => r[0])
    : [];
}

/** Appends one row to a sheet from values keyed by header (other columns blank). */
export function appendByHeader(pg: Playground, name: string, record: Record<string, unknown>): void {
  const sh = sheetOf(pg, name);
  const header = sh.getRange(1, 1, 1, sh.getLastColumn()).getValues()[0].map(String);
  for (const k of Object.keys(record)) if (!header.includes(k)) throw new Error(`no column ${k} in ${name}`);
  sh.appendRow(header.map((h) => record[h] ?? ''));
}

/** Today in the spreadsheet's zone, `YYYY-MM-DD`, and a day `n` days before it. */
export const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date());
export const daysAgo = (n: number) =>
  new Date(Date.parse(`${today()}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);

/** dd/mm/yyyy of an ISO day (how date cells show). */
export const vnDay = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The whole sidebar page at 300 px wide, freshly opened in its own tab (full height) → test-output/<name>.png. */
export async function screenshotAt300(
  s: Session,
  frame: Frame,
  name: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<void> {
  const page = await s.browser.newPage({ viewport: { width: 300, height: 700 }, locale: 'vi-VN' });
  try {
    await page.goto(frame.url());
    await page.waitForSelector('body[data-ready="true"]');
    await prepare?.(page);
    // A viewport as tall as the page (rather than fullPage), so that lists drawn only when on screen are drawn.
    const height = Number(await page.evaluate('document.documentElement.scrollHeight'));
    await page.setViewportSize({ width: 300, height: Math.min(Math.max(height, 700), 8000) });
    await page.screenshot({ path: path.join(OUT, `${name}.png`) });
  } finally {
    await page.close();
  }
}
