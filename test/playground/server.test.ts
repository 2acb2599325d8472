/** The playground's HTTP API without a browser: script calls, menu calls, pages, paging, local-only access. */
import { request } from 'node:http';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPlayground, type Playground } from '../../local/playground/server';
import type { CallReply, SheetSlice, WorkbookInfo } from '../../local/playground/protocol';
import { WIRE } from '../../local/playground/protocol';
import { ensureDist } from './dist';

let pg: Playground;
let dir: string;

beforeAll(async () => {
  ensureDist();
  dir = mkdtempSync(path.join(os.tmpdir(), 'antt-playground-server-'));
  pg = await startPlayground({ port: 0, stateFile: path.join(dir, 'workbook.json'), quiet: true });
});
afterAll(async () => {
  await pg?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function post<T>(p: string, body: unknown, type = 'application/json'): Promise<{ status: number; body: T }> {
  const res = await fetch(pg.url + p, {
    method: 'POST',
    headers: { 'Content-Type': type },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as T };
}
const get = async <T>(p: string) => (await (await fetch(pg.url + p)).json()) as T;

test('google.script.run calls return the JSON result, or the error message', async () => {
  const ok = await post<{ ok: boolean; value: { ok: boolean; data: { teams: unknown[] } } }>('api/run', {
    fn: 'apiBootstrap',
    args: [],
  });
  expect(ok.body.ok).toBe(true);
  expect(ok.body.value.ok).toBe(true);
  expect(ok.body.value.data.teams.length).toBeGreaterThan(0);

  const missing = await post<{ ok: boolean; error: string }>('api/run', { fn: 'noSuchFunction', args: [] });
  expect(missing.body).toEqual({ ok: false, error: 'Script function not found: noSuchFunction' });

  // A Date cannot cross google.script.run: refused as the emulated Apps Script refuses it.
  const date = await post<{ ok: boolean; error: string }>('api/run', {
    fn: 'apiBootstrap',
    args: [{ when: { [WIRE.date]: 0 } }],
  });
  expect(date.body.ok).toBe(false);
  expect(date.body.error).toMatch(/Date/);
});

test('menu calls run only functions the recorded menus offer, and report what the Ui showed', async () => {
  const help = await post<CallReply>('api/menu', { fn: 'menuHelp' });
  expect(help.body.ok).toBe(true);
  const page = help.body.events.find((e) => e.type === 'page');
  expect(page).toMatchObject({ type: 'page', kind: 'modal', title: 'Hướng dẫn', width: 680, height: 560 });

  const html = await (await fetch(`${pg.url}page/${(page as { page: number }).page}`)).text();
  const shim = html.indexOf('data-playground-page');
  expect(shim).toBeGreaterThan(html.indexOf('<head>'));
  expect(shim).toBeLessThan(html.indexOf('window.__BOOT__'));

  const setup = await post<CallReply>('api/menu', { fn: 'menuSetup' });
  expect(setup.body.events.some((e) => e.type === 'toast')).toBe(true);

  const notInMenu = await post<CallReply>('api/menu', { fn: 'apiBootstrap' });
  expect(notInMenu.body.ok).toBe(false);

  const events = await get<{ seq: number; events: unknown[] }>(`api/events?after=0`);
  expect(events.seq).toBe(setup.body.seq);
});

test('the menu bar comes from what onOpen recorded', async () => {
  const info = await get<WorkbookInfo>('api/workbook');
  const menu = info.menus.find((m) => m.caption === 'ANTT tự quản');
  expect(menu?.items.filter((e) => e.type === 'item').map((e) => (e as { caption: string }).caption)).toContain(
    'Hướng dẫn',
  );
});

test('sheets are served in pages of rows, without counting Apps Script calls', async () => {
  const sh = pg.env.spreadsheet.insertSheet('Nhiều dòng');
  sh.getRange(1, 1, 1000, 2).setValues(Array.from({ length: 1000 }, (_, i) => [`Dòng ${i + 1}`, i + 1]));
  const before = pg.env.counter.count();
  const slice = await get<SheetSlice>(`api/sheet?name=${encodeURIComponent('Nhiều dòng')}&offset=500&limit=500`);
  expect(pg.env.counter.count()).toBe(before);
  expect(slice).toMatchObject({ lastRow: 1000, lastCol: 2, offset: 500 });
  expect(slice.rows).toHaveLength(500);
  expect(slice.rows[0][0]).toEqual({ t: 'Dòng 501' });
  expect(slice.rows[0][1]).toEqual({ t: '501', a: 'n' });
  expect((await fetch(`${pg.url}api/sheet?name=Kh%C3%B4ng`)).status).toBe(404);
});

test('only local names are served, and bodies must be JSON', async () => {
  const status = await new Promise<number>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: pg.port, path: '/api/workbook', headers: { Host: 'evil.example:80' } },
      (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      },
    );
    req.on('error', reject);
    req.end();
  });
  expect(status).toBe(403);
  expect((await post('api/menu', { fn: 'menuSetup' }, 'text/plain')).status).toBe(415);
});
