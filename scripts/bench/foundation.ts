/** Bench section of the foundation: bundle and page sizes, set-up and sample-loading calls. */
import { statSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { createGasEnvironment } from '../../local/emulator';
import { DIST, loadBundle } from '../../local/bundle';
import { Add } from './table';

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
  const timed = (fn: () => unknown) => {
    env.counter.reset();
    const t = performance.now();
    fn();
    return performance.now() - t;
  };
  let ms = timed(() => bundle.setupWorkbook());
  add('Set-up', 'setupWorkbook, empty workbook: Spreadsheet calls', `${calls().text}, ${ms.toFixed(0)} ms in Node`);
  ms = timed(() => bundle.setupWorkbook());
  const second = calls();
  add('Set-up', 'setupWorkbook, complete workbook: Spreadsheet calls', `${second.text}, ${ms.toFixed(0)} ms in Node`, 'reads only, 0 writes', second.w === 0);
  ms = timed(() => bundle.loadSampleVillage());
  add('Set-up', 'loadSampleVillage: Spreadsheet calls', `${calls().text}, ${ms.toFixed(0)} ms in Node`);
}
