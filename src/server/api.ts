/**
 * The API of SPEC §6, called from the sidebars through `google.script.run`.
 * Each takes one JSON object and returns `{ ok: true, data }` or `{ ok: false, errors }`.
 */
import { type Household, isActiveHousehold, isActiveMember, type Member, type Team } from '../domain/records';
import { sheetClock, gas } from './gas';
import { readLists, readSheet } from './repo';
import { readSettings } from './settingsRepo';
import { readSigned } from './save/signed';
import type { ApiResult, BootstrapData } from '../domain/wire';

export type { ApiResult, BootstrapData } from '../domain/wire';

/** What every form needs, in one call: teams, active members and households, lists, settings. */
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
  return {
    ok: true,
    data: {
      today,
      timeZone: clock.timeZone,
      teams: teams.rows.map((r) => r.record),
      members: members.rows.map((r) => r.record).filter((m) => isActiveMember(m, today)),
      households: households.rows.map((r) => r.record).filter((h) => isActiveHousehold(h, today)),
      lists,
      settings: settings.settings,
      unreadableRows: teams.issues.length + members.issues.length + households.issues.length + settings.issues.length,
      signed: readSigned(ss, clock, today),
    },
  };
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
