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
  return idsAfter(def, Math.max(floor, highestId(def, existing)), n);
}

/**
 * `n` ids numbered after `max` (`TT-0042`, …). None of them is taken when `max` is at least the highest number of
 * the sheet's ids: an id with this sheet's prefix and a number is one of those, so its number is at most `max`.
 */
export function idsAfter(def: SheetDef, max: number, n: number): string[] {
  if (!def.id) throw new Error(`Sheet ${def.name} has no id column`);
  const { prefix, width } = def.id;
  return Array.from({ length: n }, (_, i) => prefix + String(max + i + 1).padStart(width, '0'));
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
