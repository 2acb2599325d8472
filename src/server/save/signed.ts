/**
 * For the commitments form: which households signed which type, for this year and the
 * previous one (`{ [year]: { [type]: householdId[] } }`) — a `Đã ký` row, the same rule by
 * which `apiSaveCommitments` reports a household as already signed (a later `Vi phạm` row
 * voids the commitment for the figures, but the household did sign). One read of `Cam kết`.
 * `apiBootstrap` and `apiFindHouseholds` send it summarised per household (`summariseSigned`).
 */
import type { Clock } from '../../domain/clock';
import { decodeCell, mapHeaders } from '../../domain/codec';
import { signedMasks } from '../../domain/signedSummary';
import { ALL_REQUIRED } from '../../domain/inputs';
import { COMMITMENT_STATUS, LIST, type Lists } from '../../domain/lists';
import { sheetDef } from '../../domain/sheets';
import { readValues } from '../repo';
import type { SignedByYear, SignedSummary } from '../../domain/wire';

export type { SignedByYear, SignedSummary };

export function readSigned(ss: GoogleAppsScript.Spreadsheet.Spreadsheet, clock: Clock, today: string): SignedByYear {
  const def = sheetDef('commitments');
  const sheet = ss.getSheetByName(def.name);
  return sheet ? signedFromValues(readValues(sheet), clock, Number(today.slice(0, 4)) - 1) : {};
}

export function signedFromValues(
  values: readonly (readonly unknown[])[],
  clock: Clock,
  fromYear: number,
): SignedByYear {
  const def = sheetDef('commitments');
  const header = mapHeaders(def, values[0] ?? []);
  const at = header.index;
  if ([at.householdId, at.type, at.year, at.status].some((i) => i === undefined)) return {};
  const yearCol = def.columns.find((c) => c.field === 'year')!;
  const signed = new Map<string, Map<string, Set<string>>>();
  for (let r = 1; r < values.length; r++) {
    const row = values[r];
    const y = decodeCell(yearCol, row[at.year], clock);
    if (!('value' in y) || typeof y.value !== 'number' || y.value < fromYear) continue;
    const year = String(y.value);
    const household = String(row[at.householdId] ?? '').trim();
    const type = String(row[at.type] ?? '').trim();
    const status = String(row[at.status] ?? '').trim();
    if (!household || !type) continue;
    if (status !== COMMITMENT_STATUS[0]) continue;
    let byType = signed.get(year);
    if (!byType) signed.set(year, (byType = new Map()));
    let set = byType.get(type);
    if (!set) byType.set(type, (set = new Set()));
    set.add(household);
  }
  const out: SignedByYear = {};
  for (const [year, byType] of signed) {
    out[year] = {};
    for (const [type, set] of byType) out[year][type] = [...set];
  }
  return out;
}

/**
 * `signed` of `apiBootstrap` (SPEC §6): who signed what, this year and the last, for the households `listed`, and
 * how many of `active` signed each type (and every required type, `'*'`) each year. `types` follows `Danh mục`,
 * then the other types found.
 */
export function summariseSigned(
  byYear: SignedByYear,
  today: string,
  lists: Lists,
  active: readonly string[],
  listed: readonly string[],
): SignedSummary {
  const y = Number(today.slice(0, 4));
  const years = [String(y - 1), String(y)];
  const types = [...lists.values[LIST.commitmentTypes]];
  for (const year of years)
    for (const type of Object.keys(byYear[year] ?? {})) if (!types.includes(type)) types.push(type);
  const sets = new Map(
    years.map((year) => [year, new Map(types.map((type) => [type, new Set(byYear[year]?.[type] ?? [])]))] as const),
  );
  const signedBy = (id: string) => (year: string) =>
    new Set(types.filter((type) => sets.get(year)!.get(type)!.has(id)));
  const households: Record<string, number[]> = {};
  for (const id of listed) {
    const masks = signedMasks(types, years, signedBy(id));
    if (masks.some((m) => m > 0)) households[id] = masks;
  }
  const counts: Record<string, Record<string, number>> = {};
  for (const year of years) {
    const byType = sets.get(year)!;
    const c: Record<string, number> = {};
    for (const type of types) c[type] = active.filter((id) => byType.get(type)!.has(id)).length;
    const required = lists.requiredCommitments;
    c[ALL_REQUIRED] = required.length
      ? active.filter((id) => required.every((type) => byType.get(type)?.has(id))).length
      : 0;
    counts[year] = c;
  }
  return { years, types, households, counts };
}
