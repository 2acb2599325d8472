/**
 * What the period selects (SPEC §3), computed once for counts and metrics: the
 * households and members active at `to`, residents of active households, and the
 * dated records that lie in the period. One pass over each sheet's records.
 */
import {
  type Household,
  isActiveHousehold,
  isActiveMember,
  type Member,
  type Patrol,
  type Resident,
  type Supervised,
  type Camera,
} from '../records';
import type { Period, WorkbookData } from '../report';
import { inPeriod } from '../periods';

export interface Scope {
  data: WorkbookData;
  period: Period;
  /** Year of `to`: commitments of that year count; ages are taken in it. */
  year: number;
  households: Household[];
  householdIds: Set<string>;
  /** Rows of `Nhân khẩu` of active households. */
  residents: Resident[];
  members: Member[];
  patrols: Patrol[];
  supervised: Supervised[];
  cameras: Camera[];
}

/** Dated records whose date lies in the period. */
export function within<T extends { date: string }>(rows: readonly T[], period: Period): T[] {
  const out: T[] = [];
  for (const r of rows) if (inPeriod(r.date, period)) out.push(r);
  return out;
}

export function scopeOf(data: WorkbookData, period: Period): Scope {
  const { to, from } = period;
  const households = data.households.filter((h) => isActiveHousehold(h, to));
  const householdIds = new Set(households.map((h) => h.id));
  return {
    data,
    period,
    year: +to.slice(0, 4),
    households,
    householdIds,
    residents: data.residents.filter((r) => householdIds.has(r.householdId)),
    members: data.members.filter((m) => isActiveMember(m, to)),
    patrols: within(data.patrols, period),
    // Overlapping the period: started by `to`, not ended before `from`.
    supervised: data.supervised.filter((s) => s.startOn <= to && (!s.endOn || s.endOn >= from)),
    // Installed by `to` (a blank date counts as installed).
    cameras: data.cameras.filter((c) => !c.installedOn || c.installedOn <= to),
  };
}
