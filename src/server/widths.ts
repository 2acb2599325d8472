/** Column widths of set-up in as few `Sheet.setColumnWidths` calls as possible (issue 15). */

/** One `setColumnWidths` call: `count` columns from `start` (0-based in the list) set to `width`. */
export interface WidthPaint {
  start: number;
  count: number;
  width: number;
}

/**
 * The fewest `setColumnWidths` calls, in order, that leave columns at `widths` when they start at `base`
 * (null: unknown, every column is written). A later call paints over an earlier one, so `90 200 90` is two
 * calls (all 90, then 200), not three — the "strange printer" problem, solved exactly by memoised search
 * (a sheet has ≤ ~15 columns).
 */
export function widthPaints(widths: readonly number[], base: number | null): WidthPaint[] {
  const n = widths.length;
  const memo = new Map<string, { cost: number; paints: WidthPaint[] }>();
  // Columns i..j, lying on a layer of width `under` (null: unknown), each column equal to it already right.
  const solve = (i: number, j: number, under: number | null): { cost: number; paints: WidthPaint[] } => {
    if (i > j) return { cost: 0, paints: [] };
    const key = `${i},${j},${under}`;
    const known = memo.get(key);
    if (known) return known;
    let best: { cost: number; paints: WidthPaint[] };
    if (widths[i] === under) {
      best = solve(i + 1, j, under);
    } else {
      // Column i's first paint has its final width and reaches some column m; what lies inside is painted after it.
      best = { cost: Infinity, paints: [] };
      for (let m = i; m <= j; m++) {
        if (widths[m] !== widths[i]) continue; // a layer ending on a column it does not fit is never better
        const inner = solve(i + 1, m, widths[i]);
        const rest = solve(m + 1, j, under);
        const cost = 1 + inner.cost + rest.cost;
        if (cost < best.cost)
          best = { cost, paints: [{ start: i, count: m - i + 1, width: widths[i] }, ...inner.paints, ...rest.paints] };
      }
    }
    memo.set(key, best);
    return best;
  };
  return solve(0, n - 1, base).paints;
}
