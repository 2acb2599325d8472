/** The key figures the "Tạo thông báo" dialog shows for a period, written as the notice writes them. */
import { t } from '../i18n';
import { METRIC_KEYS } from '../metricKeys';
import type { ComplianceReport } from '../report';
import type { Settings } from '../settings';
import { formatPercent } from '../viFormat';
import { counter } from './sections';

export interface KeyFigure {
  label: string;
  value: string;
}

const COUNTS = [
  'households',
  'residents',
  'patrols',
  'patrolParticipations',
  'reminders',
  'schoolSessions',
  'schoolAttendees',
  'supervised',
  'cameras',
  'mediations',
  'eventsSupported',
] as const;
const METRICS = ['householdParticipation', 'commitmentAll', 'idCard', 'eid'] as const;

export function keyFigures(report: ComplianceReport, settings: Settings): KeyFigure[] {
  const n = counter(settings);
  const label = new Map(METRIC_KEYS.map((m) => [m.key, m.label]));
  const out: KeyFigure[] = [];
  for (const key of METRICS) {
    const m = report.metrics.find((x) => x.key === key);
    if (m && m.percent !== null)
      out.push({
        label: label.get(key) ?? key,
        value: `${formatPercent(m.percent)} (${n(m.numerator)}/${n(m.denominator)})`,
      });
  }
  for (const key of COUNTS)
    out.push({ label: t(`count.${key}`), value: report.counts[key] > 0 ? n(report.counts[key]) : '0' });
  return out;
}
