/** `metrics` of SPEC §3 over a scope, in the order of `METRIC_KEYS` with `commitment:<type>` after `commitmentAll`. */
import { COMMITMENT_STATUS, EID_LEVELS, LIST, MEDIATION_SUCCESS, TT124_COMMITMENT } from '../lists';
import { COMMITMENT_METRIC_PREFIX, METRIC_KEYS } from '../metricKeys';
import { plannedBy } from '../periods';
import type { Metric } from '../report';
import { t } from '../i18n';
import { metric, numberSetting, targetOf } from './percent';
import { type Scope, within } from './scope';

const [SIGNED_STATUS, VIOLATED_STATUS] = COMMITMENT_STATUS;
const [, EID1, EID2] = EID_LEVELS;
const SIGNED = 1;
const VIOLATED = 2;

/**
 * Commitments of the year of `to`, by household, then type: signed (`Đã ký`) and/or violated (`Vi phạm`).
 * A household holds a type when signed and not violated. (By household first: no key string made per lookup.)
 */
function commitmentState(s: Scope): Map<string, Map<string, number>> {
  const state = new Map<string, Map<string, number>>();
  for (const c of s.data.commitments) {
    if (c.year !== s.year || !s.householdIds.has(c.householdId)) continue;
    let types = state.get(c.householdId);
    if (!types) state.set(c.householdId, (types = new Map()));
    const bit = c.status === VIOLATED_STATUS ? VIOLATED : c.status === SIGNED_STATUS ? SIGNED : 0;
    types.set(c.type, (types.get(c.type) ?? 0) | bit);
  }
  return state;
}

export function computeMetrics(s: Scope): Metric[] {
  const { data, period } = s;
  const settings = data.settings;
  const label = new Map(METRIC_KEYS.map((m) => [m.key, m.label]));
  const target = (key: string, fallback?: string) => targetOf(settings, key, fallback);
  const hh = s.households.length;
  const out: Metric[] = [];
  const push = (key: string, n: number, d: number, tg = target(key)) =>
    out.push(metric(key, label.get(key) ?? key, n, d, tg));

  // householdParticipation: active households named in a session of the period.
  const reached = new Set<string>();
  for (const x of within(data.sessions, period))
    for (const id of x.householdIds) if (s.householdIds.has(id)) reached.add(id);
  let participating = 0;
  for (const h of s.households) if (reached.has(h.id)) participating++;
  push('householdParticipation', participating, hh);

  // Commitments: every type of `Loại cam kết`; all required types together.
  const types = data.lists.values[LIST.commitmentTypes];
  const required = data.lists.requiredCommitments.length ? data.lists.requiredCommitments : types;
  const state = commitmentState(s);
  const holds = (id: string, type: string) => state.get(id)?.get(type) === SIGNED;
  let all = 0;
  for (const h of s.households) if (required.every((type) => holds(h.id, type))) all++;
  push('commitmentAll', all, hh);
  const perType = new Map<string, number>();
  for (const type of types) {
    let n = 0;
    for (const h of s.households) if (holds(h.id, type)) n++;
    perType.set(type, n);
    const key = COMMITMENT_METRIC_PREFIX + type;
    out.push(metric(key, t('compliance.commitmentType', { type }), n, hh, target(key, 'commitmentAll')));
  }
  let tt124 = perType.get(TT124_COMMITMENT);
  if (tt124 === undefined) {
    tt124 = 0;
    for (const h of s.households) if (holds(h.id, TT124_COMMITMENT)) tt124++;
  }
  push('tt124Registration', tt124, hh);

  // ID metrics: residents of active households of age in the year of `to` (unknown birth year included).
  const age = numberSetting(settings, 'tuoi_cap_can_cuoc') ?? 0;
  let adults = 0;
  let idCard = 0;
  let eid = 0;
  let eid2 = 0;
  for (const r of s.residents) {
    if (r.birthYear !== null && s.year - r.birthYear < age) continue;
    adults++;
    if (r.hasIdCard) idCard++;
    if (r.eidLevel === EID1 || r.eidLevel === EID2) eid++;
    if (r.eidLevel === EID2) eid2++;
  }
  push('idCard', idCard, adults);
  push('eid', eid, adults);
  push('eidLevel2', eid2, adults);

  // patrolPlan: patrols against the monthly plan × months touched, the months to come left out (`plannedBy`).
  const perMonth = numberSetting(settings, 'muc_tieu_tuan_tra_thang') ?? 0;
  push('patrolPlan', s.patrols.length, plannedBy(perMonth, period, s.today));

  // memberActivity: active members named in a patrol of the period.
  const named = new Set<string>();
  for (const p of s.patrols) for (const id of p.memberIds) named.add(id);
  let active = 0;
  for (const m of s.members) if (named.has(m.id)) active++;
  push('memberActivity', active, s.members.length);

  let clean = 0;
  for (const x of s.supervised) if (!x.reoffended) clean++;
  push('supervisedNoReoffence', clean, s.supervised.length);

  let working = 0;
  for (const c of s.cameras) if (c.working) working++;
  push('camerasWorking', working, s.cameras.length);

  const mediations = within(data.mediations, period);
  push('mediationSuccess', mediations.filter((m) => m.outcome === MEDIATION_SUCCESS).length, mediations.length);
  return out;
}
