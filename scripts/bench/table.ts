/** The bench tables: every section adds rows or operations; `print` writes them as markdown (JSON with `--json`). */
export interface Row {
  area: string;
  figure: string;
  value: string;
  target: string;
  met: boolean | null;
}

export type Add = (area: string, figure: string, value: string, target?: string, met?: boolean | null) => void;

/** One limit of an operation: the figure, the bound, and what they count. */
export interface Bound {
  name: string;
  value: number;
  limit: number;
}

/** One operation of the cost table: what it costs at one size, against its limits. */
export interface OpRow {
  operation: string;
  size: string;
  calls: number;
  cellsRead: number;
  cellsWritten: number;
  /** Estimated seconds in Apps Script (cost.ts), and its parts: calls, cells, other services, script. */
  seconds: number;
  parts?: { calls: number; cells: number; other: number; script: number };
  bounds: Bound[];
  /** Said beside the figures (a failed call, what the limit stands on). */
  note?: string;
}

export type AddOp = (row: OpRow) => void;

const fmt = (n: number) => n.toLocaleString('en-US');
const ratio = (b: Bound) => (b.limit === 0 ? (b.value === 0 ? 0 : Infinity) : b.value / b.limit);
const boundMet = (b: Bound) => b.value <= b.limit;

export function createTable(): { rows: Row[]; ops: OpRow[]; add: Add; addOp: AddOp; print(): void } {
  const rows: Row[] = [];
  const ops: OpRow[] = [];
  const add: Add = (area, figure, value, target = '', met = null) => rows.push({ area, figure, value, target, met });
  const addOp: AddOp = (row) => ops.push(row);
  const mark = (m: boolean | null) => (m === null ? '' : m ? 'đạt' : '**chưa đạt**');
  return {
    rows,
    ops,
    add,
    addOp,
    print() {
      if (process.argv.includes('--json')) {
        console.log(JSON.stringify({ rows, operations: ops }, null, 2));
        return;
      }
      console.log('| Area | Figure | Value | Target | Met |');
      console.log('|---|---|---|---|---|');
      // A figure without a target is given for information: said so, not left blank.
      for (const r of rows)
        console.log(`| ${r.area} | ${r.figure} | ${r.value} | ${r.target || '— (for information)'} | ${mark(r.met)} |`);
      if (ops.length === 0) return;
      // The cost of every operation against its limits; the estimate is cost.ts's model.
      console.log('');
      console.log('| Operation | Size | Calls | Cells read | Cells written | Est. Apps Script | Limit | Ratio | Met |');
      console.log('|---|---|---|---|---|---|---|---|---|');
      for (const o of ops) {
        const limit = o.bounds.map((b) => `${b.name} ≤ ${fmt(b.limit)}`).join('; ');
        const ratios = o.bounds.map((b) => `${ratio(b).toFixed(2)}${boundMet(b) ? '' : ' ✗'}`).join('; ');
        const met = o.bounds.length === 0 ? null : o.bounds.every(boundMet);
        const note = o.note ? ` (${o.note})` : '';
        const s = (x: number) => (x < 10 ? x.toFixed(1) : x.toFixed(0));
        const p = o.parts;
        const parts = p ? ` (${s(p.calls)} calls + ${s(p.cells)} cells + ${s(p.other)} other + ${s(p.script)} JS)` : '';
        console.log(
          `| ${o.operation}${note} | ${o.size} | ${fmt(o.calls)} | ${fmt(o.cellsRead)} | ${fmt(o.cellsWritten)} | ` +
            `${s(o.seconds)} s${parts} | ${limit || '—'} | ${ratios || '—'} | ` +
            `${mark(met)} |`,
        );
      }
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
