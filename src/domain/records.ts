/**
 * Typed records, as the row codec and the API produce them (normalised form: days
 * `YYYY-MM-DD`, times `HH:mm`, id lists as arrays), and the "active" rules of SPEC §3.
 */
export interface Household {
  id: string;
  head: string;
  teamId: string;
  address: string;
  size: number | null;
  ethnicity: string;
  arrivedOn: string | null;
  leftOn: string | null;
  note: string;
}

export interface Resident {
  id: string;
  name: string;
  householdId: string;
  birthYear: number | null;
  gender: string;
  hasIdCard: boolean;
  eidLevel: string;
  note: string;
}

export interface Team {
  id: string;
  name: string;
  leader: string;
  area: string;
  note: string;
}

export interface Member {
  id: string;
  name: string;
  teamId: string;
  role: string;
  phone: string;
  joinedOn: string | null;
  leftOn: string | null;
  note: string;
}

export interface Patrol {
  id: string;
  date: string;
  start: string;
  end: string;
  teamId: string;
  area: string;
  memberIds: string[];
  participants: number;
  withPolice: boolean;
  result: string;
  recordedBy: string;
  recordedAt: string | null;
  requestId: string;
}

export interface Reminder {
  id: string;
  patrolId: string;
  date: string;
  category: string;
  cases: number;
  action: string;
  note: string;
  requestId: string;
}

export interface Commitment {
  id: string;
  householdId: string;
  type: string;
  year: number;
  signedOn: string | null;
  signer: string;
  status: string;
  note: string;
  requestId: string;
}

export interface Session {
  id: string;
  date: string;
  form: string;
  topics: string;
  place: string;
  audience: string;
  attendees: number | null;
  householdIds: string[];
  partners: string;
  note: string;
  requestId: string;
}

export interface Mediation {
  id: string;
  date: string;
  subject: string;
  parties: string;
  outcome: string;
  chair: string;
  note: string;
  requestId: string;
}

export interface Supervised {
  id: string;
  name: string;
  type: string;
  startOn: string;
  endOn: string | null;
  memberId: string;
  reoffended: boolean;
  note: string;
  requestId: string;
}

export interface Camera {
  id: string;
  location: string;
  installedOn: string | null;
  funding: string;
  working: boolean;
  note: string;
  requestId: string;
}

export interface EventRecord {
  id: string;
  date: string;
  type: string;
  content: string;
  participants: number | null;
  toPolice: boolean;
  note: string;
  requestId: string;
}

/** Active on `day`: arrived (or joined) on or before it, and not gone by it (SPEC §3). */
export function isActiveOn(from: string | null, until: string | null, day: string): boolean {
  return (!from || from <= day) && (!until || until > day);
}

export const isActiveHousehold = (h: Household, day: string) => isActiveOn(h.arrivedOn, h.leftOn, day);
export const isActiveMember = (m: Member, day: string) => isActiveOn(m.joinedOn, m.leftOn, day);
