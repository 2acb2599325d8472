/** Bench section of the foundation: bundle and page sizes, set-up and sample-loading calls. */
import { statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createGasEnvironment } from '../../local/emulator';
import { DIST, loadBundle } from '../../local/bundle';
import { type Add, ESTIMATE, estimateSeconds } from './table';

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

  const { env, bundle } = fresh();
  const calls = () => {
    const r = env.counter.count({ service: 'SpreadsheetApp', kind: 'read' });
    const w = env.counter.count({ service: 'SpreadsheetApp', kind: 'write' });
    return { r, w, text: `${r + w} (${r} reads, ${w} writes)` };
  };
  /** A menu call may run 6 min; these keep ⅓ of it. */
  const withinMinutes = (ms: number) => {
    const utilities = env.counter.count({ service: 'Utilities' });
    const est = estimateSeconds(ms, env.counter.log.length - utilities, utilities);
    return {
      text: `, est. ${est.toFixed(0)} s in Apps Script`,
      target: `est. ≤ 2 min (⅓ of the 6 min limit); ${ESTIMATE.text}`,
      met: est <= 120,
    };
  };
  const timed = (fn: () => unknown) => {
    env.counter.reset();
    const t = performance.now();
    fn();
    return performance.now() - t;
  };
  // Issue 15: ≤ 60 Spreadsheet calls on an empty workbook, ≤ 20 on a complete one (the sample loader likewise).
  let ms = timed(() => bundle.setupWorkbook());
  let est = withinMinutes(ms);
  const first = calls();
  add(
    'Set-up',
    'setupWorkbook, empty workbook: Spreadsheet calls',
    `${first.text}, ${ms.toFixed(0)} ms in Node${est.text}`,
    `≤ 60 calls; ${est.target}`,
    first.r + first.w <= 60 && est.met,
  );
  ms = timed(() => bundle.setupWorkbook());
  const second = calls();
  add(
    'Set-up',
    'setupWorkbook, complete workbook: Spreadsheet calls',
    `${second.text}, ${ms.toFixed(0)} ms in Node`,
    '≤ 20 calls, 0 writes',
    second.w === 0 && second.r <= 20,
  );
  ms = timed(() => bundle.loadSampleVillage());
  est = withinMinutes(ms);
  const sample = calls();
  add(
    'Set-up',
    'loadSampleVillage (set-up workbook): Spreadsheet calls',
    `${sample.text}, ${ms.toFixed(0)} ms in Node${est.text}`,
    `≤ 60 calls; ${est.target}`,
    sample.r + sample.w <= 60 && est.met,
  );
  // The sample loader on an empty spreadsheet (set-up included), in a fresh environment.
  const other = fresh();
  other.env.counter.reset();
  const t0 = performance.now();
  other.bundle.loadSampleVillage();
  const msEmpty = performance.now() - t0;
  const r = other.env.counter.count({ service: 'SpreadsheetApp', kind: 'read' });
  const w = other.env.counter.count({ service: 'SpreadsheetApp', kind: 'write' });
  add(
    'Set-up',
    'loadSampleVillage (empty workbook): Spreadsheet calls',
    `${r + w} (${r} reads, ${w} writes), ${msEmpty.toFixed(0)} ms in Node`,
    '≤ 60 calls',
    r + w <= 60,
  );
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
  for (let k = 0; k < 3; k++) {
    t = performance.now();
    sheet.getDataRange().getValues();
    read = Math.min(read, performance.now() - t);
  }
  add('Emulator', 'setValues of 50,000 × 15 cells', `${write.toFixed(0)} ms`);
  add(
    'Emulator',
    'getDataRange().getValues() of 50,000 × 15 cells (best of 3)',
    `${read.toFixed(0)} ms`,
    '< 100 ms',
    read < 100,
  );
}
