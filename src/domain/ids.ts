/**
 * New record ids: the registry prefix + the numbers after the largest existing numeric
 * suffix, zero-padded to the registry width (`TT-0042` → `TT-0043`). Same rule as the
 * data check's id filling; an id already taken is skipped. `floor` is the highest number
 * ever issued (the save's counter, SPEC §6): ids are never given again, even after their
 * rows were deleted.
 */
import { t } from './i18n';
import type { SheetDef } from './sheets';

export function nextIds(def: SheetDef, existing: readonly string[], n: number, floor = 0): string[] {
  if (!def.id) throw new Error(`Sheet ${def.name} has no id column`);
  const { prefix, width } = def.id;
  const taken = new Set(existing);
  let max = Math.max(floor, highestId(def, existing));
  const out: string[] = [];
  while (out.length < n) {
    const id = prefix + String(++max).padStart(width, '0');
    if (!taken.has(id)) out.push(id);
  }
  return out;
}

/** The number of an id of this sheet (`TT-0042` → 42), or null for another sheet's id or a hand-made one. */
export function idNumber(def: SheetDef, id: string): number | null {
  if (!def.id || !id.startsWith(def.id.prefix)) return null;
  const rest = id.slice(def.id.prefix.length);
  return /^\d{1,15}$/.test(rest) ? Number(rest) : null;
}

/** The highest number among these ids of the sheet (0 when none). */
export function highestId(def: SheetDef, ids: Iterable<string>): number {
  let max = 0;
  for (const id of ids) {
    const n = idNumber(def, id);
    if (n !== null && n > max) max = n;
  }
  return max;
}

/** The ids written in a `Nhật ký` cell (`TT-0001, NN-0002` or `TT-0001 … TT-0100 (100 mã)`). */
export function idsInLogText(text: string): string[] {
  return text.split(/[\s,;()…]+/).filter((x) => x !== '');
}

/** Ids for a log cell: all of them when short, else the first and last and how many. */
export function idsText(ids: readonly string[], max = 1000): string {
  const all = ids.join(', ');
  if (all.length <= max) return all;
  return t('ids.range', { first: ids[0], last: ids[ids.length - 1], n: ids.length });
}
