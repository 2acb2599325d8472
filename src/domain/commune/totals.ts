/**
 * The commune's totals (SPEC §9.3): every count is the sum of the villages' counts; every rate is recomputed
 * from the summed numerators and denominators — never an average of the villages' rates (a village of 30
 * households weighs less than one of 300).
 */
import { metric } from '../compliance/percent';
import { COMMITMENT_METRIC_PREFIX, DEFAULT_TARGETS } from '../metricKeys';
import type { Counts, Metric } from '../report';
import type { VillageFigures } from './figures';

type MapKey = 'remindersByCategory' | 'supervisedByType';
const MAPS: readonly MapKey[] = ['remindersByCategory', 'supervisedByType'];

export function sumCounts(list: readonly Counts[]): Counts {
  const out: Record<string, unknown> = {};
  for (const c of list) {
    for (const [k, v] of Object.entries(c)) {
      if ((MAPS as readonly string[]).includes(k)) {
        const m = (out[k] ?? {}) as Record<string, number>;
        for (const [kk, n] of Object.entries(v as Record<string, number>)) m[kk] = (m[kk] ?? 0) + n;
        out[k] = m;
      } else out[k] = ((out[k] as number | undefined) ?? 0) + (v as number);
    }
  }
  for (const k of MAPS) out[k] ??= {};
  return out as unknown as Counts;
}

/** The commune's target of a metric: the default of SPEC §3 (a type of commitment: that of all commitments). */
export function communeTarget(key: string): number | null {
  if (key in DEFAULT_TARGETS) return DEFAULT_TARGETS[key];
  if (key.startsWith(COMMITMENT_METRIC_PREFIX)) return DEFAULT_TARGETS.commitmentAll ?? null;
  return null;
}

/** Metrics of the commune, in the order the villages list them (first seen first). */
export function sumMetrics(list: readonly VillageFigures[]): Metric[] {
  const acc = new Map<string, { label: string; n: number; d: number }>();
  for (const f of list) {
    for (const m of f.metrics) {
      const a = acc.get(m.key) ?? { label: m.label, n: 0, d: 0 };
      a.n += m.numerator;
      a.d += m.denominator;
      acc.set(m.key, a);
    }
  }
  return [...acc].map(([key, a]) => metric(key, a.label, a.n, a.d, communeTarget(key)));
}

export interface CommuneTotals {
  villages: number;
  counts: Counts;
  metrics: Metric[];
}

export function communeTotals(list: readonly VillageFigures[]): CommuneTotals {
  return { villages: list.length, counts: sumCounts(list.map((f) => f.counts)), metrics: sumMetrics(list) };
}
