/**
 * The `Tổng hợp xã` sheet (SPEC §9.2) as one rectangle from A1: the commune's metrics (summed numerators and
 * denominators), its counts, the villages ranked, and one bar chart of the villages' share of targets met.
 * Pure; the server only writes it.
 */
import { countRows } from '../countKeys';
import { t } from '../i18n';
import { periodText } from '../periods';
import type { Period } from '../report';
import { type Cell, type ChartSpec, SUMMARY_COLORS, verdict } from '../summary';
import type { VillageFigures } from './figures';
import { rankVillages, type RankedVillage } from './ranking';
import type { VillageStatus } from './status';
import { type CommuneTotals, communeTotals } from './totals';

export interface CommuneVillage {
  name: string;
  status: VillageStatus;
  /** The figures kept for the village (this update's, or older when `status` is stale). */
  figures: VillageFigures | null;
}

export interface CommuneLayout {
  values: Cell[][];
  formats: string[][];
  backgrounds: string[][];
  fontWeights: ('bold' | 'normal')[][];
  charts: ChartSpec[];
  totals: CommuneTotals;
  ranked: RankedVillage<CommuneVillage>[];
}

const TEXT = '@';
const COUNT = '#,##0';
const PERCENT = '0.0';

export function communeLayout(input: { period: Period; writtenAt: string; villages: CommuneVillage[] }): CommuneLayout {
  const current = input.villages.filter((v) => v.status === 'ok' && v.figures);
  const totals = communeTotals(current.map((v) => v.figures as VillageFigures));
  const ranked = rankVillages(
    input.villages,
    (v) => v.figures,
    (v) => v.name,
  );
  const metricKeys = totals.metrics.length
    ? totals.metrics.map((m) => ({ key: m.key, label: m.label }))
    : (ranked.find((r) => r.scored)?.scored?.metrics ?? []).map((m) => ({ key: m.key, label: m.label }));
  const rankHeader = [...t('commune.rankHeader').split('|'), ...metricKeys.map((m) => m.label)];
  const width = Math.max(6, rankHeader.length);

  const values: Cell[][] = [];
  const formats: string[][] = [];
  const backgrounds: string[][] = [];
  const weights: ('bold' | 'normal')[][] = [];
  const push = (cells: Cell[], o: { bold?: boolean; formats?: string[]; bg?: string[] } = {}) => {
    const row = [...cells, ...new Array(width - cells.length).fill('')];
    values.push(row);
    formats.push(row.map((_, i) => o.formats?.[i] ?? TEXT));
    backgrounds.push(row.map((_, i) => o.bg?.[i] ?? SUMMARY_COLORS.white));
    weights.push(row.map(() => (o.bold ? 'bold' : 'normal')));
  };
  const header = (cells: string[]) => push(cells, { bold: true, bg: cells.map(() => SUMMARY_COLORS.header) });

  push([t('commune.summaryTitle')], { bold: true });
  push([t('summary.period', { period: periodText(input.period) })]);
  push([t('commune.written', { at: input.writtenAt, ok: current.length, total: input.villages.length })]);
  push([]);
  push([t('commune.metricsTitle')], { bold: true });
  header(t('summary.metricsHeader').split('|'));
  for (const m of totals.metrics) {
    const v = verdict(m);
    push([m.label, m.numerator, m.denominator, m.percent ?? '', m.target ?? '', v.text], {
      formats: [TEXT, COUNT, COUNT, PERCENT, PERCENT, TEXT],
      bg: ['', '', '', '', '', v.bg].map((b) => b || SUMMARY_COLORS.white),
    });
  }
  push([]);
  push([t('commune.countsTitle')], { bold: true });
  header(t('summary.countsHeader').split('|'));
  for (const c of countRows(totals.counts)) push([c.label, c.value], { formats: [TEXT, COUNT] });
  push([]);
  push([t('commune.rankTitle')], { bold: true });
  const rankHeaderRow = values.length + 1;
  header(rankHeader);
  for (const r of ranked) {
    const s = r.scored;
    const byKey = new Map((s?.metrics ?? []).map((m) => [m.key, m.percent]));
    push(
      [
        r.rank ?? '',
        r.item.name,
        s?.score ?? '',
        s ? t('commune.metCount', { met: s.met, judged: s.judged }) : '',
        t(`commune.status.${r.item.status}`),
        ...metricKeys.map((m) => byKey.get(m.key) ?? ''),
      ],
      { formats: [COUNT, TEXT, PERCENT, TEXT, TEXT, ...metricKeys.map(() => PERCENT)] },
    );
  }
  const withFigures = ranked.filter((r) => r.rank !== null).length;
  const charts: ChartSpec[] = withFigures
    ? [
        {
          type: 'BAR',
          title: t('commune.chart'),
          range: { row: rankHeaderRow, column: 2, numRows: withFigures + 1, numColumns: 2 },
          anchorRow: 1,
          anchorColumn: width + 2,
        },
      ]
    : [];
  return { values, formats, backgrounds, fontWeights: weights, charts, totals, ranked };
}
