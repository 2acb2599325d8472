/**
 * The data the sidebars get inlined when they open (`apiBootstrap()`'s data, SPEC §6),
 * and the lookups every form makes of it.
 */
import type { Household, Team } from '../../domain/records';
import type { ApiResult, BootstrapData, FoundHouseholds } from '../../domain/wire';
import { boot, call } from './run';
import { h } from './dom';
import { t } from '../../domain/i18n';
import type { ChecklistFind, ChecklistItem } from './checklist';

export type BootData = BootstrapData;

export function bootData<T extends BootData = BootData>(): T {
  return boot<T>();
}

/** "T1 · Tổ 1" */
export const teamLabel = (t: Pick<Team, 'id' | 'name'>) => (t.name && t.name !== t.id ? `${t.id} · ${t.name}` : t.id);

export function teamGroups(d: BootData): { id: string; label: string }[] {
  return d.teams.map((t) => ({ id: t.id, label: teamLabel(t) }));
}

export const householdItem = (x: Pick<Household, 'id' | 'head' | 'teamId'>): ChecklistItem => ({
  id: x.id,
  label: x.head || x.id,
  detail: x.id,
  group: x.teamId || '',
});

export const householdItems = (d: BootData): ChecklistItem[] => d.households.map(householdItem);

/** The ids of the households an answer of `apiFindHouseholds` holds (whole records, or `idsOnly`). */
export const foundIds = (r: FoundHouseholds): string[] => r.ids ?? r.households.map((x) => x.id);

/**
 * When the bootstrap data holds no households (more than the server inlines), the checklist's search asks
 * `apiFindHouseholds` as the user types, and a team's "chọn cả tổ" asks it for the team's active households
 * (`teamId`, `idsOnly`), "chọn tất cả" with nothing typed for every one (`all`); `found` sees each answer (e.g.
 * who of them signed). Else undefined.
 */
export function householdFind(
  d: BootData,
  o: { inactive?: boolean; signed?: boolean; found?: (r: FoundHouseholds) => void; onFound?: () => void } = {},
): ChecklistFind | undefined {
  if (!d.householdSearch) return undefined;
  const idsOf = (r: ApiResult<FoundHouseholds>): ChecklistItem[] => {
    if (!r.ok) throw new Error(r.errors.map((e) => e.message).join(' '));
    o.found?.(r.data);
    const { heads = [], teams = [] } = r.data;
    return foundIds(r.data).map((id, i) => householdItem({ id, head: heads[i] ?? '', teamId: teams[i] ?? '' }));
  };
  return {
    total: d.householdCount,
    onFound: o.onFound,
    async search(query) {
      const r = await call('apiFindHouseholds', { query, limit: 20, inactive: o.inactive, signed: o.signed });
      if (!r.ok) throw new Error(r.errors.map((e) => e.message).join(' '));
      o.found?.(r.data);
      return { items: r.data.households.map(householdItem), total: r.data.total };
    },
    async group(teamId) {
      return idsOf(await call('apiFindHouseholds', { teamId, idsOnly: true, signed: o.signed }));
    },
    async all() {
      return idsOf(await call('apiFindHouseholds', { all: true, idsOnly: true, signed: o.signed }));
    },
  };
}

export const memberItems = (d: BootData): ChecklistItem[] =>
  d.members.map((m) => ({
    id: m.id,
    label: m.name || m.id,
    detail: m.role ? `${m.id}, ${m.role}` : m.id,
    group: m.teamId || '',
  }));

/** The warning about rows the server could not read, or nothing. */
export function unreadableWarning(d: BootData): HTMLElement | null {
  return d.unreadableRows > 0
    ? h('p', { class: 'warning', role: 'note' }, t('form.unreadable', { rows: d.unreadableRows }))
    : null;
}
