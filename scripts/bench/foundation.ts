/**
 * Bench section of the foundation: bundle and page sizes, and the emulator's own speed. Set-up and the sample
 * loader are in the operations table (operations.ts).
 */
import { statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createGasEnvironment } from '../../local/emulator';
import { DIST, loadBundle } from '../../local/bundle';
import type { Add } from './table';

export function fresh() {
  const env = createGasEnvironment({ htmlDir: DIST });
  return { env, bundle: loadBundle(env) };
}

export function benchFoundation(add: Add): void {
  const codeKb = statSync(path.join(DIST, 'Code.js')).size / 1024;
  add('Bundle', 'dist/Code.js', `${codeKb.toFixed(1)} KB`, '< 250 KB', codeKb < 250);
  for (const f of readdirSync(DIST).filter((f) => f.endsWith('.html'))) {
    const kb = statSync(path.join(DIST, f)).size / 1024;
    add('Bundle', `dist/${f}`, `${kb.toFixed(1)} KB`, '< 150 KB', kb < 150);
  }
}

/** The emulator itself: one read and one write of a 50,000 × 15 sheet (what the scale figures stand on). */
export function benchEmulator(add: Add): void {
  const { env } = fresh();
  const ss = env.spreadsheet;
  const sheet = ss.insertSheet('Lớn');
  const rows = 50000;
  const day = new Date('2023-01-01T00:00:00Z');
  const data = Array.from({ length: rows }, (_, i) => [
    `TT-${i}`,
    day,
    'Tổ 1',
    i,
    true,
    'Địa bàn',
    'a,b,c',
    3,
    false,
    'Bình thường',
    'x@y',
    day,
    `R${i}`,
    1.5,
    'z',
  ]);
  sheet.insertRowsAfter(1000, rows - 1000);
  let t = performance.now();
  sheet.getRange(1, 1, rows, 15).setValues(data);
  const write = performance.now() - t;
  let read = Infinity;
  for (let k = 0; k < 5; k++) {
    t = performance.now();
    sheet.getDataRange().getValues();
    read = Math.min(read, performance.now() - t);
  }
  add('Emulator', 'setValues of 50,000 × 15 cells', `${write.toFixed(0)} ms`);
  add(
    'Emulator',
    'getDataRange().getValues() of 50,000 × 15 cells (best of 5)',
    `${read.toFixed(0)} ms`,
    '< 100 ms',
    read < 100,
  );
}
