/**
 * The data-entry sidebars: "Ghi tuần tra", "Ký cam kết", "Ghi hoạt động" and "Hộ, nhân
 * khẩu, tổ, thành viên". Each opens with `apiBootstrap()`'s data inlined, so the form is
 * usable without a round trip (beyond `HOUSEHOLDS_INLINE_MAX` households, its household pickers search the
 * server, `apiFindHouseholds`); the registry sidebar fetches the records not in it
 * (`apiListRecords`, e.g. the residents of one household) when they are to be edited;
 * "Tra cứu, sửa, xoá" finds, edits and deletes a record of any type.
 */
import { t } from '../domain/i18n';
import type { Household, Member } from '../domain/records';
import { apiBootstrap, type BootstrapData } from './api';
import { gas, sheetClock } from './gas';
import { openPage } from './pages';
import { readSheet } from './repo';

function bootstrap(): BootstrapData {
  const r = apiBootstrap();
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join(' '));
  return r.data;
}

export function menuPatrol(): void {
  openPage('Patrol', { kind: 'sidebar', title: t('menu.patrol'), data: bootstrap() });
}

export function menuCommitments(): void {
  openPage('Commitments', { kind: 'sidebar', title: t('menu.commitments'), data: bootstrap() });
}

export function menuActivity(): void {
  openPage('Activity', { kind: 'sidebar', title: t('menu.activity'), data: bootstrap() });
}

/**
 * The bootstrap data with the households that moved away and the members who left (it
 * holds the active ones), for the sidebars that edit any record.
 */
function withInactive(): BootstrapData & { inactive: { households: Household[]; members: Member[] } } {
  const data = bootstrap();
  const ss = gas.spreadsheet();
  const ctx = { clock: sheetClock(ss), lists: data.lists };
  const gone = <T extends { id: string }>(rows: { record: T }[], active: { id: string }[]) => {
    const ids = new Set(active.map((x) => x.id));
    return rows.map((r) => r.record).filter((r) => !ids.has(r.id));
  };
  // Beyond `HOUSEHOLDS_INLINE_MAX` active households, none is inlined: those who moved away are found by search too.
  const households = data.householdSearch
    ? []
    : gone(readSheet<Household>('households', ctx, ss).rows, data.households);
  const members = gone(readSheet<Member>('members', ctx, ss).rows, data.members);
  return { ...data, inactive: { households, members } };
}

/** The registry sidebar can also edit households that moved away and members who left. */
export function menuRegistry(): void {
  openPage('Registry', { kind: 'sidebar', title: t('menu.registry'), data: withInactive() });
}

/** "Tra cứu, sửa, xoá": any record of any type, found, edited and deleted (`apiListRecords`, …). */
export function menuLookup(): void {
  openPage('Lookup', { kind: 'sidebar', title: t('menu.lookup'), data: withInactive() });
}
