/**
 * What crosses from a village to the commune (SPEC §9): the figures of one period, aggregates only —
 * the counts and, for every metric, its numerator, denominator and target. Never a row, an id or a name;
 * the row issues of the village stay there (only how many rows could not be read).
 */
import type { ComplianceReport, Counts, Period } from '../report';

export interface VillageMetric {
  key: string;
  label: string;
  numerator: number;
  denominator: number;
  target: number | null;
}

export interface VillageFigures {
  period: Period;
  counts: Counts;
  metrics: VillageMetric[];
  /** Rows of the village's sheets that could not be read (left out of its figures). */
  unreadableRows: number;
}

/** The aggregate record of a village from its own compliance report (the issues reduced to a count). */
export function figuresOf(report: ComplianceReport, unreadableRows: number): VillageFigures {
  const c = report.counts;
  return {
    period: { from: report.period.from, to: report.period.to },
    counts: { ...c, remindersByCategory: { ...c.remindersByCategory }, supervisedByType: { ...c.supervisedByType } },
    metrics: report.metrics.map((m) => ({
      key: m.key,
      label: m.label,
      numerator: m.numerator,
      denominator: m.denominator,
      target: m.target,
    })),
    unreadableRows,
  };
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/**
 * The figures stored in column G of the commune's `Các thôn` (JSON), read back; null when the text is not
 * such a record (a hand edit), so the village counts as having no figures.
 */
export function parseFigures(text: unknown): VillageFigures | null {
  if (typeof text !== 'string' || !text) return null;
  let o: unknown;
  try {
    o = JSON.parse(text);
  } catch {
    return null;
  }
  if (!o || typeof o !== 'object') return null;
  const f = o as VillageFigures;
  if (!f.period || typeof f.period.from !== 'string' || typeof f.period.to !== 'string') return null;
  if (!f.counts || typeof f.counts !== 'object' || !Array.isArray(f.metrics)) return null;
  for (const [k, v] of Object.entries(f.counts)) {
    if (k === 'remindersByCategory' || k === 'supervisedByType') {
      if (!v || typeof v !== 'object' || !Object.values(v).every(isCount)) return null;
    } else if (!isCount(v)) return null;
  }
  for (const m of f.metrics) {
    if (!m || typeof m.key !== 'string' || !isCount(m.numerator) || !isCount(m.denominator)) return null;
  }
  return f;
}
