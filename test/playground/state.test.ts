/**
 * The playground keeps its workbook in the state file: a second start resumes it, `reset`
 * starts again from the sample village.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startPlayground, type Playground } from '../../local/playground/server';
import { buildPacKhuong } from '../../src/sample/pacKhuong';
import { ensureDist } from './dist';

const HOUSEHOLDS = 'Hộ gia đình';
const sample = buildPacKhuong().sheets[HOUSEHOLDS];
let dir: string;
let stateFile: string;

beforeAll(() => {
  ensureDist();
  dir = mkdtempSync(path.join(os.tmpdir(), 'antt-playground-state-'));
  stateFile = path.join(dir, 'nested', 'workbook.json');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const sheet = (pg: Playground) => pg.env.spreadsheet.getSheetByName(HOUSEHOLDS)!;
const headOfFirst = (pg: Playground) => sheet(pg).getRange('B2').getValue();

async function menu(pg: Playground, fn: string): Promise<{ ok: boolean }> {
  const res = await fetch(`${pg.url}api/menu`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ fn }),
  });
  return (await res.json()) as { ok: boolean };
}

test('the first start makes the sample village and saves it; the next start resumes the changed workbook', async () => {
  const first = await startPlayground({ port: 0, stateFile, quiet: true });
  try {
    expect(existsSync(stateFile)).toBe(true);
    expect(sheet(first).getLastRow() - 1).toBe(sample.length);
    expect(headOfFirst(first)).toBe(sample[0]['Chủ hộ']);
    expect(first.env.ui.menus.map((m) => m.caption)).toContain('ANTT tự quản');

    sheet(first).getRange('B2').setValue('Hộ đã đổi tên');
    // Any call through the page saves the workbook if it changed.
    expect((await menu(first, 'menuSetup')).ok).toBe(true);
    expect(readFileSync(stateFile, 'utf8')).toContain('Hộ đã đổi tên');
  } finally {
    await first.close();
  }

  const second = await startPlayground({ port: 0, stateFile, quiet: true });
  try {
    expect(headOfFirst(second)).toBe('Hộ đã đổi tên');
    expect(sheet(second).getLastRow() - 1).toBe(sample.length);
    const saved = JSON.parse(readFileSync(stateFile, 'utf8')) as { spreadsheet: unknown };
    expect(second.env.saveSpreadsheet()).toEqual(saved.spreadsheet);
    // A change made on env directly is saved by close().
    sheet(second).getRange('B3').setValue('Đổi lần hai');
  } finally {
    await second.close();
  }
  expect(readFileSync(stateFile, 'utf8')).toContain('Đổi lần hai');
});

test('reset starts again from the sample village and overwrites the state file', async () => {
  const pg = await startPlayground({ port: 0, stateFile, reset: true, quiet: true });
  try {
    expect(headOfFirst(pg)).toBe(sample[0]['Chủ hộ']);
    expect(sheet(pg).getLastRow() - 1).toBe(sample.length);
  } finally {
    await pg.close();
  }
  const text = readFileSync(stateFile, 'utf8');
  expect(text).not.toContain('Hộ đã đổi tên');
  expect(text).not.toContain('Đổi lần hai');
});

test('a state file that is not JSON is reported with the way out', async () => {
  const bad = path.join(dir, 'bad.json');
  writeFileSync(bad, '{ not json');
  await expect(startPlayground({ port: 0, stateFile: bad, quiet: true })).rejects.toThrow(/--reset/);
});
