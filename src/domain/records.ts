/**
 * Typed records, as the row codec and the API produce them (normalised form: days
 * `YYYY-MM-DD`, times `HH:mm`, id lists as arrays), each inferred from its registry
 * declaration, and the "active" rules of SPEC §3.
 */
import type { RecordOf } from './registry/define';
import type {
  CAMERAS,
  COMMITMENTS,
  EVENTS,
  HOUSEHOLDS,
  MEDIATIONS,
  MEMBERS,
  PATROLS,
  REMINDERS,
  RESIDENTS,
  SESSIONS,
  SUPERVISED,
  TEAMS,
} from './registry/recordTypes';

export type Household = RecordOf<typeof HOUSEHOLDS>;
export type Resident = RecordOf<typeof RESIDENTS>;
export type Team = RecordOf<typeof TEAMS>;
export type Member = RecordOf<typeof MEMBERS>;
export type Patrol = RecordOf<typeof PATROLS>;
export type Reminder = RecordOf<typeof REMINDERS>;
export type Commitment = RecordOf<typeof COMMITMENTS>;
export type Session = RecordOf<typeof SESSIONS>;
export type Mediation = RecordOf<typeof MEDIATIONS>;
export type Supervised = RecordOf<typeof SUPERVISED>;
export type Camera = RecordOf<typeof CAMERAS>;
export type EventRecord = RecordOf<typeof EVENTS>;

/** Active on `day`: arrived (or joined) on or before it, and not gone by it (SPEC §3). */
export function isActiveOn(from: string | null, until: string | null, day: string): boolean {
  return (!from || from <= day) && (!until || until > day);
}

export const isActiveHousehold = (h: Pick<Household, 'arrivedOn' | 'leftOn'>, day: string) =>
  isActiveOn(h.arrivedOn, h.leftOn, day);
export const isActiveMember = (m: Pick<Member, 'joinedOn' | 'leftOn'>, day: string) =>
  isActiveOn(m.joinedOn, m.leftOn, day);
