/** The bench table: every section adds rows; `print` writes one markdown table (JSON with `--json`). */
export interface Row {
  area: string;
  figure: string;
  value: string;
  target: string;
  met: boolean | null;
}

export type Add = (area: string, figure: string, value: string, target?: string, met?: boolean | null) => void;

/**
 * Time in Apps Script estimated from a run on the emulator: the JavaScript 10× slower
 * than Node here, 0.1 s per call to a Google service (Spreadsheet, Docs, Drive, Lock,
 * Properties, Cache), 1 ms per `Utilities` call (made in the script's own process).
 */
export const ESTIMATE = { jsFactor: 10, perCall: 0.1, perUtility: 0.001, text: 'Node ×10 + 0.1 s per service call' };
export function estimateSeconds(nodeMs: number, serviceCalls: number, utilityCalls = 0): number {
  return (nodeMs * ESTIMATE.jsFactor) / 1000 + serviceCalls * ESTIMATE.perCall + utilityCalls * ESTIMATE.perUtility;
}

export function createTable(): { rows: Row[]; add: Add; print(): void } {
  const rows: Row[] = [];
  const add: Add = (area, figure, value, target = '', met = null) => rows.push({ area, figure, value, target, met });
  const mark = (m: boolean | null) => (m === null ? '' : m ? 'đạt' : '**chưa đạt**');
  return {
    rows,
    add,
    print() {
      if (process.argv.includes('--json')) {
        console.log(JSON.stringify(rows, null, 2));
        return;
      }
      console.log('| Area | Figure | Value | Target | Met |');
      console.log('|---|---|---|---|---|');
      // A figure without a target is given for information: said so, not left blank.
      for (const r of rows)
        console.log(`| ${r.area} | ${r.figure} | ${r.value} | ${r.target || '— (for information)'} | ${mark(r.met)} |`);
    },
  };
}

/** Best (lowest) Node time of `runs` runs of `fn`, in ms. */
export function best(runs: number, fn: () => void): number {
  let min = Infinity;
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    min = Math.min(min, performance.now() - t);
  }
  return min;
}
