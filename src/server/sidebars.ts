/**
 * The data-entry sidebars: "Ghi tuần tra", "Ký cam kết", "Ghi hoạt động" and "Hộ, nhân
 * khẩu, tổ, thành viên". Each opens with `apiBootstrap()`'s data inlined, so the form is
 * usable without a round trip; the registry sidebar fetches the records not in it
 * (`apiListRecords`, e.g. the residents of one household) when they are to be edited.
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
 * The registry sidebar can also edit households that moved away and members who left:
 * those are added to the bootstrap data (which holds the active ones).
 */
export function menuRegistry(): void {
  const data = bootstrap();
  const ss = gas.spreadsheet();
  const ctx = { clock: sheetClock(ss), lists: data.lists };
  const gone = <T extends { id: string }>(rows: { record: T }[], active: { id: string }[]) => {
    const ids = new Set(active.map((x) => x.id));
    return rows.map((r) => r.record).filter((r) => !ids.has(r.id));
  };
  const households = gone(readSheet<Household>('households', ctx, ss).rows, data.households);
  const members = gone(readSheet<Member>('members', ctx, ss).rows, data.members);
  openPage('Registry', {
    kind: 'sidebar',
    title: t('menu.registry'),
    data: { ...data, inactive: { households, members } },
  });
}
