/**
 * The API of SPEC §6, called from the sidebars through `google.script.run`.
 * Each takes one JSON object and returns `{ ok: true, data }` or `{ ok: false, errors }`.
 */
import {
  findHouseholds,
  findHouseholdsInput,
  FIND_LIMIT_DEFAULT,
  FIND_TEAM_MAX,
  HOUSEHOLDS_INLINE_MAX,
  teamHouseholds,
} from '../domain/householdSearch';
import { errorsOf } from '../domain/inputs';
import { type Household, isActiveHousehold, type Member, type Team } from '../domain/records';
import { sheetClock, gas } from './gas';
import { readLists, readSheet } from './repo';
import { readSettings } from './settingsRepo';
import { readSigned, summariseSigned } from './save/signed';
import type { ApiResult, BootstrapData, FoundHouseholds } from '../domain/wire';

export type { ApiResult, BootstrapData } from '../domain/wire';

/**
 * What every form needs, in one call: teams, every member (with the days they joined and left: each form lists
 * those active on its record's day), lists, settings, and the active households with who
 * signed what — all of them up to `HOUSEHOLDS_INLINE_MAX`, beyond it none (the pickers call `apiFindHouseholds`)
 * and only the counts of who signed.
 */
export function apiBootstrap(): ApiResult<BootstrapData> {
  const ss = gas.spreadsheet();
  const clock = sheetClock(ss);
  const lists = readLists(ss);
  const ctx = { clock, lists };
  const today = clock.today();
  const teams = readSheet<Team>('teams', ctx, ss);
  const members = readSheet<Member>('members', ctx, ss);
  const households = readSheet<Household>('households', ctx, ss);
  const settings = readSettings(clock, ss);
  const active = households.rows.map((r) => r.record).filter((h) => isActiveHousehold(h, today));
  const householdSearch = active.length > HOUSEHOLDS_INLINE_MAX;
  const ids = active.map((h) => h.id);
  return {
    ok: true,
    data: {
      today,
      timeZone: clock.timeZone,
      teams: teams.rows.map((r) => r.record),
      // Every member with their joined/left days: a patrol of another day lists who was active then (a few KB).
      members: members.rows.map((r) => r.record),
      households: householdSearch ? [] : active,
      householdCount: active.length,
      householdSearch,
      lists,
      settings: settings.settings,
      unreadableRows: teams.issues.length + members.issues.length + households.issues.length + settings.issues.length,
      signed: summariseSigned(readSigned(ss, clock, today), today, lists, ids, householdSearch ? [] : ids),
    },
  };
}

/**
 * `apiFindHouseholds({ query?, teamId?, all?, limit?, inactive?, signed?, idsOnly? })`: the households (active
 * today, or all with `inactive`) whose id, head or address hold every word typed, accents optional — or, with
 * `teamId`, that team's, with `all` every one (in sheet order, narrowed by `query`); the first `limit` (default 20;
 * a team's or `all`: every one) and how many match; with `idsOnly`, their ids, heads and teams only; with
 * `signed`, who of them signed what this year and the last. One read of `Hộ gia đình` (and of `Cam kết` with
 * `signed`).
 */
export function apiFindHouseholds(input?: unknown): ApiResult<FoundHouseholds> {
  const parsed = findHouseholdsInput.safeParse(input);
  if (!parsed.success) return { ok: false, errors: errorsOf(parsed.error) };
  const o = parsed.data;
  const ss = gas.spreadsheet();
  const clock = sheetClock(ss);
  const lists = readLists(ss);
  const today = clock.today();
  const all = readSheet<Household>('households', { clock, lists }, ss).rows.map((r) => r.record);
  const pool = o.inactive ? all : all.filter((h) => isActiveHousehold(h, today));
  const found =
    o.teamId === undefined && !o.all
      ? findHouseholds(pool, o.query ?? '', o.limit ?? FIND_LIMIT_DEFAULT)
      : teamHouseholds(pool, o.teamId, o.query, o.limit ?? FIND_TEAM_MAX);
  const ids = found.households.map((h) => h.id);
  const answer: FoundHouseholds = o.idsOnly
    ? {
        households: [],
        total: found.total,
        ids,
        heads: found.households.map((h) => h.head ?? ''),
        teams: found.households.map((h) => h.teamId ?? ''),
      }
    : found;
  if (!o.signed) return { ok: true, data: answer };
  const active = all.filter((h) => isActiveHousehold(h, today)).map((h) => h.id);
  const signed = summariseSigned(readSigned(ss, clock, today), today, lists, active, ids);
  return { ok: true, data: { ...answer, signed } };
}

// The functions below are built by the data-entry, compliance and notice issues.
export { apiSavePatrol } from './save/patrol';
export { apiSaveCommitments } from './save/commitments';
export { apiSaveActivity } from './save/activity';
export { apiSaveRecord } from './save/records';
export { apiComputeCompliance } from './compliance';
export { apiWriteSummary } from './summary';
export { apiValidateWorkbook } from './validate';
export { apiGenerateNotice, apiPreviewNotice } from './notice/generate';
export { apiTemplateInfo } from './notice/trust';
