/** `counts` of SPEC §3 over a scope. */
import { BOARD_ROLES, FESTIVAL_EVENT, LIST, MEDIATION_SUCCESS, SCHOOL_AUDIENCE, TIP_EVENT } from '../lists';
import type { Counts } from '../report';
import { type Scope, within } from './scope';

const add = (m: Record<string, number>, k: string, n: number) => {
  m[k] = (m[k] ?? 0) + n;
};

/** The map with its keys in list order (`Danh mục`), values not in the list after them. */
function inListOrder(m: Record<string, number>, order: readonly string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of order) if (k in m) out[k] = m[k];
  for (const k of Object.keys(m)) if (!(k in out)) out[k] = m[k];
  return out;
}

export function computeCounts(s: Scope): Counts {
  const { data, period } = s;
  const board = new Set(BOARD_ROLES);

  let residents = s.residents.length;
  if (data.residents.length === 0) {
    // `Nhân khẩu` is empty: the households' `Số nhân khẩu` stand in.
    residents = 0;
    for (const h of s.households) residents += h.size ?? 0;
  }

  let patrolParticipations = 0;
  let patrolsWithPolice = 0;
  for (const p of s.patrols) {
    patrolParticipations += p.participants;
    if (p.withPolice) patrolsWithPolice++;
  }

  let reminders = 0;
  const remindersByCategory: Record<string, number> = {};
  for (const r of within(data.reminders, period)) {
    reminders += r.cases;
    add(remindersByCategory, r.category, r.cases);
  }

  const sessions = within(data.sessions, period);
  let sessionAttendees = 0;
  let schoolSessions = 0;
  let schoolAttendees = 0;
  for (const x of sessions) {
    sessionAttendees += x.attendees ?? 0;
    if (x.audience === SCHOOL_AUDIENCE) {
      schoolSessions++;
      schoolAttendees += x.attendees ?? 0;
    }
  }

  const mediations = within(data.mediations, period);
  const supervisedByType: Record<string, number> = {};
  let supervisedReoffended = 0;
  for (const x of s.supervised) {
    add(supervisedByType, x.type, 1);
    if (x.reoffended) supervisedReoffended++;
  }

  let tips = 0;
  let eventsSupported = 0;
  for (const e of within(data.events, period)) {
    if (e.type === TIP_EVENT) tips++;
    else if (e.type === FESTIVAL_EVENT) eventsSupported++;
  }

  return {
    households: s.households.length,
    residents,
    teams: data.teams.length,
    members: s.members.length,
    boardMembers: s.members.filter((m) => board.has(m.role)).length,
    patrols: s.patrols.length,
    patrolParticipations,
    patrolsWithPolice,
    reminders,
    remindersByCategory: inListOrder(remindersByCategory, data.lists.values[LIST.reminderCategories]),
    sessions: sessions.length,
    sessionAttendees,
    schoolSessions,
    schoolAttendees,
    mediations: mediations.length,
    mediationsSuccessful: mediations.filter((m) => m.outcome === MEDIATION_SUCCESS).length,
    supervised: s.supervised.length,
    supervisedByType: inListOrder(supervisedByType, data.lists.values[LIST.supervisedTypes]),
    supervisedReoffended,
    cameras: s.cameras.length,
    camerasWorking: s.cameras.filter((c) => c.working).length,
    tips,
    eventsSupported,
  };
}
