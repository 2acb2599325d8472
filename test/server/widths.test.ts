/** The fewest `setColumnWidths` calls for a row of widths (set-up, issue 15). */
import { type WidthPaint, widthPaints } from '../../src/server/widths';

/** The widths left after applying the calls in order to columns that start at `base`. */
function apply(n: number, base: number | null, paints: WidthPaint[]): (number | null)[] {
  const out: (number | null)[] = new Array(n).fill(base);
  for (const p of paints) for (let i = p.start; i < p.start + p.count; i++) out[i] = p.width;
  return out;
}

describe('widthPaints', () => {
  it('paints a wide layer first and narrower ones over it', () => {
    const widths = [90, 200, 90];
    const paints = widthPaints(widths, null);
    expect(paints).toEqual([
      { start: 0, count: 3, width: 90 },
      { start: 1, count: 1, width: 200 },
    ]);
  });

  it('leaves columns already at the base width alone, and writes every column when the base is unknown', () => {
    expect(widthPaints([100, 100, 90, 100], 100)).toEqual([{ start: 2, count: 1, width: 90 }]);
    expect(widthPaints([100, 100], 100)).toEqual([]);
    expect(widthPaints([100, 100], null)).toEqual([{ start: 0, count: 2, width: 100 }]);
  });

  it('ends with the wanted widths, in no more calls than runs of equal widths, on the registry-like rows', () => {
    const rows = [
      [90, 170, 60, 180, 90, 90, 95, 95, 200, 90],
      [90, 95, 75, 75, 60, 160, 200, 90, 90, 260, 150, 130, 90],
      [260, 360, 320],
      [200, 200, 200, 200],
    ];
    const runsOf = (w: number[]) => w.filter((x, i) => i === 0 || x !== w[i - 1]).length;
    for (const w of rows) {
      for (const base of [100, null]) {
        const paints = widthPaints(w, base);
        expect(apply(w.length, base, paints)).toEqual(w);
        expect(paints.length).toBeLessThanOrEqual(runsOf(w));
      }
    }
    expect(widthPaints(rows[0], 100).length).toBe(6); // 90 over all, then 170, 60, 180, 95 95, 200
  });
});
