/** Metric keys of SPEC §3, their labels (from the catalogue) and default targets (percent). */
import { t } from './i18n';

export interface MetricKeyDef {
  key: string;
  label: string;
}

/** The metrics in reading order; each label is `metricName.<key>` of the catalogue. */
export const METRIC_KEYS: readonly MetricKeyDef[] = (
  [
    'householdParticipation',
    'commitmentAll',
    'tt124Registration',
    'idCard',
    'eid',
    'eidLevel2',
    'patrolPlan',
    'memberActivity',
    'supervisedNoReoffence',
    'camerasWorking',
    'mediationSuccess',
  ] as const
).map((key) => ({ key, label: t(`metricName.${key}`) }));

/** Prefix of the per-type commitment metrics: `commitment:<type>`. */
export const COMMITMENT_METRIC_PREFIX = 'commitment:';

export const DEFAULT_TARGETS: Readonly<Record<string, number>> = {
  householdParticipation: 90,
  commitmentAll: 100,
  tt124Registration: 100,
  idCard: 100,
  eid: 100,
  patrolPlan: 80,
  memberActivity: 80,
  supervisedNoReoffence: 100,
};
