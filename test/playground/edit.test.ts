/**
 * Edits typed in the playground's grid, through its HTTP API (POST /api/edit): typed text is
 * written with the Range API and parsed as Sheets parses typed input (vi_VN), the state file is
 * saved, protections refuse or warn as in Sheets, and what editing a cell starts from.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROTECTED_VI, WARNING_VI } from '../../local/playground/edit';
import type { EditReply, EditRequest, SheetSlice } from '../../local/playground/protocol';
import { startPlayground, type Playground } from '../../local/playground/server';
import { editText } from '../../local/playground/sheetView';
import { ensureDist } from './dist';

let pg: Playground;
let dir: string;

beforeAll(async () => {
  ensureDist();
  dir = mkdtempSync(path.join(os.tmpdir(), 'antt-playground-edit-'));
  pg = await startPlayground({ port: 0, stateFile: path.join(dir, 'workbook.json'), quiet: true });
});
afterAll(async () => {
  await pg?.close();
  rmSync(dir, { recursive: true, force: true });
});

async function edit(req: EditRequest | Record<string, unknown>): Promise<{ status: number; body: EditReply }> {
  const res = await fetch(`${pg.url}api/edit`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(req),
  });
  return { status: res.status, body: (await res.json()) as EditReply };
}
const sheet = (name: string) => pg.env.spreadsheet.getSheetByName(name)!;

test('typed text is parsed as Sheets parses it (vi_VN); @ columns keep it as typed; the state is saved', async () => {
  const sh = sheet('Sheet1');
  const cells = ['1.234,5', '07/12/2026', '=SUM(1;2)', "'0912", '20:30', 'TRUE', 'chữ'];
  for (const [i, text] of cells.entries()) {
    const r = await edit({ op: 'set', sheet: 'Sheet1', row: 1, col: i + 1, text });
    expect(r.body).toMatchObject({ ok: true });
  }
  const [row] = sh.getRange(1, 1, 1, cells.length).getValues();
  expect(row[0]).toBe(1234.5);
  expect(sh.getRange(1, 2).getDisplayValue()).toBe('07/12/2026');
  expect(sh.getRange(1, 3).getFormula()).toBe('=SUM(1;2)');
  expect(row[3]).toBe('0912');
  expect(sh.getRange(1, 5).getDisplayValue()).toBe('20:30:00');
  expect(row[5]).toBe(true);
  expect(row[6]).toBe('chữ');
  expect(sh.getRange(1, 1).getDisplayValue()).toBe('1.234,5');
  const saved = readFileSync(pg.stateFile, 'utf8');
  expect(saved).toContain('chữ');

  // Text columns (`@`) keep what is typed.
  const patrols = sheet('Tuần tra');
  const row2 = patrols.getLastRow() + 1;
  await edit({ op: 'set', sheet: 'Tuần tra', row: row2, col: 3, text: '20:30' });
  await edit({ op: 'set', sheet: 'Tuần tra', row: row2, col: 10, text: '=1+1' });
  expect(patrols.getRange(row2, 3).getValue()).toBe('20:30');
  expect(patrols.getRange(row2, 10).getValue()).toBe('=1+1');
  expect(patrols.getRange(row2, 10).getFormula()).toBe('');
  await edit({ op: 'clear', sheet: 'Tuần tra', row: row2, col: 1, rows: 1, cols: 13 });
  expect(patrols.getLastRow()).toBe(row2 - 1);
});

test('paste grows the grid, clear empties, deleteRows removes rows', async () => {
  const sh = sheet('Sheet1');
  const max = sh.getMaxRows();
  const r = await edit({
    op: 'paste',
    sheet: 'Sheet1',
    row: max,
    col: 1,
    texts: [
      ['a', '1,5'],
      ['b', '2'],
    ],
  });
  expect(r.body.ok).toBe(true);
  expect(sh.getMaxRows()).toBe(max + 1);
  expect(sh.getRange(max, 1, 2, 2).getValues()).toEqual([
    ['a', 1.5],
    ['b', 2],
  ]);
  await edit({ op: 'deleteRows', sheet: 'Sheet1', row: max, count: 1 });
  expect(sh.getRange(max, 1).getValue()).toBe('b');
  await edit({ op: 'clear', sheet: 'Sheet1', row: max, col: 1, rows: 1, cols: 2 });
  expect(sh.getRange(max, 1, 1, 2).getValues()).toEqual([['', '']]);
});

test('protections: the header row warns first, a protected sheet refuses another user', async () => {
  const warn = await edit({ op: 'set', sheet: 'Tuần tra', row: 1, col: 1, text: 'X' });
  expect(warn.body).toMatchObject({ ok: false, confirm: WARNING_VI });
  expect(sheet('Tuần tra').getRange(1, 1).getValue()).toBe('Mã');
  const sure = await edit({ op: 'set', sheet: 'Tuần tra', row: 1, col: 13, text: 'Mã yêu cầu', confirm: true });
  expect(sure.body.ok).toBe(true);

  pg.env.setUser('khach@example.com');
  try {
    const refused = await edit({ op: 'set', sheet: 'Đối tượng giúp đỡ', row: 2, col: 2, text: 'X' });
    expect(refused.body).toMatchObject({ ok: false, error: PROTECTED_VI });
    const rows = await edit({ op: 'deleteRows', sheet: 'Đối tượng giúp đỡ', row: 2, count: 1 });
    expect(rows.body).toMatchObject({ ok: false, error: PROTECTED_VI });
  } finally {
    pg.env.setUser('thuky@example.com');
  }
});

test('malformed edits are refused with 400', async () => {
  expect((await edit({ op: 'set', sheet: 'Sheet1', row: 0, col: 1, text: 'x' })).status).toBe(400);
  expect((await edit({ op: 'paste', sheet: 'Sheet1', row: 1, col: 1, texts: [['a'], ['b', 'c']] })).status).toBe(400);
  expect((await edit({ op: 'drop', sheet: 'Sheet1' })).status).toBe(400);
  const missing = await edit({ op: 'set', sheet: 'Không có', row: 1, col: 1, text: 'x' });
  expect(missing.body).toMatchObject({ ok: false, error: 'Không có trang "Không có".' });
});

test('the grid gets what editing starts from, and the size of the sheet', async () => {
  const vc = { locale: 'vi_VN', timeZone: 'Asia/Ho_Chi_Minh', now: () => new Date() };
  expect(editText(1234.5, '', '#,##0.0', vc)).toBe('1234,5');
  expect(editText(0.12, '', '0%', vc)).toBe('12%');
  expect(editText(new Date('2026-12-06T17:00:00Z'), '', 'dd/mm/yyyy', vc)).toBe('07/12/2026');
  expect(editText('0912', '', '', vc)).toBe("'0912");
  expect(editText('0912', '', '@', vc)).toBe('0912');
  expect(editText('#ERROR!', '=1+1', '', vc)).toBe('=1+1');
  const slice = (await (await fetch(`${pg.url}api/sheet?name=Sheet1`)).json()) as SheetSlice;
  expect(slice.maxRows).toBe(sheet('Sheet1').getMaxRows());
  expect(slice.rows[0][3]).toEqual({ t: '0912', e: "'0912" });
});
