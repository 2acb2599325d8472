/** The bench table: every section adds rows; `print` writes one markdown table. */
export interface Row {
  area: string;
  figure: string;
  value: string;
  target: string;
  met: boolean | null;
}

export type Add = (area: string, figure: string, value: string, target?: string, met?: boolean | null) => void;

export function createTable(): { rows: Row[]; add: Add; print(): void } {
  const rows: Row[] = [];
  const add: Add = (area, figure, value, target = '', met = null) => rows.push({ area, figure, value, target, met });
  const mark = (m: boolean | null) => (m === null ? '' : m ? 'đạt' : '**chưa đạt**');
  return {
    rows,
    add,
    print() {
      console.log('| Area | Figure | Value | Target | Met |');
      console.log('|---|---|---|---|---|');
      for (const r of rows) console.log(`| ${r.area} | ${r.figure} | ${r.value} | ${r.target} | ${mark(r.met)} |`);
    },
  };
}
