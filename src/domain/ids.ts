/**
 * New record ids: the registry prefix + the numbers after the largest existing numeric
 * suffix, zero-padded to the registry width (`TT-0042` → `TT-0043`). Same rule as the
 * data check's id filling; an id already taken is skipped.
 */
import { t } from './i18n';
import type { SheetDef } from './sheets';

export function nextIds(def: SheetDef, existing: readonly string[], n: number): string[] {
  if (!def.id) throw new Error(`Sheet ${def.name} has no id column`);
  const { prefix, width } = def.id;
  const taken = new Set(existing);
  let max = 0;
  for (const id of existing) {
    if (!id.startsWith(prefix)) continue;
    const rest = id.slice(prefix.length);
    if (/^\d{1,15}$/.test(rest)) max = Math.max(max, Number(rest));
  }
  const out: string[] = [];
  while (out.length < n) {
    const id = prefix + String(++max).padStart(width, '0');
    if (!taken.has(id)) out.push(id);
  }
  return out;
}

/** Ids for a log cell: all of them when short, else the first and last and how many. */
export function idsText(ids: readonly string[], max = 1000): string {
  const all = ids.join(', ');
  if (all.length <= max) return all;
  return t('ids.range', { first: ids[0], last: ids[ids.length - 1], n: ids.length });
}
