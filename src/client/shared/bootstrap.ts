/**
 * The data the sidebars get inlined when they open (`apiBootstrap()`'s data, SPEC §6),
 * and the lookups every form makes of it.
 */
import type { Team } from '../../domain/records';
import type { BootstrapData } from '../../domain/wire';
import { boot } from './run';
import { h } from './dom';
import { t } from '../../domain/i18n';
import type { ChecklistItem } from './checklist';

export type BootData = BootstrapData;

export function bootData<T extends BootData = BootData>(): T {
  return boot<T>();
}

/** "T1 · Tổ 1" */
export const teamLabel = (t: Pick<Team, 'id' | 'name'>) => (t.name && t.name !== t.id ? `${t.id} · ${t.name}` : t.id);

export function teamGroups(d: BootData): { id: string; label: string }[] {
  return d.teams.map((t) => ({ id: t.id, label: teamLabel(t) }));
}

export const householdItems = (d: BootData): ChecklistItem[] =>
  d.households.map((x) => ({ id: x.id, label: x.head || x.id, detail: x.id, group: x.teamId || '' }));

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
