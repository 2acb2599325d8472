/**
 * What the period selects (SPEC §3), computed once for counts and metrics: the
 * households and members active at `to`, residents of active households, and the
 * dated records that lie in the period. One pass over each sheet's records.
 */
import { type DataFor, fieldNeeds } from '../fieldNeeds';
import { isActiveHousehold, isActiveMember } from '../records';
import type { Period } from '../report';
import { inPeriod } from '../periods';

/**
 * The fields compliance (SPEC §3) reads, by record type: the compiler holds `computeCompliance` to them (it takes
 * `ComplianceData`), and the server reads only these columns for it. `teams` are counted by rows: `name`, the
 * column every team has, tells a team's row from a blank one.
 */
export const COMPLIANCE_NEEDS = fieldNeeds({
  households: ['id', 'size', 'arrivedOn', 'leftOn'],
  residents: ['householdId', 'birthYear', 'hasIdCard', 'eidLevel'],
  teams: ['name'],
  members: ['id', 'role', 'joinedOn', 'leftOn'],
  patrols: ['date', 'participants', 'withPolice', 'memberIds'],
  reminders: ['date', 'category', 'cases'],
  commitments: ['householdId', 'type', 'year', 'status'],
  sessions: ['date', 'audience', 'attendees', 'householdIds'],
  mediations: ['date', 'outcome'],
  supervised: ['type', 'reoffended', 'startOn', 'endOn'],
  cameras: ['installedOn', 'working'],
  events: ['date', 'type'],
});

/** What compliance is computed from (a whole `WorkbookData` is one). */
export type ComplianceData = DataFor<typeof COMPLIANCE_NEEDS>;
type Rows<K extends keyof typeof COMPLIANCE_NEEDS> = ComplianceData[K];

export interface Scope {
  data: ComplianceData;
  period: Period;
  /** The day the figures are made on, when known: a monthly plan counts the months gone by (`plannedBy`). */
  today?: string;
  /** Year of `to`: commitments of that year count; ages are taken in it. */
  year: number;
  households: Rows<'households'>;
  householdIds: Set<string>;
  /** Rows of `Nhân khẩu` of active households. */
  residents: Rows<'residents'>;
  members: Rows<'members'>;
  patrols: Rows<'patrols'>;
  supervised: Rows<'supervised'>;
  cameras: Rows<'cameras'>;
}

/** Dated records whose date lies in the period. */
export function within<T extends { date: string }>(rows: readonly T[], period: Period): T[] {
  const out: T[] = [];
  for (const r of rows) if (inPeriod(r.date, period)) out.push(r);
  return out;
}

export function scopeOf(data: ComplianceData, period: Period, today?: string): Scope {
  const { to, from } = period;
  const households = data.households.filter((h) => isActiveHousehold(h, to));
  const householdIds = new Set(households.map((h) => h.id));
  return {
    data,
    period,
    today,
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
