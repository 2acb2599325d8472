/**
 * Villages ranked by compliance (SPEC §9.3): the share of the metrics with a target that the village meets
 * (each metric judged on the village's own numerator, denominator and target), then the rate of households
 * holding every required commitment, then the name. Villages without figures come last, unranked.
 */
import { metric } from '../compliance/percent';
import type { Metric } from '../report';
import type { VillageFigures } from './figures';

export interface Scored {
  /** Metrics of the village judged (met or not). */
  judged: number;
  met: number;
  /** 0–100, one decimal; null when no metric could be judged. */
  score: number | null;
  commitmentAll: number | null;
  metrics: Metric[];
}

export function scoreOf(f: VillageFigures): Scored {
  const metrics = f.metrics.map((m) => metric(m.key, m.label, m.numerator, m.denominator, m.target));
  const judged = metrics.filter((m) => m.met !== null);
  const met = judged.filter((m) => m.met).length;
  const score = judged.length ? Math.round((1000 * met) / judged.length) / 10 : null;
  const all = metrics.find((m) => m.key === 'commitmentAll');
  return { judged: judged.length, met, score, commitmentAll: all ? all.percent : null, metrics };
}

export interface RankedVillage<T> {
  item: T;
  /** 1-based; null without figures. */
  rank: number | null;
  scored: Scored | null;
}

const desc = (a: number | null, b: number | null) => (b ?? -1) - (a ?? -1);

export function rankVillages<T>(
  items: readonly T[],
  figuresOf: (item: T) => VillageFigures | null,
  nameOf: (item: T) => string,
): RankedVillage<T>[] {
  const rows = items.map((item) => {
    const f = figuresOf(item);
    return { item, scored: f ? scoreOf(f) : null, rank: null as number | null };
  });
  const withFigures = rows.filter((r) => r.scored);
  withFigures.sort(
    (a, b) =>
      desc(a.scored!.score, b.scored!.score) ||
      desc(a.scored!.commitmentAll, b.scored!.commitmentAll) ||
      nameOf(a.item).localeCompare(nameOf(b.item), 'vi'),
  );
  withFigures.forEach((r, i) => {
    r.rank = i + 1;
  });
  const without = rows.filter((r) => !r.scored);
  return [...withFigures, ...without];
}
