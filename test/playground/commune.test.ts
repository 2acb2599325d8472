/**
 * The commune playground (issue 18 part 6): three villages (the sample and two generated) and the commune's
 * spreadsheet in one emulator; the commune's update runs from the menu as on Google (openById resolved inside the
 * emulator), and a second start resumes every spreadsheet from the state file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from '../../local/playground/main';
import { type Playground, startPlayground } from '../../local/playground/server';
import { ensureDist } from './dist';

let dir: string;
let stateFile: string;

beforeAll(() => {
  ensureDist();
  dir = mkdtempSync(path.join(os.tmpdir(), 'antt-playground-commune-'));
  stateFile = path.join(dir, 'commune.json');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function menu(pg: Playground, fn: string): Promise<{ ok: boolean; error?: string }> {
  const res = await fetch(`${pg.url}api/menu`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ fn }),
  });
  return (await res.json()) as { ok: boolean; error?: string };
}

const statuses = (pg: Playground) =>
  pg.env.counter.quiet(() =>
    pg.env.spreadsheet
      .getSheetByName('Các thôn')!
      .getDataRange()
      .getValues()
      .slice(1)
      .map((r) => [r[1], r[2], r[5]]),
  );

test('--commune starts again as a commune', () => {
  expect(parseArgs(['--commune'], {})).toMatchObject({ commune: true, reset: true, empty: false });
});

test('the commune update runs in the playground and a second start resumes the commune and its villages', async () => {
  const first = await startPlayground({ port: 0, stateFile, quiet: true, commune: true, today: '2023-06-20' });
  try {
    expect(first.env.spreadsheets()).toHaveLength(4);
    expect(first.env.spreadsheet.getName()).toBe('Xã Thiện Thuật – các thôn');
    type Info = { menus: { items: { caption?: string }[] }[] };
    const info = (await (await fetch(`${first.url}api/workbook`)).json()) as Info;
    expect(info.menus.at(-1)!.items.map((i) => i.caption ?? '—')).toContain('Cập nhật số liệu các thôn');
    // The prompt is answered with OK and no text: this year up to today.
    expect((await menu(first, 'menuCommuneUpdate')).ok).toBe(true);
    expect(statuses(first)).toEqual([
      ['Pác Khuông', 'Đã cập nhật', '01/01/2023 – 20/06/2023'],
      ['Nà Vường', 'Đã cập nhật', '01/01/2023 – 20/06/2023'],
      ['Khuổi Cuồng', 'Đã cập nhật', '01/01/2023 – 20/06/2023'],
    ]);
    expect(first.env.spreadsheet.getSheetByName('Tổng hợp xã')!.getCharts()).toHaveLength(1);
    expect((await menu(first, 'menuCommuneReport')).ok).toBe(true);
  } finally {
    await first.close();
  }
  const second = await startPlayground({ port: 0, stateFile, quiet: true, today: '2023-06-20' });
  try {
    expect(second.env.spreadsheets()).toHaveLength(4);
    expect(second.env.spreadsheet.getName()).toBe('Xã Thiện Thuật – các thôn');
    expect(second.env.ctx.user.email).toBe('congan@example.com');
    expect(statuses(second)[0][1]).toBe('Đã cập nhật');
    // A village can be opened from the page, as its owner: its own menu and sheets; then back to the commune.
    const village = second.env.spreadsheets().find((s) => s.getName().startsWith('Thôn Nà Vường'))!;
    const commune = second.env.spreadsheet.getId();
    const open = async (id: string) =>
      (await (
        await fetch(`${second.url}api/spreadsheet`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ id }),
        })
      ).json()) as { ok: boolean };
    expect((await open(village.getId())).ok).toBe(true);
    const wb = (await (await fetch(`${second.url}api/workbook`)).json()) as {
      id: string;
      spreadsheets: { id: string }[];
      menus: { items: { functionName?: string }[] }[];
    };
    expect(wb.id).toBe(village.getId());
    expect(wb.spreadsheets).toHaveLength(4);
    expect(wb.menus).toHaveLength(1);
    expect(wb.menus[0].items.map((i) => i.functionName)).toContain('menuCompliance');
    expect(second.env.ctx.user.email).toBe(village.owner);
    expect((await open('khong-co')).ok).toBe(false);
    expect((await open(commune)).ok).toBe(true);
    expect(second.env.ctx.user.email).toBe('congan@example.com');
    // The villages are still there to be read: a new update reads them again.
    expect((await menu(second, 'menuCommuneUpdate')).ok).toBe(true);
    expect(statuses(second).map((r) => r[1])).toEqual(['Đã cập nhật', 'Đã cập nhật', 'Đã cập nhật']);
  } finally {
    await second.close();
  }
});
